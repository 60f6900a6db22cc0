package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.ADVICE;
import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Trend;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Place;
import io.github.ldmlib.rules.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Rules on indicator measures: dating, milestones, what is due when, and the effectiveness of the work. */
final class MeasureRules {

  private MeasureRules() {}

  static final Rule<Dossier> ENGAGEMENT_REFERENCE = Catalogue.dossier("LDM-D-042", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("Each engagement states its reference school year N, and each of its indicators has a measure "
          + "at N. A reference year that has not begun on the "
          + "date of the check is a finding of its own, and no measure is then asked for.")
      .reads("—")
      .clause("Mesure à N (remplacer N par l'année de référence) / Donner une mesure chiffrée")
      .grade("The engagement table's column asks for the reference year and a figured measure at N: a "
          + "missing one is to be completed.")
      .check(MeasureRules::engagementReference);

  static final Rule<Dossier> ACTION_START_YEAR = Catalogue.dossier("LDM-D-050", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("Each action states its start school year N, which dates its measures at N, N+3 and N+5.")
      .reads("—")
      .clause("Mesure début (N) (remplacer N par une année)")
      .grade("The action table's column asks that N be replaced by a year: without it no measure can be "
          + "dated, so it is to be completed.")
      .check(MeasureRules::actionStartYear);

  static final Rule<Dossier> START_MEASURE = Catalogue.dossier("LDM-D-051", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("Each indicator of an action that has started (N is the current school year or earlier) has its "
          + "start measure (N).")
      .reads("—")
      .clause("Mesure début (N) (remplacer N par une année) / Mesure au début de l'action")
      .grade("The start measure is a column of the action table, among the « éléments attendus pour chaque "
          + "tableau »: once the action has started it is to be completed.")
      .check(MeasureRules::startMeasure);

  static final Rule<Dossier> NO_FUTURE_MEASURE = Catalogue.dossier("LDM-D-052", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("No measure, of an action or an engagement, is dated in a school year that has not begun on "
          + "the date of the check: such a value cannot have been measured.")
      .reads("—")
      .grade("The source is silent: a value dated in a school year that has not begun cannot have been "
          + "measured, a fault of the data rather than of a clause. The milder TO_COMPLETE rather than "
          + "NOT_SUBMITTABLE was chosen for that reason: the value is to be corrected or removed.")
      .check(MeasureRules::noFutureMeasure);

  static final Rule<Dossier> MEASURE_YEAR = Catalogue.dossier("LDM-D-053", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("Each measure lies on the school year of its milestone: N for the start, N+3 for the follow-up, "
          + "and for the end the end of the action, N plus its duration (N+5 when no duration is stated), where N "
          + "is the action's start year or the engagement's reference year.")
      .reads("—")
      .clause("Mesure début (N) (remplacer N par une année) / Mesure suivi 2 (N+3) / Mesure fin (N+5)")
      .grade("The action table's columns date each measure: a measure on another school year does not fill "
          + "its column, and is to be corrected.")
      .check(MeasureRules::measureYear);

  static final Rule<Dossier> ONE_MEASURE_PER_MILESTONE = Catalogue.dossier("LDM-D-054", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("An indicator has at most one measure per milestone (N, N+3, N+5).")
      .reads("—")
      .clause("Indicateurs / Mesure début (N) (remplacer N par une année) / Mesure suivi 2 (N+3) / Mesure "
          + "fin (N+5)")
      .grade("The action table has one cell per indicator and milestone: two measures for one cell cannot "
          + "be presented in it, and one is to be corrected or removed.")
      .check(MeasureRules::oneMeasurePerMilestone);

  static final Rule<Dossier> DUE_MEASURES = Catalogue.dossier("LDM-D-055", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("Follow-up and end measures are given once due. For an action that is not perennial, the "
          + "follow-up measure (N+3) is due when the action lasts at least 3 years and the school year N+3 is "
          + "over on the date of the check; the end measure comes at the end of the action (an action may "
          + "last one year or several), so it is due once the school year N plus the "
          + "action's duration is over. (Perennial actions: LDM-D-096.)")
      .reads("—")
      .clause("Mesure suivi 2 (N+3) / Mesure fin (N+5) / Mesure au milieu de l'action / Mesure en fin "
          + "d'action")
      .grade("The follow-up and end measures are columns of the action table, among the « éléments "
          + "attendus pour chaque tableau »: once their school year is over they can be given, and a "
          + "missing one is to be completed.")
      .check(MeasureRules::dueMeasures);

  static final Rule<Dossier> ACTION_HAS_STARTED = Catalogue.dossier("LDM-D-056", ADVICE)
      .source(Sources.TABLES)
      .checks("An action has started on the date of the check (its N is not a later school year): work to "
          + "come is presented as an engagement.")
      .reads("—")
      .clause("Un engagement présente une action à venir et les attendus de cette action.")
      .grade("The guide defines actions and engagements but asks nothing of work filed under the wrong "
          + "one: work to come presented as an action is a matter of presentation, so the milder ADVICE.")
      .check(MeasureRules::actionHasStarted);

  static final Rule<Dossier> TREND = Catalogue.dossier("LDM-D-095", ADVICE)
      .source(Sources.DOSSIER_FILLING)
      .checks("Effectiveness of the approach: an indicator whose latest "
          + "measure is worse than its first one, given the way it should move (`direction`), is an observation.")
      .reads("—")
      .clause("Déterminer l'efficacité de la démarche qualité mise en œuvre")
      .grade("Section E III) makes effectiveness the auditor's judgement, not a duty of the dossier: a "
          + "worsening indicator is an observation for the school to explain, so ADVICE.")
      .check(MeasureRules::trend);

  static final Rule<Dossier> PERENNIAL_FOLLOW_UP = Catalogue.dossier("LDM-D-096", TO_COMPLETE)
      .source(Sources.FOLLOW_UP)
      .checks("Effectiveness of the approach: a perennial action is followed up. Each indicator of a perennial "
          + "action has its follow-up measure (N+3) once the school year N+3 is over, and its end measure "
          + "(N+5) once N+5 is over.")
      .reads("—")
      .clause("La mise en place de la démarche et son bon fonctionnement nécessitent... / Le suivi régulier "
          + "des indicateurs définis.")
      .grade("Fiche 2 makes the regular follow-up of the indicators a necessity (« nécessitent ») of the "
          + "approach, and the action table has its N+3 and N+5 columns for every action, perennial or "
          + "not: a measure missing once due is to be completed.")
      .check(MeasureRules::perennialFollowUp);

  /** The guide's name of a milestone: N, N+3 or N+5. */
  static String label(Milestone m) {
    return MeasureFacts.label(m, OptionalInt.empty());
  }

  /** The school year N of an action (its start) or an engagement (its reference year). */
  static Optional<SchoolYear> yearN(Initiative initiative) {
    if (initiative instanceof Action a) {
      return a.startYear();
    }
    return ((Engagement) initiative).referenceYear();
  }

  private static void engagementReference(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<Engagement> g : context.each(Engagement.class)) {
      Optional<SchoolYear> n = g.value().referenceYear();
      if (n.isEmpty()) {
        findings.report(g.pointer().append("referenceYear"), "noReferenceYear", g.value().title());
        continue;
      }
      if (n.get().isAfter(context.schoolYear())) {
        findings.report(g.pointer().append("referenceYear"), "futureReferenceYear",
            g.value().title(), n.get(), context.asOf());
        continue;
      }
      for (Place<Indicator> i : context.each(Indicator.class, g)) {
        if (!MeasureFacts.of(i, findings).has(Milestone.START)) {
          findings.report(i.pointer().append("measures"), "noMeasureAtN", i.value().label(), n.get());
        }
      }
    }
  }

  private static void actionStartYear(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<Action> a : context.each(Action.class)) {
      if (a.value().startYear().isEmpty()) {
        findings.report(a.pointer().append("startYear"), "missing", a.value().title());
      }
    }
  }

  private static void startMeasure(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<Action> a : context.each(Action.class)) {
      Optional<SchoolYear> n = a.value().startYear();
      if (n.isEmpty() || n.get().isAfter(context.schoolYear())) {
        continue;
      }
      for (Place<Indicator> i : context.each(Indicator.class, a)) {
        if (!MeasureFacts.of(i, findings).has(Milestone.START)) {
          findings.report(i.pointer().append("measures"), "missing", i.value().label(), n.get());
        }
      }
    }
  }

  private static void noFutureMeasure(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<Initiative> w : context.each(Initiative.class)) {
      for (Place<Indicator> i : context.each(Indicator.class, w)) {
        if (!MeasureFacts.of(i, findings).hasMeasureAfter(context.schoolYear())) {
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

  private static void measureYear(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<Initiative> w : context.each(Initiative.class)) {
      Optional<SchoolYear> n = yearN(w.value());
      if (n.isEmpty()) {
        continue;
      }
      for (Place<Indicator> i : context.each(Indicator.class, w)) {
        if (MeasureFacts.of(i, findings).allOnYearsOf(n.get())) {
          continue;
        }
        List<Measure> measures = i.value().measures();
        for (int m = 0; m < measures.size(); m++) {
          Measure measure = measures.get(m);
          OptionalInt duration = MeasureFacts.endingDuration(w.value());
          Optional<SchoolYear> expected = MeasureFacts.yearOf(n.get(), measure.milestone(), duration);
          if (expected.isPresent() && !measure.schoolYear().equals(expected.get())) {
            findings.report(Pointers.append(i.pointer(), "measures", m, "schoolYear"), "wrongYear",
                i.value().label(), MeasureFacts.label(measure.milestone(), duration), expected.get(), n.get(),
                measure.schoolYear());
          }
        }
      }
    }
  }

  private static void oneMeasurePerMilestone(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<Initiative> w : context.each(Initiative.class)) {
      for (Place<Indicator> i : context.each(Indicator.class, w)) {
        if (!MeasureFacts.of(i, findings).hasDuplicate()) {
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

  private static void dueMeasures(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<Action> a : context.each(Action.class)) {
      Action action = a.value();
      if (action.startYear().isEmpty() || !action.perennial().equals(Optional.of(false))
          || action.durationYears().isEmpty()) {
        continue;
      }
      // The follow-up measure is due for an action that lasts at least until N+3; the end measure at
      // the end of every action, whatever its length.
      if (action.durationYears().getAsInt() >= Milestone.FOLLOW_UP.yearsAfterStart()) {
        reportIfDue(context, findings, a, Milestone.FOLLOW_UP, "missing");
      }
      reportIfDue(context, findings, a, Milestone.END, "missing");
    }
  }

  private static void perennialFollowUp(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<Action> a : context.each(Action.class)) {
      if (a.value().startYear().isPresent() && a.value().perennial().equals(Optional.of(true))) {
        reportIfDue(context, findings, a, Milestone.FOLLOW_UP, "missing");
        reportIfDue(context, findings, a, Milestone.END, "missing");
      }
    }
  }

  /** Reports the indicators of an action that lack a milestone whose school year is over. */
  private static void reportIfDue(CheckContext<Dossier> context, FindingSink findings, Place<Action> a, Milestone milestone, String key) {
    SchoolYear n = a.value().startYear().orElseThrow();
    OptionalInt duration = MeasureFacts.endingDuration(a.value());
    Optional<SchoolYear> year = MeasureFacts.yearOf(n, milestone, duration);
    if (year.isEmpty() || !context.schoolYear().isAfter(year.get())) {
      return;
    }
    SchoolYear due = year.get();
    for (Place<Indicator> i : context.each(Indicator.class, a)) {
      if (!MeasureFacts.of(i, findings).has(milestone)) {
        findings.report(i.pointer().append("measures"), key, i.value().label(), MeasureFacts.label(milestone, duration), due,
            a.value().title());
      }
    }
  }

  private static void actionHasStarted(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<Action> a : context.each(Action.class)) {
      a.value().startYear().filter(n -> n.isAfter(context.schoolYear())).ifPresent(n ->
          findings.report(a.pointer().append("startYear"), "notStarted", a.value().title(), n, context.asOf()));
    }
  }

  private static void trend(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<Indicator> i : context.each(Indicator.class)) {
      Indicator indicator = i.value();
      if (indicator.trend() == Trend.BAD) {
        Measure first = indicator.firstMeasure().orElseThrow();
        Measure latest = indicator.latestMeasure().orElseThrow();
        findings.report(i.pointer(), indicator.direction() == Direction.HIGHER_IS_BETTER ? "fell" : "rose",
            indicator.label(), label(first.milestone()), first.value(), label(latest.milestone()), latest.value());
      }
    }
  }
}
