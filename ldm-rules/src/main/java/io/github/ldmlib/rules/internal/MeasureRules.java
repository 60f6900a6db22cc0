package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.MAJOR_GAP;
import static io.github.ldmlib.model.conformity.Severity.MINOR_GAP;
import static io.github.ldmlib.model.conformity.Severity.OBSERVATION;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules on indicator measures: dating, milestones, what is due when, and the effectiveness of the work. */
final class MeasureRules {

  private MeasureRules() {}

  static final BuiltInRule ENGAGEMENT_REFERENCE = BuiltInRule.of("LDM-D-042", MINOR_GAP)
      .source(Sources.TABLES)
      .checks("Each engagement states its reference school year N, and each of its indicators has a measure "
          + "at N (« Mesure à N … Donner une mesure chiffrée »). A reference year that has not begun on the "
          + "date of the check is a finding of its own, and no measure is then asked for.")
      .reads("—")
      .check(MeasureRules::engagementReference);

  static final BuiltInRule ACTION_START_YEAR = BuiltInRule.of("LDM-D-050", MINOR_GAP)
      .source(Sources.TABLES)
      .checks("Each action states its start school year N, which dates its measures at N, N+3 and N+5.")
      .reads("—")
      .check(MeasureRules::actionStartYear);

  static final BuiltInRule START_MEASURE = BuiltInRule.of("LDM-D-051", MINOR_GAP)
      .source(Sources.TABLES)
      .checks("Each indicator of an action that has started (N is the current school year or earlier) has its "
          + "start measure (N).")
      .reads("—")
      .check(MeasureRules::startMeasure);

  static final BuiltInRule NO_FUTURE_MEASURE = BuiltInRule.of("LDM-D-052", MAJOR_GAP)
      .source(Sources.TABLES)
      .checks("No measure, of an action or an engagement, is dated in a school year that has not begun on "
          + "the date of the check: such a value cannot have been measured.")
      .reads("—")
      .check(MeasureRules::noFutureMeasure);

  static final BuiltInRule MEASURE_YEAR = BuiltInRule.of("LDM-D-053", MINOR_GAP)
      .source(Sources.TABLES)
      .checks("Each measure lies on the school year of its milestone: N for the start, N+3 for the follow-up, "
          + "N+5 for the end, where N is the action's start year or the engagement's reference year.")
      .reads("—")
      .check(MeasureRules::measureYear);

  static final BuiltInRule ONE_MEASURE_PER_MILESTONE = BuiltInRule.of("LDM-D-054", MINOR_GAP)
      .source(Sources.TABLES)
      .checks("An indicator has at most one measure per milestone (N, N+3, N+5).")
      .reads("—")
      .check(MeasureRules::oneMeasurePerMilestone);

  static final BuiltInRule DUE_MEASURES = BuiltInRule.of("LDM-D-055", MINOR_GAP)
      .source(Sources.TABLES)
      .checks("Follow-up (N+3) and end (N+5) measures are given once due. For an action that is not "
          + "perennial, the measure at N+k is due when the action lasts at least k years and the school year "
          + "N+k is over on the date of the check. (Perennial actions: LDM-D-096.)")
      .reads("—")
      .check(MeasureRules::dueMeasures);

  static final BuiltInRule ACTION_HAS_STARTED = BuiltInRule.of("LDM-D-056", OBSERVATION)
      .source(Sources.TABLES)
      .checks("An action has started on the date of the check (its N is not a later school year): work to "
          + "come is presented as an engagement.")
      .reads("—")
      .check(MeasureRules::actionHasStarted);

  static final BuiltInRule TREND = BuiltInRule.of("LDM-D-095", OBSERVATION)
      .source(Sources.DOSSIER_FILLING)
      .checks("Effectiveness of the approach (« l'efficacité de la démarche »): an indicator whose latest "
          + "measure is worse than its first one, given the way it should move (`direction`), is an observation.")
      .reads("—")
      .check(MeasureRules::trend);

  static final BuiltInRule PERENNIAL_FOLLOW_UP = BuiltInRule.of("LDM-D-096", MINOR_GAP)
      .source(Sources.FOLLOW_UP)
      .checks("Effectiveness of the approach: a perennial action is followed up. Each indicator of a perennial "
          + "action has its follow-up measure (N+3) once the school year N+3 is over, and its end measure "
          + "(N+5) once N+5 is over.")
      .reads("—")
      .check(MeasureRules::perennialFollowUp);

  /** The guide's name of a milestone: N, N+3 or N+5. */
  static String label(Milestone m) {
    return m.yearsAfterStart() == 0 ? "N" : "N+" + m.yearsAfterStart();
  }

  private static Optional<SchoolYear> yearN(Initiative initiative) {
    if (initiative instanceof Action a) {
      return a.startYear();
    }
    return ((Engagement) initiative).referenceYear();
  }

  private static void engagementReference(CheckContext context, FindingSink findings) {
    for (Walk.At<Engagement> g : Walk.of(context).engagements()) {
      Optional<SchoolYear> n = g.value().referenceYear();
      if (n.isEmpty()) {
        findings.report(g.pointer() + "/referenceYear", "noReferenceYear", g.value().title());
        continue;
      }
      if (n.get().isAfter(context.schoolYear())) {
        findings.report(g.pointer() + "/referenceYear", "futureReferenceYear",
            g.value().title(), n.get(), context.asOf());
        continue;
      }
      for (Walk.At<Indicator> i : Walk.indicators(g)) {
        if (!MeasureFacts.of(i).has(Milestone.START)) {
          findings.report(i.pointer() + "/measures", "noMeasureAtN", i.value().label(), n.get());
        }
      }
    }
  }

  private static void actionStartYear(CheckContext context, FindingSink findings) {
    for (Walk.At<Action> a : Walk.of(context).actions()) {
      if (a.value().startYear().isEmpty()) {
        findings.report(a.pointer() + "/startYear", "missing", a.value().title());
      }
    }
  }

  private static void startMeasure(CheckContext context, FindingSink findings) {
    for (Walk.At<Action> a : Walk.of(context).actions()) {
      Optional<SchoolYear> n = a.value().startYear();
      if (n.isEmpty() || n.get().isAfter(context.schoolYear())) {
        continue;
      }
      for (Walk.At<Indicator> i : Walk.indicators(a)) {
        if (!MeasureFacts.of(i).has(Milestone.START)) {
          findings.report(i.pointer() + "/measures", "missing", i.value().label(), n.get());
        }
      }
    }
  }

  private static void noFutureMeasure(CheckContext context, FindingSink findings) {
    for (Walk.At<Initiative> w : Walk.of(context).initiatives()) {
      for (Walk.At<Indicator> i : Walk.indicators(w)) {
        if (!MeasureFacts.of(i).hasMeasureAfter(context.schoolYear())) {
          continue;
        }
        List<Measure> measures = i.value().measures();
        for (int m = 0; m < measures.size(); m++) {
          Measure measure = measures.get(m);
          if (measure.schoolYear().isAfter(context.schoolYear())) {
            findings.report(Pointers.append(i.pointer(), "measures", m, "schoolYear"), "future",
                i.value().label(), label(measure.milestone()), measure.schoolYear(), context.asOf());
          }
        }
      }
    }
  }

  private static void measureYear(CheckContext context, FindingSink findings) {
    for (Walk.At<Initiative> w : Walk.of(context).initiatives()) {
      Optional<SchoolYear> n = yearN(w.value());
      if (n.isEmpty()) {
        continue;
      }
      for (Walk.At<Indicator> i : Walk.indicators(w)) {
        if (MeasureFacts.of(i).allOnYearsOf(n.get())) {
          continue;
        }
        List<Measure> measures = i.value().measures();
        for (int m = 0; m < measures.size(); m++) {
          Measure measure = measures.get(m);
          int offset = measure.milestone().yearsAfterStart();
          if (n.get().startYear() + offset > SchoolYear.MAX_YEAR) {
            continue;
          }
          SchoolYear expected = n.get().plusYears(offset);
          if (!measure.schoolYear().equals(expected)) {
            findings.report(Pointers.append(i.pointer(), "measures", m, "schoolYear"), "wrongYear",
                i.value().label(), label(measure.milestone()), expected, n.get(), measure.schoolYear());
          }
        }
      }
    }
  }

  private static void oneMeasurePerMilestone(CheckContext context, FindingSink findings) {
    for (Walk.At<Initiative> w : Walk.of(context).initiatives()) {
      for (Walk.At<Indicator> i : Walk.indicators(w)) {
        if (!MeasureFacts.of(i).hasDuplicate()) {
          continue;
        }
        Set<Milestone> seen = EnumSet.noneOf(Milestone.class);
        List<Measure> measures = i.value().measures();
        for (int m = 0; m < measures.size(); m++) {
          if (!seen.add(measures.get(m).milestone())) {
            findings.report(Pointers.append(i.pointer(), "measures", m, "milestone"), "duplicate",
                i.value().label(), label(measures.get(m).milestone()));
          }
        }
      }
    }
  }

  private static void dueMeasures(CheckContext context, FindingSink findings) {
    for (Walk.At<Action> a : Walk.of(context).actions()) {
      Action action = a.value();
      if (action.startYear().isEmpty() || !action.perennial().equals(Optional.of(false))
          || action.durationYears().isEmpty()) {
        continue;
      }
      for (Milestone milestone : List.of(Milestone.FOLLOW_UP, Milestone.END)) {
        if (action.durationYears().getAsInt() >= milestone.yearsAfterStart()) {
          reportIfDue(context, findings, a, milestone, "missing");
        }
      }
    }
  }

  private static void perennialFollowUp(CheckContext context, FindingSink findings) {
    for (Walk.At<Action> a : Walk.of(context).actions()) {
      if (a.value().startYear().isPresent() && a.value().perennial().equals(Optional.of(true))) {
        reportIfDue(context, findings, a, Milestone.FOLLOW_UP, "missing");
        reportIfDue(context, findings, a, Milestone.END, "missing");
      }
    }
  }

  /** Reports the indicators of an action that lack a milestone whose school year is over. */
  private static void reportIfDue(CheckContext context, FindingSink findings, Walk.At<Action> a, Milestone milestone, String key) {
    SchoolYear n = a.value().startYear().orElseThrow();
    if (n.startYear() + milestone.yearsAfterStart() > SchoolYear.MAX_YEAR) {
      return;
    }
    SchoolYear due = n.plusYears(milestone.yearsAfterStart());
    if (!context.schoolYear().isAfter(due)) {
      return;
    }
    for (Walk.At<Indicator> i : Walk.indicators(a)) {
      if (!MeasureFacts.of(i).has(milestone)) {
        findings.report(i.pointer() + "/measures", key, i.value().label(), label(milestone), due, a.value().title());
      }
    }
  }

  private static void actionHasStarted(CheckContext context, FindingSink findings) {
    for (Walk.At<Action> a : Walk.of(context).actions()) {
      a.value().startYear().filter(n -> n.isAfter(context.schoolYear())).ifPresent(n ->
          findings.report(a.pointer() + "/startYear", "notStarted", a.value().title(), n, context.asOf()));
    }
  }

  private static void trend(CheckContext context, FindingSink findings) {
    for (Walk.At<Initiative> w : Walk.of(context).initiatives()) {
      for (Walk.At<Indicator> i : Walk.indicators(w)) {
        // The first and last measures in chronological order, found in the indicator's one pass.
        MeasureFacts facts = MeasureFacts.of(i);
        if (facts.isWorse()) {
          Measure first = facts.first();
          Measure last = facts.last();
          findings.report(i.pointer(), i.value().direction() == Direction.HIGHER_IS_BETTER ? "fell" : "rose",
              i.value().label(), label(first.milestone()), first.value(), label(last.milestone()), last.value());
        }
      }
    }
  }
}
