package io.github.ldmlib.report.view;

import java.util.Objects;

/**
 * One measure of an indicator's series.
 *
 * @param milestone the milestone in words: « N », « N+3 » or « N+5 »
 * @param schoolYear the school year, for example {@code 2022-2023}
 * @param value the value, without exponent or trailing zeros, for example {@code 12.5}
 */
public record MeasureView(String milestone, String schoolYear, String value) {

  /** Checks that no component is null. */
  public MeasureView {
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(schoolYear, "schoolYear");
    Objects.requireNonNull(value, "value");
  }
}
