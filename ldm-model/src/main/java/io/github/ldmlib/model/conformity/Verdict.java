package io.github.ldmlib.model.conformity;

import java.util.Objects;

/**
 * The conclusion on a criterion, or on a whole document, drawn from the {@linkplain Gravity
 * gravity} of its findings (<i>conforme, conforme avec observations, non conforme</i>): a finding
 * that blocks or is to correct (a gap of an audit, a dossier not submittable or to complete) makes
 * it non-conforming; advice alone (an observation, a piece of advice) leaves it conforming with
 * observations; notes ({@link Severity#INFO}) do not count.
 */
public enum Verdict {
  /** <i>Conforme</i>: nothing to correct and no advice. */
  CONFORMING,
  /** <i>Conforme avec observations</i>: nothing to correct, at least one observation or advice. */
  CONFORMING_WITH_OBSERVATIONS,
  /** <i>Non conforme</i>: at least one finding that blocks or is to correct. */
  NON_CONFORMING;

  /**
   * Draws the verdict from counts of findings.
   *
   * @param counts the counts, not null
   * @return {@link #NON_CONFORMING} if a finding blocks or is to correct, else {@link
   *     #CONFORMING_WITH_OBSERVATIONS} if one is advice, else {@link #CONFORMING}
   */
  public static Verdict of(FindingCounts counts) {
    Objects.requireNonNull(counts, "counts");
    if (counts.count(Gravity.BLOCKING) > 0 || counts.count(Gravity.TO_CORRECT) > 0) {
      return NON_CONFORMING;
    }
    return counts.count(Gravity.ADVICE) > 0 ? CONFORMING_WITH_OBSERVATIONS : CONFORMING;
  }
}
