package io.github.ldmlib.model.dossier;

/** The unit of an {@link Indicator}'s measures; the model checks that values fit it. */
public enum IndicatorUnit {
  /** A percentage, from 0 to 100. */
  PERCENT,
  /** A count: a whole number, zero or more. */
  COUNT,
  /** An amount in euros, zero or more. */
  EURO,
  /** A duration in hours, zero or more. */
  HOURS,
  /** Any other number (a score, an average, a ratio). */
  NUMBER
}
