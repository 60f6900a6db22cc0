package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.MAJOR_GAP;
import static io.github.ldmlib.model.conformity.Severity.OBSERVATION;
import static io.github.ldmlib.rules.internal.AuditTimingRules.PARAMETER_SOURCE;
import static io.github.ldmlib.rules.internal.Audits.PLAN;

import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.Interviewee;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Rule;

/** Audit rules on who the auditors hear: students, external partners, someone on each criterion. */
final class AuditHearingRules {

  private AuditHearingRules() {}

  static final Rule<AuditFile> STUDENTS_HEARD = Catalogue.audit("LDM-A-030", MAJOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("The plan has students heard: some interviewee is of kind `STUDENT` (Aix-Marseille 2012: « il "
          + "est indispensable que des élèves et des partenaires extérieurs puissent être auditionnés »). "
          + "Applies when the referential states `studentsMustBeHeard: true`.")
      .reads("`parameters.studentsMustBeHeard`")
      .check(AuditHearingRules::studentsHeard);

  static final Rule<AuditFile> PARTNERS_HEARD = Catalogue.audit("LDM-A-031", MAJOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("The plan has external partners heard: some interviewee is of kind `EXTERNAL_PARTNER` or "
          + "`PARENT` (« partenaires extérieurs (parents d'élèves, professionnels...) »). Applies when the "
          + "referential states `externalPartnersMustBeHeard: true`.")
      .reads("`parameters.externalPartnersMustBeHeard`")
      .check(AuditHearingRules::partnersHeard);

  static final Rule<AuditFile> INTERVIEWEES_PER_CRITERION = Catalogue.audit("LDM-A-032", OBSERVATION)
      .citing("the audit plan (LDM 03): the head of the establishment proposes interviewees on each criterion")
      .checks("The plan proposes at least one interviewee for each mandatory criterion of the referential "
          + "(an interviewee whose `criterionId` names it). One finding per criterion left without, citing the "
          + "criterion's source. An observation: without someone to answer on a criterion, the auditors assess "
          + "it on documents alone.")
      .reads("criteria (kind)")
      .check(AuditHearingRules::intervieweesPerCriterion);

  private static void studentsHeard(CheckContext<AuditFile> context, FindingSink findings) {
    if (context.parameters().studentsMustBeHeard().orElse(false)) {
      context.document().plan().filter(p -> !p.hearsStudents()).ifPresent(p ->
          findings.at(Pointers.of(PLAN, "interviewees")).source(context.referential().source()).report("notHeard"));
    }
  }

  private static void partnersHeard(CheckContext<AuditFile> context, FindingSink findings) {
    if (context.parameters().externalPartnersMustBeHeard().orElse(false)) {
      context.document().plan().filter(p -> !p.hearsExternalPartners()).ifPresent(p ->
          findings.at(Pointers.of(PLAN, "interviewees")).source(context.referential().source()).report("notHeard"));
    }
  }

  private static void intervieweesPerCriterion(CheckContext<AuditFile> context, FindingSink findings) {
    if (context.document().plan().isEmpty()) {
      return;
    }
    AuditPlan plan = context.document().plan().get();
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
