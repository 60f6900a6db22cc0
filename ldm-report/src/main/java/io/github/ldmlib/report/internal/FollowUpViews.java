package io.github.ldmlib.report.internal;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.Gap;
import io.github.ldmlib.model.audit.ImprovementAxis;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.audit.ScheduledAudit;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.AxisProgress;
import io.github.ldmlib.model.review.IndicatorHistory;
import io.github.ldmlib.model.review.IndicatorHistory.Series;
import io.github.ldmlib.model.review.IndicatorMeasure;
import io.github.ldmlib.model.review.IndicatorStatus;
import io.github.ldmlib.model.review.InitiativeProgress;
import io.github.ldmlib.model.review.ProgressStatus;
import io.github.ldmlib.model.review.ReviewSection;
import io.github.ldmlib.report.FollowUpInput;
import io.github.ldmlib.report.view.Fact;
import io.github.ldmlib.report.view.FollowUpCriterionView;
import io.github.ldmlib.report.view.FollowUpView;
import io.github.ldmlib.report.view.NextAuditView;
import io.github.ldmlib.report.view.ProgressView;
import io.github.ldmlib.report.view.SeriesView;
import io.github.ldmlib.report.view.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the view of a follow-up report: the one place that reads a dossier with its annual
 * reviews, the label's record and the last audit's summary for every format. The indicators' series
 * and statuses are {@link IndicatorHistory}'s; nothing here judges an indicator.
 *
 * <p>Bounds: a chart and its table show the latest {@value SeriesView#MAX_YEARS} school years of a
 * series and say how many earlier values they leave out; an action's timeline shows its latest
 * {@value SeriesView#MAX_YEARS} reviews; a text from the documents (a reason, what was done, a
 * self-evaluation, an axis, a gap) is cut after {@value #MAX_TEXT} characters and ends with « … ».
 */
public final class FollowUpViews {

  private FollowUpViews() {}

  /** The longest text from the documents that the report shows whole, in code points. */
  static final int MAX_TEXT = 1_000;

  /**
   * Builds the view of a follow-up report.
   *
   * @param input the dossier, its reviews, the label's record and the last audit's summary
   * @param referential the referential of the label, whose criteria give the headings and whose
   *     parameters give the follow-up schedule
   * @param asOf the date of the report: reviews of later school years are left out, and the
   *     statuses and the next audit are those of that date
   * @param t the texts of the report's language
   * @return the view
   * @throws IllegalArgumentException if the dossier, a review or the summary is about another referential
   * @throws IllegalStateException if the referential's parameters state a follow-up audit at other
   *     than 1 and 3 years ({@link LabelRecord#schedule(LocalDate, ProcessParameters)})
   */
  public static FollowUpView of(FollowUpInput input, Referential referential, LocalDate asOf, Texts t) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(referential, "referential");
    Objects.requireNonNull(asOf, "asOf");
    Dossier dossier = input.dossier();
    sameReferential(dossier.referentialId(), referential, "dossier");
    input.reviews().forEach(r -> sameReferential(r.referentialId(), referential, "annual review of " + r.schoolYear()));
    input.lastAudit().ifPresent(s -> sameReferential(s.referentialId(), referential, "audit summary"));

    SchoolYear current = SchoolYear.containing(asOf);
    List<AnnualReview> reviews = input.reviews().stream()
        .filter(r -> !r.schoolYear().isAfter(current))
        .sorted(Comparator.comparing(AnnualReview::schoolYear).reversed())   // the latest first
        .toList();
    IndicatorHistory history = IndicatorHistory.of(dossier, reviews);

    Map<String, String> indicatorCriteria = indicatorCriteria(dossier, reviews);
    List<FollowUpCriterionView> criteria = new ArrayList<>();
    for (String id : criteria(referential, dossier, reviews)) {
      String anchor = Views.anchor("criterion-", id);
      List<SeriesView> series = new ArrayList<>();
      for (String indicatorId : history.indicatorIds()) {
        if (id.equals(indicatorCriteria.get(indicatorId))) {
          series.add(series(history, indicatorId, current, asOf, t));
        }
      }
      criteria.add(new FollowUpCriterionView(id, anchor, Views.markdownAnchor(anchor), Views.heading(referential, id),
          progress(dossier, reviews, id, t), series, selfEvaluation(reviews, id, t)));
    }

    List<Fact> facts = new ArrayList<>();
    facts.add(Views.referential(referential, t));
    dossier.labelTitle().ifPresent(v -> facts.add(new Fact(t.get("report.labelTitle"), v)));
    facts.add(new Fact(t.get("followUp.reviews"), reviews.isEmpty() ? t.get("followUp.noReview")
        : String.join(", ", oldestFirst(reviews).stream().map(r -> r.schoolYear().toString()).toList())));
    facts.add(new Fact(t.get("followUp.asOf"), asOf.toString()));

    String name = dossier.establishment().name();
    String establishment = dossier.establishment().uai()
        .map(u -> t.get("report.establishmentWithUai", name, u.toString())).orElse(name);
    return new FollowUpView(Views.page(t, t.get("followUp.title") + " — " + name), labels(t), establishment, facts,
        criteria, nextAudit(input, referential, reviews, history, criteria, asOf, t));
  }

  private static void sameReferential(String id, Referential referential, String what) {
    if (!id.equals(referential.id())) {
      throw new IllegalArgumentException("The " + what + " is about referential " + id + ", not " + referential.id());
    }
  }

  private static FollowUpView.Labels labels(Texts t) {
    return new FollowUpView.Labels(t.get("followUp.title"), t.get("followUp.progress"),
        t.get("followUp.noProgress"), t.get("followUp.noIdNote"), t.get("followUp.col.initiative"), t.get("followUp.col.latest"),
        t.get("followUp.col.timeline"), t.get("report.indicators"), t.get("followUp.noIndicator"),
        t.get("report.schoolYear"), t.get("followUp.col.milestone"), t.get("followUp.col.measure"),
        t.get("followUp.col.trajectory"), t.get("followUp.col.status"), t.get("report.col.direction"),
        t.get("report.col.target"), t.get("followUp.selfEvaluation"), t.get("followUp.nextAudit"),
        t.get("followUp.watch"), t.get("followUp.nothingToWatch"), t.get("followUp.axes"), t.get("summary.col.axis"),
        t.get("report.col.criterion"), t.get("followUp.gaps"), t.get("summary.col.gap"), t.get("summary.col.gaps"),
        t.get("followUp.col.inReviews"), t.get("summary.col.lifted"), t.get("report.col.severity"),
        t.get("text.colon"));
  }

  /** The criteria the dossier or a review has a section for: the referential's order, then the others. */
  private static List<String> criteria(Referential referential, Dossier dossier, List<AnnualReview> reviews) {
    Set<String> named = new LinkedHashSet<>();
    dossier.sections().forEach(s -> named.add(s.criterionId()));
    oldestFirst(reviews).forEach(r -> r.sections().forEach(s -> named.add(s.criterionId())));
    Set<String> ids = new LinkedHashSet<>();
    referential.criteria().stream().map(Criterion::id).filter(named::contains).forEach(ids::add);
    ids.addAll(named);
    return List.copyOf(ids);
  }

  // ------------------------------------------------------------------ progress

  private static List<ProgressView> progress(Dossier dossier, List<AnnualReview> reviews, String criterionId,
      Texts t) {
    List<ProgressView> out = new ArrayList<>();
    Set<String> known = new LinkedHashSet<>();
    for (CriterionSection section : dossier.sections()) {
      if (section.criterionId().equals(criterionId)) {
        section.actions().forEach(a -> out.add(progress(a, "report.ofAction", reviews, t)));
        section.engagements().forEach(e -> out.add(progress(e, "report.ofEngagement", reviews, t)));
      }
    }
    allInitiatives(dossier).forEach(i -> i.id().ifPresent(known::add));
    // What a review follows up under this criterion that the dossier does not hold.
    Set<String> unknown = new LinkedHashSet<>();
    for (AnnualReview review : oldestFirst(reviews)) {
      review.section(criterionId).ifPresent(s -> s.progress().stream().map(InitiativeProgress::initiativeId)
          .filter(id -> !known.contains(id)).forEach(unknown::add));
    }
    for (String id : unknown) {
      List<ProgressView.Step> steps = steps(id, reviews, t);
      out.add(new ProgressView(Optional.of(id), t.get("followUp.notInDossier"), steps.get(0).status(), steps));
    }
    return out;
  }

  private static ProgressView progress(Initiative initiative, String kind, List<AnnualReview> reviews, Texts t) {
    String title = t.get(kind, initiative.title());
    if (initiative.id().isEmpty()) {
      return new ProgressView(Optional.empty(), title, new Status("v-none", t.get("followUp.noId")), List.of());
    }
    List<ProgressView.Step> steps = steps(initiative.id().get(), reviews, t);
    Status latest = steps.isEmpty() ? new Status("v-none", t.get("followUp.notFollowed")) : steps.get(0).status();
    return new ProgressView(initiative.id(), title, latest, steps);
  }

  /** Its status in each review that names it, the latest first, {@value SeriesView#MAX_YEARS} at most. */
  private static List<ProgressView.Step> steps(String initiativeId, List<AnnualReview> reviews, Texts t) {
    List<ProgressView.Step> steps = new ArrayList<>();
    for (AnnualReview review : reviews) {
      Optional<InitiativeProgress> p = review.sections().stream().flatMap(s -> s.progress().stream())
          .filter(x -> x.initiativeId().equals(initiativeId)).findFirst();
      if (p.isPresent() && steps.size() < SeriesView.MAX_YEARS) {
        steps.add(new ProgressView.Step(review.schoolYear().toString(), status(p.get().status(), t),
            p.get().reason().map(FollowUpViews::cut)));
      }
    }
    return steps;
  }

  /** Done: green; stopped: amber, a point to look at; planned and under way: grey. */
  static Status status(ProgressStatus status, Texts t) {
    String css = switch (status) {
      case DONE -> "v-ok";
      case STOPPED -> "v-obs";
      case PLANNED, UNDER_WAY -> "v-none";
    };
    return new Status(css, t.word(status));
  }

  private static Optional<Fact> selfEvaluation(List<AnnualReview> reviews, String criterionId, Texts t) {
    for (AnnualReview review : reviews) {
      Optional<String> text = review.section(criterionId).flatMap(ReviewSection::selfEvaluation);
      if (text.isPresent()) {
        return Optional.of(new Fact(t.get("followUp.selfEvaluationOf", review.schoolYear().toString()),
            cut(text.get())));
      }
    }
    return Optional.empty();
  }

  private static List<Initiative> allInitiatives(Dossier dossier) {
    List<Initiative> all = new ArrayList<>();
    for (CriterionSection section : dossier.sections()) {
      all.addAll(section.actions());
      all.addAll(section.engagements());
    }
    return all;
  }

  // ------------------------------------------------------------------ indicators

  /** The criterion of each indicator id: the dossier's section that holds it, else the first review's that measures it. */
  private static Map<String, String> indicatorCriteria(Dossier dossier, List<AnnualReview> reviews) {
    Map<String, String> out = new LinkedHashMap<>();
    for (CriterionSection section : dossier.sections()) {
      List<Initiative> work = new ArrayList<>(section.actions());
      work.addAll(section.engagements());
      for (Initiative initiative : work) {
        for (Objective objective : initiative.objectives()) {
          for (Indicator indicator : objective.indicators()) {
            indicator.id().ifPresent(id -> out.putIfAbsent(id, section.criterionId()));
          }
        }
      }
    }
    for (AnnualReview review : oldestFirst(reviews)) {
      for (ReviewSection section : review.sections()) {
        for (IndicatorMeasure m : section.measures()) {
          out.putIfAbsent(m.indicatorId(), section.criterionId());
        }
      }
    }
    return out;
  }

  private static SeriesView series(IndicatorHistory history, String id, SchoolYear current, LocalDate asOf,
      Texts t) {
    Series s = history.series(id).orElseThrow();
    NavigableMap<SchoolYear, BigDecimal> known = new TreeMap<>(s.values().headMap(current, true));
    Optional<SchoolYear> n = s.values().isEmpty() ? Optional.empty() : Optional.of(s.values().firstKey());
    Optional<IndicatorStatus> status = history.status(id, asOf);
    Status word = status(status, t);
    String label = s.label().orElse(id);

    SchoolYear latest = known.isEmpty() ? n.orElse(current) : known.lastKey();
    Optional<SchoolYear> end = n.filter(y -> s.target().isPresent()).map(y -> y.plusYears(Milestone.END.yearsAfterStart()));
    SchoolYear last = end.filter(y -> y.isAfter(latest)).orElse(latest);
    SchoolYear first = n.filter(y -> !y.isAfter(last)).filter(y -> last.startYear() - y.startYear() < SeriesView.MAX_YEARS)
        .orElse(last.plusYears(1 - SeriesView.MAX_YEARS));
    NavigableMap<SchoolYear, BigDecimal> shown = known.subMap(first, true, last, true);
    int omitted = known.headMap(first, false).size();

    Set<SchoolYear> years = new TreeSet<>(shown.keySet());
    if (n.isPresent() && s.target().isPresent()) {
      for (Milestone m : Milestone.values()) {
        SchoolYear y = n.get().plusYears(m.yearsAfterStart());
        if (!y.isBefore(first) && !y.isAfter(last)) {
          years.add(y);
        }
      }
    }
    List<SeriesView.Row> rows = new ArrayList<>();
    for (SchoolYear y : years) {
      rows.add(new SeriesView.Row(y.toString(), Charts.offset(y.startYear() - n.orElse(y).startYear(), t),
          Optional.ofNullable(shown.get(y)).map(Charts::number).orElse("—"),
          s.trajectory(y).map(Charts::number).orElse("—")));
    }
    String target = s.target().map(v -> t.get("followUp.target", Charts.number(v),
        end.map(SchoolYear::toString).orElse("—"))).orElse("—");
    String direction = s.direction().map(t::word).orElse("—");

    StringBuilder description = new StringBuilder(label).append(" — ");
    List<String> values = new ArrayList<>();
    shown.forEach((y, v) -> values.add(y + " " + Charts.number(v)));
    description.append(values.isEmpty() ? t.get("indicator.noMeasure") : String.join(", ", values));
    if (s.target().isPresent()) {
      description.append(" ; ").append(t.get("indicator.target", target));
    }
    description.append(" ; ").append(direction).append(" ; ").append(word.word());

    String colour = switch (word.css()) {
      case "v-ok" -> "#1a7f37";
      case "v-gap" -> "#b42318";
      default -> "#57606a";
    };
    return new SeriesView(id, label, direction, target, n.map(SchoolYear::toString).orElse("—"), word,
        status.map(x -> x.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse("unknown"), rows,
        omitted == 0 ? Optional.empty() : Optional.of(t.count(omitted, "followUp.omitted")),
        Charts.history(s, first, last, shown, colour, description.toString(), t));
  }

  /** Reached and on track: green; behind: red; no recent measure: amber; no direction: grey. */
  static Status status(Optional<IndicatorStatus> status, Texts t) {
    if (status.isEmpty()) {
      return new Status("v-none", t.get("followUp.noStatus"));
    }
    String css = switch (status.get()) {
      case REACHED, ON_TRACK -> "v-ok";
      case BEHIND -> "v-gap";
      case NO_RECENT_MEASURE -> "v-obs";
    };
    return new Status(css, t.word(status.get()));
  }

  // ------------------------------------------------------------------ next audit

  private static NextAuditView nextAudit(FollowUpInput input, Referential referential, List<AnnualReview> reviews,
      IndicatorHistory history, List<FollowUpCriterionView> criteria, LocalDate asOf, Texts t) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(t.get("followUp.next"), next(input.labelRecord(), referential.parameters(), asOf, t)));
    List<String> watch = new ArrayList<>();
    List<NextAuditView.Axis> axes = new ArrayList<>();
    List<NextAuditView.Gap> gaps = new ArrayList<>();
    if (input.lastAudit().isEmpty()) {
      facts.add(new Fact(t.get("followUp.lastAudit"), t.get("followUp.lastAudit.unknown")));
    }
    input.lastAudit().ifPresent(summary -> {
      facts.add(new Fact(t.get("followUp.lastAudit"),
          t.get("followUp.lastAudit.value", t.word(summary.stage()), summary.auditDate().toString())));
      SchoolYear auditYear = SchoolYear.containing(summary.auditDate());
      List<AnnualReview> since = reviews.stream().filter(r -> !r.schoolYear().isBefore(auditYear)).toList();
      Map<String, AnnualReview> reporting = new LinkedHashMap<>();
      Map<String, AxisProgress> done = new LinkedHashMap<>();
      for (ImprovementAxis axis : summary.improvementAxes()) {
        for (AnnualReview review : since) {      // the latest first
          Optional<AxisProgress> p = review.axes().stream().filter(a -> a.axisId().equals(axis.id())).findFirst();
          if (p.isPresent()) {
            reporting.put(axis.id(), review);
            done.put(axis.id(), p.get());
            break;
          }
        }
      }
      for (ImprovementAxis axis : summary.improvementAxes()) {
        boolean addressed = reporting.containsKey(axis.id());
        Status status = addressed
            ? new Status("v-ok", t.get("followUp.axis.addressed", reporting.get(axis.id()).schoolYear().toString()))
            : new Status("v-gap", t.get("followUp.axis.notAddressed"));
        axes.add(new NextAuditView.Axis(axis.id(), axis.criterionId(), cut(axis.text()),
            axis.gapIds().isEmpty() ? "—" : String.join(", ", axis.gapIds()), addressed, status,
            addressed ? cut(done.get(axis.id()).done()) : "—"));
        if (!addressed) {
          watch.add(t.get("followUp.watch.axis", axis.id(), axis.criterionId(), cut(axis.text())));
        }
      }
      for (Gap gap : summary.gaps()) {
        boolean lifted = gap.isLiftedBy(asOf);
        List<String> treated = summary.axesAddressing(gap.id()).stream().map(ImprovementAxis::id)
            .filter(reporting::containsKey).toList();
        Status status;
        if (lifted) {
          status = new Status("v-ok", t.get("followUp.gap.lifted"));
        } else if (!treated.isEmpty()) {
          status = new Status("v-obs", t.get("followUp.gap.axisAddressed", String.join(", ", treated)));
        } else {
          status = new Status("v-gap", t.get("followUp.gap.notAddressed"));
          watch.add(t.get("followUp.watch.gap", gap.id(), gap.criterionId(), t.word(gap.severity())
              .toLowerCase(t.locale()), cut(gap.text())));
        }
        gaps.add(new NextAuditView.Gap(gap.id(), gap.criterionId(), gap.severity().name(), t.word(gap.severity()),
            cut(gap.text()), gap.liftedOn().filter(d -> !d.isAfter(asOf)).map(Object::toString)
                .orElse(t.get("summary.notLifted")), status));
      }
    });
    SchoolYear current = SchoolYear.containing(asOf);
    for (FollowUpCriterionView c : criteria) {
      for (SeriesView s : c.indicators()) {
        Optional<IndicatorStatus> status = history.status(s.id(), asOf);
        if (status.filter(x -> x == IndicatorStatus.BEHIND).isPresent()) {
          watch.add(t.get("followUp.watch.behind", s.id(), s.label(), c.criterionId()));
        } else if (status.filter(x -> x == IndicatorStatus.NO_RECENT_MEASURE).isPresent()) {
          watch.add(t.get("followUp.watch.noRecent", s.id(), s.label(), c.criterionId(), current.toString(),
              current.plusYears(-1).toString()));
        }
      }
    }
    return new NextAuditView(facts, watch, axes, gaps);
  }

  /** « Audit de suivi à trois ans, dû le 2029-07-02 (année scolaire 2028-2029) », or why it is not known. */
  private static String next(Optional<LabelRecord> record, ProcessParameters parameters, LocalDate asOf, Texts t) {
    if (record.isEmpty()) {
      return t.get("followUp.next.noRecord");
    }
    if (parameters.followUpAuditYears().isEmpty() && parameters.renewalAuditYears().isEmpty()) {
      return t.get("followUp.next.noSchedule");
    }
    List<ScheduledAudit> schedule = record.get().schedule(asOf, parameters);
    if (schedule.isEmpty()) {
      return t.get("followUp.next.noLabel", asOf.toString());
    }
    Optional<ScheduledAudit> next = schedule.stream().filter(s -> !s.isHeldBy(asOf)).findFirst();
    if (next.isEmpty()) {
      return t.get("followUp.next.allHeld");
    }
    ScheduledAudit s = next.get();
    String line = t.get("followUp.next.value", t.word(s.stage()), s.dueDate().toString(), s.schoolYear().toString());
    return s.isOverdue(asOf) ? line + t.get("followUp.next.overdue") : line;
  }

  private static List<AnnualReview> oldestFirst(List<AnnualReview> latestFirst) {
    List<AnnualReview> out = new ArrayList<>(latestFirst);
    java.util.Collections.reverse(out);
    return out;
  }

  /** A text cut after {@value #MAX_TEXT} code points, ending with « … ». */
  static String cut(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_TEXT) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
  }
}
