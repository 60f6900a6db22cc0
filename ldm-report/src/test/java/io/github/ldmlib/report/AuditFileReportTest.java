package io.github.ldmlib.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.report.view.ConformityReportView;
import io.github.ldmlib.rules.Checker;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The conformity report of an audit file is rendered as that of a dossier, with the status of the
 * label in place of the readiness for audit, places in the audit file, and no indicators.
 */
class AuditFileReportTest {

  static final Checker<AuditFile> CHECKER = Checker.of(DocumentKind.AUDIT_FILE, Examples.NATIONAL);

  static AuditFile example() {
    return Examples.read(AuditFile.class, "audit-file-marie-marvingt.json");
  }

  /** The example whose summary names another referential than the rest of the file. */
  static AuditFile defective() {
    AuditFile file = example();
    AuditSummary summary = file.summary().orElseThrow();
    return AuditFile.builder().from(file)
        .summary(AuditSummary.builder().from(summary).referentialId("aix-marseille-2012").build()).build();
  }

  @Test
  void theExampleIsRenderedInEveryFormat() {
    AuditFile file = example();
    ConformityReport report = CHECKER.check(file, Examples.AS_OF);
    ReportRenderer fr = ReportRenderer.french();

    String text = fr.text(report, Examples.NATIONAL, file);
    assertThat(text).startsWith("Lycée professionnel Marie-Marvingt (UAI 0619876D)\n"
        + "Référentiel ldm-national-2023@2026-01 · Candidature · vérifié au 2026-11-22\n")
        .contains("\nC1 — ").doesNotContain("Prêt pour l’audit");
    assertThat(text.lines().reduce((a, b) -> b).orElseThrow()).startsWith("Verdict : ")
        .endsWith("Statut du label : non calculé (le référentiel n’en énonce pas les paramètres).");

    String html = fr.render(ReportFormat.HTML, report, Examples.NATIONAL, file);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Rapport de conformité — Lycée professionnel Marie-Marvingt</title>")
        .contains("<dt>Date de l’audit</dt>").contains("2026-05-12").doesNotContain("<svg ");

    String md = fr.render(ReportFormat.MARKDOWN, report, Examples.NATIONAL, file);
    assertThat(md).startsWith("# Rapport de conformité — Lycée professionnel Marie-Marvingt (UAI 0619876D)\n")
        .contains("| Date de l’audit | 2026-05-12 |");
  }

  @Test
  void findingsArePlacedInTheAuditFile() {
    AuditFile file = defective();
    ConformityReport report = CHECKER.check(file, Examples.AS_OF, Locale.ENGLISH);

    ConformityReportView view = ReportRenderer.english().view(report, Examples.NATIONAL, file);

    assertThat(view.groups()).flatExtracting(g -> g.findings())
        .anySatisfy(f -> {
          assertThat(f.ruleId()).isEqualTo("LDM-A-002");
          assertThat(f.place()).startsWith("Summary report");
        });
    assertThat(view.groups()).allSatisfy(g -> assertThat(g.indicators()).isEmpty());
    assertThat(ReportRenderer.english().text(report, Examples.NATIONAL, file)).contains("[LDM-A-002]")
        .contains("Verdict: Non-conforming");
  }

  @Test
  void aDossiersReportIsNotAnAuditFilesReport() {
    ConformityReport report = Examples.check(Examples.complete(), Locale.FRENCH);

    assertThatThrownBy(() -> ReportRenderer.french().text(report, Examples.NATIONAL, example()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("audit file");
  }
}
