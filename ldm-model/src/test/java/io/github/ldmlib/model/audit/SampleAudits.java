package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.referential.ProcessParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Well-formed audit documents of a fictional lycée, built with the builders, for the model's tests. */
final class SampleAudits {

  private SampleAudits() {}

  static final Uai UAI = Uai.parse("0750654D");
  static final String NAME = "Lycée professionnel des Calanques";
  static final LocalDate AUDIT_DATE = LocalDate.of(2025, 3, 18);

  /** The procedure parameters of the Aix-Marseille 2012 procedure. */
  static ProcessParameters aixMarseille2012() {
    return ProcessParameters.builder()
        .auditPlanNoticeDays(15)
        .reportDeadlineDays(15)
        .labelValidityYears(5)
        .followUpAuditYears(List.of(1, 3))
        .renewalAuditYears(5)
        .build();
  }

  static AuditTeamMember lead() {
    return AuditTeamMember.builder()
        .person(Person.of("Martin", "Hélène", "IEN économie-gestion"))
        .role(AuditRole.LEAD_AUDITOR)
        .category(AuditorCategory.RECTORATE)
        .auditorId("AUD-001")
        .build();
  }

  static AuditPlan plan() {
    return AuditPlan.builder()
        .uai(UAI)
        .establishmentName(NAME)
        .referentialId("ldm-national-2023")
        .referentialEdition("2026-01")
        .stage(Stage.CANDIDATURE)
        .auditDate(AUDIT_DATE)
        .sentDate(LocalDate.of(2025, 2, 24))
        .dossierReceivedDate(LocalDate.of(2025, 2, 21))
        .addTeam(lead())
        .addTeam(AuditTeamMember.builder()
            .person(Person.of("Roux", "Karim", "Proviseur du lycée Colbert"))
            .role(AuditRole.AUDITOR)
            .category(AuditorCategory.SCHOOL_HEAD)
            .auditorId("AUD-002")
            .build())
        .addInterviewees(Interviewee.builder()
            .criterionId("C4")
            .person(Person.of("Blanc", "Sophie", "Responsable du bureau des entreprises"))
            .kind(IntervieweeKind.STAFF)
            .build())
        .addInterviewees(Interviewee.builder()
            .group("Délégués des élèves de terminale")
            .kind(IntervieweeKind.STUDENT)
            .build())
        .addInterviewees(Interviewee.builder()
            .criterionId("C4")
            .group("Tuteurs des entreprises partenaires")
            .kind(IntervieweeKind.EXTERNAL_PARTNER)
            .build())
        .build();
  }

  static AuditDashboard dashboard() {
    return AuditDashboard.builder()
        .uai(UAI)
        .referentialId("ldm-national-2023")
        .stage(Stage.CANDIDATURE)
        .auditDate(AUDIT_DATE)
        .addEntries(DashboardEntry.builder()
            .criterionId("C4")
            .requirementId("C4.R3")
            .assessment(Assessment.PARTLY_CONFORMING)
            .addEvidenceSeen("P-07")
            .comment("Le bureau des entreprises existe mais n'est pas signalé dans l'établissement.")
            .prefilled(true)
            .build())
        .addEntries(DashboardEntry.builder()
            .criterionId("C4")
            .assessment(Assessment.CONFORMING)
            .build())
        .addEntries(DashboardEntry.builder()
            .criterionId("C7")
            .requirementId("C7.R2")
            .assessment(Assessment.NON_CONFORMING)
            .build())
        .build();
  }

  static AuditSummary summary() {
    return AuditSummary.builder()
        .uai(UAI)
        .establishmentName(NAME)
        .referentialId("ldm-national-2023")
        .stage(Stage.CANDIDATURE)
        .auditDate(AUDIT_DATE)
        .addStrengths(Remark.of("C4", "Un réseau d'entreprises partenaires fidèles"))
        .addStrengths(Remark.builder().text("Une équipe de direction mobilisée").build())
        .addWeaknesses(Remark.of("C8", "Une communication externe peu actualisée"))
        .addGaps(Gap.builder()
            .id("E-01")
            .severity(Severity.MAJOR_GAP)
            .criterionId("C7")
            .requirementId("C7.R2")
            .text("Aucun suivi des élèves sortis de l'établissement")
            .liftedOn(LocalDate.of(2025, 5, 12))
            .build())
        .addGaps(Gap.builder()
            .id("E-02")
            .severity(Severity.MINOR_GAP)
            .criterionId("C4")
            .requirementId("C4.R3")
            .text("Le bureau des entreprises n'est pas identifié dans l'établissement")
            .build())
        .addImprovementAxes(ImprovementAxis.builder()
            .id("AX-01")
            .criterionId("C7")
            .text("Mettre en place une enquête de suivi des sortants à six mois")
            .owner(Person.of("Garcia", "Luc", "CPE"))
            .deadline(LocalDate.of(2026, 1, 31))
            .addGapIds("E-01")
            .build())
        .addImprovementAxes(ImprovementAxis.builder()
            .id("AX-02")
            .criterionId("C4")
            .text("Signaler le bureau des entreprises et valoriser ses actions")
            .addGapIds("E-02")
            .build())
        .teamOpinion(Opinion.FAVOURABLE_WITH_RESERVATIONS)
        .teamOpinionText("Avis favorable sous réserve de la levée de l'écart majeur E-01.")
        .proposedLabelTitle("Lycée des métiers de la mer et du littoral")
        .submissionDate(LocalDate.of(2025, 3, 28))
        .build();
  }

  static LabelDecision decision(DecisionOutcome outcome, LocalDate date, DossierKind kind) {
    return LabelDecision.builder()
        .uai(UAI)
        .establishmentName(NAME)
        .referentialId("ldm-national-2023")
        .outcome(outcome)
        .date(date)
        .dossierKind(kind)
        .build();
  }

  static LabelDecision granted(LocalDate date) {
    return decision(DecisionOutcome.GRANTED, date, DossierKind.INITIAL);
  }

  static Auditor auditor() {
    return Auditor.builder()
        .id("AUD-001")
        .person(Person.of("Martin", "Hélène", "IEN économie-gestion"))
        .category(AuditorCategory.RECTORATE)
        .trainingCertificateDate(LocalDate.of(2021, 11, 9))
        .addParticipations(AuditParticipation.builder()
            .date(LocalDate.of(2022, 3, 15))
            .role(AuditRole.AUDITOR)
            .uai(Uai.parse("0130001" + Uai.checkLetter("0130001")))
            .stage(Stage.CANDIDATURE)
            .build())
        .addContinuingTraining(TrainingSession.builder()
            .date(LocalDate.of(2024, 3, 13))
            .days(new BigDecimal("0.5"))
            .title("Actualisation des compétences des auditeurs")
            .build())
        .build();
  }
}
