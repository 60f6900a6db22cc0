package io.github.ldmlib.cli.internal;

import io.github.ldmlib.io.JsonLine;
import io.github.ldmlib.io.JsonLinesReader;
import io.github.ldmlib.io.LdmFormatException;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.report.BatchEntry;
import io.github.ldmlib.report.ReportFormat;
import io.github.ldmlib.report.ReportRenderer;
import io.github.ldmlib.report.view.BatchView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ldm batch INPUT -o OUT}: checks many dossiers, a JSON Lines file or every {@code *.json}
 * of a folder (where audit files, annual reviews and review files are checked too, each file's kind told from the file), and writes
 * a report per document and a summary per document and per criterion.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    header = "Checks many dossiers and summarises them per dossier and per criterion.",
    description = "Checks many dossiers: a JSON Lines file (one dossier per line) or every *.json file of a folder, where each file may be a dossier, an audit file, an annual review or a review file, its kind told from its \"kind\". Shows progress on the error output, prints a summary table (per dossier, then per criterion across all dossiers) and writes into OUT: reports/ (one Markdown and one JSON report per document), summary.md, summary.csv and criteria.csv. A document that cannot be read, or is of another kind, is reported and the batch goes on. Exit code 2 if a document could not be read, else 1 if a document has gaps, else 0.")
public final class BatchCommand implements Callable<Integer> {

  @ParentCommand
  Root root;

  @Parameters(index = "0", paramLabel = "INPUT", description = "A JSON Lines file of dossiers, or a folder of dossiers, audit files, annual reviews and review files.")
  Path input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The folder to write the reports and summaries into.")
  Path out;

  @Mixin
  CheckOptions options;

  @Override
  public Integer call() throws IOException {
    Texts t = root.texts();
    Inputs inputs = new Inputs(t);
    Checking checking = new Checking(inputs, options);
    ReportRenderer renderer = ReportRenderer.of(t.locale());
    List<BatchEntry> entries = new ArrayList<>();
    Path reports = out.resolve("reports");
    if (!Files.isDirectory(input) && !Files.isRegularFile(input)) {
      throw inputs.unreadable(input, new NoSuchFileException(input.toString()));
    }
    // A file where the folder should be is the fault of -o, said once, before any input is read.
    inputs.outputFolder(out);

    if (Files.isDirectory(input)) {
      List<Path> files;
      try (Stream<Path> list = Files.list(input)) {
        files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
      }
      Progress progress = new Progress(root.err(), root.console(), files.size());
      for (Path file : files) {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - ".json".length());
        BatchEntry entry;
        try {
          entry = one(name, stem, inputs.checkable(file, "batch"), checking, inputs, reports);
        } catch (RuntimeException e) {
          entry = failed(name, e, t);
        }
        entries.add(entry);
        progress.step(name, outcome(entry, t));
      }
      progress.finish();
    } else {
      int total = countLines(input);
      Progress progress = new Progress(root.err(), root.console(), total);
      try (JsonLinesReader<Dossier> lines = inputs.json().readLines(Dossier.class, input)) {
        while (lines.hasNext()) {
          JsonLine<Dossier> line = lines.next();
          String name = input.getFileName() + ":" + line.lineNumber();
          BatchEntry entry;
          if (line.error().isPresent()) {
            entry = failed(name, line.error().get(), t);
          } else {
            try {
              entry = one(name, "line-" + line.lineNumber(),
                  CheckedKind.DOSSIER.document(line.value().orElseThrow(), name), checking, inputs, reports);
            } catch (RuntimeException e) {
              entry = failed(name, e, t);
            }
          }
          entries.add(entry);
          progress.step(name, outcome(entry, t));
        }
      } catch (UncheckedIOException e) {
        throw inputs.unreadable(input, e.getCause());
      }
      progress.finish();
    }

    BatchView summary = renderer.view(entries);
    inputs.write(out.resolve("summary.md"), renderer.render(ReportFormat.MARKDOWN, entries));
    inputs.write(out.resolve("summary.csv"), renderer.csv(summary.dossiers()));
    inputs.write(out.resolve("criteria.csv"), renderer.csv(summary.criteria()));
    root.out().print(renderer.text(entries));
    root.out().flush();
    root.err().println(t.get("batch.written", out.toString()));
    return exitCode(entries);
  }

  /** 2 when an input could not be read, else 1 when a dossier does not conform, else 0. */
  private static int exitCode(List<BatchEntry> entries) {
    if (entries.stream().anyMatch(e -> e.error().isPresent())) {
      return ExitCodes.INPUT;
    }
    return entries.stream().anyMatch(e -> e.report().map(r -> r.verdict() == Verdict.NON_CONFORMING).orElse(false))
        ? ExitCodes.GAPS : ExitCodes.OK;
  }

  /** The outcome of an input in words, for the progress: the verdict, or « illisible » and why. */
  private static String outcome(BatchEntry entry, Texts t) {
    return entry.report().map(r -> t.word(r.verdict()))
        .orElse(t.get("batch.unreadable") + " — " + entry.error().orElse(""));
  }

  private BatchEntry one(String name, String stem, CheckedKind.Document<?> document, Checking checking, Inputs inputs,
      Path reports) {
    Checking.Checked<?> checked = checking.check(document);
    ConformityReport report = checked.report();
    String fileStem = unique(safe(stem));
    inputs.write(reports.resolve(fileStem + ".md"),
        checked.render(ReportRenderer.of(inputs.texts().locale()), ReportFormat.MARKDOWN));
    inputs.write(reports.resolve(fileStem + ".json"), inputs.json().writeString(report));
    return BatchEntry.checked(name, report, checked.referential());
  }

  private BatchEntry failed(String name, RuntimeException e, Texts t) {
    if (e instanceof CliException c && c.isOutput()) {
      throw c; // the output cannot be written: no input is to blame, the batch stops
    }
    String message;
    if (e instanceof LdmFormatException f) {
      message = Errors.format(f, t);
    } else if (e instanceof CliException c) {
      message = c.getMessage();
    } else {
      message = t.get("error.internal", e.toString());
    }
    if (root.debug()) {
      e.printStackTrace(root.err());
    }
    return BatchEntry.unreadable(name, message);
  }

  /** The report names already given in this batch, so that two inputs never share one. */
  private final Set<String> stems = new HashSet<>();

  /** A name no other input of the batch has: {@code a_b}, then {@code a_b-2}, {@code a_b-3}... */
  private String unique(String stem) {
    String candidate = stem;
    for (int n = 2; !stems.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = stem + "-" + n;
    }
    return candidate;
  }

  private static String safe(String stem) {
    String s = stem.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    return s.isEmpty() ? "_" : s;
  }

  private int countLines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return (int) lines.filter(l -> !l.isBlank()).count();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }
}
