package io.github.ldmlib.test;

import static io.github.ldmlib.model.conformity.Severity.ADVICE;
import static io.github.ldmlib.model.conformity.Severity.NOT_SUBMITTABLE;
import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;
import static io.github.ldmlib.test.LdmAssertions.assertThat;
import static io.github.ldmlib.test.LdmAssertions.assertThatThrownBy;
import static io.github.ldmlib.test.TestData.AIX_2012;
import static io.github.ldmlib.test.TestData.NATIONAL_2024;
import static io.github.ldmlib.test.TestData.NATIONAL_2026;
import static io.github.ldmlib.test.TestData.PROFILE;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.EvidenceKind;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.rules.Checker;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conforming fixtures conform, and each defect triggers exactly the built-in rule it is made
 * for, at the place it says: the project's own rule tests, written with the kit.
 */
class DossierFixturesTest {

  static final DossierFixture NATIONAL = DossierFixtures.conforming(NATIONAL_2026);
  static final DossierFixture AIX = DossierFixtures.conforming(AIX_2012);
  static final DossierFixture ACADEMY = DossierFixtures.conforming(PROFILE);

  @Nested
  class Conforming {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.ldmlib.test.TestData#conformingFixtures")
    void theBuiltInCheckerFindsNothing(String name, DossierFixture fixture) {
      assertThat(fixture.check()).hasNoFindings().isConforming().isReadyForAudit();
      assertThat(LdmValidation.validate(fixture.dossier())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.ldmlib.test.TestData#conformingFixtures")
    void asANetworkCandidatureToo(String name, DossierFixture fixture) {
      DossierFixture network = fixture.asNetworkCandidature();

      assertThat(network.dossier().isNetworkCandidature()).isTrue();
      assertThat(network.check()).hasNoFindings();
      assertThat(network.asNetworkCandidature()).isSameAs(network);
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void atEveryStage(Stage stage) {
      assertThat(NATIONAL.atStage(stage).check()).hasNoFindings();
      assertThat(AIX.atStage(stage).check()).hasNoFindings();
    }

    @Test
    void aRenewalIsARenewalDossier() {
      assertThat(NATIONAL.atStage(Stage.RENEWAL).dossier().dossierKind()).isEqualTo(DossierKind.RENEWAL);
      assertThat(NATIONAL.atStage(Stage.RENEWAL).atStage(Stage.CANDIDATURE).dossier().dossierKind())
          .isEqualTo(DossierKind.INITIAL);
      assertThat(NATIONAL.atStage(Stage.FOLLOW_UP_1_YEAR).dossier()).isEqualTo(NATIONAL.dossier());
    }

    @Test
    void asOfAnotherDateItsMeasuresFollowTheDate() {
      DossierFixture later = DossierFixtures.conforming(NATIONAL_2026, LocalDate.of(2031, 10, 2));

      assertThat(later.asOf()).isEqualTo(LocalDate.of(2031, 10, 2));
      assertThat(later.check()).hasNoFindings();
      assertThat(later.dossier().sections().get(0).actions().get(0).startYear()).hasValueSatisfying(
          n -> assertThat(n.toString()).isEqualTo("2025-2026"));
    }

    @Test
    void theAcademicCriterionHasItsSection() {
      assertThat(ACADEMY.referential()).hasMandatoryCriteria("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9");
      assertThat(ACADEMY.dossier().section("C9")).isPresent();
      assertThat(ACADEMY.check()).criterion("C9").isConforming();
      assertThat(ACADEMY.check().coverage("C4.A1").orElseThrow().actions()).isNotEmpty();
      assertThat(ACADEMY.dossier().establishment().academy()).contains("Académie d'essai");
    }

    @Test
    void theSameArgumentsGiveAnEqualDossier() {
      assertThat(DossierFixtures.conforming(NATIONAL_2026).dossier()).isEqualTo(NATIONAL.dossier());
      assertThat(DossierFixtures.conforming(PROFILE).dossier()).isEqualTo(ACADEMY.dossier());
    }

    @Test
    void theTwoEditionsGiveTheSameShape() {
      Dossier a = DossierFixtures.conforming(NATIONAL_2024).dossier();
      assertThat(a.referentialEdition()).contains("2024-01");
      assertThat(a.sections()).hasSameSizeAs(NATIONAL.dossier().sections());
    }

    @Test
    void messagesComeInEnglishOnRequest() {
      assertThat(NATIONAL.withoutCoordinator("C2").check(Locale.ENGLISH))
          .hasFindingsOf("LDM-D-020").withMessageContaining("coordinator");
    }
  }

  @Nested
  class Defects {

    @Test
    void withoutSection() {
      DossierFixture fixture = NATIONAL.withoutSection("C4");

      assertThat(fixture.dossier().section("C4")).isEmpty();
      assertThat(fixture.check())
          .isNotReadyForAudit()
          .hasOnlyFindingsOf("LDM-D-003")
          .hasFindingsOf("LDM-D-003").at(JsonPointer.parse("/sections")).onCriterion("C4").withSeverity(NOT_SUBMITTABLE).exactly(1);
      assertThat(fixture.dossier().evidence()).hasSizeLessThan(NATIONAL.dossier().evidence().size());
    }

    @Test
    void withoutSectionOfTheAcademicCriterion() {
      assertThat(ACADEMY.withoutSection("C9").check())
          .hasOnlyFindingsOf("LDM-D-003")
          .hasFindingsOf("LDM-D-003").onCriterion("C9").exactly(1);
    }

    @Test
    void withoutDiagnosis() {
      assertThat(NATIONAL.withoutDiagnosis("C5").check())
          .hasOnlyFindingsOf("LDM-D-020")
          .hasFindingsOf("LDM-D-020").at(JsonPointer.parse("/sections/4/diagnosis")).withSeverity(TO_COMPLETE).exactly(1);
    }

    @Test
    void withoutCoordinator() {
      DossierFixture fixture = NATIONAL.withoutCoordinator("C3");

      assertThat(fixture.dossier().section("C3").orElseThrow().team().orElseThrow().members()).isNotEmpty();
      assertThat(fixture.check())
          .hasOnlyFindingsOf("LDM-D-020")
          .hasFindingsOf("LDM-D-020").at(fixture.sectionPointer("C3") + "/team/coordinator").exactly(1);
      assertThat(fixture.check()).criterion("C3").isNonConforming();
      assertThat(fixture.check()).criterion("C4").isConforming();
    }

    @Test
    void aDossierOfThe2012NoteIsNotAskedForTheGuidesCoordinator() {
      // The 2012 note only says that a « dossier-type » LDM 02 exists: the guide's section E is not its.
      DossierFixture fixture = AIX.withoutCoordinator("C3");

      assertThat(fixture.check()).hasNoFindingsOf("LDM-D-020");
    }

    @Test
    void withoutStartMeasure() {
      assertThat(NATIONAL.withoutMeasure("C1", Milestone.START).check())
          .hasOnlyFindingsOf("LDM-D-051")
          .hasFindingsOf("LDM-D-051")
          .at(JsonPointer.parse("/sections/0/actions/0/objectives/0/indicators/0/measures")).withSeverity(TO_COMPLETE).exactly(1);
    }

    @Test
    void withoutFollowUpOrEndMeasureOfAPerennialAction() {
      for (Milestone m : new Milestone[] {Milestone.FOLLOW_UP, Milestone.END}) {
        assertThat(NATIONAL.withoutMeasure("C2", m).check())
            .as(m.name())
            .hasOnlyFindingsOf("LDM-D-096")
            .hasFindingsOf("LDM-D-096").at(JsonPointer.parse("/sections/1/actions/0/objectives/0/indicators/0/measures")).exactly(1);
      }
    }

    @Test
    void withoutEndMeasureOfAnActionThatIsNotPerennial() {
      DossierFixture fixture = NATIONAL.withFirstAction("C2", a -> Action.builder().from(a).perennial(false).build());

      assertThat(fixture.check()).hasNoFindings();
      assertThat(fixture.withoutMeasure("C2", Milestone.END).check())
          .hasOnlyFindingsOf("LDM-D-055")
          .hasFindingsOf("LDM-D-055").at(JsonPointer.parse("/sections/1/actions/0/objectives/0/indicators/0/measures")).exactly(1);
    }

    @Test
    void withMeasureInTheFuture() {
      assertThat(NATIONAL.withMeasureInTheFuture("C6").check())
          .hasOnlyFindingsOf("LDM-D-052")
          .hasFindingsOf("LDM-D-052")
          .at(JsonPointer.parse("/sections/5/engagements/0/objectives/0/indicators/0/measures/1/schoolYear"))
          .withSeverity(TO_COMPLETE).exactly(1);
    }

    @Test
    void withUnresolvedEvidence() {
      DossierFixture fixture = NATIONAL.withUnresolvedEvidence("C7");
      int cited = fixture.dossier().section("C7").orElseThrow().actions().get(0).evidenceIds().size();

      assertThat(fixture.check())
          .hasOnlyFindingsOf("LDM-D-060")
          .hasFindingsOf("LDM-D-060").at("/sections/6/actions/0/evidenceIds/" + (cited - 1)).exactly(1);
    }

    @Test
    void withUnaddressedRequirement() {
      assertThat(NATIONAL.withUnaddressedRequirement("C4.R3").check())
          .hasOnlyFindingsOf("LDM-D-090")
          .isReadyForAudit()
          .hasNothingToCorrect()
          .hasFindingsOf("LDM-D-090").at(JsonPointer.parse("/sections/3")).onRequirement("C4.R3").withSeverity(ADVICE).exactly(1);
    }

    @Test
    void withIneligibleCoApplicant() {
      DossierFixture fixture = AIX.withIneligibleCoApplicant();

      assertThat(fixture.dossier().isNetworkCandidature()).isTrue();
      assertThat(fixture.check())
          .hasOnlyFindingsOf("LDM-D-071")
          .isNotReadyForAudit()
          .hasFindingsOf("LDM-D-071").at(JsonPointer.parse("/network/coApplicants/1/sector")).withSeverity(NOT_SUBMITTABLE).exactly(1);
    }

    @Test
    void withoutCommonStrategy() {
      // Criterion 4: « les établissements co-candidats mettent en place une stratégie partenariale commune ».
      DossierFixture fixture = NATIONAL.withoutCommonStrategy("C4");

      assertThat(fixture.dossier().isNetworkCandidature()).isTrue();
      assertThat(fixture.check())
          .hasOnlyFindingsOf("LDM-D-074")
          .hasFindingsOf("LDM-D-074").at(JsonPointer.parse("/sections/3/commonStrategy")).onRequirement("C4.R7")
          .withSeverity(TO_COMPLETE).exactly(1);
    }

    @Test
    void withoutTheCommonReflectionsOfCriterion8() {
      // Criterion 8 only asks that the co-applicants « engag[ent] des réflexions » on a common strategy: advice.
      assertThat(NATIONAL.withoutCommonStrategy("C8").check())
          .hasOnlyFindingsOf("LDM-D-079")
          .hasFindingsOf("LDM-D-079").at(JsonPointer.parse("/sections/7/commonStrategy")).onRequirement("C8.R6")
          .withSeverity(ADVICE).exactly(1);
    }

    @Test
    void theProfileTailorsTheSeverityOfItsRules() {
      DossierFixture fixture = ACADEMY.withDossier(d -> Dossier.builder().from(d)
          .addEvidence(Evidence.builder().id("P-900").title("Pièce jamais citée")
              .kind(EvidenceKind.OTHER).build())
          .build());

      assertThat(fixture.check()).hasOnlyFindingsOf("LDM-D-062").hasFindingsOf("LDM-D-062").withSeverity(TO_COMPLETE).exactly(1);
      assertThat(NATIONAL.withDossier(d -> Dossier.builder().from(d).addEvidence(fixture.dossier().evidence("P-900").orElseThrow())
              .build()).check())
          .hasOnlyFindingsOf("LDM-D-062").hasFindingsOf("LDM-D-062").withSeverity(ADVICE).exactly(1);
    }

    @Test
    void aFixtureNeverChanges() {
      Dossier before = NATIONAL.dossier();
      NATIONAL.withoutSection("C1").withoutCoordinator("C2").asNetworkCandidature();

      assertThat(NATIONAL.dossier()).isSameAs(before);
      assertThat(NATIONAL.check()).hasNoFindings();
    }

    @Test
    void defectsCombine() {
      assertThat(NATIONAL.withoutSection("C1").withoutCoordinator("C2").withMeasureInTheFuture("C3").check())
          .hasOnlyFindingsOf("LDM-D-003", "LDM-D-020", "LDM-D-052")
          .hasFindingsOf("LDM-D-020").at(JsonPointer.parse("/sections/0/team/coordinator")).exactly(1);
    }
  }

  @Nested
  class Shape {

    @Test
    void aSectionForAnOptionalCriterion() {
      DossierFixture fixture = AIX.withSectionFor("C11");

      assertThat(fixture.dossier().sections()).extracting(s -> s.criterionId())
          .containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C11");
      assertThat(fixture.check()).hasNoFindings().criterion("C11").isConforming();
      assertThat(fixture.withSectionFor("C10").dossier().sections()).extracting(s -> s.criterionId())
          .containsSubsequence("C9", "C10", "C11");
      assertThat(fixture.withSectionFor("C10").check()).hasNoFindings();
    }

    @Test
    void aSectionTakesItsPlaceInTheOrderOfTheReferential() {
      DossierFixture fixture = NATIONAL.withoutSection("C3").withSectionFor("C3");

      assertThat(fixture.sectionPointer("C3")).isEqualTo("/sections/2");
      assertThat(fixture.check()).hasNoFindings();
    }

    @Test
    void changesOfOnePart() {
      assertThat(NATIONAL.withSection("C1", s -> CriterionSection.builder().from(s)
              .generalObjective(Optional.empty()).build()).check())
          .hasOnlyFindingsOf("LDM-D-020").hasFindingsAt("/sections/0/generalObjective").exactly(1);
      assertThat(NATIONAL.withFirstEngagement("C2", g -> Engagement.builder().from(g)
              .lead(Optional.empty()).build()).check())
          .hasOnlyFindingsOf("LDM-D-040").hasFindingsAt("/sections/1/engagements/0/lead").exactly(1);
      assertThat(NATIONAL.withDossier(d -> Dossier.builder().from(d).context(Optional.empty()).build()).check())
          .hasOnlyFindingsOf("LDM-D-010").hasFindingsAt("/context").exactly(1);
    }

    @Test
    void checkedAsOfAnEarlierDate() {
      assertThat(NATIONAL.checkedAsOf(LocalDate.of(2024, 10, 1)).check())
          .hasFindingsOf("LDM-D-052").withSeverity(TO_COMPLETE);
    }

    @Test
    void checkedByAnotherChecker() {
      Checker<Dossier> checker = Checker.builder(DocumentKind.DOSSIER).referential(NATIONAL.referential())
          .tailor(RuleTailoring.disable("LDM-D-020")).build();

      assertThat(NATIONAL.checkedBy(checker).withoutCoordinator("C1").check()).hasNoFindings();
      assertThat(NATIONAL.checkedBy(checker).checker()).isSameAs(checker);
    }
  }

  @Nested
  class PreciseErrors {

    @Test
    void anUnknownSection() {
      assertThatThrownBy(() -> NATIONAL.withoutCoordinator("C12"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("The dossier has no section for criterion C12; its sections are for C1, C2, C3, C4, C5, C6, C7, C8");
      assertThatThrownBy(() -> NATIONAL.sectionPointer("C9")).hasMessageContaining("no section for criterion C9");
    }

    @Test
    void anIneligibleCoApplicantUnderAReferentialWithoutEligibleSectors() {
      assertThatThrownBy(NATIONAL::withIneligibleCoApplicant)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("ldm-national-2023@2026-01 lists no eligible sector, so no co-applicant can be "
              + "ineligible (rule LDM-D-071 does not apply)");
    }

    @Test
    void aCommonStrategyThatIsNotAsked() {
      assertThatThrownBy(() -> NATIONAL.withoutCommonStrategy("C1"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Criterion C1 of ldm-national-2023 has no requirement for network candidatures, "
              + "so no common strategy is asked of it");
    }

    @Test
    void aMeasureThatIsMissing() {
      assertThatThrownBy(() -> NATIONAL.withoutMeasure("C1", Milestone.START).withoutMeasure("C1", Milestone.START))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("has no measure at START");
    }

    @Test
    void anUnknownRequirementOrCriterion() {
      assertThatThrownBy(() -> NATIONAL.withUnaddressedRequirement("C4.R99"))
          .hasMessage("No criterion of ldm-national-2023@2026-01 has a requirement C4.R99");
      assertThatThrownBy(() -> NATIONAL.withSectionFor("C11"))
          .hasMessage("ldm-national-2023@2026-01 has no criterion C11; its criteria are C1, C2, C3, C4, C5, C6, C7, C8");
      assertThatThrownBy(() -> NATIONAL.withSectionFor("C1"))
          .hasMessage("The dossier already has a section for criterion C1");
    }

    @Test
    void aCheckerOfAnotherReferential() {
      assertThatThrownBy(() -> NATIONAL.checkedBy(Checker.of(AIX_2012)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("The checker checks against aix-marseille-2012@2012-01");
    }

    @Test
    void aMeasureThatCannotLieInTheFuture() {
      assertThatThrownBy(() -> NATIONAL.withMeasureInTheFuture("C1").withMeasureInTheFuture("C1").withMeasureInTheFuture("C1"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("do not lie in the future as of 2026-03-16");
    }
  }
}
