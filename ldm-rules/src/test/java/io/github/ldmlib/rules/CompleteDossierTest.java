package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.Fixtures.AS_OF;
import static io.github.ldmlib.rules.Fixtures.CHECKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.validation.LdmValidation;
import org.junit.jupiter.api.Test;

class CompleteDossierTest {

  @Test
  void theCompleteDossierHasNoFinding() {
    ConformityReport report = Fixtures.check(Fixtures.DOSSIER);

    assertThat(report.findings()).isEmpty();
    assertThat(report.verdict()).isEqualTo(Verdict.CONFORMING);
    assertThat(report.readyForAudit()).isTrue();
    assertThat(report.criteria()).extracting(CriterionResult::criterionId).containsExactly("C1", "C4", "A1");
    assertThat(report.criteria()).extracting(CriterionResult::verdict).containsOnly(Verdict.CONFORMING);
  }

  @Test
  void theNetworkCandidatureHasNoFinding() {
    assertThat(Fixtures.check(Fixtures.NETWORK).findings()).isEmpty();
  }

  @Test
  void theCompleteDossierHasNoFindingAtAnyStageMatchingItsKind() {
    for (Stage stage : new Stage[] {Stage.CANDIDATURE, Stage.FOLLOW_UP_1_YEAR, Stage.FOLLOW_UP_3_YEARS}) {
      assertThat(CHECKER.check(Fixtures.DOSSIER, AS_OF, stage).findings()).as(stage.name()).isEmpty();
    }
  }

  @Test
  void theReportIsItselfValid() {
    assertThat(LdmValidation.validate(Fixtures.check(Fixtures.DOSSIER))).isEmpty();
  }

  @Test
  void theReportNamesWhatWasChecked() {
    ConformityReport report = Fixtures.check(Fixtures.DOSSIER);

    assertThat(report.referentialId()).isEqualTo("ldm-test");
    assertThat(report.referentialEdition()).isEqualTo("2026-01");
    assertThat(report.establishmentName()).contains("Lycée professionnel des Calanques");
    assertThat(report.establishmentUai()).contains(Fixtures.uai("0130001"));
    assertThat(report.asOf()).isEqualTo(AS_OF);
    assertThat(report.stage()).contains(Stage.CANDIDATURE);
    assertThat(report.language()).isEqualTo("fr");
    assertThat(report.ruleIds()).contains("LDM-E-001", "LDM-V-001", "LDM-D-030").isSorted();
  }
}
