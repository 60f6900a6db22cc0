package io.github.ldmlib.model.referential;

import static io.github.ldmlib.model.referential.Fixtures.criterion;
import static io.github.ldmlib.model.referential.Fixtures.national;
import static io.github.ldmlib.model.referential.Fixtures.requirement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.referential.ReferentialChange.ItemType;
import io.github.ldmlib.model.referential.ReferentialChange.Kind;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferentialDiffTest {

  private final Referential base = national();

  /** The same referential in another edition, with other source references and notes. */
  private Referential.Builder nextEdition() {
    return Referential.builder().from(base)
        .edition(Edition.of("2026-01", "Édition de janvier 2026", YearMonth.of(2026, 1)))
        .source(SourceRef.of("Guide", "janvier 2026", "F"))
        .addNotes("Reconstitution du critère 8.");
  }

  private Criterion c1() {
    return base.criterion("C1").orElseThrow();
  }

  @Test
  void identicalItemsGiveNoChangeWhateverTheEditionSourcesAndNotes() {
    Criterion resourced = Criterion.builder().from(c1())
        .source(SourceRef.of("Guide", "janvier 2026", "F. Critère 1"))
        .requirements(c1().requirements().stream()
            .map(r -> Requirement.builder().from(r).source(SourceRef.of("Guide", "janvier 2026", "F. Critère 1")).build())
            .toList())
        .addNotes("Note éditoriale")
        .build();
    Referential next = nextEdition().criteria(java.util.List.of(resourced, base.criteria().get(1))).build();
    ReferentialDiff diff = ReferentialDiff.between(base, next);
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.toString()).isEqualTo("ldm-national-2023 2024-01 -> ldm-national-2023 2026-01: 0 changes");
  }

  @Test
  void removedReformMeasureIsReportedWithItsText() {
    Referential next = nextEdition()
        .criteria(java.util.List.of(Criterion.builder().from(c1()).reformMeasures(java.util.List.of()).build(),
            base.criteria().get(1)))
        .build();
    ReferentialDiff diff = ReferentialDiff.between(base, next);
    assertThat(diff.changes()).containsExactly(
        ReferentialChange.removed(ItemType.REFORM_MEASURE, "C1.RM1", "Bureau des entreprises"));
    assertThat(diff.changes().get(0)).hasToString("REMOVED REFORM_MEASURE C1.RM1: \"Bureau des entreprises\"");
  }

  @Test
  void textChangesAreExactDownToAccentsAndSpaces() {
    Criterion changed = Criterion.builder().from(c1())
        .requirements(java.util.List.of(
            requirement("C1.R1", "Premier attendu du critère 1 ."),
            Requirement.builder().from(c1().requirements().get(1)).networkOnly(true).build()))
        .build();
    Referential next = nextEdition().criteria(java.util.List.of(changed, base.criteria().get(1))).build();
    ReferentialDiff diff = ReferentialDiff.between(base, next);
    assertThat(diff.changes()).containsExactly(
        ReferentialChange.changed(ItemType.REQUIREMENT, "C1.R1", "text",
            "Premier attendu du critère 1.", "Premier attendu du critère 1 ."),
        ReferentialChange.changed(ItemType.REQUIREMENT, "C1.R2", "networkOnly", "false", "true"));
  }

  @Test
  void groupAndSubItemsOfListItemsAreCompared() {
    ExampleAction action = c1().exampleActions().get(0);
    Criterion changed = Criterion.builder().from(c1())
        .exampleActions(java.util.List.of(ExampleAction.builder().from(action)
            .group(Optional.empty()).subItems(java.util.List.of("entreprises")).build()))
        .build();
    ReferentialDiff diff = ReferentialDiff.between(base,
        nextEdition().criteria(java.util.List.of(changed, base.criteria().get(1))).build());
    assertThat(diff.changesOf("C1.EX1")).containsExactly(
        ReferentialChange.changed(ItemType.EXAMPLE_ACTION, "C1.EX1", "group", "PARTENARIATS", null),
        ReferentialChange.changed(ItemType.EXAMPLE_ACTION, "C1.EX1", "subItems", "entreprises\ncollèges", "entreprises"));
  }

  @Test
  void criterionAttributesAndLinksAreCompared() {
    Criterion changed = Criterion.builder().from(c1())
        .title("Critère un").statement("Préambule").qualeducSheetIds(java.util.List.of("3.5", "3.6"))
        .evaluationDomainLinks(java.util.List.of(
            EvaluationDomainLink.builder().domainId("D4").addSubDomainIds("D4.1", "D4.2").build()))
        .build();
    ReferentialDiff diff = ReferentialDiff.between(base,
        nextEdition().criteria(java.util.List.of(changed, base.criteria().get(1))).build());
    assertThat(diff.changes()).extracting(c -> c.attribute().orElseThrow())
        .containsExactly("title", "statement", "qualeducSheetIds", "evaluationDomainLinks");
    assertThat(diff.changesOf("C1").get(3).oldText()).contains("D4 (D4.1)");
    assertThat(diff.changesOf("C1").get(3).newText()).contains("D4 (D4.1, D4.2)");
    assertThat(diff.changesOf("C1").get(1).oldText()).isEmpty();
  }

  @Test
  void criterionWordingsOfSheetsDomainsAndSubDomainsAreCompared() {
    Criterion worded = Criterion.builder().from(c1())
        .addQualeducSheetWordings(CitedWording.of("3.5", "Faire vivre les réseaux"))
        .evaluationDomainLinks(java.util.List.of(EvaluationDomainLink.builder().domainId("D4")
            .wording("l'établissement dans son environnement").addSubDomainIds("D4.1")
            .addSubDomainWordings(CitedWording.of("D4.1", "Relation avec les autorités")).build()))
        .build();
    ReferentialDiff diff = ReferentialDiff.between(base,
        nextEdition().criteria(java.util.List.of(worded, base.criteria().get(1))).build());
    assertThat(diff.changes()).extracting(c -> c.attribute().orElseThrow())
        .containsExactly("qualeducSheetWordings", "evaluationDomainWordings");
    assertThat(diff.changes().get(0).oldText()).isEmpty();
    assertThat(diff.changes().get(0).newText()).contains("3.5: Faire vivre les réseaux");
    assertThat(diff.changes().get(1).oldText()).isEmpty();
    assertThat(diff.changes().get(1).newText())
        .contains("D4: l'établissement dans son environnement\nD4.1: Relation avec les autorités");
  }

  @Test
  void addedCriterionComesAfterItsPredecessorWithEachOfItsItems() {
    Criterion academic = Criterion.builder().id("C3").number(3).title("Critère académique")
        .kind(CriterionKind.ACADEMIC).source(Fixtures.GUIDE_2024)
        .addRequirements(requirement("C3.R1", "Attendu académique."))
        .build();
    Referential next = nextEdition().addCriteria(academic).build();
    ReferentialDiff diff = ReferentialDiff.between(base, next);
    assertThat(diff.changes()).containsExactly(
        ReferentialChange.added(ItemType.CRITERION, "C3", "Critère académique"),
        ReferentialChange.added(ItemType.REQUIREMENT, "C3.R1", "Attendu académique."));
    ReferentialDiff back = ReferentialDiff.between(next, base);
    assertThat(back.changes()).extracting(ReferentialChange::kind).containsOnly(Kind.REMOVED);
  }

  @Test
  void addedItemsKeepTheirPlaceInDocumentOrder() {
    Criterion changed = Criterion.builder().from(c1())
        .requirements(java.util.List.of(c1().requirements().get(0), requirement("C1.R9", "Nouvel attendu."),
            c1().requirements().get(1)))
        .build();
    Referential next = nextEdition()
        .criteria(java.util.List.of(changed, base.criteria().get(1)))
        .parameters(ProcessParameters.builder().from(base.parameters()).maxAcademicCriteria(2).auditPlanNoticeDays(15).build())
        .addQualeducSheets(QualeducSheet.builder().id("3.7").title("Communication externe").family("Vie").build())
        .build();
    ReferentialDiff diff = ReferentialDiff.between(base, next);
    assertThat(diff.changes()).containsExactly(
        ReferentialChange.added(ItemType.REQUIREMENT, "C1.R9", "Nouvel attendu."),
        ReferentialChange.added(ItemType.QUALEDUC_SHEET, "3.7", "Communication externe"),
        ReferentialChange.changed(ItemType.PARAMETER, "maxAcademicCriteria", "value", "1", "2"),
        ReferentialChange.added(ItemType.PARAMETER, "auditPlanNoticeDays", "15"));
    assertThat(diff.changesOf(ItemType.PARAMETER)).hasSize(2);
  }

  @Test
  void catalogueAndStructureChangesAreReported() {
    Referential next = nextEdition()
        .qualeducSheets(java.util.List.of(base.qualeducSheets().get(0)))
        .evaluationDomains(java.util.List.of(EvaluationDomain.builder().from(base.evaluationDomains().get(0))
            .title("Domaine 4").subDomains(java.util.List.of(base.evaluationDomains().get(0).subDomains().get(0))).build()))
        .dossierStructure(java.util.List.of(StructureElement.builder().from(base.dossierStructure().get(0))
            .required(false).guidance("Décrire les effets").build()))
        .build();
    ReferentialDiff diff = ReferentialDiff.between(base, next);
    assertThat(diff.changes()).extracting(ReferentialChange::toString).containsExactly(
        "REMOVED QUALEDUC_SHEET 3.6: \"Travailler la communication interne\"",
        "CHANGED EVALUATION_DOMAIN D4 title: \"L'établissement dans son environnement\" -> \"Domaine 4\"",
        "REMOVED EVALUATION_SUB_DOMAIN D4.2: \"Collaborations\"",
        "CHANGED STRUCTURE_ELEMENT E.ACTION.addedValue guidance: (absent) -> \"Décrire les effets\"",
        "CHANGED STRUCTURE_ELEMENT E.ACTION.addedValue required: \"true\" -> \"false\"");
  }

  @Test
  void equalDiffsAreEqual() {
    Referential next = nextEdition().build();
    assertThat(ReferentialDiff.between(base, next)).isEqualTo(ReferentialDiff.between(base, next))
        .hasSameHashCodeAs(ReferentialDiff.between(base, next));
  }

  @Test
  void changeKindAndAttributeMustAgree() {
    assertThatThrownBy(() -> new ReferentialChange(Kind.CHANGED, ItemType.REQUIREMENT, "C1.R1",
        Optional.empty(), Optional.of("a"), Optional.of("b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names the attribute");
    assertThatThrownBy(() -> new ReferentialChange(Kind.ADDED, ItemType.REQUIREMENT, "C1.R1",
        Optional.of("text"), Optional.empty(), Optional.of("b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no attribute");
  }
}
