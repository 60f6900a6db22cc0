package io.github.ldmlib.cli.internal;

import io.github.ldmlib.model.audit.Assessment;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditDocument;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.DashboardEntry;
import io.github.ldmlib.model.audit.Gap;
import io.github.ldmlib.model.audit.ImprovementAxis;
import io.github.ldmlib.model.audit.Remark;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The audit summary report (<i>rapport de synthèse</i>, LDM 05) and the audit dashboard
 * (<i>tableau de bord</i>, LDM 04) rendered like a conformity report: a tile per criterion
 * coloured by what the auditors found, then each criterion's content, with the source text of the
 * requirements concerned. Both HTML (self-contained, printable) and Markdown.
 */
public final class AuditRendering {

  private AuditRendering() {}

  // ------------------------------------------------------------------ summary

  /** Renders a summary report as an HTML page. */
  public static String summaryHtml(AuditSummary a, Referential referential, Texts t) {
    check(a, referential);
    StringBuilder s = new StringBuilder(32 * 1024);
    String title = t.get("summary.title");
    Html.open(s, t.language(), title + " — " + name(a));
    head(s, a, referential, t, title);
    s.append("<dl class=\"facts\">\n");
    fact(s, t.get("summary.teamOpinion"), a.teamOpinion().map(t::word).orElse(t.get("summary.noOpinion")));
    a.proposedLabelTitle().ifPresent(v -> fact(s, t.get("summary.proposedLabelTitle"), v));
    a.submissionDate().ifPresent(v -> fact(s, t.get("summary.submissionDate"), v.toString()));
    s.append("</dl>\n");
    a.teamOpinion().ifPresent(o -> s.append("<p><span class=\"badge ").append(switch (o) {
      case FAVOURABLE -> "v-ok";
      case FAVOURABLE_WITH_RESERVATIONS -> "v-obs";
      case UNFAVOURABLE -> "v-gap";
    }).append("\">").append(Html.esc(t.word(o))).append("</span></p>\n"));
    a.teamOpinionText().ifPresent(v -> s.append("<p>").append(Html.esc(v)).append("</p>\n"));
    s.append("</header>\n<nav class=\"tiles\" aria-label=\"").append(Html.esc(t.get("report.criteria"))).append("\">\n");
    for (String id : criteria(referential, Stream.of(
        a.strengths().stream().map(Remark::criterionId).flatMap(Optional::stream),
        a.weaknesses().stream().map(Remark::criterionId).flatMap(Optional::stream),
        a.gaps().stream().map(Gap::criterionId),
        a.improvementAxes().stream().map(ImprovementAxis::criterionId)).flatMap(Function.identity()))) {
      String css = summaryClass(a, id);
      tile(s, id, referential, css, t.get("summary.tile." + css), summaryCounts(a, id, t));
    }
    s.append("</nav>\n");
    List<Remark> wholeStrengths = a.strengths().stream().filter(r -> r.criterionId().isEmpty()).toList();
    List<Remark> wholeWeaknesses = a.weaknesses().stream().filter(r -> r.criterionId().isEmpty()).toList();
    if (!wholeStrengths.isEmpty() || !wholeWeaknesses.isEmpty()) {
      s.append("<section class=\"criterion\" id=\"establishment\">\n<h2>").append(Html.esc(t.get("summary.whole")))
          .append("</h2>\n");
      remarksHtml(s, t.get("summary.strengths"), wholeStrengths);
      remarksHtml(s, t.get("summary.weaknesses"), wholeWeaknesses);
      s.append("</section>\n");
    }
    for (String id : criteria(referential, Stream.of(
        a.strengths().stream().map(Remark::criterionId).flatMap(Optional::stream),
        a.weaknesses().stream().map(Remark::criterionId).flatMap(Optional::stream),
        a.gaps().stream().map(Gap::criterionId),
        a.improvementAxes().stream().map(ImprovementAxis::criterionId)).flatMap(Function.identity()))) {
      sectionOpen(s, id, referential, summaryClass(a, id), t.get("summary.tile." + summaryClass(a, id)));
      remarksHtml(s, t.get("summary.strengths"), of(a.strengths(), id));
      remarksHtml(s, t.get("summary.weaknesses"), of(a.weaknesses(), id));
      List<Gap> gaps = a.gaps().stream().filter(g -> g.criterionId().equals(id)).toList();
      if (!gaps.isEmpty()) {
        s.append("<h3>").append(Html.esc(t.get("summary.gaps"))).append("</h3>\n<table class=\"gaps\"><thead><tr><th>")
            .append(Html.esc(t.get("summary.col.gap"))).append("</th><th>").append(Html.esc(t.get("report.col.severity")))
            .append("</th><th>").append(Html.esc(t.get("summary.col.finding"))).append("</th><th>")
            .append(Html.esc(t.get("summary.col.lifted"))).append("</th></tr></thead><tbody>\n");
        for (Gap g : gaps) {
          s.append("<tr class=\"finding\" data-severity=\"").append(g.severity().name()).append("\"><td><code>")
              .append(Html.esc(g.id())).append("</code></td><td class=\"sev sev-").append(g.severity().name()).append("\">")
              .append(Html.esc(t.word(g.severity()))).append("</td><td>").append(Html.esc(g.text()))
              .append("<span class=\"source\">").append(Html.esc(t.get("summary.requirement", g.requirementId())))
              .append("</span></td><td>").append(Html.esc(g.liftedOn().map(Object::toString).orElse(t.get("summary.notLifted"))))
              .append("</td></tr>\n");
        }
        s.append("</tbody></table>\n");
        List<Requirement> requirements = requirements(referential, gaps.stream().map(Gap::requirementId));
        if (!requirements.isEmpty()) {
          s.append("<h3>").append(Html.esc(t.get("summary.requirementsConcerned"))).append("</h3>\n");
          requirements.forEach(q -> ConformityHtml.requirement(s, q, t));
        }
      }
      List<ImprovementAxis> axes = a.improvementAxes().stream().filter(x -> x.criterionId().equals(id)).toList();
      if (!axes.isEmpty()) {
        s.append("<h3>").append(Html.esc(t.get("summary.axes"))).append("</h3>\n<table class=\"axes\"><thead><tr><th>")
            .append(Html.esc(t.get("summary.col.axis"))).append("</th><th>").append(Html.esc(t.get("summary.col.owner")))
            .append("</th><th>").append(Html.esc(t.get("summary.col.deadline"))).append("</th><th>")
            .append(Html.esc(t.get("summary.col.gaps"))).append("</th></tr></thead><tbody>\n");
        for (ImprovementAxis x : axes) {
          s.append("<tr><td><code>").append(Html.esc(x.id())).append("</code> ").append(Html.esc(x.text()))
              .append("</td><td>").append(Html.esc(x.owner().map(AuditRendering::person).orElse("—")))
              .append("</td><td>").append(Html.esc(x.deadline().map(Object::toString).orElse("—")))
              .append("</td><td>").append(Html.esc(x.gapIds().isEmpty() ? "—" : String.join(", ", x.gapIds())))
              .append("</td></tr>\n");
        }
        s.append("</tbody></table>\n");
      }
      s.append("</section>\n");
    }
    Html.close(s, t);
    return s.toString();
  }

  /** Renders a summary report in Markdown. */
  public static String summaryMarkdown(AuditSummary a, Referential referential, Texts t) {
    check(a, referential);
    StringBuilder s = new StringBuilder(16 * 1024);
    headMd(s, a, referential, t, t.get("summary.title"));
    rowMd(s, t.get("summary.teamOpinion"), a.teamOpinion().map(t::word).orElse(t.get("summary.noOpinion")));
    a.proposedLabelTitle().ifPresent(v -> rowMd(s, t.get("summary.proposedLabelTitle"), v));
    a.submissionDate().ifPresent(v -> rowMd(s, t.get("summary.submissionDate"), v.toString()));
    a.teamOpinionText().ifPresent(v -> s.append('\n').append(Markdown.esc(v)).append('\n'));
    List<String> ids = criteria(referential, Stream.of(
        a.strengths().stream().map(Remark::criterionId).flatMap(Optional::stream),
        a.weaknesses().stream().map(Remark::criterionId).flatMap(Optional::stream),
        a.gaps().stream().map(Gap::criterionId),
        a.improvementAxes().stream().map(ImprovementAxis::criterionId)).flatMap(Function.identity()));
    s.append("\n## ").append(Markdown.esc(t.get("report.criteria"))).append("\n\n| ")
        .append(Markdown.esc(t.get("report.col.criterion"))).append(" | ").append(Markdown.esc(t.get("report.col.title")))
        .append(" | ").append(Markdown.esc(t.get("report.col.verdict"))).append(" | ")
        .append(Markdown.esc(t.get("report.col.findings"))).append(" |\n|---|---|---|---|\n");
    for (String id : ids) {
      s.append("| ").append(Markdown.esc(id)).append(" | ").append(Markdown.esc(title(referential, id))).append(" | **")
          .append(Markdown.esc(t.get("summary.tile." + summaryClass(a, id)))).append("** | ")
          .append(Markdown.esc(summaryCounts(a, id, t))).append(" |\n");
    }
    List<Remark> wholeStrengths = a.strengths().stream().filter(r -> r.criterionId().isEmpty()).toList();
    List<Remark> wholeWeaknesses = a.weaknesses().stream().filter(r -> r.criterionId().isEmpty()).toList();
    if (!wholeStrengths.isEmpty() || !wholeWeaknesses.isEmpty()) {
      s.append("\n## ").append(Markdown.esc(t.get("summary.whole"))).append('\n');
      remarksMd(s, t.get("summary.strengths"), wholeStrengths);
      remarksMd(s, t.get("summary.weaknesses"), wholeWeaknesses);
    }
    for (String id : ids) {
      s.append("\n## ").append(Markdown.esc(heading(referential, id))).append(" — ")
          .append(Markdown.esc(t.get("summary.tile." + summaryClass(a, id)))).append('\n');
      remarksMd(s, t.get("summary.strengths"), of(a.strengths(), id));
      remarksMd(s, t.get("summary.weaknesses"), of(a.weaknesses(), id));
      List<Gap> gaps = a.gaps().stream().filter(g -> g.criterionId().equals(id)).toList();
      if (!gaps.isEmpty()) {
        s.append("\n### ").append(Markdown.esc(t.get("summary.gaps"))).append("\n\n");
        for (Gap g : gaps) {
          s.append("- ").append(Markdown.code(g.id())).append(" **").append(Markdown.esc(t.word(g.severity())))
              .append("** — ").append(Markdown.esc(g.text())).append(" (")
              .append(Markdown.esc(t.get("summary.requirement", g.requirementId()))).append(" ; ")
              .append(Markdown.esc(t.get("summary.col.lifted"))).append(t.get("text.colon"))
              .append(Markdown.esc(g.liftedOn().map(Object::toString).orElse(t.get("summary.notLifted")))).append(")\n");
        }
        for (Requirement q : requirements(referential, gaps.stream().map(Gap::requirementId))) {
          requirementMd(s, q, t);
        }
      }
      List<ImprovementAxis> axes = a.improvementAxes().stream().filter(x -> x.criterionId().equals(id)).toList();
      if (!axes.isEmpty()) {
        s.append("\n### ").append(Markdown.esc(t.get("summary.axes"))).append("\n\n");
        for (ImprovementAxis x : axes) {
          s.append("- ").append(Markdown.code(x.id())).append(' ').append(Markdown.esc(x.text())).append(" — ")
              .append(Markdown.esc(t.get("summary.col.owner"))).append(t.get("text.colon"))
              .append(Markdown.esc(x.owner().map(AuditRendering::person).orElse("—"))).append(" ; ")
              .append(Markdown.esc(t.get("summary.col.deadline"))).append(t.get("text.colon"))
              .append(Markdown.esc(x.deadline().map(Object::toString).orElse("—")));
          if (!x.gapIds().isEmpty()) {
            s.append(" ; ").append(Markdown.esc(t.get("summary.col.gaps"))).append(t.get("text.colon"))
                .append(Markdown.esc(String.join(", ", x.gapIds())));
          }
          s.append('\n');
        }
      }
    }
    s.append("\n---\n_").append(Markdown.esc(t.get("report.generated", Version.get()))).append("_\n");
    return s.toString();
  }

  private static String summaryClass(AuditSummary a, String id) {
    List<Gap> gaps = a.gaps().stream().filter(g -> g.criterionId().equals(id)).toList();
    if (gaps.stream().anyMatch(g -> g.liftedOn().isEmpty())) {
      return "v-gap";
    }
    return !gaps.isEmpty() || !of(a.weaknesses(), id).isEmpty() ? "v-obs" : "v-ok";
  }

  private static String summaryCounts(AuditSummary a, String id, Texts t) {
    return String.join(", ",
        t.count(of(a.strengths(), id).size(), "count.strength"),
        t.count(of(a.weaknesses(), id).size(), "count.weakness"),
        t.count((int) a.gaps().stream().filter(g -> g.criterionId().equals(id)).count(), "count.gap"),
        t.count((int) a.improvementAxes().stream().filter(x -> x.criterionId().equals(id)).count(), "count.axis"));
  }

  private static List<Remark> of(List<Remark> remarks, String criterionId) {
    return remarks.stream().filter(r -> r.criterionId().filter(criterionId::equals).isPresent()).toList();
  }

  private static void remarksHtml(StringBuilder s, String heading, List<Remark> remarks) {
    if (remarks.isEmpty()) {
      return;
    }
    s.append("<h3>").append(Html.esc(heading)).append("</h3>\n<ul>");
    remarks.forEach(r -> s.append("<li>").append(Html.esc(r.text())).append("</li>"));
    s.append("</ul>\n");
  }

  private static void remarksMd(StringBuilder s, String heading, List<Remark> remarks) {
    if (remarks.isEmpty()) {
      return;
    }
    s.append("\n### ").append(Markdown.esc(heading)).append("\n\n");
    remarks.forEach(r -> s.append("- ").append(Markdown.esc(r.text())).append('\n'));
  }

  // ------------------------------------------------------------------ dashboard

  /** Renders a dashboard as an HTML page. */
  public static String dashboardHtml(AuditDashboard a, Referential referential, Texts t) {
    check(a, referential);
    StringBuilder s = new StringBuilder(32 * 1024);
    String title = t.get("dashboard.title");
    Html.open(s, t.language(), title + " — " + name(a));
    head(s, a, referential, t, title);
    s.append("</header>\n<nav class=\"tiles\" aria-label=\"").append(Html.esc(t.get("report.criteria"))).append("\">\n");
    List<String> ids = criteria(referential, a.entries().stream().map(DashboardEntry::criterionId));
    for (String id : ids) {
      Assessment worst = worst(a.entriesFor(id));
      tile(s, id, referential, css(worst), t.word(worst), dashboardCounts(a.entriesFor(id), t));
    }
    s.append("</nav>\n");
    for (String id : ids) {
      Assessment worst = worst(a.entriesFor(id));
      sectionOpen(s, id, referential, css(worst), t.word(worst));
      List<DashboardEntry> entries = a.entriesFor(id);
      if (entries.isEmpty()) {
        s.append("<p class=\"none\">").append(Html.esc(t.get("dashboard.noEntry"))).append("</p>\n");
      } else {
        s.append("<table class=\"entries\"><thead><tr><th>").append(Html.esc(t.get("dashboard.col.item")))
            .append("</th><th>").append(Html.esc(t.get("dashboard.col.assessment"))).append("</th><th>")
            .append(Html.esc(t.get("dashboard.col.evidence"))).append("</th><th>")
            .append(Html.esc(t.get("dashboard.col.comment"))).append("</th></tr></thead><tbody>\n");
        for (DashboardEntry e : entries) {
          s.append("<tr class=\"finding\" data-assessment=\"").append(e.assessment().name()).append("\"><td>");
          if (e.requirementId().isPresent()) {
            String rid = e.requirementId().get();
            s.append("<code>").append(Html.esc(rid)).append("</code>");
            referential.requirement(rid).ifPresent(q -> s.append(" ").append(Html.esc(q.text()))
                .append("<span class=\"source\">").append(Html.esc(t.get("report.source", q.source().toString())))
                .append("</span>"));
          } else {
            s.append(Html.esc(t.get("dashboard.wholeCriterion")));
          }
          s.append("</td><td class=\"sev ").append(css(e.assessment())).append("\">").append(Html.esc(t.word(e.assessment())));
          if (e.prefilled()) {
            s.append("<span class=\"source\">").append(Html.esc(t.get("dashboard.prefilled"))).append("</span>");
          }
          s.append("</td><td>").append(Html.esc(e.evidenceSeen().isEmpty() ? "—" : String.join(", ", e.evidenceSeen())))
              .append("</td><td>").append(Html.esc(e.comment().orElse("")));
          reassessed(e, t).ifPresent(v -> s.append("<span class=\"source\">").append(Html.esc(v)).append("</span>"));
          s.append("</td></tr>\n");
        }
        s.append("</tbody></table>\n");
      }
      s.append("</section>\n");
    }
    Html.close(s, t);
    return s.toString();
  }

  /** Renders a dashboard in Markdown. */
  public static String dashboardMarkdown(AuditDashboard a, Referential referential, Texts t) {
    check(a, referential);
    StringBuilder s = new StringBuilder(16 * 1024);
    headMd(s, a, referential, t, t.get("dashboard.title"));
    List<String> ids = criteria(referential, a.entries().stream().map(DashboardEntry::criterionId));
    s.append("\n## ").append(Markdown.esc(t.get("report.criteria"))).append("\n\n| ")
        .append(Markdown.esc(t.get("report.col.criterion"))).append(" | ").append(Markdown.esc(t.get("report.col.title")))
        .append(" | ").append(Markdown.esc(t.get("dashboard.col.assessment"))).append(" | ")
        .append(Markdown.esc(t.get("report.col.findings"))).append(" |\n|---|---|---|---|\n");
    for (String id : ids) {
      s.append("| ").append(Markdown.esc(id)).append(" | ").append(Markdown.esc(title(referential, id))).append(" | **")
          .append(Markdown.esc(t.word(worst(a.entriesFor(id))))).append("** | ")
          .append(Markdown.esc(dashboardCounts(a.entriesFor(id), t))).append(" |\n");
    }
    for (String id : ids) {
      List<DashboardEntry> entries = a.entriesFor(id);
      if (entries.isEmpty()) {
        continue;
      }
      s.append("\n## ").append(Markdown.esc(heading(referential, id))).append(" — ")
          .append(Markdown.esc(t.word(worst(entries)))).append("\n\n");
      for (DashboardEntry e : entries) {
        s.append("- ");
        if (e.requirementId().isPresent()) {
          String rid = e.requirementId().get();
          s.append(Markdown.code(rid));
          referential.requirement(rid).ifPresent(q -> s.append(' ').append(Markdown.esc(q.text())));
        } else {
          s.append(Markdown.esc(t.get("dashboard.wholeCriterion")));
        }
        s.append(" — **").append(Markdown.esc(t.word(e.assessment()))).append("**");
        if (e.prefilled()) {
          s.append(" _").append(Markdown.esc(t.get("dashboard.prefilled"))).append('_');
        }
        e.comment().ifPresent(c -> s.append(" — ").append(Markdown.esc(c)));
        if (!e.evidenceSeen().isEmpty()) {
          s.append(" (").append(Markdown.esc(t.get("dashboard.col.evidence"))).append(t.get("text.colon"))
              .append(Markdown.esc(String.join(", ", e.evidenceSeen()))).append(')');
        }
        reassessed(e, t).ifPresent(v -> s.append(" — ").append(Markdown.esc(v)));
        s.append('\n');
      }
    }
    s.append("\n---\n_").append(Markdown.esc(t.get("report.generated", Version.get()))).append("_\n");
    return s.toString();
  }

  /** NON_CONFORMING, else PARTLY_CONFORMING, else NOT_ASSESSED when something is not assessed (or nothing is), else CONFORMING. */
  static Assessment worst(List<DashboardEntry> entries) {
    Set<Assessment> seen = new LinkedHashSet<>();
    entries.forEach(e -> seen.add(e.assessment()));
    for (Assessment a : new Assessment[] {Assessment.NON_CONFORMING, Assessment.PARTLY_CONFORMING, Assessment.NOT_ASSESSED}) {
      if (seen.contains(a)) {
        return a;
      }
    }
    return seen.isEmpty() ? Assessment.NOT_ASSESSED : Assessment.CONFORMING;
  }

  private static String css(Assessment a) {
    return switch (a) {
      case CONFORMING -> "v-ok";
      case PARTLY_CONFORMING -> "v-obs";
      case NON_CONFORMING -> "v-gap";
      case NOT_ASSESSED -> "v-none";
    };
  }

  private static String dashboardCounts(List<DashboardEntry> entries, Texts t) {
    List<String> parts = new ArrayList<>();
    for (Assessment a : Assessment.values()) {
      long n = entries.stream().filter(e -> e.assessment() == a).count();
      if (n > 0) {
        parts.add(n + " " + t.word(a).toLowerCase(t.locale()));
      }
    }
    return parts.isEmpty() ? t.get("dashboard.noEntry") : String.join(", ", parts);
  }

  private static Optional<String> reassessed(DashboardEntry e, Texts t) {
    List<String> parts = new ArrayList<>();
    if (!e.reassessedGapIds().isEmpty()) {
      parts.add(t.get("dashboard.reassessedGaps", String.join(", ", e.reassessedGapIds())));
    }
    if (!e.reassessedAxisIds().isEmpty()) {
      parts.add(t.get("dashboard.reassessedAxes", String.join(", ", e.reassessedAxisIds())));
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ; ", parts));
  }

  // ------------------------------------------------------------------ shared

  private static void check(AuditDocument a, Referential referential) {
    Objects.requireNonNull(a, "document");
    Objects.requireNonNull(referential, "referential");
    if (!a.referentialId().equals(referential.id())) {
      throw new IllegalArgumentException("The document is about referential " + a.referentialId() + ", not " + referential.id());
    }
  }

  private static String name(AuditDocument a) {
    return a.establishmentName().orElse(a.uai().toString());
  }

  private static void head(StringBuilder s, AuditDocument a, Referential referential, Texts t, String title) {
    s.append("<header class=\"report-head\">\n<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"subject\">")
        .append(Html.esc(a.establishmentName().map(n -> t.get("report.establishmentWithUai", n, a.uai().toString()))
            .orElse(t.get("report.uai", a.uai().toString()))))
        .append("</p>\n<dl class=\"facts\">\n");
    fact(s, t.get("report.referential"), t.get("report.referentialValue", referential.title(), referential.id(),
        referential.edition().title()));
    fact(s, t.get("report.stage"), t.word(a.stage()));
    fact(s, t.get("audit.date"), a.auditDate().toString());
    s.append("</dl>\n");
  }

  private static void headMd(StringBuilder s, AuditDocument a, Referential referential, Texts t, String title) {
    s.append("# ").append(Markdown.esc(title)).append(" — ")
        .append(Markdown.esc(a.establishmentName().map(n -> t.get("report.establishmentWithUai", n, a.uai().toString()))
            .orElse(t.get("report.uai", a.uai().toString()))))
        .append("\n\n| | |\n|---|---|\n");
    rowMd(s, t.get("report.referential"), t.get("report.referentialValue", referential.title(), referential.id(),
        referential.edition().title()));
    rowMd(s, t.get("report.stage"), t.word(a.stage()));
    rowMd(s, t.get("audit.date"), a.auditDate().toString());
  }

  private static void fact(StringBuilder s, String name, String value) {
    s.append("<dt>").append(Html.esc(name)).append("</dt><dd>").append(Html.esc(value)).append("</dd>\n");
  }

  private static void rowMd(StringBuilder s, String name, String value) {
    s.append("| ").append(Markdown.esc(name)).append(" | ").append(Markdown.esc(value)).append(" |\n");
  }

  private static void tile(StringBuilder s, String id, Referential referential, String css, String word, String counts) {
    s.append("<a class=\"tile ").append(css).append("\" href=\"#").append(Html.anchor("criterion-", id))
        .append("\" data-criterion=\"").append(Html.esc(id)).append("\"><span class=\"tile-id\">").append(Html.esc(id))
        .append("</span><span class=\"tile-title\">").append(Html.esc(title(referential, id)))
        .append("</span><span class=\"tile-verdict\">").append(Html.esc(word)).append("</span><span class=\"tile-counts\">")
        .append(Html.esc(counts)).append("</span></a>\n");
  }

  private static void sectionOpen(StringBuilder s, String id, Referential referential, String css, String word) {
    s.append("<section class=\"criterion\" id=\"").append(Html.anchor("criterion-", id)).append("\">\n<h2>")
        .append(Html.esc(heading(referential, id))).append(" <span class=\"badge ").append(css).append("\">")
        .append(Html.esc(word)).append("</span></h2>\n");
  }

  private static String title(Referential referential, String id) {
    return referential.criterion(id).map(Criterion::title).orElse("");
  }

  private static String heading(Referential referential, String id) {
    return referential.criterion(id).map(c -> c.id() + " — " + c.title()).orElse(id);
  }

  /** The referential's criteria in order, then any other criterion id the document names. */
  private static List<String> criteria(Referential referential, Stream<String> named) {
    Set<String> ids = new LinkedHashSet<>();
    referential.criteria().forEach(c -> ids.add(c.id()));
    named.forEach(ids::add);
    return List.copyOf(ids);
  }

  private static List<Requirement> requirements(Referential referential, Stream<String> ids) {
    Set<String> distinct = new LinkedHashSet<>();
    ids.forEach(distinct::add);
    List<Requirement> out = new ArrayList<>();
    distinct.forEach(id -> referential.requirement(id).ifPresent(out::add));
    return out;
  }

  private static void requirementMd(StringBuilder s, Requirement q, Texts t) {
    s.append("\n> **").append(Markdown.esc(q.id())).append("** — ").append(Markdown.esc(q.text())).append('\n');
    q.subItems().forEach(i -> s.append("> - ").append(Markdown.esc(i)).append('\n'));
    s.append(">\n> ").append(Markdown.esc(t.get("report.source", q.source().toString()))).append('\n');
  }

  static String person(Person p) {
    StringBuilder s = new StringBuilder();
    p.firstName().ifPresent(f -> s.append(f).append(' '));
    s.append(p.lastName());
    p.function().ifPresent(f -> s.append(" (").append(f).append(')'));
    return s.toString();
  }
}
