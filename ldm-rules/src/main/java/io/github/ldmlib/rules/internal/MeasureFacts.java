package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import java.util.Comparator;
import java.util.List;

/**
 * What the measure rules need to know of one indicator's measures, found in one pass over them and
 * kept with the indicator's place, so that the rules of a check do not each loop over every
 * measure. A rule that learns here that it may have something to report loops over the measures
 * itself, in their order, so that its findings are exactly those of the loop alone. Immutable.
 */
final class MeasureFacts {

  /** The order of the trend rule: by milestone, then by school year. */
  static final Comparator<Measure> CHRONOLOGICAL = Comparator.comparing(Measure::milestone)
      .thenComparing(Measure::schoolYear);

  private static final int MIXED = Integer.MIN_VALUE;

  private final int milestones;
  private final boolean duplicate;
  private final SchoolYear latest;
  private final int impliedStart;
  private final Measure first;
  private final Measure last;
  private final boolean worse;

  private MeasureFacts(Indicator indicator) {
    List<Measure> measures = indicator.measures();
    int seen = 0;
    boolean dup = false;
    SchoolYear max = null;
    int start = 0;
    Measure firstMeasure = null;
    Measure lastMeasure = null;
    for (int m = 0; m < measures.size(); m++) {
      Measure measure = measures.get(m);
      int bit = 1 << measure.milestone().ordinal();
      dup |= (seen & bit) != 0;
      seen |= bit;
      if (max == null || measure.schoolYear().isAfter(max)) {
        max = measure.schoolYear();
      }
      // The start year N this measure implies, given its milestone; MIXED once two measures disagree.
      int implied = measure.schoolYear().startYear() - measure.milestone().yearsAfterStart();
      start = m == 0 ? implied : start == implied ? start : MIXED;
      // The first and last in chronological order, as a stable sort would place them.
      if (m == 0) {
        firstMeasure = measure;
        lastMeasure = measure;
      } else {
        if (CHRONOLOGICAL.compare(measure, firstMeasure) < 0) {
          firstMeasure = measure;
        }
        if (CHRONOLOGICAL.compare(measure, lastMeasure) >= 0) {
          lastMeasure = measure;
        }
      }
    }
    this.milestones = seen;
    this.duplicate = dup;
    this.latest = max;
    this.impliedStart = measures.isEmpty() ? MIXED : start;
    if (measures.size() >= 2) {
      int change = lastMeasure.value().compareTo(firstMeasure.value());
      this.worse = indicator.direction() == Direction.HIGHER_IS_BETTER ? change < 0 : change > 0;
    } else {
      this.worse = false;
    }
    this.first = firstMeasure;
    this.last = lastMeasure;
  }

  /**
   * Returns the facts of an indicator, found at first use and kept with its place.
   *
   * @param indicator the indicator with its place
   * @return its facts
   */
  static MeasureFacts of(Walk.At<Indicator> indicator) {
    MeasureFacts f = indicator.measureFacts;
    if (f == null) {
      // Immutable with final fields, so safely published; a race only works them out twice.
      f = new MeasureFacts(indicator.value());
      indicator.measureFacts = f;
    }
    return f;
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

  /** Tells whether the latest measure, in chronological order, is worse than the first one. */
  boolean isWorse() {
    return worse;
  }

  /** The first measure in chronological order, or null without measures. */
  Measure first() {
    return first;
  }

  /** The last measure in chronological order, or null without measures. */
  Measure last() {
    return last;
  }
}
