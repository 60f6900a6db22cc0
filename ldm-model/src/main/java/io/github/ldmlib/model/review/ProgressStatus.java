package io.github.ldmlib.model.review;

/** Where an action or engagement of the dossier stands at the time of an annual review. */
public enum ProgressStatus {
  /** Not started yet. */
  PLANNED,
  /** Started and going on. */
  UNDER_WAY,
  /** Carried out to its end. */
  DONE,
  /** Given up before its end; the review says why ({@link InitiativeProgress#reason()}). */
  STOPPED
}
