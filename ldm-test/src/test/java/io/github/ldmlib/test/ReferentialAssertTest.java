package io.github.ldmlib.test;

import static io.github.ldmlib.test.LdmAssertions.assertThat;
import static io.github.ldmlib.test.LdmAssertions.assertThatThrownBy;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import org.junit.jupiter.api.Test;

/** Each referential assertion passes when it should, and fails saying what the referential holds. */
class ReferentialAssertTest {

  @Test
  void isSound() {
    for (Referential r : TestData.referentials()) {
      assertThat(r).isSound();
    }
    Criterion c1 = TestData.NATIONAL_2026.criteria().get(0);
    Referential twice = Referential.builder().from(TestData.NATIONAL_2026)
        .addCriteria(Criterion.builder().from(c1).number(9).build()).build();
    assertThatThrownBy(() -> assertThat(twice).isSound())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting the referential ldm-national-2023@2026-01 to be sound,\nbut it has ")
        .hasMessageContaining("\n  UniqueId at criteria[8].id: ");
  }

  @Test
  void hasCriteria() {
    assertThat(TestData.AIX_2012).hasCriteria("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11");
    assertThatThrownBy(() -> assertThat(TestData.NATIONAL_2026).hasCriteria("C1", "C2"))
        .hasMessage("Expecting the referential ldm-national-2023@2026-01 to have the criteria C1, C2,\n"
            + "but they are C1, C2, C3, C4, C5, C6, C7, C8.");
  }

  @Test
  void hasMandatoryCriteria() {
    assertThat(TestData.AIX_2012).hasMandatoryCriteria("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9");
    assertThat(Referentials.tailor(TestData.PROFILE))
        .hasMandatoryCriteria("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9");
    assertThatThrownBy(() -> assertThat(TestData.AIX_2012).hasMandatoryCriteria("C1"))
        .hasMessage("Expecting the referential aix-marseille-2012@2012-01 to have the mandatory criteria C1,\n"
            + "but they are C1, C2, C3, C4, C5, C6, C7, C8, C9.");
  }
}
