package io.github.ldmlib.report.view;

import java.util.Objects;

/**
 * One line of the facts at the head of a report: a name and its value, for example « Étape » and
 * « Candidature ».
 *
 * @param name the name
 * @param value the value
 */
public record Fact(String name, String value) {

  /** Checks that no component is null. */
  public Fact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
