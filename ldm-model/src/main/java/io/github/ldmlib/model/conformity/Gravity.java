package io.github.ldmlib.model.conformity;

/**
 * What a finding means for the document, whatever the scale its kind grades on: the rank shared by
 * a dossier check's {@link Severity#NOT_SUBMITTABLE} and an audit's {@link Severity#MAJOR_GAP},
 * and so on. Verdicts and readiness are drawn from gravities, so that they mean the same for every
 * kind of document.
 */
public enum Gravity {
  /** The document cannot go on as it is: it blocks the submission, or the label. */
  BLOCKING,
  /** Something to correct or complete; it does not block alone. */
  TO_CORRECT,
  /** Advice, a weakness, an observation: nothing is demanded. */
  ADVICE,
  /** A note: no action is needed. */
  NOTE
}
