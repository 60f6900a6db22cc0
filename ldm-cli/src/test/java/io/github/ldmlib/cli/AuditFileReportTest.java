package io.github.ldmlib.cli;

import static io.github.ldmlib.cli.Cli.AS_OF;
import static io.github.ldmlib.cli.Cli.AUDIT_FILE;
import static io.github.ldmlib.cli.Cli.EXAMPLES;
import static io.github.ldmlib.cli.Cli.run;
import static io.github.ldmlib.cli.ReportCommandTest.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.meta.DocumentKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ldm report} on an audit file: its conformity report in HTML, Markdown and JSON. */
class AuditFileReportTest {

  @TempDir
  Path dir;

  @Test
  void htmlHasATilePerCriterionTheAuditDateAndTheStatusOfTheLabel() throws IOException {
    Path out = dir.resolve("rapport.html");

    Cli.Result r = run("report", AUDIT_FILE.toString(), "--format", "html", "-o", out.toString(), "--as-of", AS_OF);

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    assertThat(r.errLines()).containsExactly("Rapport écrit dans " + out + ".");
    String html = Files.readString(out);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">")
        .contains("<title>Rapport de conformité — Lycée professionnel Marie-Marvingt</title>")
        .contains("<dt>Date de l’audit</dt><dd>2026-05-12</dd>")
        .contains("Statut du label : non calculé").doesNotContain("Prêt pour l’audit").doesNotContain("<svg ");
    assertThat(count(html, "<a class=\"tile ")).isEqualTo(8);
  }

  @Test
  void htmlOfADefectiveAuditFileShowsWhereAndWhy() throws IOException {
    Path out = dir.resolve("rapport.html");

    run("report", Cli.defectiveAudit(dir.resolve("audit.json")).toString(), "--format", "html", "-o", out.toString(),
        "--as-of", AS_OF);

    String html = Files.readString(out);
    assertThat(html).contains("<h2>Dossier d’audit dans son ensemble</h2>")
        .contains("<tr class=\"finding\" data-rule=\"LDM-A-002\" data-severity=\"MAJOR_GAP\">")
        .contains("<span class=\"place\">Rapport de synthèse › referentialId</span><code>/summary/referentialId</code>");
  }

  @Test
  void markdownHasTheSameContent() throws IOException {
    Path out = dir.resolve("rapport.md");

    Cli.Result r = run("report", Cli.defectiveAudit(dir.resolve("audit.json")).toString(), "--format", "md",
        "-o", out.toString(), "--as-of", AS_OF);

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    assertThat(Files.readString(out))
        .startsWith("# Rapport de conformité — Lycée professionnel Marie-Marvingt (UAI 0619876D)\n")
        .contains("| Date de l’audit | 2026-05-12 |")
        .contains("\n**Verdict : Non conforme** — 1 écart majeur, 0 écart mineur, 0 observation, 0 information. "
            + "Statut du label : non calculé (le référentiel n’en énonce pas les paramètres).\n")
        .contains("\n## Dossier d’audit dans son ensemble\n")
        .contains("- **Écart majeur** — Rapport de synthèse › referentialId `/summary/referentialId` — ");
  }

  @Test
  void jsonIsTheConformityReport() throws IOException {
    Path out = dir.resolve("rapport.json");

    run("report", AUDIT_FILE.toString(), "--format", "json", "-o", out.toString(), "--as-of", AS_OF);

    ConformityReport report = LdmJson.defaults().read(ConformityReport.class, out);
    assertThat(report.documentKind()).isSameAs(DocumentKind.AUDIT_FILE);
    assertThat(report.referentialId()).isEqualTo("ldm-national-2023");
  }

  @Test
  void aFileWhoseKindCannotBeToldIsOneLocatedLine() throws IOException {
    Path file = Files.writeString(dir.resolve("sans-type.json"), "[]\n");
    Path out = dir.resolve("x.html");

    Cli.Result r = run("report", file.toString(), "--format", "html", "-o", out.toString());

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).singleElement().asString().startsWith("ldm: " + file + ":1:1: ");
    assertThat(out).doesNotExist();
  }

  @Test
  void anAuditSummaryIsStillRenderedAsItIs() throws IOException {
    Path out = dir.resolve("synthese.md");

    Cli.Result r = run("report", EXAMPLES.resolve("audit-summary-marie-marvingt.json").toString(), "--format", "md",
        "-o", out.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    assertThat(Files.readString(out)).startsWith("# Rapport de synthèse de l’audit");
  }
}
