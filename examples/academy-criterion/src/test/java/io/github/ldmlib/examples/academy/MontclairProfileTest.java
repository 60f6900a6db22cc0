package io.github.ldmlib.examples.academy;

import static io.github.ldmlib.test.LdmAssertions.assertThat;
import static io.github.ldmlib.test.LdmAssertions.tuple;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.ReferentialItem;
import io.github.ldmlib.model.referential.Requirement;
import org.junit.jupiter.api.Test;

/** Step 1 of the tutorial: the profile fits the national referential and keeps the adopted wording. */
class MontclairProfileTest {

  @Test
  void theProfileIsValid() {
    assertThat(MontclairProfile.PROFILE).isValid();
  }

  @Test
  void itAddsTheAcademicCriterionToTheNationalOnes() {
    assertThat(Referentials.tailor(MontclairProfile.PROFILE))
        .isSound()
        .hasMandatoryCriteria("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9");
  }

  @Test
  void theCriterionKeepsTheWordingOfAixMarseillesCriterion11() {
    Criterion adopted = MontclairProfile.PROFILE.criteria().get(0);
    Criterion original = Referentials.load("aix-marseille-2012", "2012-01").criterion("C11").orElseThrow();

    assertThat(adopted.title()).isEqualTo(original.title());
    assertThat(adopted.requirements()).extracting(Requirement::text, Requirement::group)
        .isEqualTo(original.requirements().stream().map(r -> tuple(r.text(), r.group())).toList());
    assertThat(adopted.exampleActions()).extracting(ReferentialItem::text)
        .isEqualTo(original.exampleActions().stream().map(ReferentialItem::text).toList());
    assertThat(adopted.source()).isEqualTo(original.source());
  }
}
