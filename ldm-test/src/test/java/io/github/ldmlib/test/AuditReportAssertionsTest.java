package io.github.ldmlib.test;

import static io.github.ldmlib.model.conformity.Severity.INFO;
import static io.github.ldmlib.model.conformity.Severity.MINOR_GAP;
import static io.github.ldmlib.test.LdmAssertions.assertThat;
import static io.github.ldmlib.test.LdmAssertions.assertThatThrownBy;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.BuiltInRules;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.rules.Rule;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kit asserts on the report of an audit file as it does on a dossier's: one report type, the
 * same assertions, failure messages that name the kind of document, and {@code assertThat(rule)}
 * for an audit rule.
 */
class AuditReportAssertionsTest {

  /** The national criteria of 2023 with the audit procedure of Aix-Marseille 2012, as docs/label-life.md sets them. */
  static Referential referential;
  static AuditFile audit;
  static Checker<AuditFile> checker;

  /** The day the one-year follow-up audit falls due: the report notes it, and nothing else. */
  static final LocalDate DUE = LocalDate.of(2026, 9, 1);

  @BeforeAll
  static void readTheExampleAudit() throws IOException {
    Referential national = Referentials.load("ldm-national-2023", "2026-01");
    Referential aix = Referentials.load("aix-marseille-2012", "2012-01");
    ProcessParameters procedure = ProcessParameters.builder().from(aix.parameters())
        .dossierNoticeWeeks(national.parameters().dossierNoticeWeeks())
        .majorGapsBlockLabel(national.parameters().majorGapsBlockLabel())
        .labelValidityYears(5)
        .build();
    referential = Referential.builder().from(national).parameters(procedure).source(aix.source()).build();
    audit = LdmJson.defaults().read(AuditFile.class, ExamplesTest.EXAMPLES.resolve("audit-file-marie-marvingt.json"));
    checker = Checker.of(DocumentKind.AUDIT_FILE, referential);
  }

  /** The example audit with its plan sent three days before the audit day instead of fifteen. */
  static AuditFile lateByThreeDays() {
    AuditPlan plan = audit.plan().orElseThrow();
    return AuditFile.builder().from(audit)
        .plan(AuditPlan.builder().from(plan).sentDate(plan.auditDate().minusDays(3)).build())
        .build();
  }

  @Test
  void theReportOfAnAuditFileTakesTheSameAssertions() {
    ConformityReport report = checker.check(audit, DUE);

    assertThat(report)
        .isConforming()
        .isReadyForAudit()
        .hasOnlyFindingsOf("LDM-A-050")
        .hasFindingsOf("LDM-A-050").at("/labelRecord/audits").withSeverity(INFO).exactly(1);
    assertThat(report).criterion("C4").isConforming();
    assertThat(report.findings().get(0)).hasRuleId("LDM-A-050").hasPointer("/labelRecord/audits");
  }

  @Test
  void aDefectOfTheAuditIsFoundAtItsPlace() {
    ConformityReport report = checker.check(lateByThreeDays(), DUE);

    assertThat(report)
        .isNonConforming()
        .hasOnlyFindingsOf("LDM-A-010", "LDM-A-050")
        .hasFindingsOf("LDM-A-010").at("/plan/sentDate").withSeverity(MINOR_GAP).exactly(1);
  }

  @Test
  void aFailureNamesTheKindOfDocumentChecked() {
    ConformityReport report = checker.check(lateByThreeDays(), DUE);

    assertThatThrownBy(() -> assertThat(report).hasNoGap())
        .hasMessageStartingWith("Expecting the conformity report of Lycée professionnel Marie-Marvingt (audit-file, "
            + "ldm-national-2023@2026-01, as of 2026-09-01, CANDIDATURE)\nto have no gap,\n"
            + "but it has 0 major gaps and 1 minor gap.")
        .hasMessageContaining("LDM-A-010 MINOR_GAP /plan/sentDate: ");
  }

  @Test
  void theReadinessOfAnAuditFileSpeaksOfMajorGaps() {
    ConformityReport report = checker.check(lateByThreeDays(), DUE);

    assertThat(report).isReadyForAudit().hasNothingBlocking().hasNoMajorGap();
    assertThatThrownBy(() -> assertThat(report).isNotReadyForAudit())
        .hasMessageContaining("\nnot to be ready for audit,\nbut it has no major gap.\n");
    assertThatThrownBy(() -> assertThat(report).hasNothingToCorrect())
        .hasMessageContaining("\nto have no gap,\nbut it has 0 major gaps and 1 minor gap.\n");
  }

  @Test
  void anAuditRuleRunsAloneOnAnAuditFile() {
    Rule<AuditFile> planNotice = BuiltInRules.byId(DocumentKind.AUDIT_FILE, "LDM-A-010").orElseThrow();

    assertThat(planNotice).isWellDefined();
    assertThat(planNotice).against(referential).accepts(audit);
    assertThat(planNotice).against(referential).flags(lateByThreeDays())
        .at("/plan/sentDate").withMessageKey("LDM-A-010.late").exactly(1);
    assertThatThrownBy(() -> assertThat(planNotice).against(referential).accepts(lateByThreeDays()))
        .hasMessageStartingWith("Expecting rule LDM-A-010 to accept the audit file of Lycée professionnel Marie-Marvingt");
    assertThatThrownBy(() -> assertThat(planNotice).accepts(audit))
        .hasMessageContaining("without its referential: give it with against(Referential)");
  }
}
