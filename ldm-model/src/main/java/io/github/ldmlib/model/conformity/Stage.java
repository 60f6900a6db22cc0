package io.github.ldmlib.model.conformity;

/**
 * The stage of the label's life at which a dossier is checked (<i>étape de la labellisation</i>).
 * What a dossier must contain depends on the stage as well as on the date of the check: at a
 * follow-up or a renewal, measures that were not yet due at the candidature are.
 */
public enum Stage {
  /** The candidature and its labelling audit (<i>candidature, audit de labellisation</i>). */
  CANDIDATURE,
  /** The first follow-up audit, one year after the label was granted (<i>audit de suivi à un an</i>). */
  FOLLOW_UP_1_YEAR,
  /** The second follow-up audit, three years after the label was granted (<i>audit de suivi à trois ans</i>). */
  FOLLOW_UP_3_YEARS,
  /** The renewal audit, five years after the label was granted (<i>audit de renouvellement</i>). */
  RENEWAL
}
