package io.github.ldmlib.model.referential;

import static io.github.ldmlib.model.referential.Fixtures.national;
import static io.github.ldmlib.model.referential.Fixtures.requirement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.referential.ReferentialChange.ItemType;
import io.github.ldmlib.model.validation.Violation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AcademyProfileTest {

  private static final SourceRef ACADEMIC_TEXT = SourceRef.of("Cahier des charges académique", "Critère 3");

  private final Referential base = national();

  private static Criterion.Builder academic(String id, int number) {
    return Criterion.builder().id(id).number(number).title("Critère académique " + number)
        .kind(CriterionKind.ACADEMIC).source(ACADEMIC_TEXT)
        .addRequirements(requirement(id + ".R1", "Attendu académique."));
  }

  private static AcademyProfile.Builder profile() {
    return AcademyProfile.builder().id("academie-test-2024").academy("Académie de test")
        .title("Profil académique de test").baseReferentialId("ldm-national-2023").source(ACADEMIC_TEXT);
  }

  private List<String> faults(AcademyProfile p) {
    return p.check(base, Locale.ENGLISH).stream().map(Violation::toString).toList();
  }

  @Test
  void appliedProfileAppendsItsCriterionAndRequirementsAndLeavesTheRestUntouched() {
    AcademyProfile p = profile().baseEdition("2024-01")
        .addCriteria(academic("C3", 3).build())
        .addAddedRequirements(AddedRequirement.of("C1", requirement("C1.A1", "Attendu académique du critère 1.")))
        .addRuleTailorings(RuleTailoring.withSeverity("LDM-D-012", Severity.MINOR_GAP))
        .build();
    Referential tailored = p.applyTo(base);

    assertThat(tailored.id()).isEqualTo(base.id());
    assertThat(tailored.edition()).isEqualTo(base.edition());
    assertThat(tailored.criteria()).extracting(Criterion::id).containsExactly("C1", "C2", "C3");
    assertThat(tailored.criteria().get(1)).isEqualTo(base.criteria().get(1));
    assertThat(tailored.criterion("C1").orElseThrow().requirements()).extracting(Requirement::id)
        .containsExactly("C1.R1", "C1.R2", "C1.A1");
    assertThat(tailored.mandatoryCriteria()).extracting(Criterion::id).containsExactly("C1", "C2", "C3");
    assertThat(tailored.notes()).containsExactly("Profil académique « Profil académique de test » "
        + "(academie-test-2024, académie Académie de test) appliqué ; critères ajoutés : C3 ; "
        + "attendus ajoutés : C1.A1 (C1).");
    assertThat(ReferentialCheck.check(tailored)).isEmpty();

    ReferentialDiff diff = ReferentialDiff.between(base, tailored);
    assertThat(diff.changes()).containsExactly(
        ReferentialChange.added(ItemType.REQUIREMENT, "C1.A1", "Attendu académique du critère 1."),
        ReferentialChange.added(ItemType.CRITERION, "C3", "Critère académique 3"),
        ReferentialChange.added(ItemType.REQUIREMENT, "C3.R1", "Attendu académique."));
  }

  @Test
  void optionalAcademicCriterionIsNotMandatory() {
    Referential tailored = profile().addCriteria(academic("C3", 3).kind(CriterionKind.OPTIONAL).build()).build()
        .applyTo(base);
    assertThat(tailored.mandatoryCriteria()).extracting(Criterion::id).containsExactly("C1", "C2");
    assertThat(tailored.criterion("C3")).isPresent();
  }

  @Test
  void nationalCriterionCannotBeRedefined() {
    AcademyProfile p = profile().addCriteria(academic("C2", 3)
        .requirements(List.of(requirement("A9.R1", "Attendu académique."))).build()).build();
    assertThat(faults(p)).containsExactly(
        "criteria[0].id: C2 is a national criterion of ldm-national-2023 and cannot be redefined");
    assertThatThrownBy(() -> p.applyTo(base, Locale.ENGLISH))
        .isInstanceOfSatisfying(ProfileException.class, e -> {
          assertThat(e.documentId()).isEqualTo("academie-test-2024");
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).hasToString("/criteria/0/id");
            assertThat(v.constraint()).isEqualTo("NoRedefinition");
          });
          assertThat(e.getMessage()).startsWith(
              "Academy profile academie-test-2024 cannot be applied to ldm-national-2023: 1 fault");
        });
  }

  @Test
  void frenchMessagesByDefault() {
    AcademyProfile p = profile().addCriteria(academic("C2", 3)
        .requirements(List.of(requirement("A9.R1", "Attendu académique."))).build()).build();
    assertThat(p.check(base)).extracting(Violation::message).containsExactly(
        "C2 est un critère national de ldm-national-2023 et ne peut pas être redéfini");
  }

  @Test
  void profileForAnotherReferentialOrEditionIsRefused() {
    AcademyProfile p = profile().baseReferentialId("aix-marseille-2012").baseEdition("2012-01").build();
    assertThat(faults(p)).containsExactly(
        "baseEdition: the profile applies to edition 2012-01 of ldm-national-2023, not to edition 2024-01",
        "baseReferentialId: the profile applies to the referential aix-marseille-2012, not to ldm-national-2023");
  }

  @Test
  void idsMustNotClashWithTheReferentialNorWithinTheProfile() {
    AcademyProfile p = profile()
        .addCriteria(academic("C3", 3)
            .addRequirements(requirement("C1.R2", "Attendu qui reprend un identifiant national."))
            .addExampleActions(ExampleAction.builder().id("C3.R1").text("Action au même id").build())
            .build())
        .addAddedRequirements(AddedRequirement.of("C2", requirement("C3.R1", "Encore C3.R1.")))
        .build();
    assertThat(faults(p)).containsExactly(
        "addedRequirements[0].requirement.id: duplicate id C3.R1, already used at criteria[0].requirements[0].id",
        "criteria[0].exampleActions[0].id: duplicate id C3.R1, already used at criteria[0].requirements[0].id",
        "criteria[0].requirements[1].id: C1.R2 is already an id of ldm-national-2023");
  }

  @Test
  void criterionNumbersMustBeNew() {
    AcademyProfile p = profile().addCriteria(academic("C9", 2).build()).build();
    assertThat(faults(p)).containsExactly(
        "criteria[0].number: criterion number 2 is already used by C2 of ldm-national-2023");
  }

  @Test
  void atMostTheAllowedNumberOfAcademicCriteria() {
    AcademyProfile p = profile()
        .addCriteria(academic("C3", 3).build())
        .addCriteria(academic("C4", 4).kind(CriterionKind.OPTIONAL).build())
        .build();
    List<Violation> found = p.check(base, Locale.ENGLISH);
    assertThat(found).extracting(Violation::toString).containsExactly(
        "criteria[1]: ldm-national-2023 allows at most 1 academic criterion (ACADEMIC or OPTIONAL); this one would be number 2");
    assertThat(found.get(0).pointer()).hasToString("/criteria/1");
  }

  @Test
  void withoutAStatedMaximumSeveralAcademicCriteriaAreAccepted() {
    Referential noMax = Referential.builder().from(base).parameters(ProcessParameters.none()).build();
    AcademyProfile p = profile()
        .addCriteria(academic("C3", 3).build())
        .addCriteria(academic("C4", 4).kind(CriterionKind.OPTIONAL).build())
        .build();
    assertThat(p.applyTo(noMax).criteria()).hasSize(4);
  }

  @Test
  void academicCriteriaAlreadyInTheReferentialCountAndCannotBeRedefined() {
    AcademyProfile p = profile().addCriteria(academic("C3", 3).build()).build();
    Referential tailored = p.applyTo(base);
    AcademyProfile again = profile().id("autre-profil")
        .addCriteria(academic("C3", 4).requirements(List.of(requirement("C4.R1", "Autre attendu."))).build())
        .build();
    assertThat(again.check(tailored, Locale.ENGLISH)).extracting(Violation::toString).containsExactly(
        "criteria[0]: ldm-national-2023 allows at most 1 academic criterion (ACADEMIC or OPTIONAL); this one would be number 2",
        "criteria[0].id: C3 is an academic criterion of ldm-national-2023 and cannot be redefined");
  }

  @Test
  void addedCriteriaAreAcademicOrOptional() {
    AcademyProfile p = profile().addCriteria(academic("C3", 3).kind(CriterionKind.NATIONAL).build()).build();
    assertThat(faults(p)).containsExactly(
        "criteria[0].kind: a profile adds ACADEMIC or OPTIONAL criteria, not NATIONAL ones");
  }

  @Test
  void addedRequirementMustTargetACriterionOfTheReferential() {
    AcademyProfile p = profile()
        .addAddedRequirements(AddedRequirement.of("C7", requirement("C7.A1", "Attendu orphelin.")))
        .build();
    assertThat(faults(p)).containsExactly("addedRequirements[0].criterionId: no criterion C7 in ldm-national-2023");
  }

  @Test
  void citedSheetsAndDomainsMustExistInTheReferential() {
    AcademyProfile p = profile()
        .addCriteria(academic("C3", 3).addQualeducSheetIds("3.6", "4.1")
            .addEvaluationDomainLinks(EvaluationDomainLink.builder().domainId("D4").addSubDomainIds("D4.3").build())
            .build())
        .build();
    assertThat(faults(p)).containsExactly(
        "criteria[0].evaluationDomainLinks[0].subDomainIds[0]: D4.3 is not a sub-domain of D4 in the referential ldm-national-2023",
        "criteria[0].qualeducSheetIds[1]: unknown Qualéduc sheet 4.1: the referential ldm-national-2023 has no such sheet");
  }

  @Test
  void malformedTextsAndTwiceTailoredRulesAreRefused() {
    AcademyProfile p = profile().title(" Profil ")
        .addCriteria(academic("C3", 3).addRequirements(requirement("C3.R2", "")).build())
        .addRuleTailorings(RuleTailoring.disable("LDM-D-001"), RuleTailoring.withSeverity("LDM-D-001", Severity.INFO))
        .build();
    List<Violation> found = p.check(base, Locale.ENGLISH);
    assertThat(found).extracting(v -> v.pointer().toString()).containsExactly(
        "/criteria/0/requirements/1/text", "/ruleTailorings/1/ruleId", "/title");
    assertThat(found).extracting(Violation::constraint).containsExactly("Text", "UniqueRule", "Text");
  }

  @Test
  void everyFaultIsListedAtOnce() {
    AcademyProfile p = profile().baseReferentialId("autre")
        .addCriteria(academic("C1", 1).build())
        .addAddedRequirements(AddedRequirement.of("C8", requirement("C2.R1", "Doublon.")))
        .build();
    assertThatThrownBy(() -> p.applyTo(base, Locale.ENGLISH))
        .isInstanceOfSatisfying(ProfileException.class, e -> assertThat(e.violations())
            .extracting(v -> v.pointer().toString()).containsExactly(
                "/addedRequirements/0/criterionId", "/addedRequirements/0/requirement/id",
                "/baseReferentialId", "/criteria/0/id", "/criteria/0/number", "/criteria/0/requirements/0/id"));
  }
}
