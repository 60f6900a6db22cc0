package io.github.ldmlib.cli.internal;

import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditDocument;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.report.ReportFormat;
import io.github.ldmlib.report.ReportRenderer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ldm report FILE --format html|md|json -o OUT}: the conformity report of a dossier for
 * people; an audit summary or dashboard file is rendered the same way.
 */
@Command(name = "report",
    header = "Writes the report of a dossier (or audit document) for people: HTML, Markdown or JSON.",
    description = "Writes the report of a document for people: for a dossier, its conformity report (a tile per criterion, the findings with where and why, the source text of each requirement concerned, a chart per indicator); for an audit summary (LDM 05) or an audit dashboard (LDM 04), the document itself, criterion by criterion. HTML is one self-contained printable file.")
public final class ReportCommand implements Callable<Integer> {

  /** The formats of {@code report}. */
  public enum Format {
    /** One self-contained HTML page. */
    html,
    /** Markdown. */
    md,
    /** The JSON format of ldm-io. */
    json
  }

  @ParentCommand
  Root root;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "A dossier (kind \"dossier\"), an audit summary (\"audit-summary\") or an audit dashboard (\"audit-dashboard\").")
  Path file;

  @Option(names = {"-f", "--format"}, required = true, paramLabel = "html|md|json", description = "Format of the report.")
  Format format;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The report file to write.")
  Path output;

  @Mixin
  CheckOptions options;

  @Override
  public Integer call() {
    Texts t = root.texts();
    Inputs inputs = new Inputs(t);
    String kind = inputs.kindOf(file).orElse(DocumentKind.DOSSIER.id());
    String text;
    if (kind.equals(DocumentKind.DOSSIER.id())) {
      Checking.Checked checked = new Checking(inputs, options).check(inputs.dossier(file));
      text = switch (format) {
        case json -> inputs.json().writeString(checked.report());
        case html -> renderer(t).render(ReportFormat.HTML, checked.report(), checked.referential(), checked.dossier());
        case md -> renderer(t).render(ReportFormat.MARKDOWN, checked.report(), checked.referential(), checked.dossier());
      };
    } else if (kind.equals("audit-summary") || kind.equals("audit-dashboard")) {
      Class<?> type = kind.equals("audit-summary") ? AuditSummary.class : AuditDashboard.class;
      AuditDocument document = (AuditDocument) inputs.read(type, file);
      Referential referential = options.referential().isPresent()
          ? inputs.referential(options.referential(), null)
          : inputs.bundled(document.referentialEdition().map(e -> document.referentialId() + "@" + e)
              .orElse(document.referentialId()));
      ReportFormat f = format == Format.md ? ReportFormat.MARKDOWN : ReportFormat.HTML;
      if (format == Format.json) {
        text = inputs.json().writeString(document);
      } else if (document instanceof AuditSummary summary) {
        text = renderer(t).render(f, summary, referential);
      } else {
        text = renderer(t).render(f, (AuditDashboard) document, referential);
      }
    } else {
      throw new CliException(t.get("error.reportKind", file.toString(), kind), ExitCodes.INPUT);
    }
    inputs.write(output, text);
    root.err().println(t.get("report.written", output.toString()));
    return ExitCodes.OK;
  }

  private static ReportRenderer renderer(Texts t) {
    return ReportRenderer.of(t.locale());
  }
}
