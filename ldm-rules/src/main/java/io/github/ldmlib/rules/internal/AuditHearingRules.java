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
      .checks("The plan has students heard: some interviewee is of kind `STUDENT` (Aix-Marseille 2012, "
          + "procedure, 4/ Audit). Applies when the referential states `studentsMustBeHeard: true`.")
      .reads("`parameters.studentsMustBeHeard`")
      .clause(Sources.AIX_AUDIT, "Il est indispensable que des élèves et des partenaires extérieurs (parents d'élèves, "
          + "professionnels...) puissent être auditionnés lors de cette journée.")
      .grade("« Il est indispensable »: the note makes hearing students a condition of the audit day, so an "
          + "audit planned without them is a major gap.")
      .check(AuditHearingRules::studentsHeard);

  static final Rule<AuditFile> PARTNERS_HEARD = Catalogue.audit("LDM-A-031", MAJOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("The plan has external partners heard: some interviewee is of kind `EXTERNAL_PARTNER` or "
          + "`PARENT` (the note counts parents and professionals among external partners). Applies when the "
          + "referential states `externalPartnersMustBeHeard: true`.")
      .reads("`parameters.externalPartnersMustBeHeard`")
      .clause(Sources.AIX_AUDIT, "Il est indispensable que des élèves et des partenaires extérieurs (parents d'élèves, "
          + "professionnels...) puissent être auditionnés lors de cette journée.")
      .grade("« Il est indispensable »: the note makes hearing external partners a condition of the audit day, "
          + "so an audit planned without them is a major gap.")
      .check(AuditHearingRules::partnersHeard);

  static final Rule<AuditFile> INTERVIEWEES_PER_CRITERION = Catalogue.audit("LDM-A-032", OBSERVATION)
      .citing("the audit plan (LDM 03): the head of the establishment proposes interviewees on each criterion")
      .checks("The plan proposes at least one interviewee for each mandatory criterion of the referential "
          + "(an interviewee whose `criterionId` names it). One finding per criterion left without, citing the "
          + "criterion's source.")
      .reads("criteria (kind)")
      .clause(Sources.AIX_AUDIT, "Ce document rappelle le déroulé de la journée d'audit et demande au chef d'établissement de proposer "
          + "des interlocuteurs pour répondre aux auditeurs sur chaque critère du cahier des charges.")
      .grade("The plan asks (« demande ») the head of the establishment to propose interlocutors, without « doit » "
          + "or a consequence; without someone to answer on a criterion the auditors still assess it on documents: "
          + "an observation.")
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
