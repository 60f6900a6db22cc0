package io.github.ldmlib.test;

import io.github.ldmlib.model.review.IndicatorHistory;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on the history of a label's indicators (<i>suivi des indicateurs</i>), built from a
 * dossier and its annual reviews. Obtain them with {@link LdmAssertions#assertThat(IndicatorHistory)}.
 *
 * <pre>{@code
 * IndicatorHistory history = IndicatorHistory.of(dossier, List.of(review));
 * assertThat(history).indicator("C4.E1.I1").hasStatusOn(LocalDate.of(2027, 7, 2), ON_TRACK);
 * }</pre>
 *
 * <p>A failure names the indicator and lists the ids the history holds, or the indicator's values.
 */
public final class IndicatorHistoryAssert extends AbstractObjectAssert<IndicatorHistoryAssert, IndicatorHistory> {

  IndicatorHistoryAssert(IndicatorHistory actual) {
    super(actual, IndicatorHistoryAssert.class);
  }

  /**
   * Returns assertions on the series of one indicator, and fails if neither the dossier nor a
   * review names that id.
   *
   * @param indicatorId the indicator id, for example {@code C4.A1.I1}
   * @return the assertions on the indicator's series
   */
  public IndicatorSeriesAssert indicator(String indicatorId) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    isNotNull();
    IndicatorHistory.Series series = actual.series(indicatorId).orElse(null);
    if (series == null) {
      failWithMessage("%s", "Expecting the indicator history to hold indicator " + indicatorId
          + ",\nbut neither the dossier nor a review names it; the history's indicators are "
          + (actual.indicatorIds().isEmpty() ? "none" : String.join(", ", actual.indicatorIds())) + ".");
    }
    IndicatorSeriesAssert assertion = new IndicatorSeriesAssert(series, actual);
    return info.hasDescription() ? assertion.as(info.description()) : assertion;
  }
}
