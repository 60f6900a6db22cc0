package io.github.ldmlib.rules;

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
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.AuditTeamComposition;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.CriterionKind;
import io.github.ldmlib.model.referential.Edition;
import io.github.ldmlib.model.referential.ProcessParameters;
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
 * A referential with the Aix-Marseille 2012 procedure parameters and a complete, conforming audit
 * file of a fictional lycée built with the model's builders; tests derive defective files from it.
 *
 * <p>The referential has six national criteria (C1 to C6, two requirements each) and one optional
 * criterion (C10). Its parameters are those of the Aix-Marseille 2012 procedure (plan 15 days before,
 * report within 15 days, the team of each stage (labelling audit: a lead auditor and an auditor of
 * the pool, one from the rectorate and an external person where possible; three-year follow-up: the
 * referent inspector; renewal: two auditors of the pool), students and external partners heard,
 * five criteria with one or two improvement axes,
 * follow-ups at 1 and 3 years, renewal and validity at 5, annex 2 on auditors), with the 2023
 * national ones (dossier and evidence three weeks before, major gaps block the label).
 *
 * <p>The candidature audit is held on 18 March 2025; the plan was sent 15 days before and the
 * dossier received three weeks before, to the day; the report was submitted 15 days after, to the
 * day; the label was granted on 12 June 2025, once the major gap was lifted. The file is checked as
 * of 30 June 2025.
 */
final class AuditFixtures {

  private AuditFixtures() {}

  static final String NOTE = "Note SG/12-550-116 du 23/01/2012, académie d'Aix-Marseille";
  static final LocalDate AUDIT_DATE = LocalDate.of(2025, 3, 18);
  static final LocalDate DECISION_DATE = LocalDate.of(2025, 6, 12);
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  static final Uai UAI = Fixtures.uai("0130001");
  static final String NAME = "Lycée professionnel des Calanques";
  static final String TITLE = "Lycée des métiers de la maintenance et de la mer";

  static ProcessParameters.Builder aixMarseille2012() {
    return ProcessParameters.builder()
        .auditDurationDays(1)
        .auditPlanNoticeDays(15)
        .dossierNoticeWeeks(3)
        .reportDeadlineDays(15)
        .studentsMustBeHeard(true)
        .externalPartnersMustBeHeard(true)
        .addAuditTeams(
            AuditTeamComposition.builder().addStages(Stage.CANDIDATURE).leadAuditorNamed(true).minAuditors(2)
                .minRectorateRepresentatives(1).externalMemberRecommended(true).poolAuditors(true).build(),
            AuditTeamComposition.builder().addStages(Stage.FOLLOW_UP_3_YEARS).minRectorateRepresentatives(1).build(),
            AuditTeamComposition.builder().addStages(Stage.RENEWAL).minAuditors(2).poolAuditors(true).build())
        .minCriteriaWithImprovementAxes(5)
        .minImprovementAxesPerCriterion(1)
        .maxImprovementAxesPerCriterion(2)
        .majorGapsBlockLabel(true)
        .labelValidityYears(5)
        .followUpAuditYears(List.of(1, 3))
        .renewalAuditYears(5)
        .auditorTrainingDays(1)
        .minAuditsBeforeLead(2)
        .minAuditsPerYear(1)
        .maxYearsWithoutAudit(2)
        .continuingTrainingDaysPerYear(new BigDecimal("0.5"));
  }

  private static Criterion criterion(int n, CriterionKind kind) {
    String id = "C" + n;
    SourceRef source = SourceRef.of(NOTE, "Cahier des charges académique 2012, critère " + n);
    return Criterion.builder().id(id).number(n).kind(kind).title("Critère d'essai n° " + n).source(source)
        .addRequirements(
            Requirement.builder().id(id + ".R1").text("Premier attendu du critère " + n + ".").source(source).build(),
            Requirement.builder().id(id + ".R2").text("Second attendu du critère " + n + ".").source(source).build())
        .build();
  }

  static final Referential REFERENTIAL = referential(aixMarseille2012().build());

  static Referential referential(ProcessParameters parameters) {
    List<Criterion> criteria = new ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      criteria.add(criterion(n, CriterionKind.NATIONAL));
    }
    criteria.add(criterion(10, CriterionKind.OPTIONAL));
    return Referential.builder()
        .id("aix-marseille-test")
        .title("Référentiel d'essai selon la procédure de 2012")
        .edition(Edition.of("2012-01", "Note du 23 janvier 2012", YearMonth.of(2012, 1)))
        .criteria(criteria)
        .parameters(parameters)
        .source(SourceRef.of(NOTE, "Procédure lycée des métiers 2012"))
        .build();
  }

  static final Checker<AuditFile> CHECKER = Checker.of(DocumentKind.AUDIT_FILE, REFERENTIAL);

  static AuditTeamMember member(String lastName, String firstName, String function, AuditRole role,
      AuditorCategory category, String auditorId) {
    return AuditTeamMember.builder().person(Person.of(lastName, firstName, function)).role(role).category(category)
        .auditorId(auditorId).build();
  }

  static final AuditTeamMember LEAD = member("Martin", "Hélène", "IEN économie-gestion", AuditRole.LEAD_AUDITOR,
      AuditorCategory.RECTORATE, "AUD-001");
  static final AuditTeamMember AUDITOR = member("Roux", "Karim", "Proviseur du lycée Colbert", AuditRole.AUDITOR,
      AuditorCategory.SCHOOL_HEAD, "AUD-002");

  static Interviewee staff(String criterionId, String lastName, String function) {
    return Interviewee.builder().criterionId(criterionId).person(Person.of(lastName, "Camille", function))
        .kind(IntervieweeKind.STAFF).build();
  }

  static final AuditPlan PLAN = AuditPlan.builder()
      .uai(UAI)
      .establishmentName(NAME)
      .referentialId("aix-marseille-test")
      .referentialEdition("2012-01")
      .stage(Stage.CANDIDATURE)
      .auditDate(AUDIT_DATE)
      .sentDate(LocalDate.of(2025, 3, 3))
      .dossierReceivedDate(LocalDate.of(2025, 2, 25))
      .addTeam(LEAD, AUDITOR)
      .addInterviewees(
          staff("C1", "Durand", "Directeur délégué aux formations"),
          staff("C2", "Petit", "Conseillère principale d'éducation"),
          staff("C3", "Bernard", "Professeur principal de terminale"),
          staff("C4", "Blanc", "Responsable du bureau des entreprises"),
          staff("C5", "Moreau", "Proviseure adjointe"),
          staff("C6", "Lefèvre", "Coordonnateur du campus des métiers"),
          Interviewee.builder().group("Délégués des élèves de terminale").kind(IntervieweeKind.STUDENT).build(),
          Interviewee.builder().criterionId("C4").group("Tuteurs des entreprises partenaires")
              .kind(IntervieweeKind.EXTERNAL_PARTNER).build())
      .build();

  static AuditParticipation participation(LocalDate date, AuditRole role) {
    return AuditParticipation.builder().date(date).role(role).uai(Fixtures.uai("0130099")).build();
  }

  static final Auditor MARTIN = Auditor.builder()
      .id("AUD-001")
      .person(LEAD.person())
      .category(AuditorCategory.RECTORATE)
      .trainingCertificateDate(LocalDate.of(2019, 11, 5))
      .addParticipations(
          participation(LocalDate.of(2023, 5, 10), AuditRole.AUDITOR),
          participation(LocalDate.of(2024, 1, 16), AuditRole.AUDITOR),
          participation(LocalDate.of(2024, 4, 2), AuditRole.LEAD_AUDITOR))
      .addContinuingTraining(TrainingSession.of(LocalDate.of(2024, 10, 8), new BigDecimal("0.5")))
      .build();

  static final Auditor ROUX = Auditor.builder()
      .id("AUD-002")
      .person(AUDITOR.person())
      .category(AuditorCategory.SCHOOL_HEAD)
      .trainingCertificateDate(LocalDate.of(2023, 10, 3))
      .addParticipations(participation(LocalDate.of(2024, 5, 14), AuditRole.AUDITOR))
      .addContinuingTraining(TrainingSession.of(LocalDate.of(2024, 11, 12), new BigDecimal("0.5")))
      .build();

  static final AuditorPool POOL = AuditorPool.builder().academy("Aix-Marseille").addAuditors(MARTIN, ROUX).build();

  static DashboardEntry entry(String criterionId, Assessment assessment) {
    return DashboardEntry.builder().criterionId(criterionId).assessment(assessment).build();
  }

  static final AuditDashboard DASHBOARD = AuditDashboard.builder()
      .uai(UAI)
      .referentialId("aix-marseille-test")
      .stage(Stage.CANDIDATURE)
      .auditDate(AUDIT_DATE)
      .addEntries(
          entry("C1", Assessment.CONFORMING),
          entry("C2", Assessment.CONFORMING),
          DashboardEntry.builder().criterionId("C3").requirementId("C3.R1").assessment(Assessment.NON_CONFORMING)
              .addEvidenceSeen("P-07").comment("Aucun suivi des sortants").build(),
          entry("C4", Assessment.PARTLY_CONFORMING),
          entry("C5", Assessment.CONFORMING),
          entry("C6", Assessment.CONFORMING))
      .build();

  static Gap gap(String id, Severity severity, String criterionId, String requirementId, String text) {
    return Gap.builder().id(id).severity(severity).criterionId(criterionId).requirementId(requirementId).text(text)
        .build();
  }

  static ImprovementAxis axis(String id, String criterionId, String text, String... gapIds) {
    return ImprovementAxis.builder().id(id).criterionId(criterionId).text(text)
        .owner(Person.of("Garcia", "Luc", "Proviseur adjoint")).deadline(LocalDate.of(2026, 1, 31))
        .addGapIds(gapIds).build();
  }

  static final AuditSummary SUMMARY = AuditSummary.builder()
      .uai(UAI)
      .establishmentName(NAME)
      .referentialId("aix-marseille-test")
      .referentialEdition("2012-01")
      .stage(Stage.CANDIDATURE)
      .auditDate(AUDIT_DATE)
      .addStrengths(Remark.of("C4", "Un réseau d'entreprises partenaires fidèles"))
      .addWeaknesses(Remark.of("C3", "Le devenir des élèves sortis n'est pas connu"))
      .addGaps(
          Gap.builder().from(gap("E-01", Severity.MAJOR_GAP, "C3", "C3.R1", "Aucun suivi des élèves sortis"))
              .liftedOn(LocalDate.of(2025, 5, 20)).build(),
          gap("E-02", Severity.MINOR_GAP, "C4", "C4.R2", "Le bureau des entreprises n'est pas identifié"))
      .addImprovementAxes(
          axis("AX-01", "C1", "Ouvrir une formation complémentaire d'initiative locale"),
          axis("AX-02", "C2", "Accueillir des apprentis en mixité de parcours"),
          axis("AX-03", "C3", "Mettre en place une enquête de suivi des sortants à six mois", "E-01"),
          axis("AX-04", "C4", "Signaler le bureau des entreprises et valoriser ses actions", "E-02"),
          axis("AX-05", "C4", "Formaliser les conventions avec les entreprises partenaires"),
          axis("AX-06", "C5", "Associer les familles au conseil pédagogique"))
      .teamOpinion(Opinion.FAVOURABLE_WITH_RESERVATIONS)
      .teamOpinionText("Avis favorable sous réserve de la levée de l'écart majeur E-01.")
      .proposedLabelTitle(TITLE)
      .submissionDate(LocalDate.of(2025, 4, 2))
      .build();

  static LabelDecision decision(DecisionOutcome outcome, LocalDate date, DossierKind kind) {
    LabelDecision.Builder b = LabelDecision.builder().uai(UAI).establishmentName(NAME)
        .referentialId("aix-marseille-test").outcome(outcome).date(date).dossierKind(kind);
    if (outcome == DecisionOutcome.GRANTED) {
      b.labelTitle(TITLE);
    }
    return b.build();
  }

  static final LabelDecision DECISION = decision(DecisionOutcome.GRANTED, DECISION_DATE, DossierKind.INITIAL);

  static final LabelRecord RECORD = LabelRecord.builder()
      .uai(UAI)
      .establishmentName(NAME)
      .addDecisions(DECISION)
      .addAudits(HeldAudit.of(Stage.CANDIDATURE, AUDIT_DATE))
      .build();

  /** The complete candidature audit file: no built-in audit rule faults it as of {@link #AS_OF}. */
  static final AuditFile FILE = AuditFile.builder()
      .plan(PLAN)
      .dashboard(DASHBOARD)
      .summary(SUMMARY)
      .decision(DECISION)
      .labelRecord(RECORD)
      .auditorPool(POOL)
      .build();

  /** The one-year follow-up audit, held on 10 March 2026. */
  static final LocalDate FOLLOW_UP_DATE = LocalDate.of(2026, 3, 10);

  /**
   * The dashboard of the one-year follow-up audit: it re-assesses every gap and improvement axis of
   * the candidature summary.
   */
  static final AuditDashboard FOLLOW_UP_DASHBOARD = AuditDashboard.builder()
      .uai(UAI)
      .referentialId("aix-marseille-test")
      .stage(Stage.FOLLOW_UP_1_YEAR)
      .auditDate(FOLLOW_UP_DATE)
      .addEntries(
          DashboardEntry.builder().criterionId("C1").assessment(Assessment.CONFORMING).addReassessedAxisIds("AX-01").build(),
          DashboardEntry.builder().criterionId("C2").assessment(Assessment.CONFORMING).addReassessedAxisIds("AX-02").build(),
          DashboardEntry.builder().criterionId("C3").requirementId("C3.R1").assessment(Assessment.CONFORMING)
              .addReassessedGapIds("E-01").addReassessedAxisIds("AX-03").build(),
          DashboardEntry.builder().criterionId("C4").requirementId("C4.R2").assessment(Assessment.PARTLY_CONFORMING)
              .addReassessedGapIds("E-02").addReassessedAxisIds("AX-04", "AX-05").build(),
          DashboardEntry.builder().criterionId("C5").assessment(Assessment.CONFORMING).addReassessedAxisIds("AX-06").build(),
          entry("C6", Assessment.CONFORMING))
      .build();

  /** The complete follow-up audit file: the previous summary is the candidature's. */
  static final AuditFile FOLLOW_UP_FILE = AuditFile.builder()
      .plan(AuditPlan.builder().from(PLAN).stage(Stage.FOLLOW_UP_1_YEAR).auditDate(FOLLOW_UP_DATE)
          .sentDate(LocalDate.of(2026, 2, 20)).dossierReceivedDate(LocalDate.of(2026, 2, 13)).build())
      .dashboard(FOLLOW_UP_DASHBOARD)
      .summary(AuditSummary.builder().uai(UAI).referentialId("aix-marseille-test").stage(Stage.FOLLOW_UP_1_YEAR)
          .auditDate(FOLLOW_UP_DATE).addStrengths(Remark.of("C3", "Une enquête de suivi des sortants exploitée"))
          .teamOpinion(Opinion.FAVOURABLE).submissionDate(LocalDate.of(2026, 3, 20)).build())
      .decision(DECISION)
      .labelRecord(LabelRecord.builder().from(RECORD).addAudits(HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, FOLLOW_UP_DATE)).build())
      .auditorPool(AuditorPool.builder().from(POOL).auditors(List.of(
          Auditor.builder().from(MARTIN).addParticipations(participation(AUDIT_DATE, AuditRole.LEAD_AUDITOR))
              .addContinuingTraining(TrainingSession.of(LocalDate.of(2025, 10, 7), new BigDecimal("0.5"))).build(),
          Auditor.builder().from(ROUX).addParticipations(participation(AUDIT_DATE, AuditRole.AUDITOR))
              .addContinuingTraining(TrainingSession.of(LocalDate.of(2025, 11, 18), new BigDecimal("0.5"))).build()))
          .build())
      .previousSummary(SUMMARY)
      .build();

  static ConformityReport check(AuditFile file) {
    return CHECKER.check(file, AS_OF);
  }

  static List<Finding> findings(ConformityReport report, String ruleId) {
    return report.findingsOfRule(ruleId);
  }

  /** Derives a file by changing its plan. */
  static AuditFile withPlan(UnaryOperator<AuditPlan.Builder> change) {
    return AuditFile.builder().from(FILE).plan(change.apply(AuditPlan.builder().from(PLAN)).build()).build();
  }

  /** Derives a file by changing its summary. */
  static AuditFile withSummary(UnaryOperator<AuditSummary.Builder> change) {
    return AuditFile.builder().from(FILE).summary(change.apply(AuditSummary.builder().from(SUMMARY)).build()).build();
  }

  /** Derives a file by changing one auditor of the pool. */
  static AuditFile withAuditor(int index, UnaryOperator<Auditor.Builder> change) {
    List<Auditor> auditors = new ArrayList<>(POOL.auditors());
    auditors.set(index, change.apply(Auditor.builder().from(auditors.get(index))).build());
    return AuditFile.builder().from(FILE).auditorPool(AuditorPool.builder().from(POOL).auditors(auditors).build()).build();
  }
}
