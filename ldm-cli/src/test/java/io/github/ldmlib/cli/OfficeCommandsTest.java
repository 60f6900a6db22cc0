package io.github.ldmlib.cli;

import static io.github.ldmlib.cli.Cli.COMPLETE;
import static io.github.ldmlib.cli.Cli.EXAMPLES;
import static io.github.ldmlib.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.audit.AuditDashboard;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ldm export}, {@code ldm import} and {@code ldm report --format pdf}. */
class OfficeCommandsTest {

  @TempDir
  Path dir;

  @Test
  void aDossierGoesToWordAndComesBackEqual() throws IOException {
    Path docx = dir.resolve("dossier.docx");
    Cli.Result export = run("export", COMPLETE.toString(), "--format", "docx", "-o", docx.toString());
    assertThat(export.code()).as(export.err()).isEqualTo(Ldm.EXIT_OK);
    assertThat(export.errLines()).containsExactly("Document écrit dans " + docx + ".");

    Path json = dir.resolve("dossier.json");
    Cli.Result back = run("import", docx.toString(), "-o", json.toString());
    assertThat(back.code()).as(back.err()).isEqualTo(Ldm.EXIT_OK);
    assertThat(back.errLines()).containsExactly("JSON écrit dans " + json + ".");
    assertThat(Cli.read(json)).isEqualTo(Cli.conforming());
  }

  @Test
  void theDashboardPrefilledFromTheDossierGoesToAWorkbookAndAWrongAssessmentIsPlacedInIt()
      throws IOException {
    Path xlsx = dir.resolve("tdb.xlsx");
    Cli.Result export = run("export", COMPLETE.toString(), "--format", "xlsx", "--plan",
        EXAMPLES.resolve("audit-plan-marie-marvingt.json").toString(), "-o", xlsx.toString());
    assertThat(export.code()).as(export.err()).isEqualTo(Ldm.EXIT_OK);

    Path json = dir.resolve("tdb.json");
    assertThat(run("import", xlsx.toString(), "-o", json.toString()).code()).isEqualTo(Ldm.EXIT_OK);
    assertThat(LdmJson.defaults().read(AuditDashboard.class, json).entries()).isNotEmpty();

    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      wb.getSheet("Tableau de bord").getRow(1).getCell(3).setCellValue("bof");
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        wb.write(out);
      }
    }
    Path none = dir.resolve("none.json");
    Cli.Result bad = run("--lang", "en", "import", xlsx.toString(), "-o", none.toString());
    assertThat(bad.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(bad.errLines()).hasSize(2);
    assertThat(bad.errLines().get(0)).startsWith("error: 'Tableau de bord'!D2 (/entries/0/assessment): assessment \"bof\"");
    assertThat(none).doesNotExist();
  }

  @Test
  void aForeignOrWrongDocumentIsRefusedWithExitCode2() throws IOException {
    Path plan = EXAMPLES.resolve("audit-plan-marie-marvingt.json");
    Cli.Result wrongKind = run("export", plan.toString(), "--format", "docx", "-o", dir.resolve("x.docx").toString());
    assertThat(wrongKind.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(wrongKind.err()).contains("« audit-plan »");

    Path fake = Files.writeString(dir.resolve("fake.docx"), "pas un document");
    Cli.Result notOffice = run("import", fake.toString(), "-o", dir.resolve("y.json").toString());
    assertThat(notOffice.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(notOffice.err()).contains("pas d'archive ZIP");
  }

  @Test
  void theReportAsPdf() throws IOException {
    Path pdf = dir.resolve("rapport.pdf");
    Cli.Result r = run("report", COMPLETE.toString(), "--format", "pdf", "-o", pdf.toString(), "--as-of", Cli.AS_OF);
    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
          .contains("Rapport de conformité", "Lycée professionnel Marie-Marvingt");
    }
  }
}
