package io.github.ldmlib.model.dossier;

/**
 * How an {@link Indicator} moved between its first and its latest measure, judged by its
 * {@link Direction}: see {@link Indicator#trend()}.
 */
public enum Trend {
  /** It moved the way its direction asks for (<i>évolue dans le bon sens</i>). */
  GOOD,
  /** It moved the other way (<i>évolue dans le mauvais sens</i>). */
  BAD,
  /** It did not move, or it has fewer than two measures (<i>stable ou une seule mesure</i>). */
  FLAT
}
