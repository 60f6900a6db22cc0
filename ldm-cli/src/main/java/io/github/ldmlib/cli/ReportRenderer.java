package io.github.ldmlib.cli;

import io.github.ldmlib.cli.internal.AuditRendering;
import io.github.ldmlib.cli.internal.ConformityHtml;
import io.github.ldmlib.cli.internal.ConformityMarkdown;
import io.github.ldmlib.cli.internal.ConformityText;
import io.github.ldmlib.cli.internal.ReportData;
import io.github.ldmlib.cli.internal.Texts;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders the documents of the label for people (<i>rapports lisibles</i>): the conformity report
 * of a dossier (<i>rapport de conformité</i>), the audit summary report (<i>rapport de synthèse</i>,
 * LDM 05) and the audit dashboard (<i>tableau de bord</i>, LDM 04), as a self-contained printable
 * HTML page or as Markdown.
 *
 * <pre>{@code
 * ConformityReport report = Checker.of(referential).check(dossier, LocalDate.now(), Stage.CANDIDATURE);
 * String html = ReportRenderer.french().render(ReportFormat.HTML, report, referential, dossier);
 * Files.writeString(Path.of("rapport.html"), html);
 * }</pre>
 *
 * <p>The words of the page (headings, severities, verdicts) are in the renderer's language, French
 * unless English is asked for; the findings' messages stay in the language the report was made in,
 * so check and render in the same language. Every text from the documents is escaped. The same
 * input always gives the same output. Instances are immutable and thread-safe.
 */
public final class ReportRenderer {

  private static final ReportRenderer FRENCH = new ReportRenderer(Locale.FRENCH);
  private static final ReportRenderer ENGLISH = new ReportRenderer(Locale.ENGLISH);

  private final Texts texts;

  private ReportRenderer(Locale locale) {
    this.texts = Texts.of(locale);
  }

  /** Returns the renderer whose words are French. */
  public static ReportRenderer french() {
    return FRENCH;
  }

  /** Returns the renderer whose words are English. */
  public static ReportRenderer english() {
    return ENGLISH;
  }

  /**
   * Returns the renderer of a language: English when the locale's language is English, French
   * otherwise.
   *
   * @param locale the locale, not null
   * @return the renderer
   */
  public static ReportRenderer of(Locale locale) {
    return Texts.isEnglish(Objects.requireNonNull(locale, "locale")) ? ENGLISH : FRENCH;
  }

  /** The language of the words: {@link Locale#FRENCH} or {@link Locale#ENGLISH}. */
  public Locale locale() {
    return texts.locale();
  }

  /**
   * Renders the conformity report of a dossier: a tile per criterion coloured by its verdict, the
   * findings grouped by criterion with where (the place in words and its JSON Pointer) and why (the
   * message, the rule and the source text it enforces), the wording and source of every requirement
   * a finding concerns, and for each indicator its measures at N, N+3 and N+5 against its direction
   * and target (an SVG chart in HTML, a table in Markdown).
   *
   * @param format the format, not null
   * @param report the report, not null
   * @param referential the referential the dossier was checked against (the one the report names), not null
   * @param dossier the dossier that was checked, not null
   * @return the document
   * @throws IllegalArgumentException if the referential is not the one the report names
   */
  public String render(ReportFormat format, ConformityReport report, Referential referential, Dossier dossier) {
    Objects.requireNonNull(format, "format");
    ReportData data = new ReportData(report, referential, dossier, texts);
    return switch (format) {
      case HTML -> ConformityHtml.render(data);
      case MARKDOWN -> ConformityMarkdown.render(data);
    };
  }

  /**
   * Renders the conformity report as plain text for a terminal, as {@code ldm check} prints it:
   * the findings grouped by criterion, each with its severity, pointer, message and rule, then a
   * summary line.
   *
   * @param report the report, not null
   * @param referential the referential the dossier was checked against, not null
   * @param dossier the dossier that was checked, not null
   * @return the text
   * @throws IllegalArgumentException if the referential is not the one the report names
   */
  public String text(ConformityReport report, Referential referential, Dossier dossier) {
    return ConformityText.render(new ReportData(report, referential, dossier, texts));
  }

  /**
   * Renders an audit summary report (LDM 05): the team's opinion, a tile per criterion coloured by
   * its open gaps (red), lifted gaps or weaknesses (amber) or neither (green), then for each criterion
   * its strengths, weaknesses, gaps with the wording of the requirement concerned, and improvement
   * axes.
   *
   * @param format the format, not null
   * @param summary the summary, not null
   * @param referential the referential of the audit, not null
   * @return the document
   * @throws IllegalArgumentException if the referential is not the one the summary names
   */
  public String render(ReportFormat format, AuditSummary summary, Referential referential) {
    Objects.requireNonNull(format, "format");
    return switch (format) {
      case HTML -> AuditRendering.summaryHtml(summary, referential, texts);
      case MARKDOWN -> AuditRendering.summaryMarkdown(summary, referential, texts);
    };
  }

  /**
   * Renders an audit dashboard (LDM 04): a tile per criterion coloured by its least favourable
   * assessment, then each criterion's entries with the requirement's wording, the assessment, the
   * evidence seen and the auditors' comment.
   *
   * @param format the format, not null
   * @param dashboard the dashboard, not null
   * @param referential the referential of the audit, not null
   * @return the document
   * @throws IllegalArgumentException if the referential is not the one the dashboard names
   */
  public String render(ReportFormat format, AuditDashboard dashboard, Referential referential) {
    Objects.requireNonNull(format, "format");
    return switch (format) {
      case HTML -> AuditRendering.dashboardHtml(dashboard, referential, texts);
      case MARKDOWN -> AuditRendering.dashboardMarkdown(dashboard, referential, texts);
    };
  }

  @Override
  public String toString() {
    return "ReportRenderer[" + texts.language() + "]";
  }
}
