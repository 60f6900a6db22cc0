package io.github.ldmlib.test;

import static io.github.ldmlib.test.LdmAssertions.assertThat;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.rules.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The extension injects the checker, its referential, a conforming fixture and the profile. */
@LdmCheckerTest(referential = "ldm-national-2023", edition = "2024-01")
class LdmCheckerTestTest {

  @Test
  void injectsTheReferentialItsCheckerAndAConformingFixture(Referential referential, Checker<Dossier> checker, DossierFixture fixture) {
    assertThat(referential.id()).isEqualTo("ldm-national-2023");
    assertThat(referential.edition().id()).isEqualTo("2024-01");
    assertThat(checker.referential()).isSameAs(referential);
    assertThat(fixture.referential()).isSameAs(referential);
    assertThat(fixture.checker()).isSameAs(checker);
    assertThat(fixture.check()).hasNoFindings();
  }

  @Test
  void theCheckerHasTheRulesOfTheProvidersOnTheClassPath(Checker<Dossier> checker, DossierFixture fixture) {
    assertThat(checker.rules()).extracting(Rule::id).contains("KIT-001", "LDM-D-020");
    assertThat(fixture.withoutCoordinator("C1").check()).hasOnlyFindingsOf("LDM-D-020", "KIT-001");
  }

  static Checker<Dossier> beforeAll;

  @BeforeAll
  static void lifecycleMethodsReceiveParametersToo(Checker<Dossier> checker) {
    beforeAll = checker;
  }

  @Test
  void theSetupIsSharedBetweenTests(Checker<Dossier> checker) {
    assertThat(checker).isSameAs(beforeAll);
  }

  @Test
  @LdmCheckerTest(referential = "aix-marseille-2012", discoverRules = false)
  void aMethodsAnnotationTakesPrecedence(Referential referential, Checker<Dossier> checker, DossierFixture fixture) {
    assertThat(referential.id()).isEqualTo("aix-marseille-2012");
    assertThat(checker.rules()).extracting(Rule::id).doesNotContain("KIT-001");
    assertThat(fixture.withIneligibleCoApplicant().check()).hasOnlyFindingsOf("LDM-D-071");
  }

  @Nested
  class Nested_ {

    @Test
    void inheritsTheEnclosingClasssAnnotation(Referential referential, Checker<Dossier> checker) {
      assertThat(referential.edition().id()).isEqualTo("2024-01");
      assertThat(checker).isSameAs(beforeAll);
    }
  }

  @Nested
  @LdmCheckerTest(profile = TestData.Profile.class)
  class WithAProfile {

    @Test
    void injectsTheProfileAndTheReferentialItMakes(AcademyProfile profile, Referential referential, Checker<Dossier> checker,
        DossierFixture fixture) {
      assertThat(profile).isSameAs(TestData.PROFILE);
      assertThat(referential).hasMandatoryCriteria("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9");
      assertThat(referential.edition().id()).isEqualTo("2026-01");
      assertThat(checker.severity("LDM-D-062")).contains(Severity.TO_COMPLETE);
      assertThat(fixture.check()).hasNoFindings().criterion("C9").isConforming();
      assertThat(fixture.withoutSection("C9").check()).hasFindingsOf("LDM-D-003").onCriterion("C9").exactly(1);
    }
  }
}
