package io.github.ldmlib.test;

import static io.github.ldmlib.model.review.IndicatorStatus.BEHIND;
import static io.github.ldmlib.model.review.IndicatorStatus.NO_RECENT_MEASURE;
import static io.github.ldmlib.model.review.IndicatorStatus.ON_TRACK;
import static io.github.ldmlib.model.review.IndicatorStatus.REACHED;
import static io.github.ldmlib.test.LdmAssertions.assertThat;
import static io.github.ldmlib.test.LdmAssertions.assertThatThrownBy;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.IndicatorHistory;
import io.github.ldmlib.model.review.IndicatorMeasure;
import io.github.ldmlib.model.review.ReviewSection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each assertion on an indicator history passes when it should, and fails saying what it found. */
class IndicatorHistoryAssertTest {

  static final Dossier DOSSIER = AnnualReviewFixturesTest.DOSSIER;
  /** The conforming review of 2026-2027 measures each indicator at its latest value in the dossier. */
  static final IndicatorHistory HISTORY = IndicatorHistory.of(DOSSIER,
      List.of(AnnualReviewFixtures.conforming(DOSSIER, SchoolYear.of(2026)).review()));
  static final LocalDate REVIEWED = LocalDate.of(2027, 6, 30);

  @Test
  void hasStatusOn() {
    assertThat(HISTORY).indicator("C4.A1.I1").hasStatusOn(REVIEWED, BEHIND)
        .hasStatusOn(LocalDate.of(2028, 9, 1), NO_RECENT_MEASURE);
    assertThat(HISTORY).indicator("C4.E1.I1").hasStatusOn(REVIEWED, BEHIND);
    assertThatThrownBy(() -> assertThat(HISTORY).indicator("C4.A1.I1").hasStatusOn(REVIEWED, ON_TRACK))
        .hasMessage("Expecting indicator C4.A1.I1 to be ON_TRACK on 2027-06-30,\nbut it is BEHIND.\n"
            + "Its values: 2019-2020 3, 2022-2023 14, 2024-2025 22, 2026-2027 22; target 25.");
  }

  @Test
  void aReachedTarget() {
    AnnualReview reached = AnnualReview.builder().from(AnnualReviewFixtures.conforming(DOSSIER, SchoolYear.of(2026)).review())
        .sections(List.of(ReviewSection.builder().criterionId("C4")
            .addMeasures(IndicatorMeasure.builder().indicatorId("C4.A1.I1").value(new BigDecimal("25")).build())
            .build()))
        .build();

    assertThat(IndicatorHistory.of(DOSSIER, List.of(reached))).indicator("C4.A1.I1").hasStatusOn(REVIEWED, REACHED);
  }

  @Test
  void anIndicatorWithoutDirectionHasNoStatus() {
    AnnualReview added = AnnualReview.builder().from(AnnualReviewFixtures.conforming(DOSSIER, SchoolYear.of(2026)).review())
        .sections(List.of(ReviewSection.builder().criterionId("C4")
            .addMeasures(IndicatorMeasure.builder().indicatorId("C4.N9").value(BigDecimal.ONE).build())
            .build()))
        .build();

    assertThatThrownBy(() -> assertThat(IndicatorHistory.of(DOSSIER, List.of(added))).indicator("C4.N9")
        .hasStatusOn(REVIEWED, ON_TRACK))
        .hasMessage("Expecting indicator C4.N9 to be ON_TRACK on 2027-06-30,\n"
            + "but it has no status: nobody states which way it should move.\nIts values: 2026-2027 1; target none.");
  }

  @Test
  void indicatorFailsForAnIdNobodyNames() {
    assertThatThrownBy(() -> assertThat(HISTORY).indicator("C9.A1.I1"))
        .hasMessage("Expecting the indicator history to hold indicator C9.A1.I1,\nbut neither the dossier nor a review "
            + "names it; the history's indicators are C4.A1.I1, C4.E1.I1, C7.A1.I1.");
    assertThatThrownBy(() -> assertThat(IndicatorHistory.of(DossierFixtures.conforming(TestData.NATIONAL_2026).dossier(),
        List.of())).indicator("C4.A1.I1"))
        .hasMessageEndingWith("the history's indicators are none.");
  }
}
