package io.github.ldmlib.model.conformity;

import java.util.Objects;

/**
 * The conclusion on a criterion, or on a whole dossier, drawn from its findings (<i>conforme, conforme
 * avec observations, non conforme</i>). A gap of either kind makes it non-conforming; observations
 * alone leave it conforming with observations; notes ({@link Severity#INFO}) do not count.
 */
public enum Verdict {
  /** <i>Conforme</i>: no gap and no observation. */
  CONFORMING,
  /** <i>Conforme avec observations</i>: no gap, at least one observation. */
  CONFORMING_WITH_OBSERVATIONS,
  /** <i>Non conforme</i>: at least one major or minor gap. */
  NON_CONFORMING;

  /**
   * Draws the verdict from counts of findings.
   *
   * @param counts the counts, not null
   * @return {@link #NON_CONFORMING} if there is a gap, else {@link #CONFORMING_WITH_OBSERVATIONS} if
   *     there is an observation, else {@link #CONFORMING}
   */
  public static Verdict of(FindingCounts counts) {
    Objects.requireNonNull(counts, "counts");
    if (counts.majorGaps() > 0 || counts.minorGaps() > 0) {
      return NON_CONFORMING;
    }
    return counts.observations() > 0 ? CONFORMING_WITH_OBSERVATIONS : CONFORMING;
  }
}
