package io.github.ldmlib.model.audit;

/** The opinion of the audit team on granting the label (<i>avis de l'équipe d'audit</i>). */
public enum Opinion {
  /** Favourable (<i>avis favorable</i>). */
  FAVOURABLE,
  /**
   * Favourable with reservations (<i>avis favorable avec réserves</i>), for example once the major
   * gaps are lifted.
   */
  FAVOURABLE_WITH_RESERVATIONS,
  /** Unfavourable (<i>avis défavorable</i>). */
  UNFAVOURABLE
}
