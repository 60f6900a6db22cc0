package io.github.ldmlib.cli.internal;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The summary of a batch: one row per dossier (or per input that could not be read), and per
 * criterion across all dossiers how many conform, have observations or gaps, so that an academy
 * sees which criteria its schools struggle with.
 */
public final class BatchSummary {

  /** One input of the batch: a dossier checked, or an error. */
  public record Row(String name, Optional<ConformityReport> report, Optional<String> error, Map<String, String> titles) {

    static Row checked(String name, ConformityReport report, Map<String, String> titles) {
      return new Row(name, Optional.of(report), Optional.empty(), titles);
    }

    static Row failed(String name, String error) {
      return new Row(name, Optional.empty(), Optional.of(error), Map.of());
    }

    /** The outcome in words: the verdict, or « illisible ». */
    String outcome(Texts t) {
      return report.map(r -> t.word(r.verdict())).orElse(t.get("batch.unreadable") + " — " + error.orElse(""));
    }
  }

  /** The aggregate of one criterion. */
  private static final class Criterion {
    final String id;
    String title = "";
    int dossiers;
    int conforming;
    int withObservations;
    int nonConforming;
    int majorGaps;
    int minorGaps;
    int observations;

    Criterion(String id) {
      this.id = id;
    }
  }

  private final Texts t;
  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Criterion> criteria = new LinkedHashMap<>();

  BatchSummary(Texts texts) {
    this.t = texts;
  }

  void add(Row row) {
    rows.add(row);
    row.report().ifPresent(r -> {
      for (CriterionResult c : r.criteria()) {
        Criterion a = criteria.computeIfAbsent(c.criterionId(), Criterion::new);
        if (a.title.isEmpty()) {
          a.title = row.titles().getOrDefault(c.criterionId(), "");
        }
        a.dossiers++;
        switch (c.verdict()) {
          case CONFORMING -> a.conforming++;
          case CONFORMING_WITH_OBSERVATIONS -> a.withObservations++;
          case NON_CONFORMING -> a.nonConforming++;
          default -> throw new AssertionError(c.verdict());
        }
        a.majorGaps += c.counts().majorGaps();
        a.minorGaps += c.counts().minorGaps();
        a.observations += c.counts().observations();
      }
    });
  }

  /** 2 when an input could not be read, else 1 when a dossier has gaps, else 0. */
  int exitCode() {
    if (rows.stream().anyMatch(r -> r.error().isPresent())) {
      return ExitCodes.INPUT;
    }
    return rows.stream().anyMatch(r -> r.report().map(x -> x.verdict() == Verdict.NON_CONFORMING).orElse(false))
        ? ExitCodes.GAPS : ExitCodes.OK;
  }

  private List<String[]> dossierRows() {
    List<String[]> out = new ArrayList<>();
    for (Row row : rows) {
      if (row.report().isPresent()) {
        ConformityReport r = row.report().get();
        FindingCounts c = r.counts();
        out.add(new String[] {row.name(), r.establishmentName(), r.establishmentUai().map(Object::toString).orElse(""),
            r.referentialId() + "@" + r.referentialEdition(), t.word(r.verdict()), String.valueOf(c.majorGaps()),
            String.valueOf(c.minorGaps()), String.valueOf(c.observations()),
            t.get(r.readyForAudit() ? "batch.yes" : "batch.no"), ""});
      } else {
        out.add(new String[] {row.name(), "", "", "", t.get("batch.unreadable"), "", "", "", "", row.error().orElse("")});
      }
    }
    return out;
  }

  private String[] dossierHeader() {
    return new String[] {t.get("batch.col.input"), t.get("batch.col.establishment"), "UAI", t.get("batch.col.referential"),
        t.get("report.col.verdict"), t.get("batch.col.major"), t.get("batch.col.minor"), t.get("batch.col.observations"),
        t.get("batch.col.ready"), t.get("batch.col.error")};
  }

  private List<String[]> criterionRows() {
    List<String[]> out = new ArrayList<>();
    for (Criterion a : criteria.values()) {
      out.add(new String[] {a.id, a.title, String.valueOf(a.dossiers), String.valueOf(a.conforming),
          String.valueOf(a.withObservations), String.valueOf(a.nonConforming), String.valueOf(a.majorGaps),
          String.valueOf(a.minorGaps), String.valueOf(a.observations)});
    }
    return out;
  }

  private String[] criterionHeader() {
    return new String[] {t.get("report.col.criterion"), t.get("report.col.title"), t.get("batch.col.dossiers"),
        t.word(Verdict.CONFORMING), t.word(Verdict.CONFORMING_WITH_OBSERVATIONS), t.word(Verdict.NON_CONFORMING),
        t.get("batch.col.major"), t.get("batch.col.minor"), t.get("batch.col.observations")};
  }

  /** The per-dossier rows as CSV (RFC 4180, comma-separated, UTF-8). */
  String dossiersCsv() {
    return csv(dossierHeader(), dossierRows());
  }

  /** The per-criterion rows as CSV. */
  String criteriaCsv() {
    return csv(criterionHeader(), criterionRows());
  }

  /** The summary in Markdown: counts, per dossier, per criterion. */
  String markdown() {
    StringBuilder s = new StringBuilder("# ").append(Markdown.esc(t.get("batch.title"))).append("\n\n")
        .append(Markdown.esc(totals())).append("\n\n## ").append(Markdown.esc(t.get("batch.perDossier"))).append("\n\n");
    mdTable(s, dossierHeader(), dossierRows());
    s.append("\n## ").append(Markdown.esc(t.get("batch.perCriterion"))).append("\n\n");
    mdTable(s, criterionHeader(), criterionRows());
    return s.toString();
  }

  /** The summary as text tables for a terminal. */
  String table() {
    StringBuilder s = new StringBuilder().append(t.get("batch.perDossier")).append('\n');
    String[] header = dossierHeader();
    // The terminal table leaves out the referential column to stay narrow.
    textTable(s, drop(header, 3), dossierRows().stream().map(r -> drop(r, 3)).toList());
    s.append('\n').append(t.get("batch.perCriterion")).append('\n');
    textTable(s, drop(criterionHeader(), 1), criterionRows().stream().map(r -> drop(r, 1)).toList());
    s.append('\n').append(totals()).append('\n');
    return s.toString();
  }

  private String totals() {
    long read = rows.stream().filter(r -> r.report().isPresent()).count();
    long gaps = rows.stream().filter(r -> r.report().map(x -> x.verdict() == Verdict.NON_CONFORMING).orElse(false)).count();
    return t.get("batch.totals", rows.size(), read, gaps, rows.size() - read);
  }

  private static String[] drop(String[] row, int index) {
    String[] out = new String[row.length - 1];
    System.arraycopy(row, 0, out, 0, index);
    System.arraycopy(row, index + 1, out, index, row.length - index - 1);
    return out;
  }

  private static void textTable(StringBuilder s, String[] header, List<String[]> rows) {
    int[] width = new int[header.length];
    List<String[]> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (String[] row : all) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], Math.min(cell(row[i]).length(), i == row.length - 1 ? 200 : 48));
      }
    }
    for (int r = 0; r < all.size(); r++) {
      String[] row = all.get(r);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String c = cell(row[i]);
        if (c.length() > width[i]) {
          c = c.substring(0, width[i] - 1) + "…";
        }
        line.append(i == 0 ? "" : "  ").append(c).append(" ".repeat(width[i] - c.length()));
      }
      s.append(line.toString().stripTrailing()).append('\n');
      if (r == 0) {
        int total = 0;
        for (int w : width) {
          total += w + 2;
        }
        s.append("-".repeat(Math.max(0, total - 2))).append('\n');
      }
    }
  }

  private static String cell(String value) {
    return value == null ? "" : Errors.oneLine(value);
  }

  private static void mdTable(StringBuilder s, String[] header, List<String[]> rows) {
    s.append('|');
    for (String h : header) {
      s.append(' ').append(Markdown.esc(h)).append(" |");
    }
    s.append("\n|");
    s.append("---|".repeat(header.length)).append('\n');
    for (String[] row : rows) {
      s.append('|');
      for (String c : row) {
        s.append(' ').append(Markdown.esc(c)).append(" |");
      }
      s.append('\n');
    }
  }

  private static String csv(String[] header, List<String[]> rows) {
    StringBuilder s = new StringBuilder();
    csvRow(s, header);
    rows.forEach(r -> csvRow(s, r));
    return s.toString();
  }

  private static void csvRow(StringBuilder s, String[] row) {
    for (int i = 0; i < row.length; i++) {
      String v = row[i] == null ? "" : row[i];
      // A leading =, +, - or @ would be read as a formula by spreadsheets.
      if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+")) {
        v = "'" + v;
      }
      boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
      s.append(i == 0 ? "" : ",").append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
    }
    s.append("\r\n");
  }
}
