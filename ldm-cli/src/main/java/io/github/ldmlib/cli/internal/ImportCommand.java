package io.github.ldmlib.cli.internal;

import io.github.ldmlib.office.DashboardXlsx;
import io.github.ldmlib.office.DossierDocx;
import io.github.ldmlib.office.OfficeFormatException;
import io.github.ldmlib.office.OfficeImport;
import io.github.ldmlib.office.OfficeProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ldm import FILE.docx|FILE.xlsx -o OUT.json}: reads back a document written by
 * {@code ldm export} and filled in since, and writes it as JSON.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    header = "Reads back a Word document (dossier) or a workbook (audit dashboard) written by 'ldm export', and writes it as JSON.",
    description = "The kind is told from the extension: .docx for a dossier, .xlsx for an audit dashboard. Every problem is printed on the error stream with its place in the document (table, row, column or sheet!cell) and the JSON Pointer it maps to. With only warnings (something typed that has no place in the model and was not imported), the JSON is written and the exit code is 0; with an error (a value that could not be read), nothing is written and the exit code is 2, like a document that cannot be read at all. See docs/office.md.")
public final class ImportCommand implements Callable<Integer> {

  @ParentCommand
  Root root;

  @Parameters(index = "0", paramLabel = "FILE", description = "A .docx written by 'ldm export --format docx' or an .xlsx written by 'ldm export --format xlsx'.")
  Path file;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The JSON file to write.")
  Path output;

  @Override
  public Integer call() {
    Texts t = root.texts();
    Inputs inputs = new Inputs(t);
    inputs.refuseOverwriting(output, file);
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    OfficeImport<?> read;
    try {
      if (name.endsWith(".docx")) {
        read = DossierDocx.of(t.locale()).read(file);
      } else if (name.endsWith(".xlsx")) {
        read = DashboardXlsx.of(t.locale()).read(file);
      } else {
        throw new CliException(t.get("error.import.extension", file.toString()), ExitCodes.INPUT);
      }
    } catch (OfficeFormatException e) {
      throw new CliException(t.get("error.import.unreadable", file.toString(), e.getMessage()), ExitCodes.INPUT, e);
    } catch (IOException e) {
      throw inputs.unreadable(file, e);
    }
    for (OfficeProblem p : read.problems()) {
      root.err().println(t.get(p.severity() == OfficeProblem.Severity.ERROR ? "import.error" : "import.warning",
          p.place(), p.pointer().toString(), p.message()));
    }
    if (read.hasErrors()) {
      root.err().println(t.get("import.notWritten", output.toString()));
      return ExitCodes.INPUT;
    }
    inputs.write(output, inputs.json().writeString(read.value()));
    root.err().println(t.get("import.written", output.toString()));
    return ExitCodes.OK;
  }
}
