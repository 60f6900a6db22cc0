package io.github.ldmlib.examples.academy;

import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.CriterionKind;
import io.github.ldmlib.model.referential.ExampleAction;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.model.referential.SourceRef;
import java.util.function.Supplier;

/**
 * The academy profile (<i>profil académique</i>) of the fictional academy of Montclair: on top of
 * the national referential of 2023 (edition of January 2026), it adopts as its academic criterion
 * C9 the optional criterion N°11 of the Aix-Marseille academic referential of 2012, « Initiation à
 * la pratique du développement durable », word for word, and makes an uncited piece of evidence a
 * point to complete rather than advice.
 *
 * <p>The class is also a {@link Supplier} of the profile, so that tests can name it in {@code
 * @LdmCheckerTest(profile = MontclairProfile.class)}.
 */
public final class MontclairProfile implements Supplier<AcademyProfile> {

  /** Where the criterion's wording comes from: the Aix-Marseille note of 2012. */
  static final SourceRef CRITERION_SOURCE = SourceRef.of(
      "Note SG/12-550-116 du 23/01/2012, académie d'Aix-Marseille",
      "Cahier des charges académique 2012, Titre V, Critère N°11");

  /** The lead-in under which the criterion lists its requirements, verbatim. */
  static final String LEAD_IN = "Le lycée des métiers, sur ses filières de formation et dans le cadre de la vie de "
      + "l'établissement, informe et sensibilise l'ensemble de la communauté éducative sur la démarche de "
      + "« développement durable » :";

  /** The id of the academic criterion. */
  public static final String CRITERION_ID = "C9";

  /** The profile. */
  public static final AcademyProfile PROFILE = AcademyProfile.builder()
      .id("montclair-2026")
      .academy("Montclair")
      .title("Profil académique de Montclair 2026 (académie fictive)")
      .baseReferentialId("ldm-national-2023")
      .baseEdition("2026-01")
      .addCriteria(Criterion.builder()
          .id(CRITERION_ID)
          .number(9)
          .kind(CriterionKind.ACADEMIC)
          .title("Initiation à la pratique du développement durable")
          .addRequirements(
              requirement("C9.R1", "il fait le lien avec ses propres actions et son propre fonctionnement "
                  + "(système de chauffage, collecte des déchets...)"),
              requirement("C9.R2", "il sensibilise à la pratique et les enjeux du développement durable dans les "
                  + "entreprises (lors des PFMP par exemple) en rapport avec son cœur de métier ;"),
              requirement("C9.R3", "il propose de transposer ces principes aux pratiques de la vie de tous les "
                  + "jours (domicile, trajets...),"),
              requirement("C9.R4", "il participe aux concours académiques (challenge MED d'EDF, etc.) et régionaux"))
          .addExampleActions(
              example("C9.EX1", "exemples d'actions à la maison, dans l'établissement..."),
              example("C9.EX2", "mise en situation personnelle, calcul de son empreinte écologique, bilan carbone ;"),
              example("C9.EX3", "quizz, jeux pédagogiques en groupes ;"),
              example("C9.EX4", "prise en compte de la dimension développement durable dans les réalisations et "
                  + "projets pédagogiques (pour plusieurs solutions techniques, comparaison de l'impact environnemental) ;"),
              example("C9.EX5", "journées de sensibilisation, accueil de spécialistes, formation des équipes pédagogiques ;"),
              example("C9.EX6", "Tri sélectif dans l'établissement..."))
          .addNotes("Critère facultatif N°11 du cahier des charges académique d'Aix-Marseille (2012), repris à "
              + "l'identique comme critère académique obligatoire par l'académie (fictive) de Montclair.")
          .source(CRITERION_SOURCE)
          .build())
      .addRuleTailorings(RuleTailoring.builder()
          .ruleId("LDM-D-062")
          .severity(Severity.TO_COMPLETE)
          .reason("À Montclair, chaque preuve jointe au dossier doit être citée par une action ou un engagement.")
          .build())
      .source(SourceRef.of("Profil académique de Montclair 2026 (académie fictive)", "Critère académique C9"))
      .addNotes("Académie, profil et règles fictifs : l'exemple de la bibliothèque ldm pour tester un critère académique.")
      .build();

  /** Creates the supplier; the profile itself is {@link #PROFILE}. */
  public MontclairProfile() {}

  /** Returns {@link #PROFILE}. */
  @Override
  public AcademyProfile get() {
    return PROFILE;
  }

  private static Requirement requirement(String id, String text) {
    return Requirement.builder().id(id).text(text).group(LEAD_IN).source(CRITERION_SOURCE).build();
  }

  private static ExampleAction example(String id, String text) {
    return ExampleAction.builder().id(id).text(text).build();
  }
}
