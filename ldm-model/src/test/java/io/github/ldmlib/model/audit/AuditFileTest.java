package io.github.ldmlib.model.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Stage;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AuditFileTest {

  private static List<String> pointers(Object object) {
    return LdmValidation.validate(object, Locale.ENGLISH).stream().map(Violation::pointer).toList();
  }

  @Test
  void anEmptyFileIsValidAndKnowsNothingOfTheAudit() {
    AuditFile file = AuditFile.builder().build();
    assertThat(LdmValidation.validate(file)).isEmpty();
    assertThat(file.auditDocuments()).isEmpty();
    assertThat(file.uai()).isEmpty();
    assertThat(file.establishmentName()).isEmpty();
    assertThat(file.stage()).isEmpty();
    assertThat(file.auditDate()).isEmpty();
  }

  @Test
  void theAuditsIdentityComesFromItsFirstDocument() {
    AuditSummary followUp = AuditSummary.builder().from(SampleAudits.summary())
        .stage(Stage.FOLLOW_UP_1_YEAR).auditDate(LocalDate.of(2026, 3, 10)).establishmentName("Autre nom").build();
    AuditFile file = AuditFile.builder().dashboard(SampleAudits.dashboard()).summary(followUp).build();

    assertThat(file.auditDocuments()).containsExactly(SampleAudits.dashboard(), followUp);
    assertThat(file.uai()).contains(SampleAudits.UAI);
    assertThat(file.stage()).contains(Stage.CANDIDATURE);
    assertThat(file.auditDate()).contains(SampleAudits.AUDIT_DATE);
    // the dashboard names no establishment: the summary's name is the first one given
    assertThat(file.establishmentName()).contains("Autre nom");
  }

  @Test
  void withoutAuditDocumentsTheDecisionThenTheRecordNameTheEstablishment() {
    Uai other = Uai.parse("0130001" + Uai.checkLetter("0130001"));
    LabelRecord record = LabelRecord.builder().uai(other).establishmentName("Lycée du Port").build();
    AuditFile recordOnly = AuditFile.builder().labelRecord(record).build();
    assertThat(recordOnly.uai()).contains(other);
    assertThat(recordOnly.establishmentName()).contains("Lycée du Port");

    AuditFile withDecision = AuditFile.builder().from(recordOnly)
        .decision(SampleAudits.granted(LocalDate.of(2025, 6, 2))).build();
    assertThat(withDecision.uai()).contains(SampleAudits.UAI);
    assertThat(withDecision.establishmentName()).contains(SampleAudits.NAME);
    assertThat(withDecision.stage()).isEmpty();
  }

  @Test
  void everyDocumentIsValidatedInDepthUnderItsOwnKey() {
    AuditPlan plan = AuditPlan.builder().from(SampleAudits.plan())
        .team(List.of(AuditTeamMember.builder().from(SampleAudits.lead()).auditorId("not an id").build())).build();
    AuditSummary summary = AuditSummary.builder().from(SampleAudits.summary())
        .gaps(List.of(Gap.builder().from(SampleAudits.summary().gaps().get(0)).severity(Severity.INFO).build()))
        .build();
    AuditorPool pool = AuditorPool.builder()
        .addAuditors(Auditor.builder().from(SampleAudits.auditor()).person(Person.builder().lastName(" ").build()).build())
        .build();
    AuditFile file = AuditFile.builder().plan(plan).previousSummary(summary).auditorPool(pool).build();

    assertThat(pointers(file)).containsExactlyInAnyOrder(
        "/plan/team/0/auditorId",
        "/previousSummary/gaps/0/severity",
        "/auditorPool/auditors/0/person/lastName");
  }

  private static Finding finding(Severity severity, String criterionId) {
    return Finding.builder().ruleId("LDM-A-010").severity(severity).criterionId(criterionId)
        .pointer("/plan/sentDate").message("Plan envoyé trop tard").messageKey("LDM-A-010.late").build();
  }

  private static AuditReport.Builder report(List<Finding> findings) {
    FindingCounts counts = FindingCounts.of(findings);
    return AuditReport.builder().referentialId("aix-marseille-2012").referentialEdition("2012-01")
        .uai(SampleAudits.UAI).stage(Stage.CANDIDATURE).auditDate(SampleAudits.AUDIT_DATE)
        .asOf(LocalDate.of(2025, 6, 30)).language("fr").verdict(Verdict.of(counts)).counts(counts)
        .findings(findings);
  }

  @Test
  void aConsistentAuditReportBuildsAndFindsByRuleAndCriterion() {
    Finding onC4 = finding(Severity.MINOR_GAP, "C4");
    AuditReport r = report(List.of(onC4))
        .addCriteria(CriterionResult.builder().criterionId("C4").verdict(Verdict.NON_CONFORMING)
            .counts(FindingCounts.of(List.of(onC4))).build())
        .labelStatus(LabelStatus.AUDITED)
        .build();
    assertThat(LdmValidation.validate(r)).isEmpty();
    assertThat(r.findingsOfRule("LDM-A-010")).containsExactly(onC4);
    assertThat(r.findingsOfRule("LDM-A-011")).isEmpty();
    assertThat(r.findingsOf("C4")).containsExactly(onC4);
    assertThat(r.findingsOf("C1")).isEmpty();
    assertThat(r.criterion("C4")).isPresent();
    assertThat(r.criterion("C1")).isEmpty();
  }

  @Test
  void anInconsistentAuditReportIsRefused() {
    List<Finding> one = List.of(finding(Severity.MAJOR_GAP, "C4"));
    assertThatThrownBy(() -> report(one).counts(FindingCounts.of(List.of())).verdict(Verdict.CONFORMING).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("differ from the findings");
    assertThatThrownBy(() -> report(one).verdict(Verdict.CONFORMING_WITH_OBSERVATIONS).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("verdict CONFORMING_WITH_OBSERVATIONS does not follow");
    assertThatThrownBy(() -> AuditReport.builder().referentialId("r").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("asOf");
  }

  @Test
  void theReportsLanguageIsFrenchOrEnglish() {
    assertThat(pointers(report(List.of()).language("de").build())).containsExactly("/language");
  }
}
