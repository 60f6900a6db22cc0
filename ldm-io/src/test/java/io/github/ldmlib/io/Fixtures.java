package io.github.ldmlib.io;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.LabelStatus;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.audit.Assessment;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditParticipation;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.AuditRole;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.AuditTeamMember;
import io.github.ldmlib.model.audit.Auditor;
import io.github.ldmlib.model.audit.AuditorCategory;
import io.github.ldmlib.model.audit.AuditorPool;
import io.github.ldmlib.model.audit.DashboardEntry;
import io.github.ldmlib.model.audit.DecisionOutcome;
import io.github.ldmlib.model.audit.Gap;
import io.github.ldmlib.model.audit.HeldAudit;
import io.github.ldmlib.model.audit.ImprovementAxis;
import io.github.ldmlib.model.audit.Interviewee;
import io.github.ldmlib.model.audit.IntervieweeKind;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.audit.Opinion;
import io.github.ldmlib.model.audit.Remark;
import io.github.ldmlib.model.audit.TrainingSession;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.RequirementCoverage;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Articulation;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.EngagementDecision;
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
import io.github.ldmlib.model.dossier.ResponsibleTeam;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.dossier.Transversality;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.ReviewFile;
import io.github.ldmlib.model.review.AxisProgress;
import io.github.ldmlib.model.review.BodyPresentation;
import io.github.ldmlib.model.review.IndicatorMeasure;
import io.github.ldmlib.model.review.InitiativeProgress;
import io.github.ldmlib.model.review.ProgressStatus;
import io.github.ldmlib.model.review.QualityWorkingGroup;
import io.github.ldmlib.model.review.ReviewSection;
import io.github.ldmlib.model.review.SchoolBody;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Actor;
import io.github.ldmlib.model.referential.AddedRequirement;
import io.github.ldmlib.model.referential.AuditTeamComposition;
import io.github.ldmlib.model.referential.CitedWording;
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
import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.model.referential.StrategicAxis;
import io.github.ldmlib.model.referential.StructureElement;
import io.github.ldmlib.model.referential.StructureScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  static EngagementDecision engagementDecision() {
    return EngagementDecision.builder()
        .boardVoteDate(LocalDate.of(2025, 11, 20))
        .minutesEvidenceId("P-02")
        .addTeams(ResponsibleTeam.of("C4", team()))
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
        .engagementDecision(engagementDecision())
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
        .addQualeducSheetWordings(CitedWording.of("3.5", "Faire vivre les réseaux"))
        .addReformMeasures(ReformMeasure.builder().id("C4.RM1").text("Ambition emploi").build())
        .addActors(Actor.builder().id("C4.ACT1").text("Bureau des entreprises").group("Acteurs").build())
        .addEvaluationDomainLinks(EvaluationDomainLink.builder().domainId("D4")
            .wording("l'établissement dans son environnement institutionnel et partenarial")
            .addSubDomainIds("D4.1", "D4.2")
            .addSubDomainWordings(CitedWording.of("D4.1", "Collaborations avec les autres établissements (écoles, collèges)"))
            .build())
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
        .addAuditTeams(AuditTeamComposition.builder().addStages(Stage.CANDIDATURE).leadAuditorNamed(true)
            .minAuditors(2).minRectorateRepresentatives(1).externalMemberRecommended(false).poolAuditors(true).build())
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
    return RuleTailoring.builder().ruleId("LDM-D-012").enabled(false).severity(Severity.ADVICE)
        .reason("Critère académique facultatif").build();
  }

  // ---------------------------------------------------------------- academy profile

  static AddedRequirement addedRequirement() {
    return AddedRequirement.of("C4", Requirement.builder().id("C4.A1")
        .text("L'établissement présente chaque année son bilan partenarial au groupe académique.")
        .source(SourceRef.of("Profil académique de test", "Compléments au critère 4")).build());
  }

  static AcademyProfile academyProfile() {
    SourceRef source = SourceRef.of("Profil académique de test", "2026", "Critère académique");
    return AcademyProfile.builder()
        .id("ac-test-2026")
        .academy("Académie de test")
        .title("Profil académique de test")
        .baseReferentialId("ldm-national-2023")
        .baseEdition("2026-01")
        .addCriteria(Criterion.builder().id("C9").number(9).title("Initiation à la pratique du développement durable")
            .kind(CriterionKind.ACADEMIC)
            .addRequirements(Requirement.builder().id("C9.R1")
                .text("il fait le lien avec ses propres actions et son propre fonctionnement")
                .source(source).build())
            .source(source).build())
        .addAddedRequirements(addedRequirement())
        .addRuleTailorings(ruleTailoring())
        .source(source)
        .addNotes("Profil fictif.")
        .build();
  }

  static AcademyProfile minimalAcademyProfile() {
    return AcademyProfile.builder().id("ac-min").academy("Test").title("Profil minimal")
        .baseReferentialId("ldm-national-2023").source(SourceRef.of("Profil", "Section")).build();
  }

  // ---------------------------------------------------------------- conformity report

  static Finding finding(Severity severity, String criterionId, String pointer) {
    return Finding.builder().ruleId("LDM-D-030").severity(severity).criterionId(criterionId)
        .requirementId(criterionId + ".R1").pointer(JsonPointer.parse(pointer))
        .message("L'action « Suivi » n'a pas de plus-value.").messageKey("LDM-D-030.missing")
        .addArguments("Suivi", "addedValue").source(SOURCE).build();
  }

  static ConformityReport conformityReport() {
    List<Finding> findings = List.of(
        Finding.builder().ruleId("LDM-D-010").severity(Severity.TO_COMPLETE).pointer(JsonPointer.root())
            .message("Le dossier ne présente pas son contexte.").messageKey("LDM-D-010.context").build(),
        finding(Severity.NOT_SUBMITTABLE, "C4", "/sections/0/actions/0/addedValue"),
        finding(Severity.ADVICE, "C4", "/sections/0/actions/0/strengths"),
        finding(Severity.INFO, "C4", "/sections/0/engagements/0"));
    return ConformityReport.builder()
        .documentKind(DocumentKind.DOSSIER)
        .referentialId("ldm-national-2023")
        .referentialEdition("2026-01")
        .establishmentName("Lycée professionnel des Calanques")
        .establishmentUai(establishment().uai().orElseThrow())
        .dossierKind(DossierKind.RENEWAL)
        .asOf(LocalDate.of(2026, 3, 20))
        .stage(Stage.RENEWAL)
        .documentDate(LocalDate.of(2026, 3, 2))
        .language("en")
        .addCriterionIds("C4")
        .addAllFindings(findings)
        .addCoverage(coverage())
        .addRuleIds("LDM-D-010", "LDM-D-030")
        .build();
  }

  static RequirementCoverage coverage() {
    return RequirementCoverage.builder().requirementId("C4.R4").criterionId("C4")
        .addActions(JsonPointer.parse("/sections/0/actions/0"))
        .addEngagements(JsonPointer.parse("/sections/0/engagements/0"))
        .addIndicators(JsonPointer.parse("/sections/0/actions/0/objectives/0/indicators/0")).addEvidenceIds("P-01", "P-02").build();
  }

  static ConformityReport minimalConformityReport() {
    return ConformityReport.builder().documentKind(DocumentKind.DOSSIER).referentialId("ldm-test")
        .referentialEdition("2026-01").asOf(LocalDate.of(2026, 3, 20)).language("fr").build();
  }

  // ---------------------------------------------------------------- audits

  static final Uai AUDITED = Uai.parse("0619876D");
  static final LocalDate AUDIT_DATE = LocalDate.of(2026, 4, 14);

  static AuditTeamMember teamMember() {
    return AuditTeamMember.builder().person(person()).role(AuditRole.LEAD_AUDITOR).category(AuditorCategory.RECTORATE)
        .auditorId("AUD-007").build();
  }

  static Interviewee interviewee() {
    return Interviewee.builder().criterionId("C4").person(person()).group("Bureau des entreprises")
        .kind(IntervieweeKind.STAFF).build();
  }

  static AuditPlan auditPlan() {
    return AuditPlan.builder().uai(AUDITED).establishmentName("Lycée professionnel Marie-Marvingt")
        .referentialId("ldm-national-2023").referentialEdition("2026-01").stage(Stage.FOLLOW_UP_1_YEAR)
        .auditDate(AUDIT_DATE).sentDate(LocalDate.of(2026, 3, 24)).dossierReceivedDate(LocalDate.of(2026, 3, 16))
        .addTeam(teamMember(), AuditTeamMember.builder().person(Person.builder().lastName("Lemaire").build())
            .role(AuditRole.AUDITOR).category(AuditorCategory.PROFESSIONAL).build())
        .addInterviewees(interviewee(),
            Interviewee.builder().group("Délégués des élèves").kind(IntervieweeKind.STUDENT).build())
        .build();
  }

  static DashboardEntry dashboardEntry() {
    return DashboardEntry.builder().criterionId("C4").requirementId("C4.R3").assessment(Assessment.PARTLY_CONFORMING)
        .addEvidenceSeen("P-05", "P-06").comment("Bureau identifié, actions peu valorisées.").prefilled(true)
        .addReassessedGapIds("E-02").addReassessedAxisIds("AX-02").build();
  }

  static AuditDashboard auditDashboard() {
    return AuditDashboard.builder().uai(AUDITED).establishmentName("Lycée professionnel Marie-Marvingt")
        .referentialId("ldm-national-2023").referentialEdition("2026-01").stage(Stage.FOLLOW_UP_3_YEARS)
        .auditDate(AUDIT_DATE)
        .addEntries(dashboardEntry(), DashboardEntry.builder().criterionId("C4").assessment(Assessment.NOT_ASSESSED)
            .build())
        .build();
  }

  static Remark remark() {
    return Remark.of("C4", "Un bureau des entreprises identifié et reconnu des partenaires");
  }

  static Gap gap() {
    return Gap.builder().id("E-01").severity(Severity.MAJOR_GAP).criterionId("C7").requirementId("C7.R3")
        .text("Aucune participation au réseau FOQUALE n'est formalisée.").liftedOn(LocalDate.of(2026, 5, 18)).build();
  }

  static ImprovementAxis improvementAxis() {
    return ImprovementAxis.builder().id("AX-01").criterionId("C7")
        .text("Formaliser la participation au réseau FOQUALE du bassin.").owner(person())
        .deadline(LocalDate.of(2027, 1, 31)).addGapIds("E-01").build();
  }

  static AuditSummary auditSummary() {
    return AuditSummary.builder().uai(AUDITED).establishmentName("Lycée professionnel Marie-Marvingt")
        .referentialId("ldm-national-2023").referentialEdition("2026-01").stage(Stage.CANDIDATURE)
        .auditDate(AUDIT_DATE)
        .addStrengths(remark(), Remark.builder().text("Une équipe mobilisée").build())
        .addWeaknesses(Remark.of("C6", "Peu d'enseignants de l'enseignement professionnel impliqués"))
        .addGaps(gap(), Gap.builder().id("E-02").severity(Severity.MINOR_GAP).criterionId("C6").requirementId("C6.R2")
            .text("Le plan n'implique pas les enseignements professionnels.").build())
        .addImprovementAxes(improvementAxis())
        .teamOpinion(Opinion.FAVOURABLE_WITH_RESERVATIONS)
        .teamOpinionText("Avis favorable sous réserve de la levée de l'écart majeur E-01.")
        .proposedLabelTitle("Lycée des métiers de la maintenance des matériels et de l'énergie")
        .submissionDate(LocalDate.of(2026, 4, 24))
        .build();
  }

  static LabelDecision labelDecision() {
    return LabelDecision.builder().uai(AUDITED).establishmentName("Lycée professionnel Marie-Marvingt")
        .referentialId("ldm-national-2023").referentialEdition("2026-01").outcome(DecisionOutcome.REFUSED)
        .date(LocalDate.of(2026, 6, 25)).dossierKind(DossierKind.RENEWAL)
        .labelTitle("Lycée des métiers de la maintenance des matériels et de l'énergie")
        .comment("Décision du recteur.").build();
  }

  static HeldAudit heldAudit() {
    return HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, LocalDate.of(2027, 5, 11));
  }

  static LabelRecord labelRecord() {
    return LabelRecord.builder().uai(AUDITED).establishmentName("Lycée professionnel Marie-Marvingt")
        .addDecisions(labelDecision(), LabelDecision.builder().from(labelDecision()).outcome(DecisionOutcome.GRANTED)
            .date(LocalDate.of(2026, 7, 2)).build())
        .addAudits(HeldAudit.of(Stage.CANDIDATURE, AUDIT_DATE), heldAudit())
        .build();
  }

  static AuditParticipation participation() {
    return AuditParticipation.builder().date(LocalDate.of(2025, 3, 18)).role(AuditRole.AUDITOR)
        .uai(establishment().uai().orElseThrow()).establishmentName("Lycée professionnel des Calanques")
        .stage(Stage.RENEWAL).build();
  }

  static TrainingSession trainingSession() {
    return TrainingSession.builder().date(LocalDate.of(2025, 3, 13)).days(new BigDecimal("0.50"))
        .title("Actualisation des compétences des auditeurs").build();
  }

  static Auditor auditor() {
    return Auditor.builder().id("AUD-007").person(person()).category(AuditorCategory.RECTORATE)
        .trainingCertificateDate(LocalDate.of(2022, 11, 8)).addParticipations(participation())
        .addContinuingTraining(trainingSession()).build();
  }

  static AuditorPool auditorPool() {
    return AuditorPool.builder().academy("Normandie")
        .addAuditors(auditor(), Auditor.builder().id("AUD-012").person(Person.builder().lastName("Lemaire").build())
            .category(AuditorCategory.SCHOOL_HEAD).build())
        .build();
  }

  // ---------------------------------------------------------------- audit file and audit report

  /** An audit file with every document: the follow-up audit's dashboard re-assesses the summary's gap. */
  static AuditFile auditFile() {
    AuditDashboard next = AuditDashboard.builder().from(auditDashboard()).stage(Stage.FOLLOW_UP_1_YEAR)
        .auditDate(LocalDate.of(2027, 5, 11)).build();
    AuditSummary previous = AuditSummary.builder().from(auditSummary()).auditDate(LocalDate.of(2021, 3, 16))
        .submissionDate(LocalDate.of(2021, 3, 26)).build();
    return AuditFile.builder().plan(auditPlan()).dashboard(auditDashboard()).summary(auditSummary())
        .decision(labelDecision()).labelRecord(labelRecord()).auditorPool(auditorPool()).previousSummary(previous)
        .nextDashboard(next).build();
  }

  /** The conformity report of an audit file. */
  static ConformityReport auditReport() {
    List<Finding> findings = List.of(
        Finding.builder().ruleId("LDM-A-010").severity(Severity.MINOR_GAP).pointer(JsonPointer.parse("/plan/sentDate"))
            .message("Le plan d’audit a été envoyé trop tard.").messageKey("LDM-A-010.late")
            .addArguments("2026-03-24", "2026-04-14", "15", "2026-03-30").source(SOURCE).build(),
        Finding.builder().ruleId("LDM-A-060").severity(Severity.MINOR_GAP).criterionId("C6").requirementId("C6.R2")
            .pointer(JsonPointer.parse("/summary/gaps/1")).message("L’écart E-02 ne donne lieu à aucun axe de progrès.")
            .messageKey("LDM-A-060.noAxis").addArguments("E-02").build(),
        Finding.builder().ruleId("LDM-A-050").severity(Severity.INFO).pointer(JsonPointer.parse("/labelRecord/audits"))
            .message("L’audit de suivi à un an est à réaliser.").messageKey("LDM-A-050.due").build());
    return ConformityReport.builder()
        .documentKind(DocumentKind.AUDIT_FILE)
        .referentialId("ldm-national-2023")
        .referentialEdition("2026-01")
        .establishmentUai(AUDITED)
        .establishmentName("Lycée professionnel Marie-Marvingt")
        .stage(Stage.FOLLOW_UP_1_YEAR)
        .documentDate(AUDIT_DATE)
        .asOf(LocalDate.of(2026, 9, 1))
        .language("fr")
        .labelStatus(LabelStatus.FOLLOW_UP_DUE)
        .addCriterionIds("C6")
        .addAllFindings(findings)
        .addRuleIds("LDM-A-010", "LDM-A-050", "LDM-A-060")
        .build();
  }

  /** An annual review with every property set. */
  static AnnualReview annualReview() {
    return AnnualReview.builder()
        .referentialId("ldm-test")
        .referentialEdition("2026-01")
        .establishment(establishment())
        .schoolYear(SchoolYear.of(2026))
        .date(LocalDate.of(2027, 6, 10))
        .workingGroup(QualityWorkingGroup.builder().addMembers(person()).addMeetingDates(LocalDate.of(2026, 11, 5))
            .build())
        .addSections(ReviewSection.builder().criterionId("C4")
            .addProgress(InitiativeProgress.builder().initiativeId("C4.A1").status(ProgressStatus.STOPPED)
                .reason("Le partenaire s'est retiré.").build())
            .addMeasures(IndicatorMeasure.builder().indicatorId("C4.A1.I9").label("Nombre de stages à l'étranger")
                .unit(IndicatorUnit.COUNT).direction(Direction.HIGHER_IS_BETTER).value(new BigDecimal("4")).build())
            .selfEvaluation("L'équipe juge l'action utile.")
            .build())
        .addAxes(AxisProgress.builder().axisId("AX-01").done("Les conventions sont signées.").build())
        .addPresentations(BodyPresentation.builder().body(SchoolBody.BOARD).date(LocalDate.of(2027, 6, 24))
            .minutesEvidenceId(evidence().id()).build())
        .addEvidence(evidence())
        .build();
  }

  /** A review file with every part: the dossier, its label record, two reviews and the last audit's summary. */
  static ReviewFile reviewFile() {
    AnnualReview first = AnnualReview.builder().from(annualReview()).schoolYear(SchoolYear.of(2025))
        .date(LocalDate.of(2026, 6, 12)).build();
    return ReviewFile.builder().date(LocalDate.of(2027, 9, 15)).dossier(dossier()).labelRecord(labelRecord())
        .addReviews(first, annualReview()).lastAuditSummary(auditSummary()).build();
  }

  /** One complete document of every kind, every property set. */
  static Map<DocumentKind<?>, Object> documents() {
    Map<DocumentKind<?>, Object> documents = new LinkedHashMap<>();
    documents.put(DocumentKind.DOSSIER, dossier());
    documents.put(DocumentKind.REFERENTIAL, referential());
    documents.put(DocumentKind.ACADEMY_PROFILE, academyProfile());
    documents.put(DocumentKind.CONFORMITY_REPORT, conformityReport());
    documents.put(DocumentKind.AUDIT_PLAN, auditPlan());
    documents.put(DocumentKind.AUDIT_DASHBOARD, auditDashboard());
    documents.put(DocumentKind.AUDIT_SUMMARY, auditSummary());
    documents.put(DocumentKind.LABEL_DECISION, labelDecision());
    documents.put(DocumentKind.LABEL_RECORD, labelRecord());
    documents.put(DocumentKind.AUDITOR_POOL, auditorPool());
    documents.put(DocumentKind.AUDIT_FILE, auditFile());
    documents.put(DocumentKind.ANNUAL_REVIEW, annualReview());
    documents.put(DocumentKind.REVIEW_FILE, reviewFile());
    return documents;
  }

  /** One document of every kind with only its required properties. */
  static Map<DocumentKind<?>, Object> minimalDocuments() {
    Map<DocumentKind<?>, Object> documents = new LinkedHashMap<>();
    documents.put(DocumentKind.DOSSIER, minimalDossier());
    documents.put(DocumentKind.REFERENTIAL, minimalReferential());
    documents.put(DocumentKind.ACADEMY_PROFILE, minimalAcademyProfile());
    documents.put(DocumentKind.CONFORMITY_REPORT, minimalConformityReport());
    documents.put(DocumentKind.AUDIT_PLAN, AuditPlan.builder().uai(AUDITED).referentialId("ldm-test")
        .stage(Stage.CANDIDATURE).auditDate(AUDIT_DATE).build());
    documents.put(DocumentKind.AUDIT_DASHBOARD, AuditDashboard.builder().uai(AUDITED).referentialId("ldm-test")
        .stage(Stage.CANDIDATURE).auditDate(AUDIT_DATE).build());
    documents.put(DocumentKind.AUDIT_SUMMARY, AuditSummary.builder().uai(AUDITED).referentialId("ldm-test")
        .stage(Stage.CANDIDATURE).auditDate(AUDIT_DATE).build());
    documents.put(DocumentKind.LABEL_DECISION, LabelDecision.builder().uai(AUDITED).referentialId("ldm-test")
        .outcome(DecisionOutcome.GRANTED).date(AUDIT_DATE).dossierKind(DossierKind.INITIAL).build());
    documents.put(DocumentKind.LABEL_RECORD, LabelRecord.builder().uai(AUDITED).build());
    documents.put(DocumentKind.AUDITOR_POOL, AuditorPool.builder().build());
    documents.put(DocumentKind.AUDIT_FILE, AuditFile.builder().build());
    documents.put(DocumentKind.ANNUAL_REVIEW, AnnualReview.builder().referentialId("ldm-test")
        .establishment(Establishment.builder().name("Lycée").build()).schoolYear(SchoolYear.of(2026)).build());
    documents.put(DocumentKind.REVIEW_FILE, ReviewFile.builder().build());
    return documents;
  }

  /** One non-default instance of every model type the codecs cover. */
  static List<Object> everyType() {
    Referential referential = referential();
    Criterion criterion = criterion();
    ConformityReport report = conformityReport();
    List<Object> values = new ArrayList<>(List.of(dossier(), referential, person(), establishment(),
        network(), articulation(), transversality(), team(), measure(), indicator(), objective(), implementation(),
        action(), engagement(), engagementDecision(), engagementDecision().teams().get(0), section(), evidence(), SOURCE, referential.edition(), requirement(),
        criterion.reformMeasures().get(0), criterion.actors().get(0), criterion.strategicAxes().get(0),
        criterion.operationalObjectives().get(0), criterion.exampleActions().get(0),
        criterion.exampleIndicators().get(0), criterion.qualeducSheetWordings().get(0),
        criterion.evaluationDomainLinks().get(0), criterion,
        referential.qualeducSheets().get(0), referential.evaluationDomains().get(0).subDomains().get(0),
        referential.evaluationDomains().get(0), structureElement(), parameters(), parameters().auditTeams().get(0),
        ruleTailoring(),
        establishment().uai().orElseThrow(), SchoolYear.of(2024)));
    values.addAll(List.of(academyProfile(), addedRequirement(), report, report.counts(), report.criteria().get(0),
        report.findings().get(1), coverage(), auditPlan(), teamMember(), interviewee(), auditDashboard(),
        dashboardEntry(), auditSummary(), remark(), gap(), improvementAxis(), labelDecision(), labelRecord(),
        heldAudit(), auditorPool(), auditor(), participation(), trainingSession(), auditFile(), auditReport()));
    AnnualReview review = annualReview();
    ReviewSection reviewSection = review.sections().get(0);
    values.addAll(List.of(review, review.workingGroup().orElseThrow(), reviewSection, reviewSection.progress().get(0),
        reviewSection.measures().get(0), review.axes().get(0), review.presentations().get(0), reviewFile()));
    return List.copyOf(values);
  }

  /** Every kind of document, for parameterized tests. */
  static List<DocumentKind<?>> kinds() {
    return DocumentKind.values();
  }
}
