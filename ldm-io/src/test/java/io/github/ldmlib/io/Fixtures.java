package io.github.ldmlib.io;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.conformity.RuleTailoring;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Articulation;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.EstablishmentType;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.EvidenceKind;
import io.github.ldmlib.model.dossier.Implementation;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.IndicatorUnit;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Network;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.dossier.Transversality;
import io.github.ldmlib.model.referential.Actor;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.CriterionKind;
import io.github.ldmlib.model.referential.Edition;
import io.github.ldmlib.model.referential.EvaluationDomain;
import io.github.ldmlib.model.referential.EvaluationDomainLink;
import io.github.ldmlib.model.referential.EvaluationSubDomain;
import io.github.ldmlib.model.referential.ExampleAction;
import io.github.ldmlib.model.referential.ExampleIndicator;
import io.github.ldmlib.model.referential.OperationalObjective;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.QualeducSheet;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.ReformMeasure;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.model.referential.StrategicAxis;
import io.github.ldmlib.model.referential.StructureElement;
import io.github.ldmlib.model.referential.StructureScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Test values in which every property of every model type is set to a value other than its
 * default, so that a round trip that loses any property fails.
 */
final class Fixtures {

  private Fixtures() {}

  static final SourceRef SOURCE = SourceRef.of("Guide de l'établissement et des auditeurs (DRAFPIC)",
      "janvier 2026", "F. Critère 4");

  static Person person() {
    return Person.of("Marchetti", "Lucie", "Professeure de génie mécanique");
  }

  static Establishment establishment() {
    return Establishment.builder()
        .uai(Uai.parse("0139999" + Uai.checkLetter("0139999")))
        .name("Lycée professionnel des Calanques")
        .type(EstablishmentType.VOCATIONAL_LYCEE)
        .sector(Sector.PUBLIC)
        .town("Marseille")
        .academy("Aix-Marseille")
        .region("Provence-Alpes-Côte d'Azur")
        .build();
  }

  static Measure measure() {
    return Measure.of(SchoolYear.of(2021), Milestone.FOLLOW_UP, new BigDecimal("12.50"));
  }

  static Indicator indicator() {
    return Indicator.builder()
        .label("Taux d'absentéisme en PFMP")
        .unit(IndicatorUnit.PERCENT)
        .direction(Direction.LOWER_IS_BETTER)
        .target(new BigDecimal("8.0"))
        .addMeasures(Measure.of(SchoolYear.of(2021), Milestone.START, new BigDecimal("14")))
        .addMeasures(measure())
        .addMeasures(Measure.of(SchoolYear.of(2026), Milestone.END, new BigDecimal("1E+1")))
        .build();
  }

  static Objective objective() {
    return Objective.builder().text("Réduire l'absentéisme en PFMP").addIndicators(indicator()).build();
  }

  static Implementation implementation() {
    return Implementation.builder()
        .resources("2 heures par semaine")
        .schedule("De septembre à juin")
        .places("Atelier et entreprises partenaires")
        .organisation("Binômes professeur-tuteur")
        .build();
  }

  static Action action() {
    return Action.builder()
        .title("Suivi renforcé des PFMP")
        .description("Un professeur référent appelle chaque tuteur\nune fois par semaine.")
        .durationYears(5)
        .addObjectives(objective())
        .implementation(implementation())
        .addRequirementIds("C4.R4")
        .addEvidenceIds("P-01", "P-02")
        .startYear(SchoolYear.of(2021))
        .perennial(false)
        .addedValue("Moins de ruptures de stage")
        .strengths("Tuteurs impliqués")
        .improvementAreas("Formaliser les visites")
        .conclusion("Action pertinente au regard des moyens")
        .build();
  }

  static Engagement engagement() {
    return Engagement.builder()
        .title("Bureau des entreprises")
        .description("Ouvrir un bureau des entreprises.")
        .durationYears(3)
        .addObjectives(objective())
        .implementation(implementation())
        .addRequirementIds("C4.R3")
        .addEvidenceIds("P-02")
        .lead(person())
        .referenceYear(SchoolYear.of(2025))
        .build();
  }

  static Transversality transversality() {
    return Transversality.builder()
        .addEvaluationDomainIds("D4", "D4.2")
        .addQualeducSheetIds("3.5")
        .establishmentProjectAxis("Axe 2 : ouverture")
        .objectivesContractAxis("Objectif 3")
        .cmqCriterion("Critère 2 du CMQ")
        .build();
  }

  static CriterionTeam team() {
    return CriterionTeam.builder()
        .coordinator(person())
        .addMembers(Person.builder().lastName("Ndiaye").build(), person())
        .build();
  }

  static CriterionSection section() {
    return CriterionSection.builder()
        .criterionId("C4")
        .diagnosis("Peu de partenariats formalisés.")
        .generalObjective("Structurer le partenariat.")
        .transversality(transversality())
        .team(team())
        .commonStrategy("Stratégie partenariale commune du réseau.")
        .addActions(action())
        .addEngagements(engagement())
        .build();
  }

  static Articulation articulation() {
    return Articulation.builder()
        .selfEvaluation("Auto-évaluation 2023")
        .establishmentProject("Projet 2022-2026")
        .objectivesContract("Contrat 2023")
        .addOtherLabels("Euroscol", "E3D")
        .build();
  }

  static Evidence evidence() {
    return Evidence.builder()
        .id("P-01")
        .title("Convention de partenariat")
        .kind(EvidenceKind.AGREEMENT)
        .fileName("convention.pdf")
        .sha256("0".repeat(64))
        .build();
  }

  static Network network() {
    return Network.builder()
        .name("Réseau des Calanques")
        .addCoApplicants(Establishment.builder().name("Lycée polyvalent du Vieux-Port").build())
        .build();
  }

  static Dossier dossier() {
    return Dossier.builder()
        .referentialId("ldm-national-2023")
        .referentialEdition("2026-01")
        .dossierKind(DossierKind.RENEWAL)
        .establishment(establishment())
        .network(network())
        .labelTitle("Lycée des métiers de la mécanique")
        .addTrades("Maintenance des véhicules", "Chaudronnerie")
        .boardVoteDate(LocalDate.of(2025, 11, 20))
        .submissionDate(LocalDate.of(2026, 3, 2))
        .context("Lycée de 600 élèves")
        .articulation(articulation())
        .addSections(section())
        .addEvidence(evidence(), Evidence.builder().id("P-02").title("Charte").kind(EvidenceKind.DOCUMENT).build())
        .build();
  }

  /** A dossier with only the required properties. */
  static Dossier minimalDossier() {
    return Dossier.builder()
        .referentialId("ldm-national-2023")
        .dossierKind(DossierKind.INITIAL)
        .establishment(Establishment.builder().name("Lycée Le Chêne").build())
        .build();
  }

  static Requirement requirement() {
    return Requirement.builder().id("C4.R7")
        .text("Dans le cas de candidatures en réseau, les établissements co-candidats mettent en place une stratégie partenariale commune.")
        .networkOnly(true).source(SOURCE).build();
  }

  static Criterion criterion() {
    return Criterion.builder()
        .id("C4")
        .number(4)
        .title("Un partenariat actif avec le tissu économique local")
        .kind(CriterionKind.NATIONAL)
        .part("Titre II : Partenariats")
        .statement("Énoncé introductif.")
        .addRequirements(Requirement.builder().id("C4.R1").text("L'établissement dispose d'une stratégie partenariale.")
            .source(SOURCE).build(), requirement())
        .addQualeducSheetIds("2.5", "3.5")
        .addReformMeasures(ReformMeasure.builder().id("C4.RM1").text("Ambition emploi").build())
        .addActors(Actor.builder().id("C4.ACT1").text("Bureau des entreprises").group("Acteurs").build())
        .addEvaluationDomainLinks(EvaluationDomainLink.builder().domainId("D4").addSubDomainIds("D4.1", "D4.2").build())
        .addStrategicAxes(StrategicAxis.builder().id("C4.AX1").text("CONNAISSANCE")
            .addSubItems("du tissu économique local", "des organismes de proximité").build())
        .addOperationalObjectives(OperationalObjective.builder().id("C4.OBJ1").text("Identifier les partenaires").build())
        .addExampleActions(ExampleAction.builder().id("C4.EX1").text("Cartographier les partenaires").build())
        .addExampleIndicators(ExampleIndicator.builder().id("C4.IND1").text("Nombre de conventions").build())
        .addNotes("Note éditoriale.")
        .source(SOURCE)
        .build();
  }

  static ProcessParameters parameters() {
    return ProcessParameters.builder()
        .addEligibleEstablishmentTypes(EstablishmentType.POLYVALENT_LYCEE, EstablishmentType.VOCATIONAL_LYCEE)
        .addEligibleSectors(Sector.PUBLIC, Sector.PRIVATE_UNDER_CONTRACT)
        .networkCandidaturesAllowed(true)
        .maxAcademicCriteria(1)
        .auditDurationDays(1)
        .auditPlanNoticeDays(15)
        .dossierNoticeWeeks(3)
        .reportDeadlineDays(15)
        .studentsMustBeHeard(true)
        .externalPartnersMustBeHeard(true)
        .minRectorateRepresentatives(1)
        .externalMemberRecommended(false)
        .minAuditors(2)
        .minCriteriaWithImprovementAxes(5)
        .minImprovementAxesPerCriterion(1)
        .maxImprovementAxesPerCriterion(2)
        .majorGapsBlockLabel(true)
        .labelValidityYears(5)
        .addFollowUpAuditYears(1, 3)
        .renewalAuditYears(5)
        .auditorTrainingDays(1)
        .minAuditsBeforeLead(2)
        .minAuditsPerYear(1)
        .maxYearsWithoutAudit(2)
        .continuingTrainingDaysPerYear(new BigDecimal("0.5"))
        .build();
  }

  static StructureElement structureElement() {
    return StructureElement.builder()
        .id("E.ACTION.addedValue")
        .scope(StructureScope.ACTION)
        .field("addedValue")
        .title("Plus-value")
        .guidance("Décrire les effets sur les élèves")
        .required(false)
        .source(SOURCE.withSection("E. Le dossier de labellisation"))
        .build();
  }

  static Referential referential() {
    return Referential.builder()
        .id("ldm-national-2023")
        .title("Cahier des charges national du label lycée des métiers (2023)")
        .edition(Edition.of("2026-01", "Édition de janvier 2026", YearMonth.of(2026, 1)))
        .addLegalReferences("Décret du 10 août 2023", "Circulaire du 23 octobre 2023")
        .effectiveDate(LocalDate.of(2023, 10, 23))
        .addCriteria(criterion())
        .addQualeducSheets(QualeducSheet.builder().id("3.5").title("Faire vivre les réseaux et les partenariats")
            .family("Vie dans l'établissement").build())
        .addEvaluationDomains(EvaluationDomain.builder().id("D4").title("L'établissement dans son environnement")
            .addSubDomains(EvaluationSubDomain.builder().id("D4.1").title("Collaborations").build()).build())
        .addDossierStructure(structureElement())
        .parameters(parameters())
        .addNotes("Transcription fidèle.")
        .source(SourceRef.of("Guide de l'établissement et des auditeurs (DRAFPIC)", "E. et F."))
        .build();
  }

  static Referential minimalReferential() {
    return Referential.builder()
        .id("ldm-test")
        .title("Référentiel de test")
        .edition(new Edition("2026-01", "Édition de test", java.util.Optional.empty()))
        .source(SourceRef.of("Document", "Section"))
        .build();
  }

  static RuleTailoring ruleTailoring() {
    return RuleTailoring.builder().ruleId("LDM-D-012").enabled(false).severity(Severity.OBSERVATION)
        .reason("Critère académique facultatif").build();
  }

  /** One non-default instance of every model type the codecs cover. */
  static List<Object> everyType() {
    Referential referential = referential();
    Criterion criterion = criterion();
    return List.of(dossier(), referential, person(), establishment(), network(), articulation(),
        transversality(), team(), measure(), indicator(), objective(), implementation(), action(), engagement(),
        section(), evidence(), SOURCE, referential.edition(), requirement(), criterion.reformMeasures().get(0),
        criterion.actors().get(0), criterion.strategicAxes().get(0), criterion.operationalObjectives().get(0),
        criterion.exampleActions().get(0), criterion.exampleIndicators().get(0),
        criterion.evaluationDomainLinks().get(0), criterion, referential.qualeducSheets().get(0),
        referential.evaluationDomains().get(0).subDomains().get(0), referential.evaluationDomains().get(0),
        structureElement(), parameters(), ruleTailoring(), establishment().uai().orElseThrow(), SchoolYear.of(2024));
  }
}
