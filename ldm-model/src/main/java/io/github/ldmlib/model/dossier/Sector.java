package io.github.ldmlib.model.dossier;

/** The sector of an {@link Establishment} (<i>secteur</i>). */
public enum Sector {
  /** <i>Enseignement public</i>. */
  PUBLIC,
  /** <i>Enseignement privé sous contrat</i>. */
  PRIVATE_UNDER_CONTRACT,
  /** <i>Enseignement privé hors contrat</i>. */
  PRIVATE_WITHOUT_CONTRACT
}
