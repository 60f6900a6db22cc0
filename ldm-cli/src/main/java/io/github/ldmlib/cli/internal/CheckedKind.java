package io.github.ldmlib.cli.internal;

import io.github.ldmlib.model.audit.AuditDocument;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.ReviewFile;
import io.github.ldmlib.report.ReportFormat;
import io.github.ldmlib.report.ReportRenderer;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A kind of document that {@code check}, {@code report} and {@code batch} check: what the command
 * line needs to know of it, and nothing else (its type, the checker, the rules and the rendering of
 * its report are the library's). The commands work on any kind listed here; adding a kind the
 * checker checks is adding a constant and listing it in {@link #all()}.
 *
 * @param <D> the model type of the kind's documents
 */
public final class CheckedKind<D> {

  /** A label dossier: it names its referential and, optionally, the edition. */
  public static final CheckedKind<Dossier> DOSSIER = new CheckedKind<>(DocumentKind.DOSSIER,
      d -> Optional.of(spec(d.referentialId(), d.referentialEdition())),
      ReportRenderer::text, ReportRenderer::render);

  /**
   * An audit file: its referential is the one its first audit document (plan, dashboard, summary)
   * names; a file that holds none of them names no referential.
   */
  public static final CheckedKind<AuditFile> AUDIT_FILE = new CheckedKind<>(DocumentKind.AUDIT_FILE,
      f -> f.auditDocuments().stream().findFirst().map(a -> spec(a.referentialId(), a.referentialEdition())),
      ReportRenderer::text, ReportRenderer::render);

  /** An annual review: like a dossier, it names its referential and, optionally, the edition. */
  public static final CheckedKind<AnnualReview> ANNUAL_REVIEW = new CheckedKind<>(DocumentKind.ANNUAL_REVIEW,
      r -> Optional.of(spec(r.referentialId(), r.referentialEdition())),
      ReportRenderer::text, ReportRenderer::render);

  /**
   * A review file: its referential is the one its dossier names, or else its first review; a file
   * that holds neither names no referential.
   */
  public static final CheckedKind<ReviewFile> REVIEW_FILE = new CheckedKind<>(DocumentKind.REVIEW_FILE,
      f -> f.referentialId().map(id -> spec(id, f.referentialEdition())),
      ReportRenderer::text, ReportRenderer::render);

  private static final List<CheckedKind<?>> ALL = List.of(DOSSIER, AUDIT_FILE, ANNUAL_REVIEW, REVIEW_FILE);

  /** Renders the report of a document as plain text for a terminal. */
  @FunctionalInterface
  interface Text<D> {
    String text(ReportRenderer renderer, ConformityReport report, Referential referential, D document);
  }

  /** Renders the report of a document as a page (HTML or Markdown). */
  @FunctionalInterface
  interface Page<D> {
    String render(ReportRenderer renderer, ReportFormat format, ConformityReport report, Referential referential,
        D document);
  }

  private final DocumentKind<D> kind;
  private final Function<D, Optional<String>> referentialNamed;
  private final Text<D> text;
  private final Page<D> page;

  private CheckedKind(DocumentKind<D> kind, Function<D, Optional<String>> referentialNamed, Text<D> text,
      Page<D> page) {
    this.kind = kind;
    this.referentialNamed = referentialNamed;
    this.text = text;
    this.page = page;
  }

  /** The kinds the commands check, in the order their ids are listed in messages. */
  public static List<CheckedKind<?>> all() {
    return ALL;
  }

  /**
   * Finds the description of a kind of document.
   *
   * @param kind the kind, as {@link io.github.ldmlib.io.LdmJson#kindOf} tells it
   * @return the description, or empty if the commands do not check that kind
   */
  public static Optional<CheckedKind<?>> of(DocumentKind<?> kind) {
    return ALL.stream().filter(k -> k.kind == kind).findFirst();
  }

  /** The ids of the kinds checked, for messages: « dossier, audit-file, annual-review, review-file ». */
  public static String ids() {
    return ALL.stream().map(k -> k.kind.id()).collect(Collectors.joining(", "));
  }

  /** The kind of document. */
  public DocumentKind<D> kind() {
    return kind;
  }

  /**
   * The referential a document names, as {@code ID} or {@code ID@EDITION}.
   *
   * @param document the document
   * @return the referential, or empty when the document names none
   */
  public Optional<String> referentialNamed(D document) {
    return referentialNamed.apply(document);
  }

  /**
   * Renders the report of a document as plain text, as {@code check} prints it.
   *
   * @param renderer the renderer of the user's language
   * @param report the report of the document
   * @param referential the referential it was checked against
   * @param document the document
   * @return the text
   */
  public String text(ReportRenderer renderer, ConformityReport report, Referential referential, D document) {
    return text.text(renderer, report, referential, document);
  }

  /**
   * Renders the report of a document as HTML or Markdown.
   *
   * @param renderer the renderer of the user's language
   * @param format the format
   * @param report the report of the document
   * @param referential the referential it was checked against
   * @param document the document
   * @return the page
   */
  public String render(ReportRenderer renderer, ReportFormat format, ConformityReport report, Referential referential,
      D document) {
    return page.render(renderer, format, report, referential, document);
  }

  /**
   * Takes a document read as this kind's type.
   *
   * @param value the document
   * @param source where it was read, for messages: a file, or a line of a batch
   * @return the document with its kind
   */
  public Document<D> document(Object value, String source) {
    return new Document<>(this, kind.type().cast(value), source);
  }

  private static String spec(String id, Optional<String> edition) {
    return edition.map(e -> id + "@" + e).orElse(id);
  }

  @Override
  public String toString() {
    return kind.id();
  }

  /**
   * A document of a kind the commands check, with where it was read.
   *
   * @param kind the kind
   * @param value the document
   * @param source the file, or the line of a batch, for messages
   * @param <D> the model type
   */
  public record Document<D>(CheckedKind<D> kind, D value, String source) {}

  /**
   * The referential an audit document names, for {@code report}, which renders an audit summary or
   * dashboard as it is; written as the referential a checked document names.
   *
   * @param document the audit document
   * @return {@code ID} or {@code ID@EDITION}
   */
  static String referentialOf(AuditDocument document) {
    return spec(document.referentialId(), document.referentialEdition());
  }
}
