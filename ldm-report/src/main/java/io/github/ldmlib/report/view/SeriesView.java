package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The history of one indicator in a follow-up report, as {@link
 * io.github.ldmlib.model.review.IndicatorHistory} gives it: its values year by year against its
 * trajectory, and its status on the date of the report.
 *
 * @param id the indicator id, for example {@code C4.A1.I1}
 * @param label what is measured, or the id when nobody says
 * @param direction the direction in words, or « — » when nobody states it
 * @param target the target in words, for example « 25 en N+5 (2024-2025) », or « — »
 * @param start the school year N of the first value, or « — »
 * @param status the status on the date of the report, for example « En retard » (red)
 * @param statusName the name of the {@link io.github.ldmlib.model.review.IndicatorStatus} in lower
 *     case with dashes, for example {@code behind}, or {@code unknown} without a direction
 * @param rows one row per school year with a value or a milestone of the trajectory (N, N+3, N+5),
 *     in the order of the years, the latest {@value #MAX_YEARS} school years at most
 * @param omitted how many earlier rows are left out, in words, when some are
 * @param chart the chart's geometry: the values, the trajectory and the target
 */
public record SeriesView(String id, String label, String direction, String target, String start, Status status,
    String statusName, List<Row> rows, Optional<String> omitted, ChartView chart) {

  /** The number of school years a chart and its table show at most, the latest. */
  public static final int MAX_YEARS = 12;

  /** Checks that no component is null and copies the list. */
  public SeriesView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusName, "statusName");
    rows = List.copyOf(rows);
    Objects.requireNonNull(omitted, "omitted");
    Objects.requireNonNull(chart, "chart");
  }

  /**
   * One school year of the history.
   *
   * @param schoolYear the school year, for example {@code 2026-2027}
   * @param milestone the years after N, for example « N+3 »
   * @param value the value of that year, or « — »
   * @param expected what the trajectory expects that year, or « — » without a target
   */
  public record Row(String schoolYear, String milestone, String value, String expected) {

    /** Checks that no component is null. */
    public Row {
      Objects.requireNonNull(schoolYear, "schoolYear");
      Objects.requireNonNull(milestone, "milestone");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(expected, "expected");
    }
  }
}
