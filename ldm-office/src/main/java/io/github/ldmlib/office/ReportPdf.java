package io.github.ldmlib.office;

import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.office.internal.HtmlToPdf;
import io.github.ldmlib.report.ReportFormat;
import io.github.ldmlib.report.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * The readable reports of ldm-report as PDF: the same view models and templates as the HTML
 * reports ({@link ReportRenderer}), laid out on A4 pages numbered « n / total », with the text set
 * in DejaVu Sans, bundled in this module and embedded in every PDF, so that French renders the same
 * on every machine.
 *
 * <pre>{@code
 * ConformityReport report = Checker.of(referential).check(dossier, LocalDate.now(), Stage.CANDIDATURE);
 * try (OutputStream out = Files.newOutputStream(Path.of("rapport.pdf"))) {
 *   ReportPdf.french().write(report, referential, dossier, out);
 * }
 * }</pre>
 *
 * <p>The PDF is not PDF/A. Instances are immutable and thread-safe.
 */
public final class ReportPdf {

  private final ReportRenderer renderer;

  private ReportPdf(ReportRenderer renderer) {
    this.renderer = renderer;
  }

  /** Returns the PDF writer whose words are French. */
  public static ReportPdf french() {
    return new ReportPdf(ReportRenderer.french());
  }

  /**
   * Returns the PDF writer of a language: English when the locale's language is English, French
   * otherwise.
   *
   * @param locale the locale, not null
   * @return the writer
   */
  public static ReportPdf of(Locale locale) {
    return new ReportPdf(ReportRenderer.of(locale));
  }

  /**
   * Writes the conformity report of a dossier.
   *
   * @param report the report
   * @param referential the referential of the report
   * @param dossier the dossier checked
   * @param out where to write; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException as {@link ReportRenderer} does for a referential other than
   *     the report's
   */
  public void write(ConformityReport report, Referential referential, Dossier dossier,
      OutputStream out) throws IOException {
    pdf(renderer.render(ReportFormat.HTML, report, referential, dossier), out);
  }

  /**
   * Writes the conformity report of an audit file.
   *
   * @param report the report
   * @param referential the referential of the report
   * @param file the audit file checked
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void write(ConformityReport report, Referential referential, AuditFile file,
      OutputStream out) throws IOException {
    pdf(renderer.render(ReportFormat.HTML, report, referential, file), out);
  }

  /**
   * Writes the conformity report of an annual review.
   *
   * @param report the report
   * @param referential the referential of the report
   * @param review the annual review checked
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void write(ConformityReport report, Referential referential, AnnualReview review,
      OutputStream out) throws IOException {
    pdf(renderer.render(ReportFormat.HTML, report, referential, review), out);
  }

  /**
   * Writes the audit summary report (LDM 05).
   *
   * @param summary the summary
   * @param referential the referential audited against
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void write(AuditSummary summary, Referential referential, OutputStream out)
      throws IOException {
    pdf(renderer.render(ReportFormat.HTML, summary, referential), out);
  }

  /**
   * Writes the audit dashboard (LDM 04).
   *
   * @param dashboard the dashboard
   * @param referential the referential audited against
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void write(AuditDashboard dashboard, Referential referential, OutputStream out)
      throws IOException {
    pdf(renderer.render(ReportFormat.HTML, dashboard, referential), out);
  }

  /**
   * Lays out on PDF pages an HTML page that a {@link ReportRenderer} rendered ({@link
   * ReportFormat#HTML}), for a document this class has no method for.
   *
   * @param html the HTML page
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void writeHtml(String html, OutputStream out) throws IOException {
    pdf(Objects.requireNonNull(html, "html"), out);
  }

  private static void pdf(String html, OutputStream out) throws IOException {
    HtmlToPdf.write(html, Objects.requireNonNull(out, "out"));
  }
}
