package io.github.ldmlib.model.audit;

/** The outcome of a {@link LabelDecision} of the rector. */
public enum DecisionOutcome {
  /** The label is granted (<i>label attribué</i>) or renewed (<i>label renouvelé</i>). */
  GRANTED,
  /** The label is refused (<i>label refusé</i>) or not renewed. */
  REFUSED
}
