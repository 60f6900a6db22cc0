package io.github.ldmlib.model.dossier;

/** Which way an {@link Indicator} should move for the action to be effective. */
public enum Direction {
  /** A higher value is better (a rate of success, a number of partners). */
  HIGHER_IS_BETTER,
  /** A lower value is better (a rate of absenteeism, a number of drop-outs). */
  LOWER_IS_BETTER
}
