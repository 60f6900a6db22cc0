package io.github.ldmlib.cli.internal;

import static io.github.ldmlib.cli.internal.Html.esc;

import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A small inline SVG chart of an indicator (<i>indicateur</i>): its measures at N, N+3 and N+5 on
 * a time axis, the target as a dashed line, and an arrow for the direction in which the indicator
 * should move. The line is green when the indicator moved the right way between its first and last
 * measure, red when it moved the wrong way, grey otherwise.
 */
public final class Sparkline {

  private Sparkline() {}

  /** How an indicator moved between its first and its last measure, given its direction. */
  public enum Trend {
    /** It moved the way its direction asks for. */
    GOOD,
    /** It moved the other way. */
    BAD,
    /** It did not move, or has fewer than two measures. */
    FLAT
  }

  static final int WIDTH = 250;
  static final int HEIGHT = 84;
  private static final int LEFT = 26;
  private static final int RIGHT = 52;
  private static final int TOP = 18;
  private static final int BOTTOM = 18;

  /** The measures of an indicator, by milestone then school year. */
  public static List<Measure> ordered(Indicator indicator) {
    List<Measure> measures = new ArrayList<>(indicator.measures());
    measures.sort(Comparator.comparing(Measure::milestone).thenComparing(m -> m.schoolYear().startYear()));
    return measures;
  }

  /**
   * Tells how an indicator moved.
   *
   * @param indicator the indicator
   * @return the trend
   */
  public static Trend trend(Indicator indicator) {
    List<Measure> measures = ordered(indicator);
    if (measures.size() < 2) {
      return Trend.FLAT;
    }
    int change = measures.get(measures.size() - 1).value().compareTo(measures.get(0).value());
    if (change == 0) {
      return Trend.FLAT;
    }
    boolean up = change > 0;
    return up == (indicator.direction() == Direction.HIGHER_IS_BETTER) ? Trend.GOOD : Trend.BAD;
  }

  /** Formats a decimal for people: no exponent, no trailing zeros. */
  public static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * Renders the chart.
   *
   * @param indicator the indicator
   * @param t the texts of the report's language
   * @return the {@code <svg>} element
   */
  public static String svg(Indicator indicator, Texts t) {
    List<Measure> measures = ordered(indicator);
    List<BigDecimal> values = new ArrayList<>();
    measures.forEach(m -> values.add(m.value()));
    indicator.target().ifPresent(values::add);
    double min = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
    double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
    if (max - min < 1e-9) {
      min -= 1;
      max += 1;
    }
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    final double lo = min;
    final double span = max - min;
    java.util.function.DoubleUnaryOperator y = v -> TOP + plotH - (v - lo) / span * plotH;
    java.util.function.IntToDoubleFunction x = years -> LEFT + plotW * years / 5.0;

    Trend trend = trend(indicator);
    String colour = switch (trend) {
      case GOOD -> "#1a7f37";
      case BAD -> "#b42318";
      case FLAT -> "#57606a";
    };
    StringBuilder description = new StringBuilder(indicator.label()).append(" — ");
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      description.append(i == 0 ? "" : ", ").append(t.word(m.milestone())).append(' ')
          .append(number(m.value()));
    }
    if (measures.isEmpty()) {
      description.append(t.get("indicator.noMeasure"));
    }
    indicator.target().ifPresent(v -> description.append(" ; ").append(t.get("indicator.target", number(v))));
    description.append(" ; ").append(t.word(indicator.direction())).append(" ; ").append(t.word(trend));

    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline trend-").append(trend.name().toLowerCase(Locale.ROOT))
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"").append(esc(description.toString())).append("\">")
        .append("<title>").append(esc(description.toString())).append("</title>");
    // Axis and milestone ticks.
    double base = TOP + plotH;
    s.append("<line x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(base)).append("\" x2=\"")
        .append(f(LEFT + plotW)).append("\" y2=\"").append(f(base)).append("\" stroke=\"#d0d7de\" stroke-width=\"1\"/>");
    for (Milestone milestone : Milestone.values()) {
      double mx = x.applyAsDouble(milestone.yearsAfterStart());
      s.append("<text x=\"").append(f(mx)).append("\" y=\"").append(HEIGHT - 4)
          .append("\" font-size=\"9\" text-anchor=\"middle\" fill=\"#57606a\">")
          .append(esc(t.word(milestone))).append("</text>");
    }
    // Target.
    indicator.target().ifPresent(target -> {
      double ty = y.applyAsDouble(target.doubleValue());
      s.append("<line class=\"target\" x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(ty))
          .append("\" x2=\"").append(f(LEFT + plotW)).append("\" y2=\"").append(f(ty))
          .append("\" stroke=\"#0969da\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>")
          .append("<text x=\"").append(f(LEFT + plotW + 3)).append("\" y=\"").append(f(ty + 3))
          .append("\" font-size=\"9\" fill=\"#0969da\">").append(esc(t.get("indicator.targetShort", number(target))))
          .append("</text>");
    });
    // Measures.
    if (measures.size() > 1) {
      s.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"");
      for (int i = 0; i < measures.size(); i++) {
        Measure m = measures.get(i);
        s.append(i == 0 ? "" : " ").append(f(x.applyAsDouble(m.milestone().yearsAfterStart()))).append(',')
            .append(f(y.applyAsDouble(m.value().doubleValue())));
      }
      s.append("\"/>");
    }
    for (Measure m : measures) {
      double px = x.applyAsDouble(m.milestone().yearsAfterStart());
      double py = y.applyAsDouble(m.value().doubleValue());
      s.append("<circle cx=\"").append(f(px)).append("\" cy=\"").append(f(py)).append("\" r=\"3\" fill=\"")
          .append(colour).append("\"/>")
          .append("<text x=\"").append(f(px)).append("\" y=\"").append(f(py - 5))
          .append("\" font-size=\"9\" text-anchor=\"middle\" fill=\"#1f2328\">").append(esc(number(m.value())))
          .append("</text>");
    }
    // Direction: an arrow pointing the way the indicator should go.
    double ax = 9;
    boolean up = indicator.direction() == Direction.HIGHER_IS_BETTER;
    s.append("<path class=\"direction\" d=\"")
        .append(up ? "M" + f(ax) + " " + TOP + " L" + f(ax - 6) + " " + (TOP + 12) + " L" + f(ax + 6) + " " + (TOP + 12) + " Z"
                   : "M" + f(ax) + " " + (TOP + 12) + " L" + f(ax - 6) + " " + TOP + " L" + f(ax + 6) + " " + TOP + " Z")
        .append("\" fill=\"#57606a\"><title>").append(esc(t.word(indicator.direction()))).append("</title></path>");
    s.append("</svg>");
    return s.toString();
  }

  private static String f(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
