package io.github.ldmlib.model.dossier;

/** Whether a {@link Dossier} applies for the label for the first time or renews it. */
public enum DossierKind {
  /** First application (<i>première labellisation</i>). */
  INITIAL,
  /** Renewal after five years (<i>renouvellement</i>). */
  RENEWAL
}
