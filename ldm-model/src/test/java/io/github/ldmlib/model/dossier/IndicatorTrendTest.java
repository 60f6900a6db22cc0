package io.github.ldmlib.model.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.SchoolYear;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorTrendTest {

  static final SchoolYear N = SchoolYear.parse("2019-2020");

  static Measure at(Milestone milestone, String value) {
    return Measure.of(N.plusYears(milestone.yearsAfterStart()), milestone, new BigDecimal(value));
  }

  static Indicator indicator(Direction direction, Measure... measures) {
    return Indicator.builder().label("Taux d'absentéisme").unit(IndicatorUnit.PERCENT).direction(direction)
        .addMeasures(measures).build();
  }

  @Test
  void theTrendComparesTheFirstAndLatestMeasuresAgainstTheDirection() {
    Measure[] rising = {at(Milestone.START, "10"), at(Milestone.FOLLOW_UP, "12"), at(Milestone.END, "15")};

    assertThat(indicator(Direction.HIGHER_IS_BETTER, rising).trend()).isEqualTo(Trend.GOOD);
    assertThat(indicator(Direction.LOWER_IS_BETTER, rising).trend()).isEqualTo(Trend.BAD);
    assertThat(indicator(Direction.LOWER_IS_BETTER, at(Milestone.START, "18"), at(Milestone.FOLLOW_UP, "9")).trend())
        .isEqualTo(Trend.GOOD);
    assertThat(indicator(Direction.HIGHER_IS_BETTER, at(Milestone.START, "18"), at(Milestone.FOLLOW_UP, "9")).trend())
        .isEqualTo(Trend.BAD);
  }

  @Test
  void onlyTheEndsCountAndValuesCompareAsNumbers() {
    // Up then back down to the same value, written with another scale: no change.
    assertThat(indicator(Direction.HIGHER_IS_BETTER, at(Milestone.START, "7"), at(Milestone.FOLLOW_UP, "9"),
        at(Milestone.END, "7.0")).trend()).isEqualTo(Trend.FLAT);
  }

  @Test
  void fewerThanTwoMeasuresIsFlat() {
    assertThat(indicator(Direction.HIGHER_IS_BETTER).trend()).isEqualTo(Trend.FLAT);
    assertThat(indicator(Direction.HIGHER_IS_BETTER, at(Milestone.END, "7")).trend()).isEqualTo(Trend.FLAT);
  }

  @Test
  void measuresAreOrderedByMilestoneThenSchoolYearWhateverTheirListOrder() {
    // Listed latest first: N+5 at 15 then N at 10 is still a rise from N to N+5.
    assertThat(indicator(Direction.HIGHER_IS_BETTER, at(Milestone.END, "15"), at(Milestone.START, "10")).trend())
        .isEqualTo(Trend.GOOD);
    // The milestone comes before the school year: an N+3 measure dated before the N measure is still later.
    Measure early = Measure.of(N.plusYears(-1), Milestone.FOLLOW_UP, new BigDecimal("20"));
    assertThat(indicator(Direction.HIGHER_IS_BETTER, at(Milestone.START, "10"), early).trend()).isEqualTo(Trend.GOOD);
    // Two measures at N: the earlier school year is the first.
    Measure later = Measure.of(N.plusYears(1), Milestone.START, new BigDecimal("30"));
    assertThat(indicator(Direction.HIGHER_IS_BETTER, later, at(Milestone.START, "10")).trend()).isEqualTo(Trend.GOOD);
  }

  @Test
  void betweenMeasuresAtTheSamePlaceTheFirstListedIsFirstAndTheLastListedIsLatest() {
    // Same milestone and school year: the list order decides, as a stable sort would.
    assertThat(indicator(Direction.HIGHER_IS_BETTER, at(Milestone.START, "10"), at(Milestone.START, "12")).trend())
        .isEqualTo(Trend.GOOD);
    assertThat(indicator(Direction.HIGHER_IS_BETTER, at(Milestone.START, "12"), at(Milestone.START, "10")).trend())
        .isEqualTo(Trend.BAD);
  }
}
