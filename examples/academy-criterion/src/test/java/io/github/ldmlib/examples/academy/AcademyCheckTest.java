package io.github.ldmlib.examples.academy;

import static io.github.ldmlib.model.conformity.Severity.NOT_SUBMITTABLE;
import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;
import static io.github.ldmlib.test.LdmAssertions.assertThat;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.EvidenceKind;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.rules.Rule;
import io.github.ldmlib.test.DossierFixture;
import io.github.ldmlib.test.LdmCheckerTest;
import org.junit.jupiter.api.Test;

/**
 * Step 4 of the tutorial: the whole check, as the academy's schools will get it, with the
 * built-in rules, the academy's rules found on the class path and the profile's tailoring.
 */
@LdmCheckerTest(profile = MontclairProfile.class)
class AcademyCheckTest {

  @Test
  void theCheckerRunsTheAcademysRules(Checker<Dossier> checker) {
    assertThat(checker.rules()).extracting(Rule::id).contains("MTC-C9-001", "MTC-C9-002", "LDM-D-003");
  }

  @Test
  void aConformingDossierHasNoFinding(DossierFixture fixture) {
    assertThat(fixture.check()).hasNoFindings();
    assertThat(fixture.atStage(Stage.FOLLOW_UP_1_YEAR).check()).hasNoFindings();
  }

  @Test
  void theAcademicCriterionIsMandatory(DossierFixture fixture) {
    assertThat(fixture.withoutSection("C9").check())
        .isNotReadyForAudit()
        .hasOnlyFindingsOf("LDM-D-003")
        .hasFindingsOf("LDM-D-003").onCriterion("C9").withSeverity(NOT_SUBMITTABLE).exactly(1);
  }

  @Test
  void anUnaddressedRequirementOfTheAcademicCriterionIsToComplete(DossierFixture fixture) {
    var report = fixture.withUnaddressedRequirement("C9.R2").check();

    assertThat(report)
        .isReadyForAudit()
        .hasOnlyFindingsOf("LDM-D-090", "MTC-C9-001")
        .hasFindingsOf("MTC-C9-001").onRequirement("C9.R2").withSeverity(TO_COMPLETE).exactly(1);
    assertThat(report).criterion("C9").isNonConforming();
    assertThat(report).criterion("C4").isConforming();
  }

  @Test
  void aShortLivedActionIsToCompleteAtTheFollowUp(DossierFixture fixture) {
    DossierFixture shortLived = fixture.withFirstAction("C9", a -> Action.builder().from(a).perennial(false).build());

    assertThat(shortLived.check()).hasNoFindings();
    assertThat(shortLived.atStage(Stage.FOLLOW_UP_3_YEARS).check())
        .hasOnlyFindingsOf("MTC-C9-002")
        .hasFindingsOf("MTC-C9-002").at(fixture.sectionPointer("C9") + "/actions").exactly(1);
  }

  @Test
  void anUncitedPieceOfEvidenceIsToCompleteInThisAcademy(DossierFixture fixture) {
    DossierFixture uncited = fixture.withDossier(d -> Dossier.builder().from(d)
        .addEvidence(Evidence.builder().id("P-900").title("Photographies du tri sélectif").kind(EvidenceKind.MEDIA).build())
        .build());

    assertThat(uncited.check()).hasFindingsOf("LDM-D-062").withSeverity(TO_COMPLETE).exactly(1);
  }
}
