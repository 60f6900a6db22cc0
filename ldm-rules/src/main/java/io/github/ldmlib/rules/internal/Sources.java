package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.referential.SourceRef;

/** The source texts the built-in rules cite. */
public final class Sources {

  private Sources() {}

  /** The auditors' guide; its section E is the same in the January 2024 and January 2026 editions. */
  public static final String GUIDE = "Guide de l'établissement et des auditeurs (DRAFPIC)";

  /**
   * The edition the rules were written against; a finding cites the edition of the referential
   * actually used (the January 2026 edition for a 2026 check).
   */
  public static final String GUIDE_EDITION = "janvier 2024";


  /** Section E of the guide, the dossier. */
  public static final SourceRef DOSSIER = SourceRef.of(GUIDE, GUIDE_EDITION, "E. Le dossier de labellisation");

  /** E. I) what the dossier must present. */
  public static final SourceRef DOSSIER_OBJECTIVES =
      DOSSIER.withSection("E. Le dossier de labellisation, I) Objectifs du dossier");

  /** E. III) what the auditor determines: conformity and effectiveness. */
  public static final SourceRef DOSSIER_FILLING =
      DOSSIER.withSection("E. Le dossier de labellisation, III) Renseignement du dossier de labellisation");

  /** E. IV) evidence. */
  public static final SourceRef EVIDENCE = DOSSIER.withSection("E. Le dossier de labellisation, IV) Preuves");

  /** E. V) the tables of the dossier. */
  public static final SourceRef TABLES = DOSSIER.withSection(
      "E. Le dossier de labellisation, V) Présentation des tableaux du dossier de labellisation");

  /** The national sheet on the added value of the label: regular follow-up of the indicators. */
  public static final SourceRef FOLLOW_UP = SourceRef.of(
      "Fiche 2 — Choisir la labellisation : la plus-value du label",
      "La mise en place de la démarche et son bon fonctionnement nécessitent…");

  /** The Aix-Marseille note of 23 January 2012: the 2012 procedure and academic cahier des charges. */
  public static final String AIX_2012 = "Note SG/12-550-116 du 23/01/2012, académie d'Aix-Marseille";

  /** The 2012 procedure, 1/ the engagement of the establishments. */
  public static final SourceRef AIX_ENGAGEMENT = SourceRef.of(AIX_2012,
      "Procédure lycée des métiers 2012, 1/ Engagement des établissements dans la démarche");

  /** The 2012 procedure, 2/ the candidature dossier. */
  public static final SourceRef AIX_DOSSIER = SourceRef.of(AIX_2012,
      "Procédure lycée des métiers 2012, 2/ Dossier de candidature");

  /** The 2012 procedure, 4/ the audit. */
  public static final SourceRef AIX_AUDIT = SourceRef.of(AIX_2012, "Procédure lycée des métiers 2012, 4/ Audit");

  /** The 2012 procedure, 5/ the audit report. */
  public static final SourceRef AIX_REPORT = SourceRef.of(AIX_2012, "Procédure lycée des métiers 2012, 5/ Rapport d'audit");

  /** The 2012 procedure, 7/ follow-up and renewal. */
  public static final SourceRef AIX_FOLLOW_UP = SourceRef.of(AIX_2012,
      "Procédure lycée des métiers 2012, 7/ Suivi de la labellisation et renouvellement");

  /** The 2012 procedure, annex 2: the auditors. */
  public static final SourceRef AIX_AUDITORS = SourceRef.of(AIX_2012,
      "Procédure lycée des métiers 2012, Annexe 2 : le groupe des auditeurs");

  /** The 2012 academic cahier des charges: the entity that may apply. */
  public static final SourceRef AIX_ENTITY = SourceRef.of(AIX_2012,
      "Cahier des charges académique 2012 pour l'obtention du label « Lycée des métiers », L'entité");

  /** The Nouvelle-Aquitaine presentation of the 2023 reform. */
  public static final String NOUVELLE_AQUITAINE =
      "Présentation de la réforme du label « Lycée des métiers », région académique Nouvelle-Aquitaine";

  /** Its points on the 2023 framework (networks, the label's title). */
  public static final SourceRef NA_FRAMEWORK = SourceRef.of(NOUVELLE_AQUITAINE,
      "Évolution du cadre réglementaire, Des points remarquables");

  /** Its campaign calendar. */
  public static final SourceRef NA_CAMPAIGN = SourceRef.of(NOUVELLE_AQUITAINE, "Label « Lycée des métiers » campagne 2025");

  /**
   * A criterion of the national cahier des charges in the guide, where its requirements are written.
   *
   * @param number the criterion's number
   * @return the reference
   */
  public static SourceRef criterion(int number) {
    return SourceRef.of(GUIDE, GUIDE_EDITION, "F. Critère " + number);
  }
}
