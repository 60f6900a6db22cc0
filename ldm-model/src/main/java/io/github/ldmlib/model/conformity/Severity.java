package io.github.ldmlib.model.conformity;

/**
 * How serious a finding is, from the gravest to the lightest. The words are the auditors' own:
 * a major gap (<i>écart majeur</i>) must be lifted before the label is granted, a minor gap
 * (<i>écart mineur</i>) must be addressed, an observation (<i>observation</i>) is advice, a note
 * (<i>information</i>) only informs.
 */
public enum Severity {
  /** <i>Écart majeur</i>: blocks the label until lifted. */
  MAJOR_GAP,
  /** <i>Écart mineur</i>: to be corrected, does not block the label alone. */
  MINOR_GAP,
  /** <i>Observation</i>: a weakness or a piece of advice. */
  OBSERVATION,
  /** <i>Information</i>: a note, no action needed. */
  INFO;

  /** True for {@link #MAJOR_GAP} and {@link #MINOR_GAP}. */
  public boolean isGap() {
    return this == MAJOR_GAP || this == MINOR_GAP;
  }
}
