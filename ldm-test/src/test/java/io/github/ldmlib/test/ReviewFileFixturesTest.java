package io.github.ldmlib.test;

import static io.github.ldmlib.model.conformity.Severity.ADVICE;
import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;
import static io.github.ldmlib.test.LdmAssertions.assertThat;
import static io.github.ldmlib.test.LdmAssertions.assertThatThrownBy;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Establishment;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The conforming review files conform, and each defect triggers exactly the built-in rule it is made
 * for, at the place it says.
 */
class ReviewFileFixturesTest {

  static final Dossier DOSSIER = AnnualReviewFixturesTest.DOSSIER;
  static final LocalDate GRANTED = LocalDate.of(2026, 7, 2);
  static final LocalDate AS_OF = LocalDate.of(2028, 9, 20);
  static final ReviewFileFixture FILE = ReviewFileFixtures.conforming(DOSSIER, GRANTED, AS_OF);

  @Test
  void aConformingFileHasAReviewForEachSchoolYearOverAndNoFindings() {
    assertThat(FILE.check()).hasNoFindings().isConforming();
    assertThat(FILE.file().reviews()).extracting(r -> r.schoolYear().toString()).containsExactly("2026-2027", "2027-2028");
    assertThat(FILE.file().documentDate()).contains(AS_OF);
  }

  @Test
  void theSameArgumentsGiveAnEqualFile() {
    assertThat(ReviewFileFixtures.conforming(DOSSIER, GRANTED, AS_OF).file()).isEqualTo(FILE.file());
  }

  @Test
  void withoutReview() {
    assertThat(FILE.withoutReview(SchoolYear.of(2026)).check())
        .hasOnlyFindingsOf("LDM-R-110")
        .hasFindingsOf("LDM-R-110").at("/reviews").withSeverity(TO_COMPLETE).exactly(1);
    assertThatThrownBy(() -> FILE.withoutReview(SchoolYear.of(2030))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2030-2031");
  }

  @Test
  void withoutMeasure() {
    assertThat(FILE.withoutMeasure("C4.E1.I1", SchoolYear.of(2027)).check())
        .hasOnlyFindingsOf("LDM-R-111")
        .hasFindingsOf("LDM-R-111").at("/reviews/1/sections/0/measures").withSeverity(ADVICE).exactly(1);
    assertThatThrownBy(() -> FILE.withoutMeasure("C9.X", SchoolYear.of(2027)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not measure");
  }

  @Test
  void aReviewOfTheCurrentSchoolYearIsNotDueYet() {
    assertThat(FILE.withoutReview(SchoolYear.of(2027)).checkedAsOf(LocalDate.of(2028, 6, 30)).check())
        .hasNoFindings();
  }

  @Test
  void aDossierWithoutUaiCannotHaveALabelRecord() {
    Dossier noUai = Dossier.builder().from(DOSSIER)
        .establishment(Establishment.builder().from(DOSSIER.establishment()).uai(Optional.empty()).build()).build();

    assertThatThrownBy(() -> ReviewFileFixtures.conforming(noUai, GRANTED, AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UAI");
  }

  @Test
  void theFixtureNeverChanges() {
    FILE.withoutReview(SchoolYear.of(2026));
    FILE.withoutMeasure("C4.E1.I1", SchoolYear.of(2027));

    assertThat(FILE.file().reviews()).hasSize(2);
    assertThat(FILE.check()).hasNoFindings();
  }
}
