package io.github.ldmlib.model.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConformityReportTest {

  private static Finding finding(Severity severity, String pointer) {
    return Finding.builder().ruleId("LDM-D-030").severity(severity).criterionId("C1").pointer(pointer)
        .message("Élément attendu manquant").messageKey("LDM-D-030.missing").build();
  }

  private static ConformityReport.Builder report(List<Finding> findings) {
    FindingCounts counts = FindingCounts.of(findings);
    return ConformityReport.builder().referentialId("ldm-national-2023").referentialEdition("2026-01")
        .establishmentName("Lycée professionnel des Calanques").dossierKind(DossierKind.INITIAL)
        .asOf(LocalDate.of(2025, 3, 14)).stage(Stage.CANDIDATURE).language("fr")
        .verdict(Verdict.of(counts)).readyForAudit(counts.majorGaps() == 0).counts(counts)
        .findings(findings);
  }

  @Test
  void verdictsFollowFromCounts() {
    assertThat(Verdict.of(FindingCounts.of(List.of()))).isEqualTo(Verdict.CONFORMING);
    assertThat(Verdict.of(FindingCounts.of(List.of(finding(Severity.INFO, ""))))).isEqualTo(Verdict.CONFORMING);
    assertThat(Verdict.of(FindingCounts.of(List.of(finding(Severity.OBSERVATION, "")))))
        .isEqualTo(Verdict.CONFORMING_WITH_OBSERVATIONS);
    assertThat(Verdict.of(FindingCounts.of(List.of(finding(Severity.OBSERVATION, ""), finding(Severity.MINOR_GAP, "")))))
        .isEqualTo(Verdict.NON_CONFORMING);
  }

  @Test
  void countsCountEachSeverity() {
    FindingCounts counts = FindingCounts.of(List.of(finding(Severity.MAJOR_GAP, ""), finding(Severity.MAJOR_GAP, "/a"),
        finding(Severity.OBSERVATION, "")));
    assertThat(counts.count(Severity.MAJOR_GAP)).isEqualTo(2);
    assertThat(counts.count(Severity.MINOR_GAP)).isZero();
    assertThat(counts.count(Severity.OBSERVATION)).isEqualTo(1);
    assertThat(counts.infos()).isZero();
  }

  @Test
  void aConsistentReportBuilds() {
    ConformityReport r = report(List.of(finding(Severity.MINOR_GAP, "/sections/0/actions/0/addedValue"))).build();
    assertThat(r.readyForAudit()).isTrue();
    assertThat(r.findingsOf("C1")).hasSize(1);
    assertThat(r.findingsOf("C4")).isEmpty();
    assertThat(LdmValidation.validate(r)).isEmpty();
  }

  @Test
  void anInconsistentReportIsRefused() {
    List<Finding> one = List.of(finding(Severity.MAJOR_GAP, ""));
    assertThatThrownBy(() -> report(one).counts(FindingCounts.of(List.of())).verdict(Verdict.CONFORMING).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("differ from the findings");
    assertThatThrownBy(() -> report(one).verdict(Verdict.CONFORMING).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("verdict CONFORMING does not follow");
    assertThatThrownBy(() -> report(one).readyForAudit(true).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("readyForAudit true does not follow");
    assertThatThrownBy(() -> CriterionResult.builder().criterionId("C1").verdict(Verdict.CONFORMING)
        .counts(FindingCounts.of(one)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not follow from its counts");
  }

  @Test
  void pointersAndLanguageAreValidated() {
    ConformityReport r = report(List.of(finding(Severity.INFO, "sections/0"), finding(Severity.INFO, "/a~2")))
        .language("de").build();
    assertThat(LdmValidation.validate(r)).extracting(Violation::pointer)
        .containsExactly("/findings/0/pointer", "/findings/1/pointer", "/language");
  }
}
