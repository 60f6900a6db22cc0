package io.github.ldmlib.examples.academy;

import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;
import static io.github.ldmlib.test.LdmAssertions.assertThat;

import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.rules.Rule;
import io.github.ldmlib.test.DossierFixture;
import io.github.ldmlib.test.DossierFixtures;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Step 3 of the tutorial: rule MTC-C9-001, tested alone with a fixture and its defects. */
class RequirementsAddressedRuleTest {

  static final Rule<Dossier> RULE = RequirementsAddressedRule.RULE;
  static final DossierFixture FIXTURE = DossierFixtures.conforming(MontclairProfile.PROFILE);

  @Test
  void isWellDefined() {
    assertThat(RULE).isWellDefined();
  }

  @Test
  void acceptsADossierThatAddressesEveryRequirement() {
    assertThat(RULE).accepts(FIXTURE);
  }

  @Test
  void flagsARequirementThatNoWorkAddresses() {
    assertThat(RULE).flags(FIXTURE.withUnaddressedRequirement("C9.R4"))
        .at(FIXTURE.sectionPointer("C9"))
        .onRequirement("C9.R4")
        .withSeverity(TO_COMPLETE)
        .withMessageContaining("challenge MED")
        .exactly(1);
  }

  @Test
  void flagsEachRequirementOnce() {
    assertThat(RULE).flags(FIXTURE.withUnaddressedRequirement("C9.R1").withUnaddressedRequirement("C9.R2"))
        .onCriterion("C9")
        .exactly(2);
  }

  @Test
  void leavesAMissingSectionToTheBuiltInRules() {
    assertThat(RULE).accepts(FIXTURE.withoutSection("C9"));
  }

  @Test
  void ignoresTheNationalCriteria() {
    assertThat(RULE).accepts(FIXTURE.withUnaddressedRequirement("C4.R2"));
  }

  @Test
  void speaksEnglishOnRequest() {
    assertThat(RULE).inLanguage(Locale.ENGLISH).flags(FIXTURE.withUnaddressedRequirement("C9.R3"))
        .withMessageContaining("Requirement C9.R3 of the academic criterion is addressed by no action or engagement");
  }
}
