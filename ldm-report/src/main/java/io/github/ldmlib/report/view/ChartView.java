package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The geometry of an indicator's small chart, computed in advance for an SVG drawing of
 * {@code width} × {@code height} user units: a time axis with a tick at N, N+3 and N+5, the target
 * as a dashed line, the measures as points joined by a line, and an arrow for the direction in
 * which the indicator should move. Values grow upwards whatever the direction. Coordinates are
 * decimal texts with at most one decimal. The chart of an indicator's history (in a follow-up
 * report) has the same parts on an axis of school years, with its trajectory.
 *
 * @param width the width of the drawing
 * @param height the height of the drawing
 * @param description what the chart shows, in words, for readers who cannot see it, for example
 *     « Taux d'absentéisme — N 18, N+3 12 ; cible 10 ; plus bas est mieux ; évolue dans le bon sens »
 * @param colour the colour of the measures: green when the indicator moved the right way, red when
 *     it moved the wrong way, grey otherwise
 * @param axisStart the horizontal coordinate where the axis starts (at N)
 * @param axisEnd the horizontal coordinate where the axis ends (at N+5)
 * @param axisY the vertical coordinate of the axis
 * @param ticks the milestones along the axis
 * @param target the target line, when the indicator has a target
 * @param line the points of the line joining the measures, {@code x,y} pairs separated by spaces;
 *     empty with fewer than two measures
 * @param points the measures, in chronological order
 * @param arrow the SVG path data of the direction arrow
 * @param arrowTitle the direction in words, for example « plus bas est mieux »
 * @param trajectory the points of the trajectory an indicator's history is judged against, {@code
 *     x,y} pairs separated by spaces, drawn as a dotted line: from the first value at N to the target
 *     at N+5, then the target; empty in the chart of a dossier's indicator and without a target
 */
public record ChartView(int width, int height, String description, String colour, String axisStart, String axisEnd,
    String axisY, List<Tick> ticks, Optional<Target> target, Optional<String> line, List<Point> points,
    String arrow, String arrowTitle, Optional<String> trajectory) {

  /** Checks that no component is null and copies the lists. */
  public ChartView {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(axisStart, "axisStart");
    Objects.requireNonNull(axisEnd, "axisEnd");
    Objects.requireNonNull(axisY, "axisY");
    ticks = List.copyOf(ticks);
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(line, "line");
    points = List.copyOf(points);
    Objects.requireNonNull(arrow, "arrow");
    Objects.requireNonNull(arrowTitle, "arrowTitle");
    Objects.requireNonNull(trajectory, "trajectory");
  }

  /**
   * A milestone's tick along the axis.
   *
   * @param x the horizontal coordinate of its label's centre
   * @param y the vertical coordinate of its label's baseline
   * @param label the milestone in words, « N », « N+3 » or « N+5 »
   */
  public record Tick(String x, String y, String label) {

    /** Checks that no component is null. */
    public Tick {
      Objects.requireNonNull(x, "x");
      Objects.requireNonNull(y, "y");
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * The target as a horizontal dashed line across the plot, labelled at its right end.
   *
   * @param y the vertical coordinate of the line
   * @param labelX the horizontal coordinate of the label's start
   * @param labelY the vertical coordinate of the label's baseline
   * @param label the label, for example « cible 10 »
   */
  public record Target(String y, String labelX, String labelY, String label) {

    /** Checks that no component is null. */
    public Target {
      Objects.requireNonNull(y, "y");
      Objects.requireNonNull(labelX, "labelX");
      Objects.requireNonNull(labelY, "labelY");
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * A measure drawn as a point with its value above it.
   *
   * @param x the horizontal coordinate of the point
   * @param y the vertical coordinate of the point
   * @param labelY the vertical coordinate of the value's baseline
   * @param value the value, for example {@code 12.5}
   */
  public record Point(String x, String y, String labelY, String value) {

    /** Checks that no component is null. */
    public Point {
      Objects.requireNonNull(x, "x");
      Objects.requireNonNull(y, "y");
      Objects.requireNonNull(labelY, "labelY");
      Objects.requireNonNull(value, "value");
    }
  }
}
