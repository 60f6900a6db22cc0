package io.github.ldmlib.test;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.AddedRequirement;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.CriterionKind;
import io.github.ldmlib.model.referential.EvaluationDomainLink;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.model.referential.SourceRef;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The referentials the kit's own tests run against, and a small academy profile. */
final class TestData {

  private TestData() {}

  static final Referential NATIONAL_2024 = Referentials.load("ldm-national-2023", "2024-01");
  static final Referential NATIONAL_2026 = Referentials.load("ldm-national-2023", "2026-01");
  static final Referential AIX_2012 = Referentials.load("aix-marseille-2012", "2012-01");

  static final SourceRef SOURCE = SourceRef.of("Cahier des charges académique d'essai (fictif)", "Critère académique");

  /**
   * A fictional academy's profile on the national referential of 2026: an academic criterion C9
   * with a requirement for network candidatures, a requirement added to C4, and a tailoring that
   * makes an uncited piece of evidence a point to complete.
   */
  static final AcademyProfile PROFILE = AcademyProfile.builder()
      .id("essai-2026")
      .academy("Académie d'essai")
      .title("Profil académique d'essai (fictif)")
      .baseReferentialId("ldm-national-2023")
      .baseEdition("2026-01")
      .addCriteria(Criterion.builder()
          .id("C9").number(9).kind(CriterionKind.ACADEMIC)
          .title("Une démarche de développement durable inscrite dans la vie de l'établissement")
          .addRequirements(
              Requirement.builder().id("C9.R1")
                  .text("L'établissement inscrit la démarche de développement durable dans son projet d'établissement.")
                  .source(SOURCE).build(),
              Requirement.builder().id("C9.R2")
                  .text("Dans le cas des candidatures en réseau, les établissements co-candidats partagent leurs actions.")
                  .networkOnly(true).source(SOURCE).build())
          .addQualeducSheetIds("3.8")
          .addEvaluationDomainLinks(EvaluationDomainLink.builder().domainId("D4").addSubDomainIds("D4.4").build())
          .source(SOURCE)
          .build())
      .addAddedRequirements(AddedRequirement.of("C4", Requirement.builder()
          .id("C4.A1").text("L'établissement présente chaque année son bilan partenarial au groupe académique.")
          .source(SOURCE).build()))
      .addRuleTailorings(RuleTailoring.withSeverity("LDM-D-062", Severity.TO_COMPLETE))
      .source(SOURCE)
      .build();

  /** Supplies {@link #PROFILE} to {@code @LdmCheckerTest}. */
  static final class Profile implements Supplier<AcademyProfile> {
    @Override
    public AcademyProfile get() {
      return PROFILE;
    }
  }

  /** Every bundled referential, and the profile applied to the national one. */
  static Stream<Arguments> conformingFixtures() {
    return Stream.of(
        Arguments.of("ldm-national-2023@2024-01", DossierFixtures.conforming(NATIONAL_2024)),
        Arguments.of("ldm-national-2023@2026-01", DossierFixtures.conforming(NATIONAL_2026)),
        Arguments.of("aix-marseille-2012@2012-01", DossierFixtures.conforming(AIX_2012)),
        Arguments.of("profile essai-2026", DossierFixtures.conforming(PROFILE)));
  }

  static List<Referential> referentials() {
    return List.of(NATIONAL_2024, NATIONAL_2026, AIX_2012, Referentials.tailor(PROFILE));
  }
}
