package io.github.ldmlib.model.referential;

/** The part of a dossier a {@link StructureElement} belongs to. */
public enum StructureScope {
  /** The dossier as a whole (context, articulation…). */
  DOSSIER,
  /** A criterion section (état des lieux, objectif général, transversalité, équipe). */
  CRITERION_SECTION,
  /** An action (dispositif achevé ou en cours). */
  ACTION,
  /** An engagement (action à venir). */
  ENGAGEMENT
}
