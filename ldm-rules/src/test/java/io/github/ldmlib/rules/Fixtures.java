package io.github.ldmlib.rules;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
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
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.CriterionKind;
import io.github.ldmlib.model.referential.Edition;
import io.github.ldmlib.model.referential.EvaluationDomain;
import io.github.ldmlib.model.referential.EvaluationSubDomain;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.QualeducSheet;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.model.referential.SourceRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small referential and a complete, conforming dossier built with the model's builders; tests
 * derive defective dossiers from it.
 *
 * <p>The referential has two national criteria (C1, C4; C4.R3 applies to network candidatures
 * only), one academic criterion (A1) and one optional criterion (C10). The dossier is checked as of
 * 14 March 2025, in the school year 2024-2025.
 */
final class Fixtures {

  private Fixtures() {}

  static final LocalDate AS_OF = LocalDate.of(2025, 3, 14);
  static final String GUIDE = "Guide de l'établissement et des auditeurs (DRAFPIC)";

  static Uai uai(String digits) {
    return Uai.parse(digits + Uai.checkLetter(digits));
  }

  static Requirement requirement(String id, String text, boolean networkOnly, int criterion) {
    return Requirement.builder().id(id).text(text).networkOnly(networkOnly)
        .source(SourceRef.of(GUIDE, "janvier 2026", "F. Critère " + criterion)).build();
  }

  static Criterion criterion(String id, int number, CriterionKind kind, String title, Requirement... requirements) {
    return Criterion.builder().id(id).number(number).kind(kind).title(title)
        .addRequirements(requirements)
        .source(SourceRef.of(GUIDE, "janvier 2026", "F. Critère " + number))
        .build();
  }

  static final Referential REFERENTIAL = Referential.builder()
      .id("ldm-test")
      .title("Référentiel d'essai")
      .edition(Edition.of("2026-01", "Édition de janvier 2026", YearMonth.of(2026, 1)))
      .addCriteria(
          criterion("C1", 1, CriterionKind.NATIONAL,
              "Une offre de formations professionnelles construite autour d'un ensemble de métiers",
              requirement("C1.R1", "L'établissement propose une offre de formations professionnelles permettant des parcours ascendants.", false, 1),
              requirement("C1.R2", "L'offre de formations est construite en cohérence avec les besoins en compétences.", false, 1)),
          criterion("C4", 4, CriterionKind.NATIONAL,
              "Un partenariat actif avec le tissu économique local",
              requirement("C4.R1", "L'établissement dispose d'une stratégie partenariale.", false, 4),
              requirement("C4.R2", "Le bureau des entreprises est clairement identifié dans l'établissement.", false, 4),
              requirement("C4.R3", "Dans le cas de candidatures en réseau, les établissements co-candidats mettent en place une stratégie partenariale commune.", true, 4)),
          criterion("A1", 9, CriterionKind.ACADEMIC,
              "Critère académique d'essai",
              requirement("A1.R1", "L'établissement conduit une action académique.", false, 9)),
          criterion("C10", 10, CriterionKind.OPTIONAL,
              "Personnalisation des parcours",
              requirement("C10.R1", "Il organise une gestion souple des temps de formation.", false, 10)))
      .addQualeducSheets(
          QualeducSheet.builder().id("3.2").title("Analyser et faire évoluer l'offre de formation").family("Vie dans l'établissement").build(),
          QualeducSheet.builder().id("3.5").title("Faire vivre les réseaux et les partenariats").family("Vie dans l'établissement").build())
      .addEvaluationDomains(
          EvaluationDomain.builder().id("D1").title("Les apprentissages et les parcours des élèves")
              .addSubDomains(EvaluationSubDomain.builder().id("D1.1").title("Acquis scolaires et résultats").build())
              .build(),
          EvaluationDomain.builder().id("D4").title("L'établissement dans son environnement institutionnel et partenarial")
              .addSubDomains(EvaluationSubDomain.builder().id("D4.1").title("Partenariats avec le monde économique").build())
              .build())
      .parameters(ProcessParameters.builder()
          .addEligibleEstablishmentTypes(EstablishmentType.VOCATIONAL_LYCEE, EstablishmentType.POLYVALENT_LYCEE,
              EstablishmentType.VOCATIONAL_LYCEE_ASSOCIATED_WITH_LGT)
          .addEligibleSectors(Sector.PUBLIC, Sector.PRIVATE_UNDER_CONTRACT)
          .networkCandidaturesAllowed(true)
          .build())
      // Section E of the guide, as the bundled national referential states it: a referential brings its own structure.
      .dossierStructure(Referentials.load("ldm-national-2023", "2026-01").dossierStructure())
      .source(SourceRef.of(GUIDE, "janvier 2026", "F. Cahier des charges du label lycée des métiers"))
      .build();

  static Indicator indicator(String label, Measure... measures) {
    return Indicator.builder().label(label).unit(IndicatorUnit.PERCENT).direction(Direction.HIGHER_IS_BETTER)
        .addMeasures(measures).build();
  }

  static Measure measure(int year, Milestone milestone, String value) {
    return Measure.of(SchoolYear.of(year), milestone, new BigDecimal(value));
  }

  static Implementation implementation() {
    return Implementation.builder().resources("Deux heures par semaine, un budget de 500 euros")
        .schedule("De septembre à juin").places("Au lycée et en entreprise")
        .organisation("Le coordonnateur réunit l'équipe chaque mois").build();
  }

  /** A perennial action started in 2019-2020: its N+3 measure (2022-2023) is due, its N+5 (2024-2025) not yet. */
  static Action perennialAction(String criterion, String evidence, String... requirements) {
    return Action.builder()
        .title("Action pérenne du critère " + criterion)
        .description("Une action qui dure et que l'établissement suit chaque année.")
        .durationYears(6)
        .perennial(true)
        .startYear(SchoolYear.of(2019))
        .addObjectives(Objective.builder().text("Augmenter le taux de réussite")
            .addIndicators(indicator("Taux de réussite " + criterion,
                measure(2019, Milestone.START, "70"), measure(2022, Milestone.FOLLOW_UP, "78")))
            .build())
        .addedValue("Les élèves réussissent mieux")
        .implementation(implementation())
        .strengths("Une équipe stable")
        .improvementAreas("Associer davantage les familles")
        .conclusion("L'action est pertinente au regard des moyens engagés")
        .addRequirementIds(requirements)
        .addEvidenceIds(evidence)
        .build();
  }

  /** A two-year action started in 2023-2024: only its start measure is due. */
  static Action shortAction(String criterion, String evidence, String... requirements) {
    return Action.builder()
        .title("Action courte du critère " + criterion)
        .description("Une action de deux ans commencée l'an dernier.")
        .durationYears(2)
        .perennial(false)
        .startYear(SchoolYear.of(2023))
        .addObjectives(Objective.builder().text("Développer les partenariats")
            .addIndicators(indicator("Part des élèves suivis " + criterion, measure(2023, Milestone.START, "40")))
            .build())
        .addedValue("Des partenaires plus nombreux")
        .implementation(implementation())
        .strengths("Des entreprises engagées")
        .improvementAreas("Formaliser les conventions")
        .conclusion("L'action est à poursuivre")
        .addRequirementIds(requirements)
        .addEvidenceIds(evidence)
        .build();
  }

  static Engagement engagement(String criterion, String evidence, String... requirements) {
    return Engagement.builder()
        .title("Engagement du critère " + criterion)
        .description("Une action à venir, avec ses attendus.")
        .lead(Person.of("Martin", "Claire", "Directrice déléguée aux formations"))
        .durationYears(3)
        .referenceYear(SchoolYear.of(2024))
        .addObjectives(Objective.builder().text("Réduire l'absentéisme en PFMP")
            .addIndicators(Indicator.builder().label("Taux d'absentéisme en PFMP " + criterion)
                .unit(IndicatorUnit.PERCENT).direction(Direction.LOWER_IS_BETTER)
                .addMeasures(measure(2024, Milestone.START, "12.5")).build())
            .build())
        .implementation(implementation())
        .addRequirementIds(requirements)
        .addEvidenceIds(evidence)
        .build();
  }

  static CriterionSection section(String criterion, Action action, Engagement engagement) {
    return CriterionSection.builder()
        .criterionId(criterion)
        .diagnosis("Les constats et les besoins du critère " + criterion)
        .generalObjective("L'objectif général du critère " + criterion)
        .transversality(Transversality.builder().addEvaluationDomainIds("D1", "D4.1").addQualeducSheetIds("3.5")
            .establishmentProjectAxis("Axe 2 du projet d'établissement").build())
        .team(CriterionTeam.builder()
            .coordinator(Person.of("Durand", "Paul", "Professeur de génie mécanique"))
            .addMembers(Person.of("Bernard", "Sophie", "Conseillère principale d'éducation"))
            .build())
        .addActions(action)
        .addEngagements(engagement)
        .build();
  }

  /** A complete dossier that no built-in rule faults, as of {@link #AS_OF} at the candidature. */
  static final Dossier DOSSIER = Dossier.builder()
      .referentialId("ldm-test")
      .referentialEdition("2026-01")
      .dossierKind(DossierKind.INITIAL)
      .establishment(Establishment.builder().uai(uai("0130001")).name("Lycée professionnel des Calanques")
          .type(EstablishmentType.VOCATIONAL_LYCEE).sector(Sector.PUBLIC).town("Marseille")
          .academy("Aix-Marseille").build())
      .labelTitle("Lycée des métiers de la maintenance et de la mer")
      .addTrades("Maintenance des véhicules")
      .boardVoteDate(LocalDate.of(2024, 11, 20))
      .context("Un lycée de 600 élèves au cœur d'un bassin industriel.")
      .articulation(Articulation.builder().selfEvaluation("L'auto-évaluation de 2023 a servi de diagnostic.")
          .establishmentProject("Le projet d'établissement reprend les axes du label.")
          .objectivesContract("Le contrat d'objectifs fixe deux indicateurs communs.")
          .addOtherLabels("Euroscol").build())
      .addSections(
          section("C1", perennialAction("C1", "P-01", "C1.R1", "C1.R2"), engagement("C1", "P-02", "C1.R2")),
          section("C4", shortAction("C4", "P-03", "C4.R1", "C4.R2", "C4.R3"), engagement("C4", "P-03", "C4.R2")),
          section("A1", perennialAction("A1", "P-04", "A1.R1"), engagement("A1", "P-04", "A1.R1")))
      .addEvidence(
          evidence("P-01", "Tableau de bord des résultats"),
          evidence("P-02", "Compte rendu du conseil pédagogique"),
          evidence("P-03", "Conventions de partenariat"),
          evidence("P-04", "Bilan annuel de l'action académique"))
      .build();

  static Evidence evidence(String id, String title) {
    return Evidence.builder().id(id).title(title).kind(EvidenceKind.DOCUMENT).build();
  }

  /** The complete dossier as a network candidature of three establishments, with its common strategy. */
  static final Dossier NETWORK = Dossier.builder().from(DOSSIER)
      .network(Network.builder().name("Réseau des Calanques")
          .addCoApplicants(
              Establishment.builder().uai(uai("0130002")).name("Lycée polyvalent du Port")
                  .type(EstablishmentType.POLYVALENT_LYCEE).sector(Sector.PUBLIC).build(),
              Establishment.builder().uai(uai("0130003")).name("Lycée Saint-Charles")
                  .type(EstablishmentType.VOCATIONAL_LYCEE).sector(Sector.PRIVATE_UNDER_CONTRACT).build())
          .build())
      .sections(withSection(DOSSIER, 1, s -> CriterionSection.builder().from(s)
          .commonStrategy("Les trois lycées partagent un bureau des entreprises et une convention-cadre.").build()))
      .build();

  static final Checker<Dossier> CHECKER = Checker.of(REFERENTIAL);

  /** Replaces one section of a dossier. */
  static List<CriterionSection> withSection(Dossier dossier, int index, UnaryOperator<CriterionSection> change) {
    List<CriterionSection> sections = new ArrayList<>(dossier.sections());
    sections.set(index, change.apply(sections.get(index)));
    return sections;
  }

  /** Derives a dossier by changing one section. */
  static Dossier changeSection(Dossier dossier, int index, UnaryOperator<CriterionSection> change) {
    return Dossier.builder().from(dossier).sections(withSection(dossier, index, change)).build();
  }

  /** Derives a dossier by changing the first action of one section. */
  static Dossier changeAction(Dossier dossier, int section, UnaryOperator<Action> change) {
    return changeSection(dossier, section, s -> {
      List<Action> actions = new ArrayList<>(s.actions());
      actions.set(0, change.apply(actions.get(0)));
      return CriterionSection.builder().from(s).actions(actions).build();
    });
  }

  /** Derives a dossier by changing the first engagement of one section. */
  static Dossier changeEngagement(Dossier dossier, int section, UnaryOperator<Engagement> change) {
    return changeSection(dossier, section, s -> {
      List<Engagement> engagements = new ArrayList<>(s.engagements());
      engagements.set(0, change.apply(engagements.get(0)));
      return CriterionSection.builder().from(s).engagements(engagements).build();
    });
  }

  static ConformityReport check(Dossier dossier) {
    return CHECKER.check(dossier, AS_OF, io.github.ldmlib.model.Stage.CANDIDATURE);
  }

  static List<Finding> findings(ConformityReport report, String ruleId) {
    return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
