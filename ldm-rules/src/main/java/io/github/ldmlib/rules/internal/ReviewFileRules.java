package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.ADVICE;
import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.ImprovementAxis;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.AxisProgress;
import io.github.ldmlib.model.review.IndicatorHistory;
import io.github.ldmlib.model.review.IndicatorMeasure;
import io.github.ldmlib.model.review.InitiativeProgress;
import io.github.ldmlib.model.review.ProgressStatus;
import io.github.ldmlib.model.review.ReviewFile;
import io.github.ldmlib.model.review.ReviewSection;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Place;
import io.github.ldmlib.rules.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Rules on a review file (dossier de suivi): the follow-up of a label between audits, judged on the
 * dossier, the label record, the annual reviews and the last audit's summary together.
 */
final class ReviewFileRules {

  private ReviewFileRules() {}

  static final Rule<ReviewFile> WELL_FORMED = Catalogue.reviewFile("LDM-R-101", TO_COMPLETE)
      .citing("the model's constraints")
      .checks("Every part of the review file is well-formed: every Bean Validation constraint of the model holds "
          + "(texts, identifiers, UAI codes, measures fitting their unit). One finding per violation, at its pointer "
          + "in the file; the message is the constraint's, in the report's language.")
      .grade("The source is silent: these are the model's own constraints. TO_COMPLETE, as for a dossier: a "
          + "malformed value is corrected in place.")
      .check(ReviewFileRules::wellFormed);

  static final Rule<ReviewFile> SAME_REFERENTIAL = Catalogue.reviewFile("LDM-R-102", TO_COMPLETE)
      .citing("the library itself")
      .checks("Each part that names a referential (the dossier, each review, the audit summary) names the "
          + "referential the file is checked against.")
      .reads("referential id")
      .grade("The source is silent: which referential a part follows is the library's bookkeeping. TO_COMPLETE, "
          + "as for an annual review: nothing blocks, the id is to be corrected.")
      .check(ReviewFileRules::sameReferential);

  static final Rule<ReviewFile> REVIEW_EVERY_YEAR = Catalogue.reviewFile("LDM-R-110", TO_COMPLETE)
      .source(Sources.FOLLOW_UP)
      .checks("A review is written for every school year of the label that is over on the date of the check. "
          + "The label's period is read in the label record: it starts with the last grant dated on or before "
          + "the date of the check (first labelling or renewal), and its first school year is the first that "
          + "begins on or after the grant, so a label granted during a school year asks nothing of that year. "
          + "It ends at the label's expiry when the referential states `labelValidityYears`; when it does not, "
          + "the label is taken as running up to the date of the check, since nothing in the record ends it. A "
          + "school year not over on that date (the current one) is not due. Without a label record or a "
          + "grant, the rule does not apply.")
      .reads("`labelValidityYears` (optional)")
      .clause(ReviewRules.PRESENTED)
      .grade("Fiche 2 makes « la rédaction d'un bilan annuel a minima » a necessity (« nécessitent ») of the "
          + "approach: a school year of the label without its review is to complete. Not NOT_SUBMITTABLE, as "
          + "no text makes the review a condition of the label.")
      .check(ReviewFileRules::reviewEveryYear);

  static final Rule<ReviewFile> INDICATORS_MEASURED = Catalogue.reviewFile("LDM-R-111", ADVICE)
      .source(Sources.FOLLOW_UP)
      .checks("Each review gives a value to every indicator of the dossier (with an `id`, by which a review "
          + "names it) whose action or engagement runs in the review's school year: from its N (start year or "
          + "reference year) to its end (N plus its duration), or without end for a perennial action or one "
          + "whose duration is not stated. A value the dossier already holds for that year counts. An action "
          + "or engagement a review of that year or an earlier one reports as `STOPPED`, or an earlier one "
          + "reports as `DONE`, is no longer followed. The values are read from the indicator history (`IndicatorHistory`).")
      .clause(Sources.FOLLOW_UP, "Le suivi régulier des indicateurs définis.")
      .grade("Fiche 2 makes the regular follow-up of the indicators defined a necessity, but is silent on its "
          + "frequency: « régulier » does not say every year. The milder ADVICE was chosen for that reason.")
      .check(ReviewFileRules::indicatorsMeasured);

  static final Rule<ReviewFile> END_MEASURE = Catalogue.reviewFile("LDM-R-112", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("An action of the dossier that is over on the date of the check has its end measure for each "
          + "indicator: in the dossier (milestone `END`), or, for an indicator with an `id`, as the value of "
          + "its end school year in the review of that year. An action ends at N plus its duration; only "
          + "actions that state they are not perennial and their duration are judged (as LDM-D-055 does), and "
          + "the end is over once that school year is over. An action a review reports as `STOPPED` is not "
          + "judged: it did not reach its end.")
      .clause("Mesure fin (N+5) / Mesure en fin d'action")
      .grade("The end measure is a column of the action table, among the « éléments attendus pour chaque "
          + "tableau »: once the action is over it can be given, and a missing one is to be completed.")
      .check(ReviewFileRules::endMeasure);

  static final Rule<ReviewFile> AXES_ADDRESSED = Catalogue.reviewFile("LDM-R-113", ADVICE)
      .source(Sources.AIX_FOLLOW_UP)
      .referentialSources(Sources.AIX_2012)
      .checks("The review of the school year after the last audit (`lastAuditSummary`, the school year after the "
          + "one that contains the audit day) says what was done about each improvement axis of that audit "
          + "(`axes`, by the axis id). Without that review in the file, the rule does not apply (LDM-R-110 "
          + "asks for it); an audit without improvement axes asks nothing.")
      .clause("1er audit de suivi à un an sur le terrain pour vérifier que les axes de progrès sont bien pris en "
          + "compte et que l'établissement est bien entré dans une dynamique d'amélioration continue.")
      .grade("The 2012 note has the follow-up audit verify that the improvement axes are taken into account, "
          + "but is silent on what the school's own review must say of them. The milder ADVICE was chosen for "
          + "that reason: an axis the review does not mention is what the next follow-up audit will look at.")
      .check(ReviewFileRules::axesAddressed);

  static final Rule<ReviewFile> MOVING_AWAY = Catalogue.reviewFile("LDM-R-114", ADVICE)
      .source(Sources.FOLLOW_UP)
      .checks("An indicator whose value gets worse at each of the two latest reviews (given its direction), and "
          + "that does not meet its target after either move, moves away from its target: the value of the "
          + "earlier of the two reviews is worse than the value before it in the indicator history, and the "
          + "value of the later review worse still. Only the reviews of school years begun on the date of the "
          + "check count; an indicator without a direction is not judged.")
      .clause(Sources.FOLLOW_UP, "Le suivi régulier des indicateurs définis.")
      .grade("Fiche 2 asks that the indicators be followed, not that they improve: an indicator moving away from "
          + "its target is for the working group to look at, so ADVICE, not something to complete.")
      .check(ReviewFileRules::movingAway);

  private static void wellFormed(CheckContext<ReviewFile> context, FindingSink findings) {
    for (Violation v : LdmValidation.validate(context.document(), context.language())) {
      findings.report(v.pointer(), "violation", v.message(), v.constraint());
    }
  }

  private static void sameReferential(CheckContext<ReviewFile> context, FindingSink findings) {
    ReviewFile file = context.document();
    String used = context.referential().id();
    file.dossier().filter(d -> !d.referentialId().equals(used)).ifPresent(d ->
        findings.report(JsonPointer.of("dossier", "referentialId"), "otherReferential", d.referentialId(), used));
    for (int k = 0; k < file.reviews().size(); k++) {
      String named = file.reviews().get(k).referentialId();
      if (!named.equals(used)) {
        findings.report(Pointers.of("reviews", k, "referentialId"), "otherReferential", named, used);
      }
    }
    file.lastAuditSummary().filter(s -> !s.referentialId().equals(used)).ifPresent(s ->
        findings.report(JsonPointer.of("lastAuditSummary", "referentialId"), "otherReferential", s.referentialId(),
            used));
  }

  private static void reviewEveryYear(CheckContext<ReviewFile> context, FindingSink findings) {
    ReviewFile file = context.document();
    Optional<LabelDecision> grant = file.labelRecord().flatMap(r -> r.lastGrant(context.asOf()));
    if (grant.isEmpty()) {
      return;
    }
    LocalDate granted = grant.get().date();
    SchoolYear first = SchoolYear.containing(granted);
    if (first.firstDay().isBefore(granted)) {
      if (first.startYear() == SchoolYear.MAX_YEAR) {
        return;
      }
      first = first.plusYears(1);
    }
    // The last school year over on the date of the check, and, when the label's validity is known, the
    // last one that begins before the label expires.
    int last = SchoolYear.containing(context.asOf()).startYear() - 1;
    OptionalInt validity = context.parameters().labelValidityYears();
    if (validity.isPresent()) {
      LocalDate expiry = grant.get().expiryDate(context.parameters()).orElseThrow();
      last = Math.min(last, SchoolYear.containing(expiry.minusDays(1)).startYear());
    }
    Set<SchoolYear> reviewed = new HashSet<>();
    file.reviews().forEach(r -> reviewed.add(r.schoolYear()));
    for (int year = first.startYear(); year <= last; year++) {
      SchoolYear due = SchoolYear.of(year);
      if (!reviewed.contains(due)) {
        findings.report(JsonPointer.of("reviews"), "missing", due, granted, context.asOf());
      }
    }
  }

  private static void indicatorsMeasured(CheckContext<ReviewFile> context, FindingSink findings) {
    ReviewFile file = context.document();
    Optional<IndicatorHistory> history = file.indicatorHistory();
    if (history.isEmpty() || file.reviews().isEmpty()) {
      return;
    }
    List<AnnualReview> reviews = file.reviews();
    for (Place<Initiative> w : context.each(Initiative.class)) {
      Optional<SchoolYear> n = MeasureRules.yearN(w.value());
      if (n.isEmpty()) {
        continue;
      }
      OptionalInt duration = MeasureFacts.endingDuration(w.value());
      for (Place<Indicator> i : context.each(Indicator.class, w)) {
        Optional<String> id = i.value().id();
        if (id.isEmpty()) {
          continue;
        }
        NavigableMap<SchoolYear, BigDecimal> values = history.get().series(id.get()).orElseThrow().values();
        for (int k = 0; k < reviews.size(); k++) {
          SchoolYear year = reviews.get(k).schoolYear();
          boolean runs = !year.isBefore(n.get())
              && (duration.isEmpty() || year.startYear() <= n.get().startYear() + duration.getAsInt());
          if (runs && !values.containsKey(year) && !stopped(reviews, w.value(), year)
              && !doneBefore(reviews, w.value(), year)) {
            String criterion = i.criterionId().orElse(null);
            FindingSink.Draft draft = findings.at(sectionPointer(reviews.get(k), k, criterion, "measures"));
            if (criterion != null) {
              draft.criterion(criterion);
            }
            draft.report("notMeasured", year, i.value().label(), id.get());
          }
        }
      }
    }
  }

  private static void endMeasure(CheckContext<ReviewFile> context, FindingSink findings) {
    ReviewFile file = context.document();
    Optional<IndicatorHistory> history = file.indicatorHistory();
    for (Place<Action> a : context.each(Action.class)) {
      Action action = a.value();
      if (action.startYear().isEmpty() || !action.perennial().equals(Optional.of(false))
          || action.durationYears().isEmpty()) {
        continue;
      }
      OptionalInt duration = MeasureFacts.endingDuration(action);
      Optional<SchoolYear> end = MeasureFacts.yearOf(action.startYear().get(), Milestone.END, duration);
      if (end.isEmpty() || !context.schoolYear().isAfter(end.get())
          || stopped(file.reviews(), action, SchoolYear.of(SchoolYear.MAX_YEAR))) {
        continue;
      }
      for (Place<Indicator> i : context.each(Indicator.class, a)) {
        if (MeasureFacts.of(i, findings).has(Milestone.END)) {
          continue;
        }
        boolean inReview = i.value().id().flatMap(id -> history.flatMap(h -> h.series(id)))
            .map(s -> s.values().containsKey(end.get())).orElse(false);
        if (!inReview) {
          findings.report(i.pointer().append("measures"), "missing", i.value().label(),
              MeasureFacts.label(Milestone.END, duration), end.get(), action.title());
        }
      }
    }
  }

  private static void axesAddressed(CheckContext<ReviewFile> context, FindingSink findings) {
    ReviewFile file = context.document();
    if (file.lastAuditSummary().isEmpty()) {
      return;
    }
    AuditSummary summary = file.lastAuditSummary().get();
    SchoolYear ofAudit = SchoolYear.containing(summary.auditDate());
    if (ofAudit.startYear() == SchoolYear.MAX_YEAR) {
      return;
    }
    SchoolYear following = ofAudit.plusYears(1);
    List<AnnualReview> reviews = file.reviews();
    for (int k = 0; k < reviews.size(); k++) {
      AnnualReview review = reviews.get(k);
      if (!review.schoolYear().equals(following)) {
        continue;
      }
      Set<String> addressed = new HashSet<>();
      review.axes().stream().map(AxisProgress::axisId).forEach(addressed::add);
      for (ImprovementAxis axis : summary.improvementAxes()) {
        if (!addressed.contains(axis.id())) {
          findings.at(Pointers.of("reviews", k, "axes")).criterion(axis.criterionId())
              .report("notAddressed", following, axis.id(), axis.text(), summary.auditDate());
        }
      }
      return;
    }
  }

  private static void movingAway(CheckContext<ReviewFile> context, FindingSink findings) {
    ReviewFile file = context.document();
    Optional<IndicatorHistory> history = file.indicatorHistory();
    if (history.isEmpty()) {
      return;
    }
    List<Integer> begun = new ArrayList<>();
    for (int k = 0; k < file.reviews().size(); k++) {
      if (!file.reviews().get(k).schoolYear().isAfter(context.schoolYear())) {
        begun.add(k);
      }
    }
    begun.sort(Comparator.comparing(k -> file.reviews().get(k).schoolYear()));
    if (begun.size() < 2) {
      return;
    }
    int laterIndex = begun.get(begun.size() - 1);
    AnnualReview earlier = file.reviews().get(begun.get(begun.size() - 2));
    AnnualReview later = file.reviews().get(laterIndex);
    if (earlier.schoolYear().equals(later.schoolYear())) {
      return;
    }
    for (String id : history.get().indicatorIds()) {
      IndicatorHistory.Series s = history.get().series(id).orElseThrow();
      if (s.direction().isEmpty()) {
        continue;
      }
      BigDecimal v1 = s.values().get(earlier.schoolYear());
      BigDecimal v2 = s.values().get(later.schoolYear());
      Map.Entry<SchoolYear, BigDecimal> before = s.values().lowerEntry(earlier.schoolYear());
      if (v1 == null || v2 == null || before == null) {
        continue;
      }
      Direction direction = s.direction().get();
      if (movesAway(before.getValue(), v1, s.target(), direction) && movesAway(v1, v2, s.target(), direction)) {
        findings.report(measurePointer(later, laterIndex, id), "awayTwice", s.label().orElse(id), before.getValue(),
            v1, earlier.schoolYear(), v2, later.schoolYear());
      }
    }
  }

  /** Whether a move from one value to the next gets worse and ends short of the target. */
  private static boolean movesAway(BigDecimal from, BigDecimal to, Optional<BigDecimal> target, Direction direction) {
    int sign = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
    boolean worse = sign * to.compareTo(from) < 0;
    boolean meetsTarget = target.isPresent() && sign * to.compareTo(target.get()) >= 0;
    return worse && !meetsTarget;
  }

  /** Whether a review of a school year up to {@code year} reports an action or engagement as stopped. */
  private static boolean stopped(List<AnnualReview> reviews, Initiative initiative, SchoolYear year) {
    return reported(reviews, initiative, ProgressStatus.STOPPED, year);
  }

  /** Whether a review of a school year before {@code year} reports an action or engagement as done. */
  private static boolean doneBefore(List<AnnualReview> reviews, Initiative initiative, SchoolYear year) {
    return year.startYear() > SchoolYear.MIN_YEAR
        && reported(reviews, initiative, ProgressStatus.DONE, year.plusYears(-1));
  }

  /** Whether a review of a school year up to {@code year} reports an action or engagement in a status. */
  private static boolean reported(List<AnnualReview> reviews, Initiative initiative, ProgressStatus status,
      SchoolYear year) {
    if (initiative.id().isEmpty()) {
      return false;
    }
    String id = initiative.id().get();
    for (AnnualReview review : reviews) {
      if (review.schoolYear().isAfter(year)) {
        continue;
      }
      for (ReviewSection section : review.sections()) {
        for (InitiativeProgress p : section.progress()) {
          if (p.initiativeId().equals(id) && p.status() == status) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The place of a list in the review's section of a criterion, or the review's sections when it has none. */
  private static JsonPointer sectionPointer(AnnualReview review, int k, String criterionId, String list) {
    List<ReviewSection> sections = review.sections();
    for (int s = 0; s < sections.size(); s++) {
      if (sections.get(s).criterionId().equals(criterionId)) {
        return Pointers.of("reviews", k, "sections", s, list);
      }
    }
    return Pointers.of("reviews", k, "sections");
  }

  /** The place of an indicator's measure in a review, or the review itself when it holds none. */
  private static JsonPointer measurePointer(AnnualReview review, int k, String indicatorId) {
    List<ReviewSection> sections = review.sections();
    for (int s = 0; s < sections.size(); s++) {
      List<IndicatorMeasure> measures = sections.get(s).measures();
      for (int m = 0; m < measures.size(); m++) {
        if (measures.get(m).indicatorId().equals(indicatorId)) {
          return Pointers.of("reviews", k, "sections", s, "measures", m);
        }
      }
    }
    return Pointers.of("reviews", k);
  }
}
