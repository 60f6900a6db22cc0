package io.github.ldmlib.cli.internal;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.IndicatorHistory;
import io.github.ldmlib.report.ReportRenderer;
import io.github.ldmlib.report.view.TableView;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ldm history DOSSIER REVIEW...}: the history of a dossier's indicators followed up by its
 * annual reviews, one series per indicator id ({@link IndicatorHistory}), with where each stands on
 * a date.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
    header = "Prints the history of a dossier's indicators across its annual reviews.",
    description = "Joins the measures of a dossier (kind \"dossier\") and of its annual reviews (kind \"annual-review\") into one series per indicator id, and prints for each its values by school year, its target, its direction and its status on a date: on track, behind, reached, or no recent measure.")
public final class HistoryCommand implements Callable<Integer> {

  /** The output formats of {@code history}. */
  public enum Format {
    /** One block per indicator, for a terminal. */
    text,
    /** One object per indicator. */
    json,
    /** One row per indicator and school year, for a spreadsheet (RFC 4180 in a file). */
    csv
  }

  @ParentCommand
  Root root;

  @Parameters(index = "0", paramLabel = "DOSSIER", description = "The dossier whose indicators have ids.")
  Path dossierFile;

  @Parameters(index = "1..*", paramLabel = "REVIEW", description = "Its annual reviews, in any order.")
  List<Path> reviewFiles = List.of();

  @Option(names = "--as-of", paramLabel = "DATE", description = "Date of the status, YYYY-MM-DD (default: today).")
  LocalDate asOf;

  @Option(names = {"-f", "--format"}, paramLabel = "text|json|csv", description = "Output format: text (default), json or csv.")
  Format format = Format.text;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of the standard output.")
  Path output;

  @Override
  public Integer call() {
    Texts t = root.texts();
    Inputs inputs = new Inputs(t);
    if (output != null) {
      inputs.refuseOverwriting(output, dossierFile);
      for (Path review : reviewFiles) {
        inputs.refuseOverwriting(output, review);
      }
    }
    Dossier dossier = inputs.read(Dossier.class, dossierFile);
    List<AnnualReview> reviews = new ArrayList<>();
    for (Path review : reviewFiles) {
      reviews.add(inputs.read(AnnualReview.class, review));
    }
    IndicatorHistory history = IndicatorHistory.of(dossier, reviews);
    LocalDate date = asOf != null ? asOf : LocalDate.now();
    String text = switch (format) {
      case text -> text(history, date, t);
      case json -> json(history, date);
      case csv -> ReportRenderer.of(t.locale()).csv(table(history, date, t));
    };
    if (output != null) {
      inputs.write(output, text);
      root.err().println(t.get("history.written", output.toString()));
    } else {
      // The standard output shows no carriage return (ControlFilter): CSV records end with a line feed there.
      root.out().print(format == Format.csv ? text.replace("\r\n", "\n") : text);
    }
    root.out().flush();
    return ExitCodes.OK;
  }

  private static String text(IndicatorHistory history, LocalDate date, Texts t) {
    if (history.indicatorIds().isEmpty()) {
      return t.get("history.none") + "\n";
    }
    StringBuilder out = new StringBuilder();
    for (String id : history.indicatorIds()) {
      IndicatorHistory.Series s = history.series(id).orElseThrow();
      out.append(s.label().map(l -> id + " — " + l).orElse(id)).append('\n');
      for (Map.Entry<SchoolYear, BigDecimal> e : s.values().entrySet()) {
        out.append("  ").append(e.getKey()).append("  ").append(e.getValue().toPlainString()).append('\n');
      }
      out.append("  ").append(t.get("history.summary",
          s.target().map(BigDecimal::toPlainString).orElse("—"),
          s.direction().map(t::word).orElse("—"),
          date.toString(),
          status(history, id, date, t))).append("\n\n");
    }
    return out.toString();
  }

  private static String status(IndicatorHistory history, String id, LocalDate date, Texts t) {
    return history.status(id, date).map(t::word).orElse(t.get("history.noStatus"));
  }

  private static TableView table(IndicatorHistory history, LocalDate date, Texts t) {
    List<List<String>> rows = new ArrayList<>();
    for (String id : history.indicatorIds()) {
      IndicatorHistory.Series s = history.series(id).orElseThrow();
      String status = history.status(id, date).map(Enum::name).orElse("");
      for (Map.Entry<SchoolYear, BigDecimal> e : s.values().entrySet()) {
        rows.add(List.of(id, s.label().orElse(""), e.getKey().toString(), e.getValue().toPlainString(),
            s.target().map(BigDecimal::toPlainString).orElse(""), s.direction().map(Enum::name).orElse(""),
            status));
      }
    }
    return new TableView(List.of(t.get("history.col.indicator"), t.get("history.col.label"),
        t.get("history.col.schoolYear"), t.get("history.col.value"), t.get("history.col.target"),
        t.get("history.col.direction"), t.get("history.col.status")), rows);
  }

  private static String json(IndicatorHistory history, LocalDate date) {
    StringBuilder out = new StringBuilder("{\n  \"asOf\": ").append(string(date.toString()))
        .append(",\n  \"indicators\": [");
    String separator = "\n";
    for (String id : history.indicatorIds()) {
      IndicatorHistory.Series s = history.series(id).orElseThrow();
      out.append(separator).append("    {\"id\": ").append(string(id));
      s.label().ifPresent(l -> out.append(", \"label\": ").append(string(l)));
      s.direction().ifPresent(d -> out.append(", \"direction\": ").append(string(d.name())));
      s.target().ifPresent(v -> out.append(", \"target\": ").append(v.toPlainString()));
      history.status(id, date).ifPresent(st -> out.append(", \"status\": ").append(string(st.name())));
      out.append(", \"values\": {");
      String comma = "";
      for (Map.Entry<SchoolYear, BigDecimal> e : s.values().entrySet()) {
        out.append(comma).append(string(e.getKey().toString())).append(": ").append(e.getValue().toPlainString());
        comma = ", ";
      }
      out.append("}}");
      separator = ",\n";
    }
    return out.append(history.indicatorIds().isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  /** A JSON string: quotes, backslashes and control characters escaped. */
  private static String string(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
