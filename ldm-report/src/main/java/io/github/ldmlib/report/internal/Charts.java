package io.github.ldmlib.report.internal;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Trend;
import io.github.ldmlib.model.review.IndicatorHistory.Series;
import io.github.ldmlib.report.view.ChartView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The geometry of the small chart of an indicator (<i>indicateur</i>): its measures at N, N+3 and
 * N+5 on a time axis, the target as a dashed line, and an arrow for the direction in which the
 * indicator should move. The measures are green when the indicator moved the right way between its
 * first and latest measure ({@link Indicator#trend()}), red when it moved the wrong way, grey
 * otherwise. The template {@code html/tag/chart.jte} draws it as SVG.
 */
public final class Charts {

  private Charts() {}

  static final int WIDTH = 250;
  static final int HEIGHT = 84;
  private static final int LEFT = 26;
  private static final int RIGHT = 52;
  private static final int TOP = 18;
  private static final int BOTTOM = 18;
  private static final double ARROW_X = 9;

  /** The order of the series, as {@link Indicator#trend()} reads it: by milestone, then school year. */
  private static final Comparator<Measure> CHRONOLOGICAL =
      Comparator.comparing(Measure::milestone).thenComparing(Measure::schoolYear);

  /**
   * The measures of an indicator in chronological order: by milestone, then school year; measures
   * at the same place keep their list order.
   *
   * @param indicator the indicator
   * @return a new list
   */
  public static List<Measure> ordered(Indicator indicator) {
    List<Measure> measures = new ArrayList<>(indicator.measures());
    measures.sort(CHRONOLOGICAL);
    return measures;
  }

  /** Formats a decimal for people: no exponent, no trailing zeros. */
  public static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * Works out the chart of an indicator.
   *
   * @param indicator the indicator
   * @param t the texts of the report's language
   * @return the chart's geometry and words
   */
  public static ChartView chart(Indicator indicator, Texts t) {
    List<Measure> measures = ordered(indicator);
    List<BigDecimal> values = new ArrayList<>();
    measures.forEach(m -> values.add(m.value()));
    indicator.target().ifPresent(values::add);
    double min = values.stream().mapToDouble(Charts::plotted).min().orElse(0);
    double max = values.stream().mapToDouble(Charts::plotted).max().orElse(1);
    if (max - min < 1e-9) {
      min -= 1;
      max += 1;
    }
    Scale scale = new Scale(min, max - min);

    Trend trend = indicator.trend();
    String colour = switch (trend) {
      case GOOD -> "#1a7f37";
      case BAD -> "#b42318";
      case FLAT -> "#57606a";
    };

    List<ChartView.Tick> ticks = new ArrayList<>();
    for (Milestone milestone : Milestone.values()) {
      ticks.add(new ChartView.Tick(f(scale.x(milestone)), Integer.toString(HEIGHT - 4), t.word(milestone)));
    }
    Optional<ChartView.Target> target = indicator.target().map(v -> {
      double y = scale.y(plotted(v));
      return new ChartView.Target(f(y), f(LEFT + Scale.PLOT_WIDTH + 3), f(y + 3),
          t.get("indicator.targetShort", number(v)));
    });
    List<String> line = new ArrayList<>();
    List<ChartView.Point> points = new ArrayList<>();
    for (Measure m : measures) {
      double x = scale.x(m.milestone());
      double y = scale.y(plotted(m.value()));
      line.add(f(x) + "," + f(y));
      points.add(new ChartView.Point(f(x), f(y), f(y - 5), number(m.value())));
    }
    return new ChartView(WIDTH, HEIGHT, description(indicator, measures, trend, t), colour, f(LEFT),
        f(LEFT + Scale.PLOT_WIDTH), f(TOP + Scale.PLOT_HEIGHT), ticks, target,
        measures.size() > 1 ? Optional.of(String.join(" ", line)) : Optional.empty(), points,
        arrow(indicator.direction()), t.word(indicator.direction()), Optional.empty());
  }

  /**
   * Works out the chart of an indicator's history on an axis of school years, from {@code first} to
   * {@code last} (at most {@link io.github.ldmlib.report.view.SeriesView#MAX_YEARS} years, which the
   * caller bounds): its values in those years, its trajectory ({@link Series#trajectory(SchoolYear)})
   * and its target. A tick marks N, N+3 and N+5 when they fall on the axis, and its last year.
   *
   * @param series the series
   * @param first the first school year of the axis
   * @param last the last school year of the axis, not before {@code first}
   * @param values the values to draw, all within the axis
   * @param colour the colour of the values, after the indicator's status
   * @param description what the chart shows, in words
   * @param t the texts of the report's language
   * @return the chart's geometry and words
   */
  public static ChartView history(Series series, SchoolYear first, SchoolYear last,
      NavigableMap<SchoolYear, BigDecimal> values, String colour, String description, Texts t) {
    int span = Math.max(1, last.startYear() - first.startYear());
    double plotWidth = Scale.PLOT_WIDTH;
    java.util.function.IntFunction<Double> x = year -> LEFT + plotWidth * (year - first.startYear()) / span;

    // The trajectory at every year of the axis (a dozen at most): a straight line to N+5, then flat.
    List<SchoolYear> trajectoryYears = new ArrayList<>();
    Optional<SchoolYear> n = series.values().isEmpty() ? Optional.empty() : Optional.of(series.values().firstKey());
    for (SchoolYear y = first; !y.isAfter(last); y = y.plusYears(1)) {
      if (series.trajectory(y).isPresent()) {
        trajectoryYears.add(y);
      }
    }
    List<BigDecimal> plotted = new ArrayList<>(values.values());
    series.target().ifPresent(plotted::add);
    trajectoryYears.forEach(y -> series.trajectory(y).ifPresent(plotted::add));
    double min = plotted.stream().mapToDouble(Charts::plotted).min().orElse(0);
    double max = plotted.stream().mapToDouble(Charts::plotted).max().orElse(1);
    if (max - min < 1e-9) {
      min -= 1;
      max += 1;
    }
    Scale scale = new Scale(min, max - min);

    List<ChartView.Tick> ticks = new ArrayList<>();
    if (n.isPresent()) {
      List<Integer> offsets = new ArrayList<>();
      for (Milestone m : Milestone.values()) {
        offsets.add(m.yearsAfterStart());
      }
      int lastOffset = last.startYear() - n.get().startYear();
      if (!offsets.contains(lastOffset)) {
        offsets.add(lastOffset);
      }
      for (int offset : offsets) {
        int year = n.get().startYear() + offset;
        if (year >= first.startYear() && year <= last.startYear()) {
          ticks.add(new ChartView.Tick(f(x.apply(year)), Integer.toString(HEIGHT - 4), offset(offset, t)));
        }
      }
    }
    Optional<ChartView.Target> target = series.target().map(v -> {
      double y = scale.y(plotted(v));
      return new ChartView.Target(f(y), f(LEFT + Scale.PLOT_WIDTH + 3), f(y + 3),
          t.get("indicator.targetShort", number(v)));
    });
    List<String> line = new ArrayList<>();
    List<ChartView.Point> points = new ArrayList<>();
    values.forEach((year, value) -> {
      double px = x.apply(year.startYear());
      double py = scale.y(plotted(value));
      line.add(f(px) + "," + f(py));
      points.add(new ChartView.Point(f(px), f(py), f(py - 5), number(value)));
    });
    List<String> trajectory = new ArrayList<>();
    for (SchoolYear year : trajectoryYears) {
      series.trajectory(year).ifPresent(v -> trajectory.add(f(x.apply(year.startYear())) + "," + f(scale.y(plotted(v)))));
    }
    Direction direction = series.direction().orElse(null);
    return new ChartView(WIDTH, HEIGHT, description, colour, f(LEFT), f(LEFT + Scale.PLOT_WIDTH),
        f(TOP + Scale.PLOT_HEIGHT), ticks, target,
        line.size() > 1 ? Optional.of(String.join(" ", line)) : Optional.empty(), points,
        direction == null ? "" : arrow(direction), direction == null ? "—" : t.word(direction),
        trajectory.size() > 1 ? Optional.of(String.join(" ", trajectory)) : Optional.empty());
  }

  /** The years after N in words: « N », « N+3 », « N+7 ». */
  static String offset(int years, Texts t) {
    return years == 0 ? t.word(Milestone.START) : t.get("followUp.offset", years);
  }

  /** « Label — N 18, N+3 12, N+5 9 ; cible 10 ; plus bas est mieux ; évolue dans le bon sens ». */
  private static String description(Indicator indicator, List<Measure> measures, Trend trend, Texts t) {
    StringBuilder description = new StringBuilder(indicator.label()).append(" — ");
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      description.append(i == 0 ? "" : ", ").append(t.word(m.milestone())).append(' ').append(number(m.value()));
    }
    if (measures.isEmpty()) {
      description.append(t.get("indicator.noMeasure"));
    }
    indicator.target().ifPresent(v -> description.append(" ; ").append(t.get("indicator.target", number(v))));
    description.append(" ; ").append(t.word(indicator.direction())).append(" ; ").append(t.word(trend));
    return description.toString();
  }

  /** A triangle pointing up (higher is better) or down (lower is better), left of the plot. */
  private static String arrow(Direction direction) {
    String tip = f(ARROW_X);
    String left = f(ARROW_X - 6);
    String right = f(ARROW_X + 6);
    int top = TOP;
    int bottom = TOP + 12;
    return direction == Direction.HIGHER_IS_BETTER
        ? "M" + tip + " " + top + " L" + left + " " + bottom + " L" + right + " " + bottom + " Z"
        : "M" + tip + " " + bottom + " L" + left + " " + top + " L" + right + " " + top + " Z";
  }

  /**
   * A value as the plot places it: beyond ±1e300 it is drawn at that bound, so that no coordinate
   * is infinite (a value of 1e400 is read, but no double holds it); the words keep the exact value.
   */
  private static double plotted(BigDecimal value) {
    return Math.max(-PLOT_BOUND, Math.min(PLOT_BOUND, value.doubleValue()));
  }

  private static final double PLOT_BOUND = 1e300;

  /** Coordinates with at most one decimal, without trailing zeros. */
  private static String f(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** From years after N and values to coordinates of the plot. */
  private record Scale(double low, double span) {

    static final double PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    static final double PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

    double x(Milestone milestone) {
      return LEFT + PLOT_WIDTH * milestone.yearsAfterStart() / 5.0;
    }

    double y(double value) {
      return TOP + PLOT_HEIGHT - (value - low) / span * PLOT_HEIGHT;
    }
  }
}
