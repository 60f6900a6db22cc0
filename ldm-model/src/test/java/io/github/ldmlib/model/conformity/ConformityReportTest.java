package io.github.ldmlib.model.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.LabelStatus;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConformityReportTest {

  private static Finding finding(Severity severity, String pointer) {
    return finding(severity, pointer, "C1");
  }

  private static Finding finding(Severity severity, String pointer, String criterionId) {
    return Finding.builder().ruleId("LDM-D-030").severity(severity).criterionId(criterionId)
        .pointer(JsonPointer.parse(pointer)).message("Élément attendu manquant").messageKey("LDM-D-030.missing")
        .build();
  }

  private static ConformityReport.Builder report(List<Finding> findings) {
    return ConformityReport.builder().documentKind(DocumentKind.DOSSIER).referentialId("ldm-national-2023")
        .referentialEdition("2026-01").establishmentName("Lycée professionnel des Calanques")
        .dossierKind(DossierKind.INITIAL).asOf(LocalDate.of(2025, 3, 14)).stage(Stage.CANDIDATURE).language("fr")
        .addCriterionIds("C1", "C2").findings(findings);
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
  void countsVerdictsAndReadinessAreDerivedFromTheFindings() {
    Finding minor = finding(Severity.MINOR_GAP, "/sections/0/actions/0/addedValue");
    ConformityReport r = report(List.of(minor)).build();
    assertThat(r.counts()).isEqualTo(FindingCounts.of(List.of(minor)));
    assertThat(r.verdict()).isEqualTo(Verdict.NON_CONFORMING);
    assertThat(r.readyForAudit()).isTrue();
    assertThat(r.findingsOf("C1")).containsExactly(minor);
    assertThat(r.findingsOf("C4")).isEmpty();
    assertThat(LdmValidation.validate(r)).isEmpty();

    ConformityReport major = report(List.of(minor, finding(Severity.MAJOR_GAP, ""))).build();
    assertThat(major.readyForAudit()).isFalse();
    assertThat(major.counts().majorGaps()).isEqualTo(1);
    assertThat(report(List.of()).build().verdict()).isEqualTo(Verdict.CONFORMING);
  }

  @Test
  void eachCriterionOfTheReportHasItsResultDrawnFromItsOwnFindings() {
    Finding onC2 = finding(Severity.OBSERVATION, "/sections/1", "C2");
    Finding onC9 = finding(Severity.MAJOR_GAP, "/sections/2", "C9");
    ConformityReport r = report(List.of(onC2, onC9)).build();

    assertThat(r.criteria()).extracting(CriterionResult::criterionId).containsExactly("C1", "C2");
    assertThat(r.criterion("C1").orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
    assertThat(r.criterion("C2").orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING_WITH_OBSERVATIONS);
    assertThat(r.criterion("C2").orElseThrow().counts().observations()).isEqualTo(1);
    // a finding on a criterion the report has no result for still counts overall
    assertThat(r.criterion("C9")).isEmpty();
    assertThat(r.verdict()).isEqualTo(Verdict.NON_CONFORMING);
    assertThat(CriterionResult.of("C1", FindingCounts.of(List.of(onC9))).verdict()).isEqualTo(Verdict.NON_CONFORMING);
  }

  @Test
  void oneReportTypeServesAnAuditFileWithItsOwnData() {
    Finding late = Finding.builder().ruleId("LDM-A-010").severity(Severity.MINOR_GAP).criterionId("C4")
        .pointer(JsonPointer.parse("/plan/sentDate")).message("Plan envoyé trop tard").messageKey("LDM-A-010.late")
        .build();
    ConformityReport r = ConformityReport.builder().documentKind(DocumentKind.AUDIT_FILE)
        .referentialId("aix-marseille-2012").referentialEdition("2012-01").stage(Stage.CANDIDATURE)
        .documentDate(LocalDate.of(2025, 6, 3)).asOf(LocalDate.of(2025, 6, 30)).language("fr")
        .labelStatus(LabelStatus.AUDITED).addCriterionIds("C4").addFindings(late).build();

    assertThat(LdmValidation.validate(r)).isEmpty();
    assertThat(r.findingsOfRule("LDM-A-010")).containsExactly(late);
    assertThat(r.findingsOfRule("LDM-A-011")).isEmpty();
    assertThat(r.criterion("C4").orElseThrow().verdict()).isEqualTo(Verdict.NON_CONFORMING);
    assertThat(r.coverage()).isEmpty();
    assertThat(r.dossierKind()).isEmpty();
    assertThatThrownBy(() -> ConformityReport.builder().referentialId("r").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("asOf");
  }

  @Test
  void theLanguageIsValidated() {
    assertThat(LdmValidation.validate(report(List.of()).language("de").build())).extracting(v -> v.pointer().toString())
        .containsExactly("/language");
  }
}
