package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator of a criterion section, with its series of measures, its trend and its chart.
 *
 * @param pointer the JSON Pointer of the indicator in the dossier, for example
 *     {@code /sections/3/actions/0/objectives/0/indicators/1}
 * @param label what is measured
 * @param initiative the action or engagement it belongs to, for example « Action « Bureau des entreprises » »
 * @param unit the unit in words, for example « pourcentage »
 * @param direction the direction in words, for example « plus haut est mieux »
 * @param target the target in words, for example « cible 75 », when the indicator has one
 * @param targetValue the target as a number, or « — » when there is none
 * @param trend how the indicator moved, the name of its {@link io.github.ldmlib.model.dossier.Trend}
 *     in lower case: {@code good}, {@code bad} or {@code flat}
 * @param trendWord the trend in words, for example « évolue dans le bon sens »
 * @param measures the series, in chronological order (by milestone, then school year)
 * @param milestoneValues one value per milestone N, N+3 and N+5, in that order: the value of the
 *     first measure listed at that milestone, or « — »
 * @param chart the chart's geometry
 */
public record IndicatorView(String pointer, String label, String initiative, String unit, String direction,
    Optional<String> target, String targetValue, String trend, String trendWord, List<MeasureView> measures,
    List<String> milestoneValues, ChartView chart) {

  /** Checks that no component is null and copies the lists. */
  public IndicatorView {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(initiative, "initiative");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(targetValue, "targetValue");
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(trendWord, "trendWord");
    measures = List.copyOf(measures);
    milestoneValues = List.copyOf(milestoneValues);
    Objects.requireNonNull(chart, "chart");
  }
}
