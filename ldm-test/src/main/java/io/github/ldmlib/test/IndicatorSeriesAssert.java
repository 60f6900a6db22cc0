package io.github.ldmlib.test;

import io.github.ldmlib.model.review.IndicatorHistory;
import io.github.ldmlib.model.review.IndicatorStatus;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on the series of one indicator in an {@link IndicatorHistory}: where it stands on a
 * date. Obtain them with {@link IndicatorHistoryAssert#indicator(String)}.
 *
 * <pre>{@code
 * assertThat(history).indicator("C4.A1.I1").hasStatusOn(LocalDate.of(2027, 7, 2), BEHIND);
 * assertThat(history).indicator("C4.A1.I1").hasStatusOn(LocalDate.of(2028, 9, 1), NO_RECENT_MEASURE);
 * }</pre>
 *
 * <p>A failure names the indicator and lists its values by school year, with its target.
 */
public final class IndicatorSeriesAssert extends AbstractObjectAssert<IndicatorSeriesAssert, IndicatorHistory.Series> {

  private final IndicatorHistory history;

  IndicatorSeriesAssert(IndicatorHistory.Series actual, IndicatorHistory history) {
    super(actual, IndicatorSeriesAssert.class);
    this.history = history;
  }

  /**
   * Verifies where the indicator stands on a date, as {@link IndicatorHistory#status(String,
   * LocalDate)} judges it.
   *
   * @param date the date
   * @param status the status expected
   * @return this assertion
   */
  public IndicatorSeriesAssert hasStatusOn(LocalDate date, IndicatorStatus status) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    isNotNull();
    Optional<IndicatorStatus> found = history.status(actual.id(), date);
    if (!found.equals(Optional.of(status))) {
      failWithMessage("%s", "Expecting indicator " + actual.id() + " to be " + status + " on " + date + ",\nbut "
          + found.map(s -> "it is " + s + ".").orElse("it has no status: nobody states which way it should move.")
          + "\nIts values: " + values() + "; target " + actual.target().map(Object::toString).orElse("none") + ".");
    }
    return myself;
  }

  private String values() {
    if (actual.values().isEmpty()) {
      return "none";
    }
    return actual.values().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().toPlainString())
        .collect(Collectors.joining(", "));
  }
}
