package io.github.ldmlib.cli.internal;

import static io.github.ldmlib.cli.internal.Markdown.code;
import static io.github.ldmlib.cli.internal.Markdown.esc;

import io.github.ldmlib.cli.internal.ReportData.Group;
import io.github.ldmlib.cli.internal.ReportData.IndicatorEntry;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.referential.Requirement;

/** The conformity report in Markdown, for tickets and e-mails: the same content as the HTML page. */
public final class ConformityMarkdown {

  private ConformityMarkdown() {}

  /**
   * Renders the report.
   *
   * @param d the report and its context
   * @return the Markdown text
   */
  public static String render(ReportData d) {
    Texts t = d.texts();
    ConformityReport r = d.report();
    StringBuilder s = new StringBuilder(32 * 1024);
    s.append("# ").append(esc(t.get("report.title"))).append(" — ").append(esc(d.establishment())).append("\n\n");
    s.append("| | |\n|---|---|\n");
    row(s, t.get("report.referential"), d.referentialLabel());
    row(s, t.get("report.dossierKind"), t.word(r.dossierKind()));
    d.dossier().labelTitle().ifPresent(title -> row(s, t.get("report.labelTitle"), title));
    row(s, t.get("report.stage"), t.word(r.stage()));
    row(s, t.get("report.asOf"), r.asOf().toString());
    s.append("\n**").append(esc(t.get("report.verdict", t.word(r.verdict())))).append("** — ")
        .append(esc(d.counts(r.counts()))).append(". ")
        .append(esc(t.get(r.readyForAudit() ? "report.readyForAudit.yes" : "report.readyForAudit.no"))).append(".\n\n");

    s.append("## ").append(esc(t.get("report.criteria"))).append("\n\n| ").append(esc(t.get("report.col.criterion")))
        .append(" | ").append(esc(t.get("report.col.title"))).append(" | ").append(esc(t.get("report.col.verdict")))
        .append(" | ").append(esc(t.get("report.col.findings"))).append(" |\n|---|---|---|---|\n");
    for (CriterionResult c : r.criteria()) {
      String title = d.referential().criterion(c.criterionId()).map(x -> x.title()).orElse("");
      s.append("| [").append(esc(c.criterionId())).append("](#").append(Html.anchor("criterion-", c.criterionId()).toLowerCase())
          .append(") | ").append(esc(title)).append(" | **").append(esc(t.word(c.verdict()))).append("** | ")
          .append(esc(d.countsShort(c.counts()))).append(" |\n");
    }

    for (Group g : d.groups()) {
      s.append("\n<a id=\"").append(g.criterionId().map(c -> Html.anchor("criterion-", c).toLowerCase()).orElse("dossier"))
          .append("\"></a>\n\n## ").append(esc(g.heading(t)));
      g.verdict().ifPresent(v -> s.append(" — ").append(esc(t.word(v))));
      s.append("\n\n");
      if (g.findings().isEmpty()) {
        s.append('_').append(esc(t.get("report.noFinding"))).append("_\n");
      }
      for (Finding f : g.findings()) {
        s.append("- **").append(esc(t.word(f.severity()))).append("** — ").append(esc(d.place(f))).append(' ')
            .append(code(f.pointer().isEmpty() ? "/" : f.pointer())).append(" — ").append(esc(f.message()))
            .append(" (").append(code(f.ruleId()));
        d.ruleTitle(f.ruleId()).ifPresent(title -> s.append(' ').append(esc(title)));
        f.source().ifPresent(src -> s.append(t.get("text.semicolon")).append(esc(t.get("report.source", src.toString()))));
        s.append(")\n");
      }
      if (!g.brokenRequirements().isEmpty()) {
        s.append("\n### ").append(esc(t.get("report.brokenRequirements"))).append("\n");
        for (Requirement q : g.brokenRequirements()) {
          s.append("\n> **").append(esc(q.id())).append("** — ").append(esc(q.text()));
          if (q.networkOnly()) {
            s.append(" _").append(esc(t.get("report.networkOnly"))).append('_');
          }
          s.append('\n');
          q.subItems().forEach(i -> s.append("> - ").append(esc(i)).append('\n'));
          s.append(">\n> ").append(esc(t.get("report.source", q.source().toString()))).append('\n');
        }
      }
      if (!g.indicators().isEmpty()) {
        s.append("\n### ").append(esc(t.get("report.indicators"))).append("\n\n| ")
            .append(esc(t.get("report.col.indicator"))).append(" | ").append(esc(t.get("report.col.direction")))
            .append(" | ").append(esc(t.get("report.col.target")));
        for (Milestone m : Milestone.values()) {
          s.append(" | ").append(esc(t.word(m)));
        }
        s.append(" | ").append(esc(t.get("report.col.trend"))).append(" |\n|---|---|---|---|---|---|---|\n");
        for (IndicatorEntry e : g.indicators()) {
          Indicator ind = e.indicator();
          s.append("| ").append(esc(ind.label())).append(" <br>")
              .append(esc(t.get(e.engagement() ? "report.ofEngagement" : "report.ofAction", e.initiativeTitle())))
              .append(" | ").append(esc(t.word(ind.direction()))).append(" | ")
              .append(ind.target().map(Sparkline::number).orElse("—"));
          for (Milestone m : Milestone.values()) {
            s.append(" | ").append(ind.measure(m).map(Measure::value).map(Sparkline::number).orElse("—"));
          }
          s.append(" | ").append(esc(t.word(Sparkline.trend(ind)))).append(" |\n");
        }
      }
    }
    s.append("\n---\n_").append(esc(t.get("report.generated", Version.get()))).append("_\n");
    return s.toString();
  }

  private static void row(StringBuilder s, String name, String value) {
    s.append("| ").append(esc(name)).append(" | ").append(esc(value)).append(" |\n");
  }
}
