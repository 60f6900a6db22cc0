package io.github.ldmlib.report;

import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.ReviewFile;
import io.github.ldmlib.report.internal.AuditViews;
import io.github.ldmlib.report.internal.BatchViews;
import io.github.ldmlib.report.internal.ConformityViews;
import io.github.ldmlib.report.internal.Csv;
import io.github.ldmlib.report.internal.FollowUpViews;
import io.github.ldmlib.report.internal.Templates;
import io.github.ldmlib.report.internal.Texts;
import io.github.ldmlib.report.view.AuditDashboardView;
import io.github.ldmlib.report.view.AuditSummaryView;
import io.github.ldmlib.report.view.BatchView;
import io.github.ldmlib.report.view.ConformityReportView;
import io.github.ldmlib.report.view.FollowUpView;
import io.github.ldmlib.report.view.TableView;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders the documents of the label for people (<i>rapports lisibles</i>): the conformity report
 * of a dossier, of an audit file or of an annual review (<i>rapport de conformité</i>), the audit summary report (<i>rapport de synthèse</i>,
 * LDM 05), the audit dashboard (<i>tableau de bord</i>, LDM 04), the follow-up report of a label
 * between audits (its annual reviews and indicator history) and the summary of a batch of
 * dossiers, as a self-contained printable HTML page or as Markdown; the conformity reports and the
 * batch summary also as plain text for a terminal, and the tables of a batch summary as CSV.
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
 *
 * <p>Each document is first turned into a view model ({@link io.github.ldmlib.report.view}), then
 * rendered by a template precompiled at build time; rendering needs nothing but this module, the
 * model, the rules and the jte runtime.
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
    return render(format, view(report, referential, dossier));
  }

  private static String render(ReportFormat format, ConformityReportView view) {
    return switch (format) {
      case HTML -> Templates.html("conformity.jte", view);
      case MARKDOWN -> Templates.plain("markdown/conformity.jte", view);
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
   * @return the text, ending with a line break
   * @throws IllegalArgumentException if the referential is not the one the report names
   */
  public String text(ConformityReport report, Referential referential, Dossier dossier) {
    return Templates.plain("text/conformity.jte", view(report, referential, dossier));
  }

  /**
   * Renders the conformity report of an audit file as the report of a dossier is rendered: a tile
   * per criterion the report has a result for, the findings grouped by criterion with where (the
   * place in the audit file in words, for example « Plan › Équipe 1 », and its JSON Pointer) and
   * why, the wording and source of every requirement a finding concerns; the date of the audit and
   * the status of the label, when the report computed it, take the place of the readiness for audit.
   * There are no indicators.
   *
   * @param format the format, not null
   * @param report the report of the audit file, not null
   * @param referential the referential the audit file was checked against (the one the report names), not null
   * @param file the audit file that was checked, not null
   * @return the document
   * @throws IllegalArgumentException if the report is not one of an audit file, or the referential
   *     is not the one the report names
   */
  public String render(ReportFormat format, ConformityReport report, Referential referential, AuditFile file) {
    Objects.requireNonNull(format, "format");
    return render(format, view(report, referential, file));
  }

  /**
   * Renders the conformity report of an audit file as plain text for a terminal, as {@code ldm
   * check} prints it: the findings grouped by criterion, each with its severity, pointer, message
   * and rule, then a summary line with the status of the label.
   *
   * @param report the report of the audit file, not null
   * @param referential the referential the audit file was checked against, not null
   * @param file the audit file that was checked, not null
   * @return the text, ending with a line break
   * @throws IllegalArgumentException if the report is not one of an audit file, or the referential
   *     is not the one the report names
   */
  public String text(ConformityReport report, Referential referential, AuditFile file) {
    return Templates.plain("text/conformity.jte", view(report, referential, file));
  }

  /**
   * Renders the conformity report of an annual review as the report of a dossier is rendered: a
   * tile per criterion the report has a result for, the findings grouped by criterion with where
   * (the place in the review in words, for example « Section C4 › Avancement « C4.A1 » › Raison »,
   * and its JSON Pointer) and why, the wording and source of every requirement a finding concerns;
   * the school year and the date of the review among the facts, and whether it was presented to the
   * board in place of the readiness for audit. There are no indicators: their history joins the
   * dossier's measures and the reviews' ({@link io.github.ldmlib.model.review.IndicatorHistory}).
   *
   * @param format the format, not null
   * @param report the report of the annual review, not null
   * @param referential the referential the review was checked against (the one the report names), not null
   * @param review the annual review that was checked, not null
   * @return the document
   * @throws IllegalArgumentException if the report is not one of an annual review, or the referential
   *     is not the one the report names
   */
  public String render(ReportFormat format, ConformityReport report, Referential referential, AnnualReview review) {
    Objects.requireNonNull(format, "format");
    return render(format, view(report, referential, review));
  }

  /**
   * Renders the conformity report of an annual review as plain text for a terminal, as {@code ldm
   * check} prints it: the findings grouped by criterion, each with its severity, pointer, message
   * and rule, then a summary line saying whether the review was presented to the board.
   *
   * @param report the report of the annual review, not null
   * @param referential the referential the review was checked against, not null
   * @param review the annual review that was checked, not null
   * @return the text, ending with a line break
   * @throws IllegalArgumentException if the report is not one of an annual review, or the referential
   *     is not the one the report names
   */
  public String text(ConformityReport report, Referential referential, AnnualReview review) {
    return Templates.plain("text/conformity.jte", view(report, referential, review));
  }

  /**
   * Renders the conformity report of a review file as the report of a dossier is rendered: a tile
   * per criterion the report has a result for, the findings grouped by criterion with where (the
   * place in the file in words, for example « Bilan 2027-2028 › Axes de progrès suivis », and its
   * JSON Pointer) and why, the wording and source of every requirement a finding
   * concerns; the school years reviewed, the file's date and the status of the label, when the report
   * computed it, among the facts, and the school years reviewed in place of the readiness for audit.
   * There are no indicators here.
   *
   * @param format the format, not null
   * @param report the report of the review file, not null
   * @param referential the referential the file was checked against (the one the report names), not null
   * @param file the review file that was checked, not null
   * @return the document
   * @throws IllegalArgumentException if the report is not one of a review file, or the referential is
   *     not the one the report names
   */
  public String render(ReportFormat format, ConformityReport report, Referential referential, ReviewFile file) {
    Objects.requireNonNull(format, "format");
    return render(format, view(report, referential, file));
  }

  /**
   * Renders the conformity report of a review file as plain text for a terminal, as {@code ldm check}
   * prints it: the findings grouped by criterion, each with its severity, pointer, message and rule,
   * then a summary line naming the school years reviewed.
   *
   * @param report the report of the review file, not null
   * @param referential the referential the file was checked against, not null
   * @param file the review file that was checked, not null
   * @return the text, ending with a line break
   * @throws IllegalArgumentException if the report is not one of a review file, or the referential is
   *     not the one the report names
   */
  public String text(ConformityReport report, Referential referential, ReviewFile file) {
    return Templates.plain("text/conformity.jte", view(report, referential, file));
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
    AuditSummaryView view = view(summary, referential);
    return switch (format) {
      case HTML -> Templates.html("summary.jte", view);
      case MARKDOWN -> Templates.plain("markdown/summary.jte", view);
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
    AuditDashboardView view = view(dashboard, referential);
    return switch (format) {
      case HTML -> Templates.html("dashboard.jte", view);
      case MARKDOWN -> Templates.plain("markdown/dashboard.jte", view);
    };
  }

  /**
   * Renders the follow-up report of a label, the school's dashboard between two audits: for each
   * criterion the dossier or a review has a section for (headed by the referential's wording), the
   * progress of each action and engagement over the annual reviews (planned, under way, done,
   * stopped with its reason; the latest first), the history of each indicator with an id against
   * its trajectory ({@link io.github.ldmlib.model.review.IndicatorHistory}: the values year by
   * year, the straight line from N to the target at N+5, the direction) and its status on the date
   * of the report, as an SVG chart in HTML and a table in Markdown; then what the next follow-up
   * audit will look at: its date from the label's record and the referential's schedule, the
   * improvement axes and gaps of the last audit and whether a review since reports on them, and
   * the indicators behind or without a recent measure.
   *
   * <p>Reviews of a school year after that of {@code asOf} are left out. A chart and its table show
   * the latest {@value io.github.ldmlib.report.view.SeriesView#MAX_YEARS} school years of a series
   * (and say how many earlier measures they leave out), a timeline the latest {@value
   * io.github.ldmlib.report.view.SeriesView#MAX_YEARS} reviews, and a text of the documents its
   * first 1,000 characters.
   *
   * <pre>{@code
   * FollowUpInput input = FollowUpInput.of(dossier, reviews).withLabelRecord(record).withLastAudit(summary);
   * String html = ReportRenderer.french().render(ReportFormat.HTML, input, referential, LocalDate.of(2028, 9, 15));
   * }</pre>
   *
   * @param format the format, not null
   * @param input the dossier, its annual reviews, and when known the label's record and the last
   *     audit's summary; not null
   * @param referential the referential of the label (the one the dossier names), whose parameters
   *     give the schedule of the follow-up audits; not null
   * @param asOf the date of the report, not null
   * @return the document
   * @throws IllegalArgumentException if the dossier, a review or the summary is about another referential
   * @throws IllegalStateException if the referential's parameters state a follow-up audit at other
   *     than 1 and 3 years, which has no stage
   */
  public String render(ReportFormat format, FollowUpInput input, Referential referential, LocalDate asOf) {
    Objects.requireNonNull(format, "format");
    FollowUpView view = view(input, referential, asOf);
    return switch (format) {
      case HTML -> Templates.html("followup.jte", view);
      case MARKDOWN -> Templates.plain("markdown/followup.jte", view);
    };
  }

  /**
   * Renders the summary of a batch of dossiers: how many inputs were read and how many have gaps,
   * a table with a row per input (its establishment, referential, verdict, counts of findings and
   * readiness for the audit, or why it could not be read), and a table with a row per criterion
   * across all the dossiers (how many conform, have observations or do not conform, and the numbers
   * of gaps and observations on it), so that an academy sees which criteria its schools struggle
   * with. The reports' messages are not shown, so that they may be in any language.
   *
   * @param format the format, not null
   * @param entries the inputs of the batch, in the order to show them; not null, and none null
   * @return the document
   * @throws NullPointerException if the format, the list or an entry is null
   */
  public String render(ReportFormat format, List<BatchEntry> entries) {
    Objects.requireNonNull(format, "format");
    BatchView view = view(entries);
    return switch (format) {
      case HTML -> Templates.html("batch.jte", view);
      case MARKDOWN -> Templates.plain("markdown/batch.jte", view);
    };
  }

  /**
   * Renders the summary of a batch of dossiers as plain text for a terminal, as {@code ldm batch}
   * prints it: the table of inputs without the referential, the table of criteria without their
   * titles, each column padded to its widest cell (a cell cut with « … » beyond 48 characters, 200
   * in the last column), then the counts.
   *
   * @param entries the inputs of the batch, in the order to show them; not null, and none null
   * @return the text, ending with a line break
   * @throws NullPointerException if the list or an entry is null
   */
  public String text(List<BatchEntry> entries) {
    return Templates.plain("text/batch.jte", view(entries));
  }

  /**
   * Writes a table as CSV (RFC 4180), for a spreadsheet: comma-separated fields, each record ending
   * with CRLF, the header first; a field holding a comma, a quote or a line break is quoted, its
   * quotes doubled. A field that a spreadsheet would take for a formula, starting with {@code =},
   * {@code +}, {@code -} or {@code @}, gets a leading apostrophe, but a negative integer such as
   * {@code -3} is kept. For example the tables of {@link #view(List)}: {@code
   * csv(view(entries).dossiers())}.
   *
   * @param table the table, not null
   * @return the CSV text, to be written in UTF-8
   * @throws NullPointerException if the table is null
   */
  public String csv(TableView table) {
    return Csv.of(Objects.requireNonNull(table, "table"));
  }

  /**
   * Computes the view of a dossier's conformity report, as {@link #render(ReportFormat,
   * ConformityReport, Referential, Dossier)} renders it: plain, worded, formatted data for an
   * application's own templates.
   *
   * @param report the report, not null
   * @param referential the referential the dossier was checked against, not null
   * @param dossier the dossier that was checked, not null
   * @return the view
   * @throws IllegalArgumentException if the referential is not the one the report names
   */
  public ConformityReportView view(ConformityReport report, Referential referential, Dossier dossier) {
    return ConformityViews.of(report, referential, dossier, texts);
  }

  /**
   * Computes the view of an audit file's conformity report, as {@link #render(ReportFormat,
   * ConformityReport, Referential, AuditFile)} renders it.
   *
   * @param report the report of the audit file, not null
   * @param referential the referential the audit file was checked against, not null
   * @param file the audit file that was checked, not null
   * @return the view
   * @throws IllegalArgumentException if the report is not one of an audit file, or the referential
   *     is not the one the report names
   */
  public ConformityReportView view(ConformityReport report, Referential referential, AuditFile file) {
    return ConformityViews.of(report, referential, file, texts);
  }

  /**
   * Computes the view of an annual review's conformity report, as {@link #render(ReportFormat,
   * ConformityReport, Referential, AnnualReview)} renders it.
   *
   * @param report the report of the annual review, not null
   * @param referential the referential the review was checked against, not null
   * @param review the annual review that was checked, not null
   * @return the view
   * @throws IllegalArgumentException if the report is not one of an annual review, or the referential
   *     is not the one the report names
   */
  public ConformityReportView view(ConformityReport report, Referential referential, AnnualReview review) {
    return ConformityViews.of(report, referential, review, texts);
  }

  /**
   * Computes the view of a review file's conformity report, as {@link #render(ReportFormat,
   * ConformityReport, Referential, ReviewFile)} renders it.
   *
   * @param report the report of the review file, not null
   * @param referential the referential the file was checked against, not null
   * @param file the review file that was checked, not null
   * @return the view
   * @throws IllegalArgumentException if the report is not one of a review file, or the referential is
   *     not the one the report names
   */
  public ConformityReportView view(ConformityReport report, Referential referential, ReviewFile file) {
    return ConformityViews.of(report, referential, file, texts);
  }

  /**
   * Computes the view of an audit summary report, as the renderer renders it.
   *
   * @param summary the summary, not null
   * @param referential the referential of the audit, not null
   * @return the view
   * @throws IllegalArgumentException if the referential is not the one the summary names
   */
  public AuditSummaryView view(AuditSummary summary, Referential referential) {
    return AuditViews.summary(summary, referential, texts);
  }

  /**
   * Computes the view of an audit dashboard, as the renderer renders it.
   *
   * @param dashboard the dashboard, not null
   * @param referential the referential of the audit, not null
   * @return the view
   * @throws IllegalArgumentException if the referential is not the one the dashboard names
   */
  public AuditDashboardView view(AuditDashboard dashboard, Referential referential) {
    return AuditViews.dashboard(dashboard, referential, texts);
  }

  /**
   * Computes the view of a label's follow-up report, as {@link #render(ReportFormat, FollowUpInput,
   * Referential, LocalDate)} renders it.
   *
   * @param input the dossier, its annual reviews, the label's record and the last audit's summary, not null
   * @param referential the referential of the label, not null
   * @param asOf the date of the report, not null
   * @return the view
   * @throws IllegalArgumentException if the dossier, a review or the summary is about another referential
   * @throws IllegalStateException if the referential's parameters state a follow-up audit at other
   *     than 1 and 3 years
   */
  public FollowUpView view(FollowUpInput input, Referential referential, LocalDate asOf) {
    return FollowUpViews.of(input, referential, asOf, texts);
  }

  /**
   * Computes the view of the summary of a batch of dossiers, as the renderer renders it: its tables
   * are also those to write as CSV ({@link #csv(TableView)}).
   *
   * @param entries the inputs of the batch, in the order to show them; not null, and none null
   * @return the view
   * @throws NullPointerException if the list or an entry is null
   */
  public BatchView view(List<BatchEntry> entries) {
    return BatchViews.of(entries, texts);
  }

  @Override
  public String toString() {
    return "ReportRenderer[" + texts.language() + "]";
  }
}
