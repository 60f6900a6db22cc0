package io.github.ldmlib.model.review;

/** A body of the establishment (<i>instance de l'établissement</i>) an annual review is presented to. */
public enum SchoolBody {
  /** The board (<i>conseil d'administration</i>). */
  BOARD,
  /** The teaching council (<i>conseil pédagogique</i>). */
  TEACHING_COUNCIL,
  /** Another body of the establishment, for example the conseil de la vie lycéenne. */
  OTHER
}
