package io.github.ldmlib.model.referential;

import java.time.YearMonth;

/** Small referentials made with the builders, shaped like the bundled national one. */
final class Fixtures {

  private Fixtures() {}

  static final SourceRef GUIDE_2024 = SourceRef.of("Guide", "janvier 2024", "F. Critère 1");

  static Requirement requirement(String id, String text) {
    return Requirement.builder().id(id).text(text).source(GUIDE_2024).build();
  }

  static Criterion.Builder criterion(int n) {
    String id = "C" + n;
    return Criterion.builder().id(id).number(n).title("Critère " + n).kind(CriterionKind.NATIONAL)
        .source(GUIDE_2024.withSection("F. Critère " + n))
        .addRequirements(requirement(id + ".R1", "Premier attendu du critère " + n + "."))
        .addRequirements(requirement(id + ".R2", "Second attendu du critère " + n + "."));
  }

  /** Two national criteria, sheets 3.5 and 3.6, domain D4 with D4.1 and D4.2, at most one academic criterion. */
  static Referential national() {
    return Referential.builder()
        .id("ldm-national-2023")
        .title("Cahier des charges national")
        .edition(Edition.of("2024-01", "Édition de janvier 2024", YearMonth.of(2024, 1)))
        .addCriteria(criterion(1)
            .addQualeducSheetIds("3.5")
            .addEvaluationDomainLinks(EvaluationDomainLink.builder().domainId("D4").addSubDomainIds("D4.1").build())
            .addReformMeasures(ReformMeasure.builder().id("C1.RM1").text("Bureau des entreprises").build())
            .addExampleActions(ExampleAction.builder().id("C1.EX1").text("Cartographier les partenaires")
                .group("PARTENARIATS").addSubItems("entreprises", "collèges").build())
            .build())
        .addCriteria(criterion(2).build())
        .addQualeducSheets(QualeducSheet.builder().id("3.5").title("Faire vivre les réseaux et les partenariats")
            .family("Vie dans l'établissement").build())
        .addQualeducSheets(QualeducSheet.builder().id("3.6").title("Travailler la communication interne")
            .family("Vie dans l'établissement").build())
        .addEvaluationDomains(EvaluationDomain.builder().id("D4").title("L'établissement dans son environnement")
            .addSubDomains(EvaluationSubDomain.builder().id("D4.1").title("Relations").build())
            .addSubDomains(EvaluationSubDomain.builder().id("D4.2").title("Collaborations").build())
            .build())
        .addDossierStructure(StructureElement.builder().id("E.ACTION.addedValue").scope(StructureScope.ACTION)
            .field("addedValue").title("Plus-value").source(GUIDE_2024.withSection("E")).build())
        .parameters(ProcessParameters.builder().maxAcademicCriteria(1).networkCandidaturesAllowed(true).build())
        .source(GUIDE_2024.withSection("F"))
        .build();
  }
}
