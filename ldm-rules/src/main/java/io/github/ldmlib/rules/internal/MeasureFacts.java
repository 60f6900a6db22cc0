package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Place;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the measure rules need to know of one indicator's measures, found in one pass over them. A
 * rule that learns here that it may have something to report loops over the measures itself, in
 * their order, so that its findings are exactly those of the loop alone. Immutable.
 */
final class MeasureFacts {

  private static final int MIXED = Integer.MIN_VALUE;

  private final int milestones;
  private final boolean duplicate;
  private final SchoolYear latest;
  private final int impliedStart;

  private MeasureFacts(Indicator indicator, OptionalInt durationYears) {
    List<Measure> measures = indicator.measures();
    int seen = 0;
    boolean dup = false;
    SchoolYear max = null;
    int start = 0;
    for (int m = 0; m < measures.size(); m++) {
      Measure measure = measures.get(m);
      int bit = 1 << measure.milestone().ordinal();
      dup |= (seen & bit) != 0;
      seen |= bit;
      if (max == null || measure.schoolYear().isAfter(max)) {
        max = measure.schoolYear();
      }
      // The start year N this measure implies, given its milestone; MIXED once two measures disagree.
      int implied = measure.schoolYear().startYear() - yearsAfterStart(measure.milestone(), durationYears);
      start = m == 0 ? implied : start == implied ? start : MIXED;
    }
    this.milestones = seen;
    this.duplicate = dup;
    this.latest = max;
    this.impliedStart = measures.isEmpty() ? MIXED : start;
  }

  /**
   * Returns the facts of an indicator's measures, worked out once per check when the rule runs in a
   * checker (its sink then knows the walk of the document), else now.
   *
   * @param indicator the indicator with its place
   * @param findings the sink of the rule that asks
   * @return its facts
   */
  static MeasureFacts of(Place<Indicator> indicator, FindingSink findings) {
    if (findings instanceof CollectingSink sink) {
      return sink.walk().shared(indicator, MeasureFacts.class, p -> new MeasureFacts(p.value(), durationOf(p)));
    }
    return new MeasureFacts(indicator.value(), durationOf(indicator));
  }

  /** The duration of the action or engagement an indicator belongs to, if it has an end. */
  private static OptionalInt durationOf(Place<?> indicator) {
    for (Optional<Place<?>> p = indicator.parent(); p.isPresent(); p = p.get().parent()) {
      if (p.get().value() instanceof Initiative w) {
        return endingDuration(w);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The duration after which an action or engagement ends: its duration, unless it is a perennial
   * action, which goes on after the label's five years and whose end measure stays at N+5.
   *
   * @param initiative the action or engagement
   * @return the duration, or empty when it has no end of its own
   */
  static OptionalInt endingDuration(Initiative initiative) {
    if (initiative instanceof Action a && a.perennial().orElse(false)) {
      return OptionalInt.empty();
    }
    return initiative.durationYears();
  }

  /**
   * The number of school years after N at which a milestone's measure lies: N for the start, N+3
   * for the follow-up (« Mesure suivi 2 (N+3) »), and for the end, the end of the action (« Mesure
   * en fin d'action »): N plus its duration when stated, else N+5 (« Mesure fin (N+5) »).
   *
   * @param milestone the milestone
   * @param durationYears the duration of the action or engagement, if stated
   * @return the number of years after N
   */
  static int yearsAfterStart(Milestone milestone, OptionalInt durationYears) {
    return milestone == Milestone.END && durationYears.isPresent() ? durationYears.getAsInt()
        : milestone.yearsAfterStart();
  }

  /**
   * The school year of a milestone's measure counted from N (see {@link #yearsAfterStart}). A
   * duration the model refuses (negative, or beyond the calendar) gives no year, so no measure can
   * be expected of it.
   *
   * @param n the school year N
   * @param milestone the milestone
   * @param durationYears the duration of the action, if it has an end of its own
   * @return the school year, or empty when it lies outside the school years the model holds
   */
  static Optional<SchoolYear> yearOf(SchoolYear n, Milestone milestone, OptionalInt durationYears) {
    int years = yearsAfterStart(milestone, durationYears);
    long year = (long) n.startYear() + years;
    return year >= SchoolYear.MIN_YEAR && year <= SchoolYear.MAX_YEAR ? Optional.of(n.plusYears(years)) : Optional.empty();
  }

  /**
   * The guide's name of a milestone's school year: N, N+3, or N plus the duration for the end.
   *
   * @param milestone the milestone
   * @param durationYears the duration of the action, if it has an end of its own
   * @return for example {@code N+2}
   */
  static String label(Milestone milestone, OptionalInt durationYears) {
    int years = yearsAfterStart(milestone, durationYears);
    return years == 0 ? "N" : "N+" + years;
  }

  /** Tells whether the indicator has a measure at a milestone ({@link Indicator#measure} is present). */
  boolean has(Milestone milestone) {
    return (milestones & (1 << milestone.ordinal())) != 0;
  }

  /** Tells whether two measures share a milestone. */
  boolean hasDuplicate() {
    return duplicate;
  }

  /** Tells whether a measure lies in a school year after the given one. */
  boolean hasMeasureAfter(SchoolYear year) {
    return latest != null && latest.isAfter(year);
  }

  /**
   * Tells whether every measure lies on the school year of its milestone counted from N: false
   * when there are measures and some may not (the rule then looks at each).
   */
  boolean allOnYearsOf(SchoolYear n) {
    return latest == null || impliedStart == n.startYear();
  }
}
