package io.github.ldmlib.office.internal;

import java.util.List;

/**
 * The tables of a dossier as a Word document, defined once for the writer and the reader: the
 * anchor that names each (a bookmark on its caption), its caption and its column headers. The
 * layout follows the guide's section E: per criterion, the diagnosis and general objective, the
 * team, the actions with their objectives, indicators and measures N / N+3 / N+5, the
 * engagements, the implementation, and at the end the evidence list.
 */
public enum DossierTable {
  /** Dossier level: label title, trades, context. */
  GENERAL(true, "Le dossier", List.of("Rubrique", "Contenu")),
  /** Dossier level: articulation with the other steering documents. */
  ARTICULATION(true, "Articulation avec les autres démarches", List.of("Rubrique", "Contenu")),
  /** Criterion: diagnosis, general objective, common strategy. */
  TEXT(false, "État des lieux et objectif général", List.of("Rubrique", "Contenu")),
  /** Criterion: transversality. */
  LINKS(false, "Transversalité", List.of("Rubrique", "Contenu")),
  /** Criterion: the team in charge. */
  TEAM(false, "Équipe responsable", List.of("Rôle", "Nom", "Prénom", "Fonction")),
  /** Criterion: the actions. */
  ACTIONS(false, "Actions", List.of("N°", "Id", "Intitulé", "Description", "Année de début",
      "Durée (années)", "Exigences", "Preuves")),
  /** Criterion: the assessment of each action. */
  REVIEW(false, "Bilan des actions", List.of("N°", "Valeur ajoutée", "Points forts",
      "Axes de progrès", "Conclusion", "Pérenne")),
  /** Criterion: the engagements. */
  ENGAGEMENTS(false, "Engagements", List.of("N°", "Id", "Intitulé", "Description",
      "Année de référence", "Durée (années)", "Exigences", "Preuves")),
  /** Criterion: who leads each engagement. */
  LEADS(false, "Responsables des engagements", List.of("N°", "Nom", "Prénom", "Fonction")),
  /** Criterion: objectives, indicators and measures of the actions and engagements. */
  OBJECTIVES(false, "Objectifs, indicateurs et mesures", List.of("N°", "Objectif",
      "Indicateur", "Id", "Unité", "Sens", "Cible", "N", "N+3", "N+5")),
  /** Criterion: the implementation of the actions and engagements. */
  IMPLEMENTATION(false, "Mise en œuvre", List.of("N°", "Moyens", "Calendrier", "Lieux",
      "Organisation")),
  /** Dossier level: the evidence list. */
  EVIDENCE(true, "Liste des preuves", List.of("Id", "Titre", "Type", "Fichier", "SHA-256"));

  private final boolean dossierLevel;
  private final String caption;
  private final List<String> headers;

  DossierTable(boolean dossierLevel, String caption, List<String> headers) {
    this.dossierLevel = dossierLevel;
    this.caption = caption;
    this.headers = headers;
  }

  /** Whether the table belongs to the dossier rather than to a criterion. */
  public boolean dossierLevel() {
    return dossierLevel;
  }

  /** The caption written above the table. */
  public String caption() {
    return caption;
  }

  /** The column headers. */
  public List<String> headers() {
    return headers;
  }

  /** The bookmark naming the table: {@code ldm_d_general} or {@code ldm_s3_actions}. */
  public String anchor(int section) {
    String kind = name().toLowerCase(java.util.Locale.ROOT);
    return dossierLevel ? "ldm_d_" + kind : "ldm_s" + section + "_" + kind;
  }

  /** The bookmark of a criterion's heading. */
  public static String sectionAnchor(int section) {
    return "ldm_s" + section;
  }

  /** The relative widths of the columns, summing to 100. */
  public int[] widths() {
    return switch (this) {
      case GENERAL, ARTICULATION, TEXT, LINKS -> new int[] {22, 78};
      case TEAM, LEADS -> new int[] {16, 24, 20, 40};
      case ACTIONS, ENGAGEMENTS -> new int[] {5, 7, 20, 32, 10, 8, 9, 9};
      case REVIEW -> new int[] {5, 22, 22, 22, 21, 8};
      case OBJECTIVES -> new int[] {5, 17, 19, 5, 9, 8, 5, 10, 11, 11};
      case IMPLEMENTATION -> new int[] {5, 24, 24, 23, 24};
      case EVIDENCE -> new int[] {8, 40, 12, 16, 24};
    };
  }

  /** The rows of the key/value tables, in order. */
  public List<String> keys() {
    return switch (this) {
      case GENERAL -> List.of("Intitulé du label", "Métiers (un par ligne)", "Contexte");
      case ARTICULATION -> List.of("Auto-évaluation", "Projet d'établissement",
          "Contrat d'objectifs", "Autres labels (un par ligne)");
      case TEXT -> List.of("Diagnostic", "Objectif général", "Stratégie commune du réseau");
      case LINKS -> List.of("Domaines d'évaluation", "Fiches Qualéduc",
          "Axe du projet d'établissement", "Axe du contrat d'objectifs", "Critère du CMQ");
      default -> List.of();
    };
  }
}
