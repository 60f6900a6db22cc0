package io.github.ldmlib.test;

import static io.github.ldmlib.model.conformity.Severity.ADVICE;
import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;
import static io.github.ldmlib.test.LdmAssertions.assertThat;
import static io.github.ldmlib.test.LdmAssertions.assertThatThrownBy;
import static io.github.ldmlib.test.LdmAssertions.tuple;
import static io.github.ldmlib.test.TestData.NATIONAL_2026;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.ProgressStatus;
import io.github.ldmlib.model.review.SchoolBody;
import io.github.ldmlib.model.validation.LdmValidation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The conforming annual reviews conform, and each defect triggers exactly the built-in rule it is
 * made for, at the place it says.
 */
class AnnualReviewFixturesTest {

  static final Dossier DOSSIER = read("dossier-complete.json");
  static final SchoolYear YEAR = SchoolYear.of(2026);
  static final AnnualReviewFixture REVIEW = AnnualReviewFixtures.conforming(DOSSIER, YEAR);

  private static Dossier read(String file) {
    try {
      return LdmJson.defaults().read(Dossier.class, ExamplesTest.EXAMPLES.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aConformingReviewHasNoFindings() {
    assertThat(REVIEW.check()).hasNoFindings().isConforming();
    assertThat(REVIEW.check(Locale.ENGLISH)).hasNoFindings();
    assertThat(LdmValidation.validate(REVIEW.review())).isEmpty();
  }

  @Test
  void itFollowsUpEveryIdOfTheDossier() {
    AnnualReview review = REVIEW.review();

    assertThat(review.referentialId()).isEqualTo(DOSSIER.referentialId());
    assertThat(review.establishment()).isEqualTo(DOSSIER.establishment());
    assertThat(review.schoolYear()).isEqualTo(YEAR);
    assertThat(review.sections()).extracting(s -> s.criterionId()).containsExactly("C4", "C7");
    assertThat(review.section("C4").orElseThrow().progress())
        .extracting(p -> p.initiativeId(), p -> p.status())
        .containsExactly(tuple("C4.A1", ProgressStatus.UNDER_WAY), tuple("C4.E1", ProgressStatus.UNDER_WAY));
    assertThat(review.section("C4").orElseThrow().measures()).extracting(m -> m.indicatorId())
        .containsExactly("C4.A1.I1", "C4.E1.I1");
    assertThat(review.presentations()).extracting(p -> p.body()).contains(SchoolBody.BOARD);
    assertThat(REVIEW.asOf()).isEqualTo(review.date().orElseThrow());
  }

  @Test
  void theSameArgumentsGiveAnEqualReview() {
    assertThat(AnnualReviewFixtures.conforming(DOSSIER, YEAR).review()).isEqualTo(REVIEW.review());
    assertThat(AnnualReviewFixtures.conforming(DOSSIER, YEAR, NATIONAL_2026).review().referentialEdition())
        .contains(NATIONAL_2026.edition().id());
  }

  @Test
  void aDossierWithoutIdsGivesAReviewWithoutSectionsThatStillConforms() {
    AnnualReviewFixture review = AnnualReviewFixtures.conforming(DossierFixtures.conforming(NATIONAL_2026).dossier(), YEAR);

    assertThat(review.review().sections()).isEmpty();
    assertThat(review.check()).hasNoFindings();
  }

  @Test
  void withoutBoardPresentation() {
    AnnualReviewFixture defect = REVIEW.withoutBoardPresentation();

    assertThat(defect.check()).hasOnlyFindingsOf("LDM-R-010")
        .hasFindingsOf("LDM-R-010").at("/presentations").withSeverity(TO_COMPLETE).exactly(1);
    assertThat(defect.review().presentations()).extracting(p -> p.body()).containsExactly(SchoolBody.TEACHING_COUNCIL);
    assertThat(defect.review().evidence()).extracting(e -> e.id()).containsExactly(AnnualReviewFixtures.COUNCIL_MINUTES);
    assertThatThrownBy(defect::withoutBoardPresentation).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("board");
  }

  @Test
  void withUnresolvedMinutes() {
    assertThat(REVIEW.withUnresolvedMinutes().check()).hasOnlyFindingsOf("LDM-R-011")
        .hasFindingsOf("LDM-R-011").at("/presentations/0/minutesEvidenceId").withSeverity(TO_COMPLETE).exactly(1);
  }

  @Test
  void withStoppedWithoutReason() {
    assertThat(REVIEW.withStoppedWithoutReason("C4.E1").check()).hasOnlyFindingsOf("LDM-R-020")
        .hasFindingsOf("LDM-R-020").at("/sections/0/progress/1/reason").withSeverity(ADVICE).exactly(1);
    assertThatThrownBy(() -> REVIEW.withStoppedWithoutReason("C9.A1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("C9.A1");
  }

  @Test
  void theFixtureNeverChanges() {
    REVIEW.withoutBoardPresentation();
    REVIEW.withUnresolvedMinutes();
    REVIEW.withStoppedWithoutReason("C4.A1");

    assertThat(REVIEW.check()).hasNoFindings();
    assertThat(REVIEW.checkedAsOf(YEAR.lastDay()).check()).hasNoFindings();
    assertThat(REVIEW.withReview(r -> r).review()).isEqualTo(REVIEW.review());
    assertThat(REVIEW).hasToString("AnnualReviewFixture[" + DOSSIER.establishment().name() + ", 2026-2027, "
        + "ldm-national-2023@" + REVIEW.referential().edition().id() + ", asOf=2027-06-30]");
  }
}
