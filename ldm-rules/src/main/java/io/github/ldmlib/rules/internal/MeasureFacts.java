package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Place;
import java.util.List;

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

  private MeasureFacts(Indicator indicator) {
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
      int implied = measure.schoolYear().startYear() - measure.milestone().yearsAfterStart();
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
      return sink.walk().shared(indicator, MeasureFacts.class, p -> new MeasureFacts(p.value()));
    }
    return new MeasureFacts(indicator.value());
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
