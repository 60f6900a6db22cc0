package io.github.ldmlib.model.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.IndicatorUnit;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Objective;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The history of the indicators: series from the dossier and the reviews, and the status on a date. */
class IndicatorHistoryTest {

  private static final Establishment LYCEE = Establishment.builder().name("Lycée").build();

  /** Partners, higher is better, target 25: 5 in 2020-2021 (N), 13 in 2023-2024 (N+3). */
  private static final Indicator PARTNERS = Indicator.builder().id("P").label("Partenaires").unit(IndicatorUnit.COUNT)
      .direction(Direction.HIGHER_IS_BETTER).target(new BigDecimal("25"))
      .addMeasures(measure(2020, Milestone.START, "5"), measure(2023, Milestone.FOLLOW_UP, "13"))
      .build();

  /** Absenteeism, lower is better, no target: 12 in 2020-2021. */
  private static final Indicator ABSENCES = Indicator.builder().id("A").label("Absentéisme").unit(IndicatorUnit.PERCENT)
      .direction(Direction.LOWER_IS_BETTER).addMeasures(measure(2020, Milestone.START, "12")).build();

  /** An indicator without id: no review can name it, so it has no history. */
  private static final Indicator UNNAMED = Indicator.builder().label("Sans identifiant").unit(IndicatorUnit.COUNT)
      .direction(Direction.HIGHER_IS_BETTER).build();

  private static final Dossier DOSSIER = Dossier.builder().referentialId("ldm-test").dossierKind(DossierKind.INITIAL)
      .establishment(LYCEE)
      .addSections(CriterionSection.builder().criterionId("C4").addActions(Action.builder().id("C4.A1")
          .title("Partenariats").addObjectives(Objective.builder().text("Objectif")
              .addIndicators(PARTNERS, ABSENCES, UNNAMED).build()).build()).build())
      .build();

  private static Measure measure(int year, Milestone milestone, String value) {
    return Measure.builder().schoolYear(SchoolYear.of(year)).milestone(milestone).value(new BigDecimal(value)).build();
  }

  private static AnnualReview review(int year, IndicatorMeasure... measures) {
    return AnnualReview.builder().referentialId("ldm-test").establishment(LYCEE).schoolYear(SchoolYear.of(year))
        .addSections(ReviewSection.builder().criterionId("C4").addMeasures(measures).build()).build();
  }

  private static IndicatorMeasure value(String id, String value) {
    return IndicatorMeasure.builder().indicatorId(id).value(new BigDecimal(value)).build();
  }

  private static LocalDate in(int startYear) {
    return LocalDate.of(startYear + 1, 3, 1);
  }

  @Test
  void aSeriesHoldsTheDossierMeasuresThenTheReviewsInTheOrderOfTheirYears() {
    IndicatorHistory history = IndicatorHistory.of(DOSSIER, List.of(review(2025, value("P", "21")),
        review(2024, value("P", "17"), value("N", "3"))));

    assertThat(history.indicatorIds()).containsExactly("P", "A", "N");
    IndicatorHistory.Series partners = history.series("P").orElseThrow();
    assertThat(partners.values()).containsExactly(
        java.util.Map.entry(SchoolYear.of(2020), new BigDecimal("5")),
        java.util.Map.entry(SchoolYear.of(2023), new BigDecimal("13")),
        java.util.Map.entry(SchoolYear.of(2024), new BigDecimal("17")),
        java.util.Map.entry(SchoolYear.of(2025), new BigDecimal("21")));
    assertThat(partners.target()).contains(new BigDecimal("25"));
    assertThat(partners.direction()).contains(Direction.HIGHER_IS_BETTER);
    assertThat(history.series("N").orElseThrow().direction()).isEmpty();
    assertThat(history.series("Sans identifiant")).isEmpty();
  }

  @Test
  void aReviewReplacesTheDossierValueOfTheSameYear() {
    IndicatorHistory history = IndicatorHistory.of(DOSSIER, List.of(review(2023, value("P", "14"))));

    assertThat(history.series("P").orElseThrow().values().get(SchoolYear.of(2023))).isEqualByComparingTo("14");
  }

  @Test
  void onTrackWhenAtLeastAsGoodAsTheStraightLineToTheTargetAtNPlusFive() {
    // From 5 in 2020 to 25 in 2025: 4 a year, so 17 is expected in 2023 and 21 in 2024.
    assertThat(IndicatorHistory.of(DOSSIER, List.of()).status("P", in(2023))).contains(IndicatorStatus.BEHIND);
    assertThat(IndicatorHistory.of(DOSSIER, List.of(review(2024, value("P", "21")))).status("P", in(2024)))
        .contains(IndicatorStatus.ON_TRACK);
    assertThat(IndicatorHistory.of(DOSSIER, List.of(review(2024, value("P", "20.9")))).status("P", in(2024)))
        .contains(IndicatorStatus.BEHIND);
  }

  @Test
  void reachedWhenTheLatestValueMeetsTheTarget() {
    IndicatorHistory history = IndicatorHistory.of(DOSSIER, List.of(review(2024, value("P", "25"))));

    assertThat(history.status("P", in(2024))).contains(IndicatorStatus.REACHED);
    assertThat(history.status("P", in(2025))).contains(IndicatorStatus.REACHED);
  }

  @Test
  void noRecentMeasureWhenNeitherTheYearOfTheDateNorTheOneBeforeHasAValue() {
    IndicatorHistory history = IndicatorHistory.of(DOSSIER, List.of());

    assertThat(history.status("P", in(2024))).contains(IndicatorStatus.BEHIND);
    assertThat(history.status("P", in(2025))).contains(IndicatorStatus.NO_RECENT_MEASURE);
    assertThat(history.status("P", in(2019))).contains(IndicatorStatus.NO_RECENT_MEASURE);
  }

  @Test
  void laterValuesThanTheDateAreIgnored() {
    IndicatorHistory history = IndicatorHistory.of(DOSSIER, List.of(review(2024, value("P", "25"))));

    assertThat(history.status("P", in(2023))).contains(IndicatorStatus.BEHIND);
  }

  @Test
  void withoutTargetTheLatestValueIsComparedWithTheFirst() {
    IndicatorHistory better = IndicatorHistory.of(DOSSIER, List.of(review(2021, value("A", "9"))));
    IndicatorHistory worse = IndicatorHistory.of(DOSSIER, List.of(review(2021, value("A", "12.5"))));

    assertThat(better.status("A", in(2021))).contains(IndicatorStatus.ON_TRACK);
    assertThat(worse.status("A", in(2021))).contains(IndicatorStatus.BEHIND);
  }

  @Test
  void theTrajectoryRunsStraightFromTheFirstValueToTheTargetAtNPlusFiveThenStays() {
    IndicatorHistory.Series partners = IndicatorHistory.of(DOSSIER, List.of()).series("P").orElseThrow();

    // From 5 in 2020-2021 to 25 in 2025-2026: 4 a year.
    assertThat(partners.trajectory(SchoolYear.of(2020))).contains(new BigDecimal("5"));
    assertThat(partners.trajectory(SchoolYear.of(2023))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("17"));
    assertThat(partners.trajectory(SchoolYear.of(2025))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
    assertThat(partners.trajectory(SchoolYear.of(2028))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
    assertThat(partners.trajectory(SchoolYear.of(2019))).as("before N").isEmpty();
    assertThat(IndicatorHistory.of(DOSSIER, List.of()).series("A").orElseThrow().trajectory(SchoolYear.of(2022)))
        .as("no target").isEmpty();
  }

  @Test
  void noStatusForAnUnknownIdOrAnIndicatorWithoutDirection() {
    IndicatorHistory history = IndicatorHistory.of(DOSSIER, List.of(review(2024, value("N", "3"))));

    assertThat(history.status("inconnu", in(2024))).isEmpty();
    assertThat(history.status("N", in(2024))).isEmpty();
  }
}
