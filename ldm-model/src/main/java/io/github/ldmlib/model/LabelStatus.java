package io.github.ldmlib.model;

/**
 * Where an establishment stands in the label's life on a given date, as {@link
 * io.github.ldmlib.model.audit.LabelRecord#status(java.time.LocalDate,
 * io.github.ldmlib.model.referential.ProcessParameters)}
 * computes it.
 */
public enum LabelStatus {
  /** Not labelled, and no candidature audit held since the last decision (<i>candidat</i>). */
  CANDIDATE,
  /**
   * Not labelled, and a candidature or renewal audit has been held since the last decision, which
   * is awaited (<i>audité, en attente de décision</i>).
   */
  AUDITED,
  /**
   * Never labelled, and the last decision refused the label with no audit held since
   * (<i>labellisation refusée</i>).
   */
  REFUSED,
  /** Labelled, and no scheduled audit is due or overdue (<i>labellisé</i>). */
  LABELLED,
  /**
   * Labelled, and a follow-up or renewal audit falls due in the current school year and has not
   * been held yet (<i>audit de suivi à réaliser</i>).
   */
  FOLLOW_UP_DUE,
  /**
   * Labelled, and a follow-up or renewal audit was not held by the end of the school year in which
   * it fell due (<i>audit de suivi en retard</i>).
   */
  OVERDUE,
  /** Was labelled, and the label's validity has ended without renewal (<i>label expiré</i>). */
  EXPIRED
}
