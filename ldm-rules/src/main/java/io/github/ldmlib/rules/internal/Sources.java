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
}
