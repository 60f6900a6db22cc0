package io.github.ldmlib.model.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AuditFileTest {

  private static List<String> pointers(Object object) {
    return LdmValidation.validate(object, Locale.ENGLISH).stream().map(v -> v.pointer().toString()).toList();
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

}
