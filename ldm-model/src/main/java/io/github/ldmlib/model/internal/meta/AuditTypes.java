package io.github.ldmlib.model.internal.meta;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.audit.Assessment;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditDocument;
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
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.meta.ModelType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The types of the audit documents and of the life of the label: plan, dashboard, summary, decision,
 * record, auditor pool and the audit file that gathers them.
 */
final class AuditTypes {

  private AuditTypes() {}

  /** The properties of {@link AuditDocument}, which the plan, the dashboard and the summary share. */
  private static <T extends AuditDocument, B> Declaration<T, B> auditDocument(Declaration<T, B> d,
      BiConsumer<B, Uai> uai, BiConsumer<B, String> establishmentName, BiConsumer<B, String> referentialId,
      BiConsumer<B, String> referentialEdition, BiConsumer<B, Stage> stage, BiConsumer<B, LocalDate> auditDate) {
    return d.required("uai", Uai.class, uai)
        .optional("establishmentName", String.class, establishmentName)
        .required("referentialId", String.class, referentialId)
        .optional("referentialEdition", String.class, referentialEdition)
        .required("stage", Stage.class, stage)
        .required("auditDate", LocalDate.class, auditDate);
  }

  static final List<ModelType<?>> TYPES = List.of(
      Declaration.value(AuditTeamMember.class,
              "A member of the audit team (équipe d'audit): person, role, where they come from, auditor record id.",
              AuditTeamMember::builder, AuditTeamMember.Builder::build)
          .required("person", Person.class, AuditTeamMember.Builder::person)
          .required("role", AuditRole.class, AuditTeamMember.Builder::role)
          .required("category", AuditorCategory.class, AuditTeamMember.Builder::category)
          .optional("auditorId", String.class, AuditTeamMember.Builder::auditorId)
          .build(),

      Declaration.value(Interviewee.class,
              "A person or group heard during the audit (interlocuteur), for a criterion or for the audit as a whole.",
              Interviewee::builder, Interviewee.Builder::build)
          .optional("criterionId", String.class, Interviewee.Builder::criterionId)
          .optional("person", Person.class, Interviewee.Builder::person)
          .optional("group", String.class, Interviewee.Builder::group)
          .required("kind", IntervieweeKind.class, Interviewee.Builder::kind)
          .build(),

      auditDocument(Declaration.value(AuditPlan.class,
                  "The audit plan (plan d'audit, document LDM 03): dates, audit team and interviewees.",
                  AuditPlan::builder, AuditPlan.Builder::build),
              AuditPlan.Builder::uai, AuditPlan.Builder::establishmentName, AuditPlan.Builder::referentialId,
              AuditPlan.Builder::referentialEdition, AuditPlan.Builder::stage, AuditPlan.Builder::auditDate)
          .optional("sentDate", LocalDate.class, AuditPlan.Builder::sentDate)
          .optional("dossierReceivedDate", LocalDate.class, AuditPlan.Builder::dossierReceivedDate)
          .list("team", AuditTeamMember.class, AuditPlan.Builder::addAllTeam)
          .list("interviewees", Interviewee.class, AuditPlan.Builder::addAllInterviewees)
          .build(),

      Declaration.value(DashboardEntry.class,
              "One line of the audit dashboard: the assessment of a criterion or of one of its requirements.",
              DashboardEntry::builder, DashboardEntry.Builder::build)
          .required("criterionId", String.class, DashboardEntry.Builder::criterionId)
          .optional("requirementId", String.class, DashboardEntry.Builder::requirementId)
          .required("assessment", Assessment.class, DashboardEntry.Builder::assessment)
          .list("evidenceSeen", String.class, DashboardEntry.Builder::addAllEvidenceSeen)
          .optional("comment", String.class, DashboardEntry.Builder::comment)
          .defaulted("prefilled", boolean.class, Boolean.FALSE, DashboardEntry.Builder::prefilled)
          .list("reassessedGapIds", String.class, DashboardEntry.Builder::addAllReassessedGapIds)
          .list("reassessedAxisIds", String.class, DashboardEntry.Builder::addAllReassessedAxisIds)
          .build(),

      auditDocument(Declaration.value(AuditDashboard.class,
                  "The audit dashboard (tableau de bord, document LDM 04): the assessment of each criterion and"
                      + " requirement.",
                  AuditDashboard::builder, AuditDashboard.Builder::build),
              AuditDashboard.Builder::uai, AuditDashboard.Builder::establishmentName,
              AuditDashboard.Builder::referentialId, AuditDashboard.Builder::referentialEdition,
              AuditDashboard.Builder::stage, AuditDashboard.Builder::auditDate)
          .list("entries", DashboardEntry.class, AuditDashboard.Builder::addAllEntries)
          .build(),

      Declaration.value(Remark.class,
              "A strength (point fort) or weakness (point faible) of the audit summary, on a criterion or on the whole.",
              Remark::builder, Remark.Builder::build)
          .optional("criterionId", String.class, Remark.Builder::criterionId)
          .required("text", String.class, Remark.Builder::text)
          .build(),

      Declaration.value(Gap.class,
              "A major or minor gap (écart) of the audit summary, tied to a requirement, and when it was lifted.",
              Gap::builder, Gap.Builder::build)
          .required("id", String.class, Gap.Builder::id)
          .required("severity", Severity.class, Gap.Builder::severity)
          .required("criterionId", String.class, Gap.Builder::criterionId)
          .required("requirementId", String.class, Gap.Builder::requirementId)
          .required("text", String.class, Gap.Builder::text)
          .optional("liftedOn", LocalDate.class, Gap.Builder::liftedOn)
          .build(),

      Declaration.value(ImprovementAxis.class,
              "An improvement axis (axe de progrès) chosen by the establishment: criterion, owner, deadline, gaps"
                  + " addressed.",
              ImprovementAxis::builder, ImprovementAxis.Builder::build)
          .required("id", String.class, ImprovementAxis.Builder::id)
          .required("criterionId", String.class, ImprovementAxis.Builder::criterionId)
          .required("text", String.class, ImprovementAxis.Builder::text)
          .optional("owner", Person.class, ImprovementAxis.Builder::owner)
          .optional("deadline", LocalDate.class, ImprovementAxis.Builder::deadline)
          .list("gapIds", String.class, ImprovementAxis.Builder::addAllGapIds)
          .build(),

      auditDocument(Declaration.value(AuditSummary.class,
                  "The summary report of an audit (rapport de synthèse, document LDM 05).",
                  AuditSummary::builder, AuditSummary.Builder::build),
              AuditSummary.Builder::uai, AuditSummary.Builder::establishmentName, AuditSummary.Builder::referentialId,
              AuditSummary.Builder::referentialEdition, AuditSummary.Builder::stage, AuditSummary.Builder::auditDate)
          .list("strengths", Remark.class, AuditSummary.Builder::addAllStrengths)
          .list("weaknesses", Remark.class, AuditSummary.Builder::addAllWeaknesses)
          .list("gaps", Gap.class, AuditSummary.Builder::addAllGaps)
          .list("improvementAxes", ImprovementAxis.class, AuditSummary.Builder::addAllImprovementAxes)
          .optional("teamOpinion", Opinion.class, AuditSummary.Builder::teamOpinion)
          .optional("teamOpinionText", String.class, AuditSummary.Builder::teamOpinionText)
          .optional("proposedLabelTitle", String.class, AuditSummary.Builder::proposedLabelTitle)
          .optional("submissionDate", LocalDate.class, AuditSummary.Builder::submissionDate)
          .build(),

      Declaration.value(LabelDecision.class,
              "The rector's decision on the label (décision de labellisation): granted or refused, first labelling or"
                  + " renewal.",
              LabelDecision::builder, LabelDecision.Builder::build)
          .required("uai", Uai.class, LabelDecision.Builder::uai)
          .optional("establishmentName", String.class, LabelDecision.Builder::establishmentName)
          .required("referentialId", String.class, LabelDecision.Builder::referentialId)
          .optional("referentialEdition", String.class, LabelDecision.Builder::referentialEdition)
          .required("outcome", DecisionOutcome.class, LabelDecision.Builder::outcome)
          .required("date", LocalDate.class, LabelDecision.Builder::date)
          .required("dossierKind", DossierKind.class, LabelDecision.Builder::dossierKind)
          .optional("labelTitle", String.class, LabelDecision.Builder::labelTitle)
          .optional("comment", String.class, LabelDecision.Builder::comment)
          .build(),

      Declaration.record(HeldAudit.class, "An audit held in the life of a label: its stage and date.")
          .required("stage", Stage.class)
          .required("date", LocalDate.class)
          .build(),

      Declaration.value(LabelRecord.class,
              "The life of an establishment's label (vie du label): the rector's decisions and the audits held.",
              LabelRecord::builder, LabelRecord.Builder::build)
          .required("uai", Uai.class, LabelRecord.Builder::uai)
          .optional("establishmentName", String.class, LabelRecord.Builder::establishmentName)
          .list("decisions", LabelDecision.class, LabelRecord.Builder::addAllDecisions)
          .list("audits", HeldAudit.class, LabelRecord.Builder::addAllAudits)
          .build(),

      Declaration.value(AuditParticipation.class,
              "An audit an auditor took part in: date, role, audited establishment, stage.",
              AuditParticipation::builder, AuditParticipation.Builder::build)
          .required("date", LocalDate.class, AuditParticipation.Builder::date)
          .required("role", AuditRole.class, AuditParticipation.Builder::role)
          .required("uai", Uai.class, AuditParticipation.Builder::uai)
          .optional("establishmentName", String.class, AuditParticipation.Builder::establishmentName)
          .optional("stage", Stage.class, AuditParticipation.Builder::stage)
          .build(),

      Declaration.value(TrainingSession.class,
              "A continuing training session of an auditor (formation continue): date, days, title.",
              TrainingSession::builder, TrainingSession.Builder::build)
          .required("date", LocalDate.class, TrainingSession.Builder::date)
          .required("days", BigDecimal.class, TrainingSession.Builder::days)
          .optional("title", String.class, TrainingSession.Builder::title)
          .build(),

      Declaration.value(Auditor.class,
              "The record of a trained auditor of the label: training certificate, audits, continuing training.",
              Auditor::builder, Auditor.Builder::build)
          .required("id", String.class, Auditor.Builder::id)
          .required("person", Person.class, Auditor.Builder::person)
          .required("category", AuditorCategory.class, Auditor.Builder::category)
          .optional("trainingCertificateDate", LocalDate.class, Auditor.Builder::trainingCertificateDate)
          .list("participations", AuditParticipation.class, Auditor.Builder::addAllParticipations)
          .list("continuingTraining", TrainingSession.class, Auditor.Builder::addAllContinuingTraining)
          .build(),

      Declaration.value(AuditorPool.class, "The pool of trained auditors of an academy (groupe des auditeurs).",
              AuditorPool::builder, AuditorPool.Builder::build)
          .optional("academy", String.class, AuditorPool.Builder::academy)
          .list("auditors", Auditor.class, AuditorPool.Builder::addAllAuditors)
          .build(),

      Declaration.value(AuditFile.class,
              "The audit file (dossier d'audit): the documents of one audit, gathered to be checked together, each a"
                  + " plain object without formatVersion and kind, each optional.",
              AuditFile::builder, AuditFile.Builder::build)
          .optional("plan", AuditPlan.class, AuditFile.Builder::plan)
          .optional("dashboard", AuditDashboard.class, AuditFile.Builder::dashboard)
          .optional("summary", AuditSummary.class, AuditFile.Builder::summary)
          .optional("decision", LabelDecision.class, AuditFile.Builder::decision)
          .optional("labelRecord", LabelRecord.class, AuditFile.Builder::labelRecord)
          .optional("auditorPool", AuditorPool.class, AuditFile.Builder::auditorPool)
          .optional("previousSummary", AuditSummary.class, AuditFile.Builder::previousSummary)
          .optional("nextDashboard", AuditDashboard.class, AuditFile.Builder::nextDashboard)
          .build());
}
