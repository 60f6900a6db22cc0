package io.github.ldmlib.cli.internal;

import static io.github.ldmlib.cli.internal.Html.esc;

import io.github.ldmlib.cli.internal.ReportData.Group;
import io.github.ldmlib.cli.internal.ReportData.IndicatorEntry;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.referential.Requirement;

/**
 * The conformity report as one self-contained, printable HTML page (<i>rapport de conformité</i>):
 * a tile per criterion coloured by its verdict, the findings of each criterion with where and why,
 * the source text of each requirement a finding concerns, and a chart of each indicator.
 */
public final class ConformityHtml {

  private ConformityHtml() {}

  /**
   * Renders the page.
   *
   * @param d the report and its context
   * @return the HTML document
   */
  public static String render(ReportData d) {
    Texts t = d.texts();
    ConformityReport r = d.report();
    StringBuilder s = new StringBuilder(64 * 1024);
    Html.open(s, t.language(), t.get("report.title") + " — " + r.establishmentName());

    s.append("<header class=\"report-head\">\n<h1>").append(esc(t.get("report.title"))).append("</h1>\n")
        .append("<p class=\"subject\">").append(esc(d.establishment())).append("</p>\n<dl class=\"facts\">\n");
    fact(s, t.get("report.referential"), d.referentialLabel());
    fact(s, t.get("report.dossierKind"), t.word(r.dossierKind()));
    d.dossier().labelTitle().ifPresent(title -> fact(s, t.get("report.labelTitle"), title));
    fact(s, t.get("report.stage"), t.word(r.stage()));
    fact(s, t.get("report.asOf"), r.asOf().toString());
    s.append("</dl>\n<p><span class=\"badge verdict ").append(ReportData.css(r.verdict())).append("\">")
        .append(esc(t.word(r.verdict()))).append("</span></p>\n<p class=\"summary-line\">")
        .append(esc(d.counts(r.counts()))).append(" — ")
        .append(esc(t.get(r.readyForAudit() ? "report.readyForAudit.yes" : "report.readyForAudit.no")))
        .append("</p>\n</header>\n");

    s.append("<nav class=\"tiles\" aria-label=\"").append(esc(t.get("report.criteria"))).append("\">\n");
    for (CriterionResult c : r.criteria()) {
      String title = d.referential().criterion(c.criterionId()).map(x -> x.title()).orElse("");
      s.append("<a class=\"tile ").append(ReportData.css(c.verdict())).append("\" href=\"#")
          .append(Html.anchor("criterion-", c.criterionId())).append("\" data-criterion=\"").append(esc(c.criterionId()))
          .append("\" data-verdict=\"").append(c.verdict().name()).append("\">")
          .append("<span class=\"tile-id\">").append(esc(c.criterionId())).append("</span>")
          .append("<span class=\"tile-title\">").append(esc(title)).append("</span>")
          .append("<span class=\"tile-verdict\">").append(esc(t.word(c.verdict()))).append("</span>")
          .append("<span class=\"tile-counts\">").append(esc(d.countsShort(c.counts()))).append("</span></a>\n");
    }
    s.append("</nav>\n");

    for (Group g : d.groups()) {
      String id = g.criterionId().map(c -> Html.anchor("criterion-", c)).orElse("dossier");
      s.append("<section class=\"criterion\" id=\"").append(id).append("\">\n<h2>").append(esc(g.heading(t)));
      g.verdict().ifPresent(v -> s.append(" <span class=\"badge ").append(ReportData.css(v)).append("\">")
          .append(esc(t.word(v))).append("</span>"));
      s.append("</h2>\n");
      findings(s, d, g);
      if (!g.brokenRequirements().isEmpty()) {
        s.append("<h3>").append(esc(t.get("report.brokenRequirements"))).append("</h3>\n");
        for (Requirement q : g.brokenRequirements()) {
          requirement(s, q, t);
        }
      }
      if (!g.indicators().isEmpty()) {
        s.append("<h3>").append(esc(t.get("report.indicators"))).append("</h3>\n<div class=\"indicators\">\n");
        for (IndicatorEntry e : g.indicators()) {
          indicator(s, e, t);
        }
        s.append("</div>\n");
      }
      s.append("</section>\n");
    }
    Html.close(s, t);
    return s.toString();
  }

  private static void fact(StringBuilder s, String name, String value) {
    s.append("<dt>").append(esc(name)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
  }

  private static void findings(StringBuilder s, ReportData d, Group g) {
    Texts t = d.texts();
    if (g.findings().isEmpty()) {
      s.append("<p class=\"none\">").append(esc(t.get("report.noFinding"))).append("</p>\n");
      return;
    }
    s.append("<table class=\"findings\">\n<thead><tr><th>").append(esc(t.get("report.col.severity")))
        .append("</th><th>").append(esc(t.get("report.col.where"))).append("</th><th>")
        .append(esc(t.get("report.col.why"))).append("</th><th>").append(esc(t.get("report.col.rule")))
        .append("</th></tr></thead>\n<tbody>\n");
    for (Finding f : g.findings()) {
      s.append("<tr class=\"finding\" data-rule=\"").append(esc(f.ruleId())).append("\" data-severity=\"")
          .append(f.severity().name()).append("\"><td class=\"sev sev-").append(f.severity().name()).append("\">")
          .append(esc(t.word(f.severity()))).append("</td><td class=\"where\"><span class=\"place\">")
          .append(esc(d.place(f))).append("</span><code>").append(esc(f.pointer().isEmpty() ? "/" : f.pointer()))
          .append("</code></td><td class=\"why\">").append(esc(f.message()));
      f.source().ifPresent(src -> s.append("<span class=\"source\">").append(esc(t.get("report.source", src.toString())))
          .append("</span>"));
      s.append("</td><td class=\"rule\"><code>").append(esc(f.ruleId())).append("</code>");
      d.ruleTitle(f.ruleId()).ifPresent(title -> s.append("<span class=\"rule-title\">").append(esc(title)).append("</span>"));
      s.append("</td></tr>\n");
    }
    s.append("</tbody>\n</table>\n");
  }

  static void requirement(StringBuilder s, Requirement q, Texts t) {
    s.append("<blockquote class=\"requirement\" id=\"").append(Html.anchor("requirement-", q.id())).append("\">");
    q.group().ifPresent(g -> s.append("<p class=\"req-group\">").append(esc(g)).append("</p>"));
    s.append("<p><span class=\"req-id\">").append(esc(q.id())).append("</span> — ").append(esc(q.text()));
    if (q.networkOnly()) {
      s.append(" <em>").append(esc(t.get("report.networkOnly"))).append("</em>");
    }
    s.append("</p>");
    if (!q.subItems().isEmpty()) {
      s.append("<ul>");
      q.subItems().forEach(i -> s.append("<li>").append(esc(i)).append("</li>"));
      s.append("</ul>");
    }
    s.append("<footer>").append(esc(t.get("report.source", q.source().toString()))).append("</footer></blockquote>\n");
  }

  private static void indicator(StringBuilder s, IndicatorEntry e, Texts t) {
    Indicator ind = e.indicator();
    s.append("<figure class=\"indicator\" data-pointer=\"").append(esc(e.pointer())).append("\">")
        .append(Sparkline.svg(ind, t)).append("<figcaption><span class=\"label\">").append(esc(ind.label()))
        .append("</span>").append(esc(t.get(e.engagement() ? "report.ofEngagement" : "report.ofAction", e.initiativeTitle())))
        .append("<br>").append(esc(t.word(ind.unit()))).append(" · ").append(esc(t.word(ind.direction())));
    ind.target().ifPresent(v -> s.append(" · ").append(esc(t.get("indicator.target", Sparkline.number(v)))));
    s.append(" · ").append(esc(t.word(Sparkline.trend(ind)))).append("</figcaption>");
    if (!ind.measures().isEmpty()) {
      s.append("<table><tr>");
      for (Measure m : Sparkline.ordered(ind)) {
        s.append("<th>").append(esc(t.word(m.milestone()))).append(" (").append(esc(m.schoolYear().toString()))
            .append(")</th>");
      }
      s.append("</tr><tr>");
      for (Measure m : Sparkline.ordered(ind)) {
        s.append("<td>").append(esc(Sparkline.number(m.value()))).append("</td>");
      }
      s.append("</tr></table>");
    }
    s.append("</figure>\n");
  }
}
