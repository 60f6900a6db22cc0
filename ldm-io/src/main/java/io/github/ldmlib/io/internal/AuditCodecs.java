package io.github.ldmlib.io.internal;

import static io.github.ldmlib.io.internal.Codecs.BOOLEAN;
import static io.github.ldmlib.io.internal.Codecs.DATE_CODEC;
import static io.github.ldmlib.io.internal.Codecs.DECIMAL;
import static io.github.ldmlib.io.internal.Codecs.STRING;
import static io.github.ldmlib.io.internal.Codecs.UAI;
import static io.github.ldmlib.io.internal.Codecs.enumCodec;
import static io.github.ldmlib.io.internal.ModelCodecs.DOSSIER_KIND;
import static io.github.ldmlib.io.internal.ModelCodecs.PERSON;
import static io.github.ldmlib.io.internal.ModelCodecs.SEVERITY;
import static io.github.ldmlib.io.internal.ModelCodecs.STAGE;
import static io.github.ldmlib.io.internal.ModelCodecs.VERDICT;
import static io.github.ldmlib.io.internal.ReportCodecs.CRITERION_RESULT;
import static io.github.ldmlib.io.internal.ReportCodecs.FINDING;
import static io.github.ldmlib.io.internal.ReportCodecs.FINDING_COUNTS;

import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.audit.Assessment;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditDocument;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditParticipation;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.AuditReport;
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
import io.github.ldmlib.model.audit.LabelStatus;
import io.github.ldmlib.model.audit.Opinion;
import io.github.ldmlib.model.audit.Remark;
import io.github.ldmlib.model.audit.TrainingSession;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.Stage;
import io.github.ldmlib.model.conformity.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The codecs of the audit documents and of the life of the label: plan, dashboard, summary, decision,
 * record, auditor pool, audit file and audit report.
 *
 * <p>A holder of its own, initialized at first use, so that reading one kind of document defines
 * only the codecs that kind needs. The conventions are those of {@link ModelCodecs}.
 */
final class AuditCodecs {

  private AuditCodecs() {}

  static final Codec<AuditRole> AUDIT_ROLE = enumCodec(AuditRole.class);
  static final Codec<AuditorCategory> AUDITOR_CATEGORY = enumCodec(AuditorCategory.class);
  static final Codec<IntervieweeKind> INTERVIEWEE_KIND = enumCodec(IntervieweeKind.class);
  static final Codec<Assessment> ASSESSMENT = enumCodec(Assessment.class);
  static final Codec<Opinion> OPINION = enumCodec(Opinion.class);
  static final Codec<DecisionOutcome> DECISION_OUTCOME = enumCodec(DecisionOutcome.class);

  /** The accessors of {@link AuditDocument}, shared by the plan, the dashboard and the summary. */
  private static <T extends AuditDocument, B> ObjectCodec.Definition<T, B> auditDocument(
      ObjectCodec.Definition<T, B> d, BiConsumer<B, Uai> uai, BiConsumer<B, String> establishmentName,
      BiConsumer<B, String> referentialId, BiConsumer<B, String> referentialEdition, BiConsumer<B, Stage> stage,
      BiConsumer<B, LocalDate> auditDate) {
    return d.required("uai", UAI, AuditDocument::uai, uai)
        .optional("establishmentName", STRING, AuditDocument::establishmentName, establishmentName)
        .required("referentialId", STRING, AuditDocument::referentialId, referentialId)
        .optional("referentialEdition", STRING, AuditDocument::referentialEdition, referentialEdition)
        .required("stage", STAGE, AuditDocument::stage, stage)
        .required("auditDate", DATE_CODEC, AuditDocument::auditDate, auditDate);
  }

  static final ObjectCodec<AuditTeamMember, AuditTeamMember.Builder> AUDIT_TEAM_MEMBER = ObjectCodec.define(
          AuditTeamMember.class,
          "A member of the audit team (équipe d'audit): person, role, where they come from, auditor record id.",
          AuditTeamMember::builder, AuditTeamMember.Builder::build)
      .required("person", PERSON, AuditTeamMember::person, AuditTeamMember.Builder::person)
      .required("role", AUDIT_ROLE, AuditTeamMember::role, AuditTeamMember.Builder::role)
      .required("category", AUDITOR_CATEGORY, AuditTeamMember::category, AuditTeamMember.Builder::category)
      .optional("auditorId", STRING, AuditTeamMember::auditorId, AuditTeamMember.Builder::auditorId)
      .build();

  static final ObjectCodec<Interviewee, Interviewee.Builder> INTERVIEWEE = ObjectCodec.define(Interviewee.class,
          "A person or group heard during the audit (interlocuteur), for a criterion or for the audit as a whole.",
          Interviewee::builder, Interviewee.Builder::build)
      .optional("criterionId", STRING, Interviewee::criterionId, Interviewee.Builder::criterionId)
      .optional("person", PERSON, Interviewee::person, Interviewee.Builder::person)
      .optional("group", STRING, Interviewee::group, Interviewee.Builder::group)
      .required("kind", INTERVIEWEE_KIND, Interviewee::kind, Interviewee.Builder::kind)
      .build();

  static final ObjectCodec<AuditPlan, AuditPlan.Builder> AUDIT_PLAN = auditDocument(
          ObjectCodec.define(AuditPlan.class,
              "The audit plan (plan d'audit, document LDM 03): dates, audit team and interviewees.",
              AuditPlan::builder, AuditPlan.Builder::build),
          AuditPlan.Builder::uai, AuditPlan.Builder::establishmentName, AuditPlan.Builder::referentialId,
          AuditPlan.Builder::referentialEdition, AuditPlan.Builder::stage, AuditPlan.Builder::auditDate)
      .optional("sentDate", DATE_CODEC, AuditPlan::sentDate, AuditPlan.Builder::sentDate)
      .optional("dossierReceivedDate", DATE_CODEC, AuditPlan::dossierReceivedDate,
          AuditPlan.Builder::dossierReceivedDate)
      .list("team", AUDIT_TEAM_MEMBER, AuditPlan::team, AuditPlan.Builder::addAllTeam)
      .list("interviewees", INTERVIEWEE, AuditPlan::interviewees, AuditPlan.Builder::addAllInterviewees)
      .build();

  static final ObjectCodec<DashboardEntry, DashboardEntry.Builder> DASHBOARD_ENTRY = ObjectCodec.define(
          DashboardEntry.class,
          "One line of the audit dashboard: the assessment of a criterion or of one of its requirements.",
          DashboardEntry::builder, DashboardEntry.Builder::build)
      .required("criterionId", STRING, DashboardEntry::criterionId, DashboardEntry.Builder::criterionId)
      .optional("requirementId", STRING, DashboardEntry::requirementId, DashboardEntry.Builder::requirementId)
      .required("assessment", ASSESSMENT, DashboardEntry::assessment, DashboardEntry.Builder::assessment)
      .list("evidenceSeen", STRING, DashboardEntry::evidenceSeen, DashboardEntry.Builder::addAllEvidenceSeen)
      .optional("comment", STRING, DashboardEntry::comment, DashboardEntry.Builder::comment)
      .defaulted("prefilled", BOOLEAN, Boolean.FALSE, DashboardEntry::prefilled, (b, v) -> b.prefilled(v))
      .list("reassessedGapIds", STRING, DashboardEntry::reassessedGapIds,
          DashboardEntry.Builder::addAllReassessedGapIds)
      .list("reassessedAxisIds", STRING, DashboardEntry::reassessedAxisIds,
          DashboardEntry.Builder::addAllReassessedAxisIds)
      .build();

  static final ObjectCodec<AuditDashboard, AuditDashboard.Builder> AUDIT_DASHBOARD = auditDocument(
          ObjectCodec.define(AuditDashboard.class,
              "The audit dashboard (tableau de bord, document LDM 04): the assessment of each criterion and"
                  + " requirement.",
              AuditDashboard::builder, AuditDashboard.Builder::build),
          AuditDashboard.Builder::uai, AuditDashboard.Builder::establishmentName, AuditDashboard.Builder::referentialId,
          AuditDashboard.Builder::referentialEdition, AuditDashboard.Builder::stage, AuditDashboard.Builder::auditDate)
      .list("entries", DASHBOARD_ENTRY, AuditDashboard::entries, AuditDashboard.Builder::addAllEntries)
      .build();

  static final ObjectCodec<Remark, Remark.Builder> REMARK = ObjectCodec.define(Remark.class,
          "A strength (point fort) or weakness (point faible) of the audit summary, on a criterion or on the whole.",
          Remark::builder, Remark.Builder::build)
      .optional("criterionId", STRING, Remark::criterionId, Remark.Builder::criterionId)
      .required("text", STRING, Remark::text, Remark.Builder::text)
      .build();

  static final ObjectCodec<Gap, Gap.Builder> GAP = ObjectCodec.define(Gap.class,
          "A major or minor gap (écart) of the audit summary, tied to a requirement, and when it was lifted.",
          Gap::builder, Gap.Builder::build)
      .required("id", STRING, Gap::id, Gap.Builder::id)
      .required("severity", SEVERITY, Gap::severity, Gap.Builder::severity)
      .required("criterionId", STRING, Gap::criterionId, Gap.Builder::criterionId)
      .required("requirementId", STRING, Gap::requirementId, Gap.Builder::requirementId)
      .required("text", STRING, Gap::text, Gap.Builder::text)
      .optional("liftedOn", DATE_CODEC, Gap::liftedOn, Gap.Builder::liftedOn)
      .build();

  static final ObjectCodec<ImprovementAxis, ImprovementAxis.Builder> IMPROVEMENT_AXIS = ObjectCodec.define(
          ImprovementAxis.class,
          "An improvement axis (axe de progrès) chosen by the establishment: criterion, owner, deadline, gaps"
              + " addressed.",
          ImprovementAxis::builder, ImprovementAxis.Builder::build)
      .required("id", STRING, ImprovementAxis::id, ImprovementAxis.Builder::id)
      .required("criterionId", STRING, ImprovementAxis::criterionId, ImprovementAxis.Builder::criterionId)
      .required("text", STRING, ImprovementAxis::text, ImprovementAxis.Builder::text)
      .optional("owner", PERSON, ImprovementAxis::owner, ImprovementAxis.Builder::owner)
      .optional("deadline", DATE_CODEC, ImprovementAxis::deadline, ImprovementAxis.Builder::deadline)
      .list("gapIds", STRING, ImprovementAxis::gapIds, ImprovementAxis.Builder::addAllGapIds)
      .build();

  static final ObjectCodec<AuditSummary, AuditSummary.Builder> AUDIT_SUMMARY = auditDocument(
          ObjectCodec.define(AuditSummary.class,
              "The summary report of an audit (rapport de synthèse, document LDM 05).",
              AuditSummary::builder, AuditSummary.Builder::build),
          AuditSummary.Builder::uai, AuditSummary.Builder::establishmentName, AuditSummary.Builder::referentialId,
          AuditSummary.Builder::referentialEdition, AuditSummary.Builder::stage, AuditSummary.Builder::auditDate)
      .list("strengths", REMARK, AuditSummary::strengths, AuditSummary.Builder::addAllStrengths)
      .list("weaknesses", REMARK, AuditSummary::weaknesses, AuditSummary.Builder::addAllWeaknesses)
      .list("gaps", GAP, AuditSummary::gaps, AuditSummary.Builder::addAllGaps)
      .list("improvementAxes", IMPROVEMENT_AXIS, AuditSummary::improvementAxes,
          AuditSummary.Builder::addAllImprovementAxes)
      .optional("teamOpinion", OPINION, AuditSummary::teamOpinion, AuditSummary.Builder::teamOpinion)
      .optional("teamOpinionText", STRING, AuditSummary::teamOpinionText, AuditSummary.Builder::teamOpinionText)
      .optional("proposedLabelTitle", STRING, AuditSummary::proposedLabelTitle,
          AuditSummary.Builder::proposedLabelTitle)
      .optional("submissionDate", DATE_CODEC, AuditSummary::submissionDate, AuditSummary.Builder::submissionDate)
      .build();

  static final ObjectCodec<LabelDecision, LabelDecision.Builder> LABEL_DECISION = ObjectCodec.define(
          LabelDecision.class,
          "The rector's decision on the label (décision de labellisation): granted or refused, first labelling or"
              + " renewal.",
          LabelDecision::builder, LabelDecision.Builder::build)
      .required("uai", UAI, LabelDecision::uai, LabelDecision.Builder::uai)
      .optional("establishmentName", STRING, LabelDecision::establishmentName, LabelDecision.Builder::establishmentName)
      .required("referentialId", STRING, LabelDecision::referentialId, LabelDecision.Builder::referentialId)
      .optional("referentialEdition", STRING, LabelDecision::referentialEdition,
          LabelDecision.Builder::referentialEdition)
      .required("outcome", DECISION_OUTCOME, LabelDecision::outcome, LabelDecision.Builder::outcome)
      .required("date", DATE_CODEC, LabelDecision::date, LabelDecision.Builder::date)
      .required("dossierKind", DOSSIER_KIND, LabelDecision::dossierKind, LabelDecision.Builder::dossierKind)
      .optional("labelTitle", STRING, LabelDecision::labelTitle, LabelDecision.Builder::labelTitle)
      .optional("comment", STRING, LabelDecision::comment, LabelDecision.Builder::comment)
      .build();

  /** Collects the components of a {@link HeldAudit} record. */
  private static final class HeldAuditParts {
    Stage stage;
    LocalDate date;
  }

  static final ObjectCodec<HeldAudit, HeldAuditParts> HELD_AUDIT = ObjectCodec.define(HeldAudit.class,
          "An audit held in the life of a label: its stage and date.",
          HeldAuditParts::new, p -> new HeldAudit(p.stage, p.date))
      .required("stage", STAGE, HeldAudit::stage, (p, v) -> p.stage = v)
      .required("date", DATE_CODEC, HeldAudit::date, (p, v) -> p.date = v)
      .build();

  static final ObjectCodec<LabelRecord, LabelRecord.Builder> LABEL_RECORD = ObjectCodec.define(LabelRecord.class,
          "The life of an establishment's label (vie du label): the rector's decisions and the audits held.",
          LabelRecord::builder, LabelRecord.Builder::build)
      .required("uai", UAI, LabelRecord::uai, LabelRecord.Builder::uai)
      .optional("establishmentName", STRING, LabelRecord::establishmentName, LabelRecord.Builder::establishmentName)
      .list("decisions", LABEL_DECISION, LabelRecord::decisions, LabelRecord.Builder::addAllDecisions)
      .list("audits", HELD_AUDIT, LabelRecord::audits, LabelRecord.Builder::addAllAudits)
      .build();

  static final ObjectCodec<AuditParticipation, AuditParticipation.Builder> AUDIT_PARTICIPATION = ObjectCodec.define(
          AuditParticipation.class, "An audit an auditor took part in: date, role, audited establishment, stage.",
          AuditParticipation::builder, AuditParticipation.Builder::build)
      .required("date", DATE_CODEC, AuditParticipation::date, AuditParticipation.Builder::date)
      .required("role", AUDIT_ROLE, AuditParticipation::role, AuditParticipation.Builder::role)
      .required("uai", UAI, AuditParticipation::uai, AuditParticipation.Builder::uai)
      .optional("establishmentName", STRING, AuditParticipation::establishmentName,
          AuditParticipation.Builder::establishmentName)
      .optional("stage", STAGE, AuditParticipation::stage, AuditParticipation.Builder::stage)
      .build();

  static final ObjectCodec<TrainingSession, TrainingSession.Builder> TRAINING_SESSION = ObjectCodec.define(
          TrainingSession.class, "A continuing training session of an auditor (formation continue): date, days, title.",
          TrainingSession::builder, TrainingSession.Builder::build)
      .required("date", DATE_CODEC, TrainingSession::date, TrainingSession.Builder::date)
      .required("days", DECIMAL, TrainingSession::days, TrainingSession.Builder::days)
      .optional("title", STRING, TrainingSession::title, TrainingSession.Builder::title)
      .build();

  static final ObjectCodec<Auditor, Auditor.Builder> AUDITOR = ObjectCodec.define(Auditor.class,
          "The record of a trained auditor of the label: training certificate, audits, continuing training.",
          Auditor::builder, Auditor.Builder::build)
      .required("id", STRING, Auditor::id, Auditor.Builder::id)
      .required("person", PERSON, Auditor::person, Auditor.Builder::person)
      .required("category", AUDITOR_CATEGORY, Auditor::category, Auditor.Builder::category)
      .optional("trainingCertificateDate", DATE_CODEC, Auditor::trainingCertificateDate,
          Auditor.Builder::trainingCertificateDate)
      .list("participations", AUDIT_PARTICIPATION, Auditor::participations, Auditor.Builder::addAllParticipations)
      .list("continuingTraining", TRAINING_SESSION, Auditor::continuingTraining,
          Auditor.Builder::addAllContinuingTraining)
      .build();

  static final ObjectCodec<AuditorPool, AuditorPool.Builder> AUDITOR_POOL = ObjectCodec.define(AuditorPool.class,
          "The pool of trained auditors of an academy (groupe des auditeurs).",
          AuditorPool::builder, AuditorPool.Builder::build)
      .optional("academy", STRING, AuditorPool::academy, AuditorPool.Builder::academy)
      .list("auditors", AUDITOR, AuditorPool::auditors, AuditorPool.Builder::addAllAuditors)
      .build();

  // ---------------------------------------------------------------- audit file and audit report

  static final ObjectCodec<AuditFile, AuditFile.Builder> AUDIT_FILE = ObjectCodec.define(AuditFile.class,
          "The audit file (dossier d'audit): the documents of one audit, gathered to be checked together, each a"
              + " plain object without formatVersion and kind, each optional.",
          AuditFile::builder, AuditFile.Builder::build)
      .optional("plan", AUDIT_PLAN, AuditFile::plan, AuditFile.Builder::plan)
      .optional("dashboard", AUDIT_DASHBOARD, AuditFile::dashboard, AuditFile.Builder::dashboard)
      .optional("summary", AUDIT_SUMMARY, AuditFile::summary, AuditFile.Builder::summary)
      .optional("decision", LABEL_DECISION, AuditFile::decision, AuditFile.Builder::decision)
      .optional("labelRecord", LABEL_RECORD, AuditFile::labelRecord, AuditFile.Builder::labelRecord)
      .optional("auditorPool", AUDITOR_POOL, AuditFile::auditorPool, AuditFile.Builder::auditorPool)
      .optional("previousSummary", AUDIT_SUMMARY, AuditFile::previousSummary, AuditFile.Builder::previousSummary)
      .optional("nextDashboard", AUDIT_DASHBOARD, AuditFile::nextDashboard, AuditFile.Builder::nextDashboard)
      .build();

  static final Codec<LabelStatus> LABEL_STATUS = enumCodec(LabelStatus.class);

  /** Collects an {@link AuditReport}, whose counts and verdict must follow from its findings. */
  private static final class AuditReportParts {
    final AuditReport.Builder builder = AuditReport.builder();
    Verdict verdict;
    FindingCounts counts;
    List<Finding> findings = List.of();

    AuditReport build() {
      FindingCounts actual = FindingCounts.of(findings);
      if (!counts.equals(actual)) {
        throw new ObjectCodec.Inconsistency("inconsistent.reportCounts", ReportCodecs.ReportParts.describe(counts),
            ReportCodecs.ReportParts.describe(actual));
      }
      Verdict expected = Verdict.of(counts);
      if (verdict != expected) {
        throw new ObjectCodec.Inconsistency("inconsistent.reportVerdict", verdict.name(), expected.name());
      }
      return builder.build();
    }
  }

  static final ObjectCodec<AuditReport, AuditReportParts> AUDIT_REPORT = ObjectCodec.define(AuditReport.class,
          "The conformity report of an audit (rapport de conformité de l'audit): the findings of a check of an audit"
              + " file, whose pointers point into the audit file, with verdicts and counts. Counts and verdict must"
              + " follow from the findings.",
          AuditReportParts::new, AuditReportParts::build)
      .required("referentialId", STRING, AuditReport::referentialId, (p, v) -> p.builder.referentialId(v))
      .required("referentialEdition", STRING, AuditReport::referentialEdition,
          (p, v) -> p.builder.referentialEdition(v))
      .optional("uai", UAI, AuditReport::uai, (p, v) -> p.builder.uai(v))
      .optional("establishmentName", STRING, AuditReport::establishmentName, (p, v) -> p.builder.establishmentName(v))
      .optional("stage", STAGE, AuditReport::stage, (p, v) -> p.builder.stage(v))
      .optional("auditDate", DATE_CODEC, AuditReport::auditDate, (p, v) -> p.builder.auditDate(v))
      .required("asOf", DATE_CODEC, AuditReport::asOf, (p, v) -> p.builder.asOf(v))
      .required("language", STRING, AuditReport::language, (p, v) -> p.builder.language(v))
      .optional("labelStatus", LABEL_STATUS, AuditReport::labelStatus, (p, v) -> p.builder.labelStatus(v))
      .required("verdict", VERDICT, AuditReport::verdict, (p, v) -> {
        p.builder.verdict(v);
        p.verdict = v;
      })
      .required("counts", FINDING_COUNTS, AuditReport::counts, (p, v) -> {
        p.builder.counts(v);
        p.counts = v;
      })
      .list("criteria", CRITERION_RESULT, AuditReport::criteria, (p, v) -> p.builder.addAllCriteria(v))
      .list("findings", FINDING, AuditReport::findings, (p, v) -> {
        p.builder.addAllFindings(v);
        p.findings = v;
      })
      .list("ruleIds", STRING, AuditReport::ruleIds, (p, v) -> p.builder.addAllRuleIds(v))
      .build();
}
