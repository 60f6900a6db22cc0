package io.github.ldmlib.test;

import static io.github.ldmlib.test.LdmAssertions.assertThat;
import static io.github.ldmlib.test.LdmAssertions.assertThatThrownBy;

import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.CriterionKind;
import org.junit.jupiter.api.Test;

/** Each profile assertion passes when it should, and fails listing the profile's faults. */
class AcademyProfileAssertTest {

  /** The test profile with its academic criterion renamed C4: it redefines a national criterion. */
  static final AcademyProfile REDEFINING = AcademyProfile.builder().from(TestData.PROFILE)
      .criteria(java.util.List.of(Criterion.builder().from(TestData.PROFILE.criteria().get(0)).id("C4").build()))
      .build();

  @Test
  void isValid() {
    assertThat(TestData.PROFILE).isValid();
    assertThat(TestData.PROFILE).against(TestData.NATIONAL_2026).isValid();
    assertThatThrownBy(() -> assertThat(REDEFINING).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting the academy profile essai-2026 to be valid for ldm-national-2023@2026-01,\n"
            + "but it has ")
        .hasMessageContaining("\n  NoRedefinition at criteria[0].id: ");
  }

  @Test
  void againstAnotherReferential() {
    assertThatThrownBy(() -> assertThat(TestData.PROFILE).against(TestData.AIX_2012).isValid())
        .hasMessageContaining("BaseReferential at baseReferentialId: ");
    assertThat(TestData.PROFILE).against(TestData.NATIONAL_2024).hasViolation("BaseEdition", "baseEdition");
  }

  @Test
  void hasViolation() {
    assertThat(REDEFINING).hasViolation("NoRedefinition", "criteria[0].id");
    AcademyProfile national = AcademyProfile.builder().from(TestData.PROFILE)
        .criteria(java.util.List.of(Criterion.builder().from(TestData.PROFILE.criteria().get(0))
            .kind(CriterionKind.NATIONAL).build()))
        .build();
    assertThat(national).hasViolation("AcademicKind", "criteria[0].kind");
    assertThatThrownBy(() -> assertThat(TestData.PROFILE).hasViolation("NoRedefinition", "criteria[0].id"))
        .hasMessage("Expecting the academy profile essai-2026 checked against ldm-national-2023@2026-01\n"
            + "to have a fault NoRedefinition at criteria[0].id,\nbut it has none.");
    assertThatThrownBy(() -> assertThat(REDEFINING).hasViolation("UniqueNumber", "criteria[0].number"))
        .hasMessageContaining("to have a fault UniqueNumber at criteria[0].number,\nbut its faults are:\n  NoRedefinition");
  }

  @Test
  void aProfileOfAnUnbundledReferential() {
    AcademyProfile elsewhere = AcademyProfile.builder().from(TestData.PROFILE).baseReferentialId("ailleurs").build();
    assertThatThrownBy(() -> assertThat(elsewhere).isValid())
        .hasMessageStartingWith("Cannot check the academy profile essai-2026: No bundled referential ailleurs@2026-01")
        .hasMessageEndingWith("; give its referential with against(Referential)");
  }
}
