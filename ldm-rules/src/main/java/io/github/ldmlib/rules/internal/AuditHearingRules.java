package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.MAJOR_GAP;
import static io.github.ldmlib.model.conformity.Severity.OBSERVATION;
import static io.github.ldmlib.rules.internal.Audits.PLAN;
import static io.github.ldmlib.rules.internal.AuditTimingRules.PARAMETER_SOURCE;

import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.Interviewee;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.rules.AuditContext;
import io.github.ldmlib.rules.FindingSink;

/** Audit rules on who the auditors hear: students, external partners, someone on each criterion. */
final class AuditHearingRules {

  private AuditHearingRules() {}

  static final BuiltInAuditRule STUDENTS_HEARD = BuiltInAuditRule.of("LDM-A-030", MAJOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("The plan has students heard: some interviewee is of kind `STUDENT` (Aix-Marseille 2012: « il "
          + "est indispensable que des élèves et des partenaires extérieurs puissent être auditionnés »). "
          + "Applies when the referential states `studentsMustBeHeard: true`.")
      .reads("`parameters.studentsMustBeHeard`")
      .audit(AuditHearingRules::studentsHeard);

  static final BuiltInAuditRule PARTNERS_HEARD = BuiltInAuditRule.of("LDM-A-031", MAJOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("The plan has external partners heard: some interviewee is of kind `EXTERNAL_PARTNER` or "
          + "`PARENT` (« partenaires extérieurs (parents d'élèves, professionnels...) »). Applies when the "
          + "referential states `externalPartnersMustBeHeard: true`.")
      .reads("`parameters.externalPartnersMustBeHeard`")
      .audit(AuditHearingRules::partnersHeard);

  static final BuiltInAuditRule INTERVIEWEES_PER_CRITERION = BuiltInAuditRule.of("LDM-A-032", OBSERVATION)
      .citing("the audit plan (LDM 03): the head of the establishment proposes interviewees on each criterion")
      .checks("The plan proposes at least one interviewee for each mandatory criterion of the referential "
          + "(an interviewee whose `criterionId` names it). One finding per criterion left without, citing the "
          + "criterion's source. An observation: without someone to answer on a criterion, the auditors assess "
          + "it on documents alone.")
      .reads("criteria (kind)")
      .audit(AuditHearingRules::intervieweesPerCriterion);

  private static void studentsHeard(AuditContext context, FindingSink findings) {
    if (context.parameters().studentsMustBeHeard().orElse(false)) {
      context.audit().plan().filter(p -> !p.hearsStudents()).ifPresent(p ->
          findings.at(Pointers.of(PLAN, "interviewees")).source(context.referential().source()).report("notHeard"));
    }
  }

  private static void partnersHeard(AuditContext context, FindingSink findings) {
    if (context.parameters().externalPartnersMustBeHeard().orElse(false)) {
      context.audit().plan().filter(p -> !p.hearsExternalPartners()).ifPresent(p ->
          findings.at(Pointers.of(PLAN, "interviewees")).source(context.referential().source()).report("notHeard"));
    }
  }

  private static void intervieweesPerCriterion(AuditContext context, FindingSink findings) {
    if (context.audit().plan().isEmpty()) {
      return;
    }
    AuditPlan plan = context.audit().plan().get();
    for (Criterion c : context.referential().mandatoryCriteria()) {
      boolean heard = plan.interviewees().stream()
          .map(Interviewee::criterionId)
          .anyMatch(id -> id.filter(c.id()::equals).isPresent());
      if (!heard) {
        findings.at(Pointers.of(PLAN, "interviewees")).criterion(c.id()).source(c.source())
            .report("missing", c.id(), Texts.abbreviate(c.title()));
      }
    }
  }
}
