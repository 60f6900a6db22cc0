package io.github.ldmlib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.AuditorPool;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's audit example, kept compiled and run. */
class AuditReadmeExampleTest {

  static void readmeExample(Referential referential, AuditPlan plan, AuditDashboard dashboard, AuditSummary summary,
      LabelDecision decision, LabelRecord record, AuditorPool auditors, PrintStream out) {
    // --- README audit example (the referential and the documents come from ldm-io or are built) ---
    Checker<AuditFile> checker = Checker.of(DocumentKind.AUDIT_FILE, referential);   // immutable, thread-safe
    AuditFile audit = AuditFile.builder()
        .plan(plan).dashboard(dashboard).summary(summary)             // LDM 03, 04, 05
        .decision(decision).labelRecord(record).auditorPool(auditors)
        .build();
    ConformityReport report = checker.check(audit, LocalDate.of(2025, 6, 30));
    out.println(report.verdict() + ", label " + report.labelStatus().orElseThrow());
    for (Finding f : report.findings()) {
      out.println(f.severity() + " " + f.ruleId() + " " + f.pointer() + " " + f.message());
    }
    // --- end of the README audit example ---
  }

  @Test
  void theReadmeAuditExampleRunsAndPrintsTheFindings() {
    AuditPlan latePlan = AuditPlan.builder().from(AuditFixtures.PLAN).sentDate(LocalDate.of(2025, 3, 4)).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    readmeExample(AuditFixtures.REFERENTIAL, latePlan, AuditFixtures.DASHBOARD, AuditFixtures.SUMMARY,
        AuditFixtures.DECISION, AuditFixtures.RECORD, AuditFixtures.POOL,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).isEqualTo(List.of(
        "NON_CONFORMING, label LABELLED",
        "MINOR_GAP LDM-A-010 /plan/sentDate Le plan d’audit a été envoyé le 2025-03-04 pour un audit le 2025-03-18 ; "
            + "il doit l’être 15 jours au moins avant, soit au plus tard le 2025-03-03."));
  }
}
