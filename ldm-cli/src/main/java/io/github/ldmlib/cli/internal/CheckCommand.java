package io.github.ldmlib.cli.internal;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.report.ReportRenderer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ldm check FILE}: checks a dossier, an audit file, an annual review or a review file, its kind told from the file, and
 * prints the findings grouped by criterion.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    header = "Checks a dossier, an audit file, an annual review or a review file and prints its findings grouped by criterion.",
    description = "Checks a document against its referential and prints the findings grouped by criterion, then a summary line. The kind of document is told from its \"kind\": a dossier (\"dossier\"), an audit file (\"audit-file\"), an annual review (\"annual-review\") or a review file (\"review-file\", a dossier with its label record, annual reviews and last audit summary). Exit code 0 when the document has no gap, 1 when it has gaps, 2 when it cannot be read or is of another kind.")
public final class CheckCommand implements Callable<Integer> {

  /** The output formats of {@code check}. */
  public enum Format {
    /** Findings grouped by criterion, for a terminal. */
    text,
    /** The conformity report in the JSON format of ldm-io (kind "conformity-report"). */
    json
  }

  @ParentCommand
  Root root;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "The document to check: a dossier (kind \"dossier\"), an audit file (kind \"audit-file\"), an annual review (kind \"annual-review\") or a review file (kind \"review-file\").")
  Path file;

  @Mixin
  CheckOptions options;

  @Option(names = {"-f", "--format"}, paramLabel = "text|json", description = "Output format: text (default) or json.")
  Format format = Format.text;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of the standard output.")
  Path output;

  @Override
  public Integer call() {
    Texts t = root.texts();
    Inputs inputs = new Inputs(t);
    if (output != null) {
      inputs.refuseOverwriting(output, file);
    }
    Checking.Checked<?> checked = new Checking(inputs, options).check(inputs.checkable(file, "check"));
    ConformityReport report = checked.report();
    String text = format == Format.json
        ? inputs.json().writeString(report)
        : checked.text(ReportRenderer.of(t.locale()));
    if (output != null) {
      inputs.write(output, text);
      root.err().println(t.get("check.written", output.toString(), t.word(report.verdict())));
    } else {
      root.out().print(text);
    }
    root.out().flush();
    return report.verdict() == Verdict.NON_CONFORMING ? ExitCodes.GAPS : ExitCodes.OK;
  }
}
