package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.MINOR_GAP;
import static io.github.ldmlib.rules.internal.Audits.PLAN;
import static io.github.ldmlib.rules.internal.Audits.SUMMARY;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Rule;
import java.time.LocalDate;
import java.util.OptionalInt;

/** Audit rules on delays: the plan, the dossier and its evidence before the audit, the report after it. */
final class AuditTimingRules {

  private AuditTimingRules() {}

  static final String PARAMETER_SOURCE = "the referential's own source, where its parameters come from";

  static final Rule<AuditFile> PLAN_NOTICE = Catalogue.audit("LDM-A-010", MINOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("The audit plan is sent to the head of the establishment at least `auditPlanNoticeDays` days "
          + "before the audit (Aix-Marseille 2012, procedure, 4/ Audit: 15 days): `sentDate` is on or before the "
          + "audit date minus that many days. A plan not marked as sent is a finding once the date of the check is "
          + "past that last day. Applies when the referential states `auditPlanNoticeDays`.")
      .reads("`parameters.auditPlanNoticeDays`")
      .clause(Sources.AIX_AUDIT, "Le plan d'audit (document LDM 03) est adressé au chef d'établissement 15 jours au moins avant la "
          + "date retenue pour l'audit.")
      .grade("The note sets the notice (« 15 jours au moins ») but no consequence for a late plan, and the plan "
          + "still reaches the school before the audit: a gap to be corrected, not a condition of the label.")
      .check(AuditTimingRules::planNotice);

  static final Rule<AuditFile> DOSSIER_NOTICE = Catalogue.audit("LDM-A-011", MINOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("The dossier and its evidence reach the auditors at least `dossierNoticeWeeks` weeks before the "
          + "audit (Nouvelle-Aquitaine 2023 campaign calendar: 3 weeks): the plan's `dossierReceivedDate` is on "
          + "or before the audit date minus that many weeks. A dossier not marked as received is a finding once "
          + "the date of the check is past that last day. Applies when the referential states "
          + "`dossierNoticeWeeks`.")
      .reads("`parameters.dossierNoticeWeeks`")
      .clause(Sources.NA_CAMPAIGN, "Retour du dossier+ preuves 3 semaines avant la date de l'audit")
      .grade("A step of the region's campaign calendar, with no consequence set for a late return (unlike « Lever "
          + "les écarts majeurs », the step before the label): a gap to be corrected, not a condition of the label.")
      .check(AuditTimingRules::dossierNotice);

  static final Rule<AuditFile> REPORT_DEADLINE = Catalogue.audit("LDM-A-012", MINOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("The lead auditor submits the summary report within `reportDeadlineDays` days after the audit "
          + "(Aix-Marseille 2012, procedure, 5/ Rapport d'audit: 15 days): `submissionDate` lies between the "
          + "audit date and the audit date plus that many days. A report not marked as submitted is a finding once "
          + "the date of the check is past the deadline. Applies when the referential states `reportDeadlineDays`.")
      .reads("`parameters.reportDeadlineDays`")
      .clause(Sources.AIX_REPORT, "Le responsable d'audit dispose d'un délai de 15 jours pour transmettre au coordonnateur le tableau "
          + "de bord, les axes de progrès, le rapport de synthèse, l'avis de l'équipe d'audit ainsi que le choix "
          + "de l'intitulé.")
      .grade("The note gives the lead auditor a delay (« dispose d'un délai de 15 jours ») but no consequence for "
          + "a late report, which is still made: a gap to be corrected, not a condition of the label.")
      .check(AuditTimingRules::reportDeadline);

  private static void planNotice(CheckContext<AuditFile> context, FindingSink findings) {
    OptionalInt days = context.parameters().auditPlanNoticeDays();
    if (days.isEmpty() || context.document().plan().isEmpty()) {
      return;
    }
    AuditPlan plan = context.document().plan().get();
    LocalDate lastDay = plan.auditDate().minusDays(days.getAsInt());
    JsonPointer at = Pointers.of(PLAN, "sentDate");
    if (plan.sentDate().isPresent()) {
      if (plan.sentDate().get().isAfter(lastDay)) {
        findings.at(at).source(context.referential().source())
            .report("late", plan.sentDate().get(), plan.auditDate(), days.getAsInt(), lastDay);
      }
    } else if (context.asOf().isAfter(lastDay)) {
      findings.at(at).source(context.referential().source())
          .report("notSent", plan.auditDate(), lastDay, days.getAsInt());
    }
  }

  private static void dossierNotice(CheckContext<AuditFile> context, FindingSink findings) {
    OptionalInt weeks = context.parameters().dossierNoticeWeeks();
    if (weeks.isEmpty() || context.document().plan().isEmpty()) {
      return;
    }
    AuditPlan plan = context.document().plan().get();
    LocalDate lastDay = plan.auditDate().minusWeeks(weeks.getAsInt());
    JsonPointer at = Pointers.of(PLAN, "dossierReceivedDate");
    if (plan.dossierReceivedDate().isPresent()) {
      if (plan.dossierReceivedDate().get().isAfter(lastDay)) {
        findings.at(at).source(context.referential().source())
            .report("late", plan.dossierReceivedDate().get(), plan.auditDate(), weeks.getAsInt(), lastDay);
      }
    } else if (context.asOf().isAfter(lastDay)) {
      findings.at(at).source(context.referential().source())
          .report("notReceived", plan.auditDate(), lastDay, weeks.getAsInt());
    }
  }

  private static void reportDeadline(CheckContext<AuditFile> context, FindingSink findings) {
    OptionalInt days = context.parameters().reportDeadlineDays();
    if (days.isEmpty() || context.document().summary().isEmpty()) {
      return;
    }
    AuditSummary summary = context.document().summary().get();
    LocalDate deadline = summary.auditDate().plusDays(days.getAsInt());
    JsonPointer at = Pointers.of(SUMMARY, "submissionDate");
    if (summary.submissionDate().isPresent()) {
      LocalDate submitted = summary.submissionDate().get();
      if (submitted.isBefore(summary.auditDate())) {
        findings.at(at).source(context.referential().source()).report("beforeAudit", submitted, summary.auditDate());
      } else if (submitted.isAfter(deadline)) {
        findings.at(at).source(context.referential().source())
            .report("late", submitted, days.getAsInt(), summary.auditDate(), deadline);
      }
    } else if (context.asOf().isAfter(deadline)) {
      findings.at(at).source(context.referential().source())
          .report("notSubmitted", summary.auditDate(), deadline, days.getAsInt());
    }
  }
}
