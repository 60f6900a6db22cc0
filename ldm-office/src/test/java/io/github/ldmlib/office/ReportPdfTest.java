package io.github.ldmlib.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The PDFs are checked as a reader sees them: poppler extracts their text and draws their pages. */
class ReportPdfTest {

  /** Where the PDFs and page images are left for a person to look at. */
  static final Path OUT = Path.of("target", "pdf");

  static String run(String... command) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin", command[0])),
        command[0] + " (poppler-utils) is not installed: the PDF's text and pages are NOT checked here");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    return output;
  }

  /** The text on one line, ligature glyphs (« ﬁ », « ﬀ ») read as their letters as a reader's search does. */
  static String oneLine(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", " ");
  }

  @Test
  void theConformityReportHasEveryCriterionTitleWithItsAccentsAndEmbeddedFonts() throws Exception {
    Dossier dossier = Examples.dossier(Examples.DIR.resolve("dossier-complete.json"));
    Referential referential = Examples.referential(dossier);
    ConformityReport report = LdmJson.defaults().read(ConformityReport.class,
        Examples.DIR.resolve("conformity-report-marie-marvingt.json"));
    Path pdf = Files.createDirectories(OUT).resolve("conformity-marie-marvingt.pdf");
    try (OutputStream out = Files.newOutputStream(pdf)) {
      ReportPdf.french().write(report, referential, dossier, out);
    }
    assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");

    String text = oneLine(run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
    List<String> titles = new ArrayList<>();
    for (CriterionSection s : dossier.sections()) {
      titles.add(oneLine(referential.criterion(s.criterionId()).orElseThrow().title()));
    }
    assertThat(titles).anyMatch(t -> t.matches(".*[éèêàçô].*"));
    assertThat(text).contains(titles).contains("Lycée professionnel Marie-Marvingt");

    String fonts = run("pdffonts", pdf.toString());
    assertThat(fonts).contains("DejaVuSans").doesNotContainPattern("(?m)^\\S+\\s+\\S+.*\\bno\\s+(yes|no)\\s+(yes|no)\\s+\\d+");
    page(pdf, "conformity-marie-marvingt");
  }

  @Test
  void theAuditSummaryRenders() throws Exception {
    AuditSummary summary = LdmJson.defaults().read(AuditSummary.class,
        Examples.DIR.resolve("audit-summary-marie-marvingt.json"));
    Referential referential = DashboardXlsxTest.referential(
        DashboardXlsxTest.example());
    Path pdf = Files.createDirectories(OUT).resolve("summary-marie-marvingt.pdf");
    try (OutputStream out = Files.newOutputStream(pdf)) {
      ReportPdf.french().write(summary, referential, out);
    }
    String text = oneLine(run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
    assertThat(text).contains("Lycée professionnel Marie-Marvingt");
    page(pdf, "summary-marie-marvingt");
  }

  /** Draws the first page and checks it is neither blank nor all ink. */
  static void page(Path pdf, String name) throws Exception {
    Path prefix = OUT.resolve(name);
    run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf.toString(), prefix.toString());
    Path png;
    try (var files = Files.list(OUT)) {
      png = files.filter(f -> f.getFileName().toString().startsWith(name + "-")
          && f.toString().endsWith(".png")).findFirst().orElseThrow();
    }
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getHeight()).isGreaterThan(image.getWidth());        // A4 portrait
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 600) {
          ink++;
        }
      }
    }
    double share = (double) ink / ((long) image.getWidth() * image.getHeight());
    assertThat(share).isBetween(0.01, 0.5);
  }
}
