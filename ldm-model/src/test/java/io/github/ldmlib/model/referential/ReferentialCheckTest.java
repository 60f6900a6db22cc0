package io.github.ldmlib.model.referential;

import static io.github.ldmlib.model.referential.Fixtures.criterion;
import static io.github.ldmlib.model.referential.Fixtures.national;
import static io.github.ldmlib.model.referential.Fixtures.requirement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.validation.Violation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReferentialCheckTest {

  private final Referential base = national();

  @Test
  void soundReferentialHasNoFault() {
    assertThat(ReferentialCheck.check(base)).isEmpty();
    assertThat(ReferentialCheck.requireSound(base)).isSameAs(base);
  }

  @Test
  void duplicateIdsAreReportedWhereverTheyAre() {
    Criterion c2 = Criterion.builder().from(base.criteria().get(1))
        .addRequirements(requirement("C1.R1", "Attendu au même identifiant."))
        .addExampleIndicators(ExampleIndicator.builder().id("C2").text("Indicateur mal nommé").build())
        .build();
    Referential bad = Referential.builder().from(base).criteria(List.of(base.criteria().get(0), c2)).build();
    List<Violation> faults = ReferentialCheck.check(bad, Locale.ENGLISH);
    assertThat(faults).extracting(Violation::toString).containsExactly(
        "criteria[1].exampleIndicators[0].id: duplicate id C2, already used at criteria[1].id",
        "criteria[1].requirements[2].id: duplicate id C1.R1, already used at criteria[0].requirements[0].id");
    assertThat(faults.get(1).pointer()).hasToString("/criteria/1/requirements/2/id");
    assertThat(faults.get(1).constraint()).isEqualTo("UniqueId");
  }

  @Test
  void duplicateCriterionNumbersAndCatalogueIdsAreReported() {
    Referential bad = Referential.builder().from(base)
        .addCriteria(criterion(3).number(2).build())
        .addQualeducSheets(QualeducSheet.builder().id("3.5").title("Encore 3.5").family("Vie").build())
        .build();
    assertThat(ReferentialCheck.check(bad, Locale.ENGLISH)).extracting(Violation::toString).containsExactly(
        "criteria[2].number: duplicate criterion number 2, already used at criteria[1].number",
        "qualeducSheets[2].id: duplicate id 3.5, already used at qualeducSheets[0].id");
  }

  @Test
  void unknownSheetsDomainsAndSubDomainsAreReported() {
    Criterion c2 = Criterion.builder().from(base.criteria().get(1))
        .addQualeducSheetIds("3.5", "9.9")
        .addEvaluationDomainLinks(EvaluationDomainLink.builder().domainId("D4").addSubDomainIds("D4.2", "D4.7").build())
        .addEvaluationDomainLinks(EvaluationDomainLink.builder().domainId("D9").build())
        .build();
    Referential bad = Referential.builder().from(base).criteria(List.of(base.criteria().get(0), c2)).build();
    assertThat(ReferentialCheck.check(bad, Locale.ENGLISH)).extracting(Violation::toString).containsExactly(
        "criteria[1].evaluationDomainLinks[0].subDomainIds[1]: D4.7 is not a sub-domain of D4 in the referential ldm-national-2023",
        "criteria[1].evaluationDomainLinks[1].domainId: unknown evaluation domain D9: the referential ldm-national-2023 has no such domain",
        "criteria[1].qualeducSheetIds[1]: unknown Qualéduc sheet 9.9: the referential ldm-national-2023 has no such sheet");
  }

  @Test
  void wordingsThatDifferFromTheCatalogueAreSound() {
    Criterion c1 = Criterion.builder().from(base.criteria().get(0))
        .addQualeducSheetWordings(CitedWording.of("3.5", "Faire vivre les réseaux"))
        .evaluationDomainLinks(List.of(EvaluationDomainLink.builder().domainId("D4")
            .wording("l'établissement dans son environnement").addSubDomainIds("D4.1")
            .addSubDomainWordings(CitedWording.of("D4.1", "Relation avec les autorités")).build()))
        .build();
    Referential worded = Referential.builder().from(base).criteria(List.of(c1, base.criteria().get(1))).build();
    assertThat(ReferentialCheck.check(worded)).isEmpty();
    assertThat(c1.qualeducSheetWording("3.5")).contains("Faire vivre les réseaux");
    assertThat(c1.qualeducSheetWording("3.6")).isEmpty();
    assertThat(c1.evaluationDomainLinks().get(0).subDomainWording("D4.1")).contains("Relation avec les autorités");
    assertThat(c1.evaluationDomainLinks().get(0).subDomainWording("D4.2")).isEmpty();
  }

  @Test
  void wordingsOfUncitedItemsTwiceWordedItemsAndCatalogueTitlesAreReported() {
    Criterion c1 = Criterion.builder().from(base.criteria().get(0))
        .addQualeducSheetWordings(CitedWording.of("3.6", "Communication interne"))
        .addQualeducSheetWordings(CitedWording.of("3.5", "Faire vivre les réseaux et les partenariats"))
        .evaluationDomainLinks(List.of(EvaluationDomainLink.builder().domainId("D4")
            .wording("L'établissement dans son environnement").addSubDomainIds("D4.1")
            .addSubDomainWordings(CitedWording.of("D4.1", "Relation"), CitedWording.of("D4.1", "Relations bis"),
                CitedWording.of("D4.2", "Collaboration"))
            .build()))
        .build();
    Referential bad = Referential.builder().from(base).criteria(List.of(c1, base.criteria().get(1))).build();
    List<Violation> faults = ReferentialCheck.check(bad, Locale.ENGLISH);
    assertThat(faults).extracting(Violation::toString).containsExactly(
        "criteria[0].evaluationDomainLinks[0].subDomainWordings[1].id: D4.1 already has a wording in this criterion",
        "criteria[0].evaluationDomainLinks[0].subDomainWordings[2].id: a wording is given for D4.2, which this criterion does not cite",
        "criteria[0].evaluationDomainLinks[0].wording: the wording of D4 is its catalogue title, which is not repeated: omit it",
        "criteria[0].qualeducSheetWordings[0].id: a wording is given for 3.6, which this criterion does not cite",
        "criteria[0].qualeducSheetWordings[1].wording: the wording of 3.5 is its catalogue title, which is not repeated: omit it");
    assertThat(faults).extracting(Violation::constraint)
        .containsExactly("CitedWording", "CitedWording", "DistinctWording", "CitedWording", "DistinctWording");
    assertThat(faults.get(4).pointer()).hasToString("/criteria/0/qualeducSheetWordings/1/wording");
    assertThat(ReferentialCheck.check(bad)).extracting(Violation::message).contains(
        "la formulation de 3.5 est son intitulé au catalogue, qui ne se répète pas : l'omettre");
  }

  @Test
  void requiredTextsAreCheckedThroughBeanValidation() {
    Criterion c2 = Criterion.builder().from(base.criteria().get(1))
        .addRequirements(requirement("C2.R3", " attendu mal saisi"))
        .build();
    Referential bad = Referential.builder().from(base).criteria(List.of(base.criteria().get(0), c2)).build();
    List<Violation> faults = ReferentialCheck.check(bad, Locale.ENGLISH);
    assertThat(faults).hasSize(1);
    assertThat(faults.get(0).pointer()).hasToString("/criteria/1/requirements/2/text");
    assertThat(faults.get(0).constraint()).isEqualTo("Text");
  }

  @Test
  void contradictoryParametersAreReported() {
    Referential bad = Referential.builder().from(base)
        .parameters(ProcessParameters.builder().minImprovementAxesPerCriterion(2).maxImprovementAxesPerCriterion(1)
            .addFollowUpAuditYears(3, 1).build())
        .build();
    assertThat(ReferentialCheck.check(bad, Locale.ENGLISH)).extracting(Violation::toString).containsExactly(
        "parameters.followUpAuditYears[1]: the years of the follow-up audits must be strictly ascending",
        "parameters.maxImprovementAxesPerCriterion: at most 1 improvement axes per criterion is less than the minimum of 2");
  }

  @Test
  void messagesAreFrenchByDefault() {
    Referential bad = Referential.builder().from(base).addCriteria(criterion(3).number(1).build()).build();
    assertThat(ReferentialCheck.check(bad)).extracting(Violation::message).containsExactly(
        "numéro de critère 1 en double, déjà utilisé en criteria[0].number");
  }

  @Test
  void requireSoundThrowsWithEveryFault() {
    Referential bad = Referential.builder().from(base).addCriteria(criterion(1).build()).build();
    assertThatThrownBy(() -> ReferentialCheck.requireSound(bad, Locale.ENGLISH))
        .isInstanceOfSatisfying(ReferentialException.class, e -> {
          assertThat(e.documentId()).isEqualTo("ldm-national-2023");
          assertThat(e.violations()).hasSize(4);
          assertThat(e.getMessage()).startsWith("Referential ldm-national-2023 (2024-01) is not sound: 4 faults")
              .contains("criteria[2].id: duplicate id C1, already used at criteria[0].id");
        });
  }
}
