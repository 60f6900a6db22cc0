package io.github.ldmlib.report.internal;

import io.github.ldmlib.model.audit.Assessment;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditDocument;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.DashboardEntry;
import io.github.ldmlib.model.audit.Gap;
import io.github.ldmlib.model.audit.ImprovementAxis;
import io.github.ldmlib.model.audit.Remark;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.report.view.AuditDashboardView;
import io.github.ldmlib.report.view.AuditSummaryView;
import io.github.ldmlib.report.view.AxisView;
import io.github.ldmlib.report.view.DashboardCriterionView;
import io.github.ldmlib.report.view.EntryView;
import io.github.ldmlib.report.view.Fact;
import io.github.ldmlib.report.view.GapView;
import io.github.ldmlib.report.view.Status;
import io.github.ldmlib.report.view.SummaryCriterionView;
import io.github.ldmlib.report.view.TileView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Builds the views of the audit documents: the audit summary report (<i>rapport de synthèse</i>,
 * LDM 05) and the audit dashboard (<i>tableau de bord</i>, LDM 04). The one place that reads them
 * for every format.
 */
public final class AuditViews {

  private AuditViews() {}

  // ------------------------------------------------------------------ summary

  /**
   * Builds the view of a summary report.
   *
   * @param a the summary
   * @param referential the referential of the audit
   * @param t the texts of the report's language
   * @return the view
   * @throws IllegalArgumentException if the referential is not the one the summary names
   */
  public static AuditSummaryView summary(AuditSummary a, Referential referential, Texts t) {
    check(a, referential);
    List<Fact> opinionFacts = new ArrayList<>();
    opinionFacts.add(new Fact(t.get("summary.teamOpinion"),
        a.teamOpinion().map(t::word).orElse(t.get("summary.noOpinion"))));
    a.proposedLabelTitle().ifPresent(v -> opinionFacts.add(new Fact(t.get("summary.proposedLabelTitle"), v)));
    a.submissionDate().ifPresent(v -> opinionFacts.add(new Fact(t.get("summary.submissionDate"), v.toString())));
    Optional<Status> opinion = a.teamOpinion().map(o -> new Status(switch (o) {
      case FAVOURABLE -> "v-ok";
      case FAVOURABLE_WITH_RESERVATIONS -> "v-obs";
      case UNFAVOURABLE -> "v-gap";
    }, t.word(o)));

    List<String> ids = Views.criteria(referential, Stream.of(
        a.strengths().stream().map(Remark::criterionId).flatMap(Optional::stream),
        a.weaknesses().stream().map(Remark::criterionId).flatMap(Optional::stream),
        a.gaps().stream().map(Gap::criterionId),
        a.improvementAxes().stream().map(ImprovementAxis::criterionId)).flatMap(Function.identity()));
    List<TileView> tiles = new ArrayList<>();
    List<SummaryCriterionView> criteria = new ArrayList<>();
    for (String id : ids) {
      String anchor = Views.anchor("criterion-", id);
      Status status = summaryStatus(a, id, t);
      tiles.add(new TileView(id, anchor, Views.markdownAnchor(anchor), Views.title(referential, id), status,
          Optional.empty(), summaryCounts(a, id, t)));
      List<Gap> gaps = gapsOf(a, id);
      criteria.add(new SummaryCriterionView(id, anchor, Views.heading(referential, id), status,
          texts(of(a.strengths(), id)), texts(of(a.weaknesses(), id)),
          gaps.stream().map(g -> new GapView(g.id(), g.severity().name(), t.word(g.severity()), g.text(),
              t.get("summary.requirement", g.requirementId()),
              g.liftedOn().map(Object::toString).orElse(t.get("summary.notLifted")))).toList(),
          Views.requirements(referential, gaps.stream().map(Gap::requirementId), t),
          a.improvementAxes().stream().filter(x -> x.criterionId().equals(id))
              .map(x -> new AxisView(x.id(), x.text(), x.owner().map(AuditViews::person).orElse("—"),
                  x.deadline().map(Object::toString).orElse("—"), x.gapIds(),
                  x.gapIds().isEmpty() ? "—" : String.join(", ", x.gapIds())))
              .toList()));
    }
    AuditSummaryView.Labels labels = new AuditSummaryView.Labels(t.get("summary.title"), t.get("report.criteria"),
        t.get("report.col.criterion"), t.get("report.col.title"), t.get("report.col.verdict"),
        t.get("report.col.findings"), t.get("summary.whole"), t.get("summary.strengths"), t.get("summary.weaknesses"),
        t.get("summary.gaps"), t.get("summary.col.gap"), t.get("report.col.severity"), t.get("summary.col.finding"),
        t.get("summary.col.lifted"), t.get("summary.requirementsConcerned"), t.get("summary.axes"),
        t.get("summary.col.axis"), t.get("summary.col.owner"), t.get("summary.col.deadline"),
        t.get("summary.col.gaps"), t.get("text.colon"));
    return new AuditSummaryView(Views.page(t, t.get("summary.title") + " — " + name(a)), labels, establishment(a, t),
        facts(a, referential, t), opinionFacts, opinion, a.teamOpinionText(), tiles,
        texts(a.strengths().stream().filter(r -> r.criterionId().isEmpty()).toList()),
        texts(a.weaknesses().stream().filter(r -> r.criterionId().isEmpty()).toList()), criteria);
  }

  /** Red when a gap is not lifted, amber for weaknesses or lifted gaps, green otherwise. */
  private static Status summaryStatus(AuditSummary a, String id, Texts t) {
    List<Gap> gaps = gapsOf(a, id);
    String css;
    if (gaps.stream().anyMatch(g -> g.liftedOn().isEmpty())) {
      css = "v-gap";
    } else {
      css = !gaps.isEmpty() || !of(a.weaknesses(), id).isEmpty() ? "v-obs" : "v-ok";
    }
    return new Status(css, t.get("summary.tile." + css));
  }

  private static String summaryCounts(AuditSummary a, String id, Texts t) {
    return String.join(", ",
        t.count(of(a.strengths(), id).size(), "count.strength"),
        t.count(of(a.weaknesses(), id).size(), "count.weakness"),
        t.count(gapsOf(a, id).size(), "count.gap"),
        t.count((int) a.improvementAxes().stream().filter(x -> x.criterionId().equals(id)).count(), "count.axis"));
  }

  private static List<Gap> gapsOf(AuditSummary a, String criterionId) {
    return a.gaps().stream().filter(g -> g.criterionId().equals(criterionId)).toList();
  }

  private static List<Remark> of(List<Remark> remarks, String criterionId) {
    return remarks.stream().filter(r -> r.criterionId().filter(criterionId::equals).isPresent()).toList();
  }

  private static List<String> texts(List<Remark> remarks) {
    return remarks.stream().map(Remark::text).toList();
  }

  /** « Julien Hamon (Proviseur adjoint) ». */
  static String person(Person p) {
    StringBuilder s = new StringBuilder();
    p.firstName().ifPresent(f -> s.append(f).append(' '));
    s.append(p.lastName());
    p.function().ifPresent(f -> s.append(" (").append(f).append(')'));
    return s.toString();
  }

  // ------------------------------------------------------------------ dashboard

  /**
   * Builds the view of a dashboard.
   *
   * @param a the dashboard
   * @param referential the referential of the audit
   * @param t the texts of the report's language
   * @return the view
   * @throws IllegalArgumentException if the referential is not the one the dashboard names
   */
  public static AuditDashboardView dashboard(AuditDashboard a, Referential referential, Texts t) {
    check(a, referential);
    List<TileView> tiles = new ArrayList<>();
    List<DashboardCriterionView> criteria = new ArrayList<>();
    for (String id : Views.criteria(referential, a.entries().stream().map(DashboardEntry::criterionId))) {
      List<DashboardEntry> entries = a.entriesFor(id);
      Status status = status(worst(entries), t);
      String anchor = Views.anchor("criterion-", id);
      tiles.add(new TileView(id, anchor, Views.markdownAnchor(anchor), Views.title(referential, id), status,
          Optional.empty(), dashboardCounts(entries, t)));
      criteria.add(new DashboardCriterionView(id, anchor, Views.heading(referential, id), status,
          entries.stream().map(e -> entry(e, referential, t)).toList()));
    }
    AuditDashboardView.Labels labels = new AuditDashboardView.Labels(t.get("dashboard.title"),
        t.get("report.criteria"), t.get("report.col.criterion"), t.get("report.col.title"),
        t.get("dashboard.col.assessment"), t.get("report.col.findings"), t.get("dashboard.noEntry"),
        t.get("dashboard.col.item"), t.get("dashboard.col.evidence"), t.get("dashboard.col.comment"),
        t.get("dashboard.wholeCriterion"), t.get("dashboard.prefilled"), t.get("text.colon"));
    return new AuditDashboardView(Views.page(t, t.get("dashboard.title") + " — " + name(a)), labels,
        establishment(a, t), facts(a, referential, t), tiles, criteria);
  }

  private static EntryView entry(DashboardEntry e, Referential referential, Texts t) {
    Optional<Requirement> requirement = e.requirementId().flatMap(referential::requirement);
    List<String> reassessed = new ArrayList<>();
    if (!e.reassessedGapIds().isEmpty()) {
      reassessed.add(t.get("dashboard.reassessedGaps", String.join(", ", e.reassessedGapIds())));
    }
    if (!e.reassessedAxisIds().isEmpty()) {
      reassessed.add(t.get("dashboard.reassessedAxes", String.join(", ", e.reassessedAxisIds())));
    }
    return new EntryView(e.requirementId(), requirement.map(q -> Views.requirement(q, t)), e.assessment().name(),
        status(e.assessment(), t), e.prefilled(), e.evidenceSeen(),
        e.evidenceSeen().isEmpty() ? "—" : String.join(", ", e.evidenceSeen()), e.comment(),
        reassessed.isEmpty() ? Optional.empty() : Optional.of(String.join(" ; ", reassessed)));
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

  private static Status status(Assessment a, Texts t) {
    String css = switch (a) {
      case CONFORMING -> "v-ok";
      case PARTLY_CONFORMING -> "v-obs";
      case NON_CONFORMING -> "v-gap";
      case NOT_ASSESSED -> "v-none";
    };
    return new Status(css, t.word(a));
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

  private static String establishment(AuditDocument a, Texts t) {
    return a.establishmentName().map(n -> t.get("report.establishmentWithUai", n, a.uai().toString()))
        .orElse(t.get("report.uai", a.uai().toString()));
  }

  private static List<Fact> facts(AuditDocument a, Referential referential, Texts t) {
    return List.of(Views.referential(referential, t), new Fact(t.get("report.stage"), t.word(a.stage())),
        new Fact(t.get("audit.date"), a.auditDate().toString()));
  }
}
