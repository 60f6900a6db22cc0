package io.github.ldmlib.cli.internal;

import io.github.ldmlib.cli.internal.ReportData.Group;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;

/**
 * The conformity report as plain text for a terminal, as {@code ldm check} prints it: a heading,
 * the findings grouped by criterion (severity word, pointer, message) and a summary line.
 */
public final class ConformityText {

  private ConformityText() {}

  /**
   * Renders the report.
   *
   * @param d the report and its context
   * @return the text, ending with a line break
   */
  public static String render(ReportData d) {
    Texts t = d.texts();
    ConformityReport r = d.report();
    StringBuilder s = new StringBuilder(8 * 1024);
    s.append(d.establishment()).append('\n')
        .append(t.get("text.context", r.referentialId() + "@" + r.referentialEdition(), t.word(r.stage()),
            r.asOf().toString()))
        .append('\n');
    int width = 0;
    for (Finding f : r.findings()) {
      width = Math.max(width, t.word(f.severity()).length());
    }
    for (Group g : d.groups()) {
      s.append('\n').append(g.heading(t));
      g.verdict().ifPresent(v -> s.append(t.get("text.colon")).append(t.word(v)));
      s.append('\n');
      if (g.findings().isEmpty()) {
        s.append("  ").append(t.get("report.noFinding")).append('\n');
      }
      for (Finding f : g.findings()) {
        String word = t.word(f.severity());
        s.append("  ").append(word).append(" ".repeat(width - word.length())).append("  ")
            .append(f.pointer().isEmpty() ? "/" : f.pointer()).append("  ").append(f.message())
            .append("  [").append(f.ruleId()).append("]\n");
      }
    }
    s.append('\n').append(t.get("text.summary", t.word(r.verdict()), d.counts(r.counts()),
        t.get(r.readyForAudit() ? "report.readyForAudit.yes" : "report.readyForAudit.no"))).append('\n');
    return s.toString();
  }
}
