package io.github.ldmlib.model.conformity;

/**
 * The stage of the label's life at which an audit takes place (<i>étape de la labellisation</i>):
 * the candidature audit, the follow-up audits one and three years after the decision, and the
 * renewal audit at the end of the label's validity.
 *
 * <p>When each stage falls due is not fixed here: the referential's procedure parameters state it
 * ({@code followUpAuditYears}, {@code renewalAuditYears}).
 */
public enum Stage {
  /** The audit of a candidature for the label (<i>audit de labellisation</i>). */
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
