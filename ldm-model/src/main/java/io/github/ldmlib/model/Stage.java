package io.github.ldmlib.model;

/**
 * The stage of the label's life (<i>étape de la labellisation</i>) at which a dossier is checked
 * or an audit takes place: the candidature, the follow-up audits one and three years after the
 * decision, and the renewal at the end of the label's validity.
 *
 * <p>What a dossier must contain depends on the stage as well as on the date of the check: at a
 * follow-up or a renewal, measures that were not yet due at the candidature are. When each stage
 * falls due is not fixed here: the referential's procedure parameters state it ({@code
 * followUpAuditYears}, {@code renewalAuditYears}).
 */
public enum Stage {
  /** The candidature and its labelling audit (<i>candidature, audit de labellisation</i>). */
  CANDIDATURE,
  /** The first follow-up audit, on site, one year after the decision (<i>audit de suivi à un an</i>). */
  FOLLOW_UP_1_YEAR,
  /**
   * The second follow-up audit, three years after the decision, led by the referent inspector
   * (<i>audit de suivi à trois ans</i>).
   */
  FOLLOW_UP_3_YEARS,
  /** The renewal audit at the end of the label's validity (<i>audit de renouvellement</i>). */
  RENEWAL
}
