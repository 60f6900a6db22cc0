package io.github.ldmlib.cli.internal;

import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditDocument;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.ReviewFile;
import io.github.ldmlib.office.ReportPdf;
import io.github.ldmlib.report.FollowUpInput;
import io.github.ldmlib.report.ReportFormat;
import io.github.ldmlib.report.ReportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ldm report FILE --format html|md|json -o OUT}: the conformity report of a dossier, an
 * audit file, an annual review or a review file for people; an audit summary or dashboard file is rendered as it is.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    header = "Writes the report of a dossier, an audit file (or audit document), an annual review or a review file for people: HTML, Markdown, JSON or PDF.",
    description = "Writes the report of a document for people, its kind told from its \"kind\": for a dossier, its conformity report (a tile per criterion, the findings with where and why, the source text of each requirement concerned, a chart per indicator); for an audit file, its conformity report likewise, with the status of the label; for an annual review, its conformity report likewise, saying whether it was presented to the board; for a review file, its conformity report likewise, naming the school years reviewed; for an audit summary (LDM 05) or an audit dashboard (LDM 04), the document itself, criterion by criterion. HTML is one self-contained printable file.")
public final class ReportCommand implements Callable<Integer> {

  /** The formats of {@code report}. */
  public enum Format {
    /** One self-contained HTML page. */
    html,
    /** Markdown. */
    md,
    /** The JSON format of ldm-io. */
    json,
    /** PDF: the HTML page laid out on A4 pages, fonts embedded (ldm-office). */
    pdf
  }

  /**
   * A kind of audit document that {@code report} renders as it is, without checking it.
   *
   * @param kind the kind
   * @param page renders a document of the kind against its referential
   * @param <D> the model type
   */
  private record Shown<D extends AuditDocument>(DocumentKind<D> kind, Page<D> page) {

    String render(ReportRenderer renderer, ReportFormat format, Object document, Referential referential) {
      return page.render(renderer, format, kind.type().cast(document), referential);
    }
  }

  /** Renders an audit document as a page. */
  @FunctionalInterface
  private interface Page<D> {
    String render(ReportRenderer renderer, ReportFormat format, D document, Referential referential);
  }

  private static final List<Shown<?>> SHOWN = List.of(
      new Shown<AuditSummary>(DocumentKind.AUDIT_SUMMARY, ReportRenderer::render),
      new Shown<AuditDashboard>(DocumentKind.AUDIT_DASHBOARD, ReportRenderer::render));

  @ParentCommand
  Root root;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "A dossier (kind \"dossier\"), an audit file (\"audit-file\"), an annual review (\"annual-review\"), a review file (\"review-file\"), an audit summary (\"audit-summary\") or an audit dashboard (\"audit-dashboard\").")
  Path file;

  @Option(names = {"-f", "--format"}, required = true, paramLabel = "html|md|json|pdf", description = "Format of the report; pdf is the HTML page on A4 pages with its fonts embedded.")
  Format format;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The report file to write.")
  Path output;

  @Option(names = "--follow-up",
      description = "For a review file: its follow-up report instead of its conformity report (per criterion, the progress of the actions and engagements over the reviews, each indicator's history as a chart against its target, what the next follow-up audit will look at), dated at the file's date unless --as-of is given; html, md or pdf.")
  boolean followUp;

  @Mixin
  CheckOptions options;

  @Override
  public Integer call() {
    Texts t = root.texts();
    Inputs inputs = new Inputs(t);
    ReportRenderer renderer = ReportRenderer.of(t.locale());
    if (output != null) {
      inputs.refuseOverwriting(output, file);
    }
    DocumentKind<?> kind = inputs.kindOf(file);
    if (followUp) {
      write(inputs, t, followUp(inputs, t, renderer, kind));
      return ExitCodes.OK;
    }
    Optional<Shown<?>> shown = SHOWN.stream().filter(s -> s.kind() == kind).findFirst();
    String text;
    if (shown.isPresent()) {
      AuditDocument document = (AuditDocument) inputs.read(kind.type(), file);
      Referential referential = options.referential().isPresent()
          ? inputs.referential(options.referential(), null)
          : inputs.bundled(CheckedKind.referentialOf(document));
      text = switch (format) {
        case json -> inputs.json().writeString(document);
        case html -> shown.get().render(renderer, ReportFormat.HTML, document, referential);
        case md -> shown.get().render(renderer, ReportFormat.MARKDOWN, document, referential);
        case pdf -> shown.get().render(renderer, ReportFormat.HTML, document, referential);
      };
    } else if (CheckedKind.of(kind).isPresent()) {
      Checking.Checked<?> checked = new Checking(inputs, options).check(inputs.checkable(file, kind, "report"));
      text = switch (format) {
        case json -> inputs.json().writeString(checked.report());
        case html -> checked.render(renderer, ReportFormat.HTML);
        case md -> checked.render(renderer, ReportFormat.MARKDOWN);
        case pdf -> checked.render(renderer, ReportFormat.HTML);
      };
    } else {
      String kinds = Stream.concat(CheckedKind.all().stream().map(k -> k.kind().id()),
          SHOWN.stream().map(s -> s.kind().id())).collect(Collectors.joining(", "));
      throw new CliException(t.get("error.notReported", file.toString(), kind.id(), kinds), ExitCodes.INPUT);
    }
    write(inputs, t, text);
    return ExitCodes.OK;
  }

  private void write(Inputs inputs, Texts t, String text) {
    if (format == Format.pdf) {
      inputs.write(output, pdf(text, t));
    } else {
      inputs.write(output, text);
    }
    root.err().println(t.get("report.written", output.toString()));
  }

  /** The follow-up report of a review file, at the file's date unless {@code --as-of} says otherwise. */
  private String followUp(Inputs inputs, Texts t, ReportRenderer renderer, DocumentKind<?> kind) {
    if (kind != DocumentKind.REVIEW_FILE) {
      throw new CliException(t.get("error.followUpKind", file.toString(), kind.id()), ExitCodes.INPUT);
    }
    if (format == Format.json) {
      throw new CliException(t.get("error.followUpJson"), ExitCodes.INPUT);
    }
    ReviewFile reviewFile = inputs.read(ReviewFile.class, file);
    if (reviewFile.dossier().isEmpty()) {
      throw new CliException(t.get("error.followUpNoDossier", file.toString()), ExitCodes.INPUT);
    }
    Referential referential = inputs.referential(options.referential(), reviewFile.dossier().get());
    LocalDate asOf = options.asOf().or(reviewFile::documentDate).orElseGet(LocalDate::now);
    ReportFormat reportFormat = format == Format.md ? ReportFormat.MARKDOWN : ReportFormat.HTML;
    try {
      return renderer.render(reportFormat, FollowUpInput.of(reviewFile), referential, asOf);
    } catch (IllegalArgumentException e) {
      throw new CliException(t.get("error.followUpInput", file.toString(), e.getMessage()), ExitCodes.INPUT, e);
    }
  }

  private static byte[] pdf(String html, Texts t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ReportPdf.of(t.locale()).writeHtml(html, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
