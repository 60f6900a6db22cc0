package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.MAJOR_GAP;
import static io.github.ldmlib.model.conformity.Severity.MINOR_GAP;
import static io.github.ldmlib.model.conformity.Severity.OBSERVATION;
import static io.github.ldmlib.rules.internal.AuditTimingRules.PARAMETER_SOURCE;
import static io.github.ldmlib.rules.internal.Audits.PLAN;

import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditParticipation;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.AuditRole;
import io.github.ldmlib.model.audit.AuditTeamMember;
import io.github.ldmlib.model.audit.Auditor;
import io.github.ldmlib.model.audit.AuditorCategory;
import io.github.ldmlib.model.audit.TrainingSession;
import io.github.ldmlib.model.referential.AuditTeamComposition;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Rule;
import io.github.ldmlib.rules.internal.Audits.Member;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Audit rules on the audit team: its lead, its size and composition, and each auditor's
 * qualification as the auditor pool records it. Who conducts an audit depends on its stage: every
 * rule reads the team composition the referential states for the stage of the plan.
 */
final class AuditTeamRules {

  private AuditTeamRules() {}

  private static final String QUALIFICATION = "Applies at the stages whose team composition (`auditTeams`) "
      + "states `poolAuditors: true` — in the Aix-Marseille 2012 procedure the labelling audit, conducted by "
      + "« le responsable d'audit et un auditeur », and the renewal, « conduit par deux auditeurs LM »; not the "
      + "three-year follow-up, « conduit par l'inspecteur référent », nor the one-year follow-up, of whose team "
      + "the note says nothing — to the team members whose `auditorId` names a record of the auditor pool, and "
      + "is judged on the plan's audit date.";

  private static final String STAGES = " The composition is that of the plan's stage (`auditTeams`): a stage that "
      + "no composition lists has no stated team, and the rule does not apply to it; the national guide and the "
      + "2023 campaign state no team, so the rule does not apply under the national referential.";

  static final Rule<AuditFile> ONE_LEAD = Catalogue.audit("LDM-A-020", MAJOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("The audit team has exactly one lead auditor (`LEAD_AUDITOR`) where the stage's team composition "
          + "states `leadAuditorNamed: true` (Aix-Marseille 2012, procedure, 4/ Audit; the note states it of the "
          + "labelling audit only: the three-year follow-up is « conduit par l'inspecteur référent » and the "
          + "renewal « conduit par deux auditeurs LM », with no lead named). No lead is one finding on the team; "
          + "each lead after the first is a finding on its role." + STAGES)
      .reads("`parameters.auditTeams` (`leadAuditorNamed`)")
      .clause(Sources.AIX_AUDIT, "Pour chaque audit, il est nommé un responsable d'audit qui est chargé de fixer avec le chef "
          + "d'établissement la date de l'audit et le plan d'audit.")
      .grade("« il est nommé »: the note makes the lead a condition of the audit, and the lead fixes the date and "
          + "the plan and sends the audit documents on; an audit without one (or with two) is not conducted as "
          + "the procedure sets, so a major gap.")
      .check(AuditTeamRules::oneLead);

  static final Rule<AuditFile> MIN_AUDITORS = Catalogue.audit("LDM-A-021", MAJOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("The audit team counts at least the stage's `minAuditors` members, the lead auditor included "
          + "(Aix-Marseille 2012: 2 at the labelling audit, the lead auditor and an auditor; 2 at the renewal)."
          + STAGES)
      .reads("`parameters.auditTeams` (`minAuditors`)")
      .clause(Sources.AIX_AUDIT, "Le responsable d'audit et un auditeur conduisent l'audit. / Audit de renouvellement à 5 ans conduit "
          + "par deux auditeurs LM.")
      .grade("The note states who conducts the audit, in the prescriptive present (« conduisent », « conduit "
          + "par »): an audit conducted by fewer people is not the audit the procedure sets, so a major gap.")
      .check(AuditTeamRules::minAuditors);

  static final Rule<AuditFile> RECTORATE = Catalogue.audit("LDM-A-022", MAJOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("The audit team includes at least the stage's `minRectorateRepresentatives` representatives of the "
          + "rectorate (category `RECTORATE`: inspectors, project officers of the academic delegation). "
          + "Aix-Marseille 2012: 1 at the labelling audit; 1 at the three-year follow-up, conducted by the "
          + "referent inspector, an inspector of the rectorate: a one-person team that is that inspector is right."
          + STAGES)
      .reads("`parameters.auditTeams` (`minRectorateRepresentatives`)")
      .clause(Sources.AIX_AUDIT, "L'équipe d'audit doit être constituée par au moins un représentant du rectorat / 2ème audit de "
          + "suivi à 3 ans conduit par l'inspecteur référent.")
      .grade("« doit être constituée par au moins un représentant du rectorat »: the note makes it a condition of "
          + "the audit team, so a team without one is a major gap.")
      .check(AuditTeamRules::rectorate);

  static final Rule<AuditFile> EXTERNAL_MEMBER = Catalogue.audit("LDM-A-023", OBSERVATION)
      .citing(PARAMETER_SOURCE)
      .checks("Where possible, the audit team includes a person from outside the rectorate (head of another "
          + "school, professional, CET, parents' representative: any category other than `RECTORATE`), as "
          + "Aix-Marseille 2012 recommends for the labelling audit. Applies where the stage's composition states "
          + "`externalMemberRecommended: true` and the team is not empty." + STAGES)
      .reads("`parameters.auditTeams` (`externalMemberRecommended`)")
      .clause(Sources.AIX_AUDIT, "et si possible une personne extérieure (chef d'établissement, professionnel, CET, représentant des "
          + "parents d'élèves...)")
      .grade("« si possible »: the note recommends the external person without requiring one (the same sentence "
          + "requires the rectorate's representative, LDM-A-022), so an observation.")
      .check(AuditTeamRules::externalMember);

  static final Rule<AuditFile> LEAD_EXPERIENCE = Catalogue.audit("LDM-A-024", MINOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("The lead auditor took part in at least `minAuditsBeforeLead` audits, in any role, dated before "
          + "this audit (Aix-Marseille 2012, annex 2: two). The finding lies on the record's participations. "
          + QUALIFICATION)
      .reads("`parameters.minAuditsBeforeLead`")
      .clause(Sources.AIX_AUDITORS, "Un auditeur peut être responsable d'audit après avoir participé à deux audits.")
      .grade("Annex 2 sets a qualification of the auditor (« peut être responsable d'audit après »), a matter of "
          + "the auditor group, with no consequence on the audit or on the label: a gap to be corrected, not a "
          + "condition of the label.")
      .check(AuditTeamRules::leadExperience);

  static final Rule<AuditFile> CERTIFIED = Catalogue.audit("LDM-A-025", MINOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("Every auditor of the team holds the certificate of the initial training, dated on or before the "
          + "audit (annex 2). Applies when the referential states `auditorTrainingDays`, that is, when it provides "
          + "such a training. " + QUALIFICATION)
      .reads("`parameters.auditorTrainingDays`")
      .clause(Sources.AIX_AUDITORS, "La formation des auditeurs se déroule sur une journée à l'issue de laquelle une attestation leur est "
          + "délivrée.")
      .grade("Annex 2 describes the training and its certificate (« une attestation leur est délivrée ») but sets "
          + "no consequence on the audit or the label for an auditor without it: a gap to be corrected.")
      .check(AuditTeamRules::certified);

  static final Rule<AuditFile> RECENT_AUDIT = Catalogue.audit("LDM-A-026", MINOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("Every auditor of the team is still an auditor: no more than `maxYearsWithoutAudit` years "
          + "passed between their last audit before this one (or their training certificate, for a new auditor) "
          + "and this audit (annex 2: two years). An auditor with neither an audit nor a certificate on record is "
          + "a finding too. " + QUALIFICATION)
      .reads("`parameters.maxYearsWithoutAudit`")
      .clause(Sources.AIX_AUDITORS, "Un auditeur perd la qualité d'auditeur s'il reste plus de deux ans sans effectuer d'audit.")
      .grade("The consequence annex 2 sets (« perd la qualité d'auditeur ») falls on the auditor's standing in the "
          + "group, not on the audit or the label: a gap to be corrected (the member requalified or replaced).")
      .check(AuditTeamRules::recentAudit);

  static final Rule<AuditFile> AUDITS_PER_YEAR = Catalogue.audit("LDM-A-027", OBSERVATION)
      .citing(PARAMETER_SOURCE)
      .checks("Every auditor of the team took part in at least `minAuditsPerYear` audits in the year before this "
          + "audit (from the same day a year earlier, included, to the audit day, excluded) — the commitment of "
          + "annex 2. Auditors certified less than a year before the audit are not yet bound by it. "
          + QUALIFICATION)
      .reads("`parameters.minAuditsPerYear`")
      .clause(Sources.AIX_AUDITORS, "Les auditeurs doivent s'engager à participer à au moins un audit par an.")
      .grade("What annex 2 requires (« doivent s'engager ») is the auditor's commitment; the participation itself "
          + "is its object, with no consequence set, and the qualification it protects is LDM-A-026's: an "
          + "observation.")
      .check(AuditTeamRules::auditsPerYear);

  static final Rule<AuditFile> CONTINUING_TRAINING = Catalogue.audit("LDM-A-028", OBSERVATION)
      .citing(PARAMETER_SOURCE)
      .checks("Every auditor of the team followed at least `continuingTrainingDaysPerYear` days of continuing "
          + "training in the year before this audit (from the same day a year earlier to the audit day, both "
          + "included) — annex 2: half a day. Auditors certified less than a year before the audit are not yet "
          + "bound by it. " + QUALIFICATION)
      .reads("`parameters.continuingTrainingDaysPerYear`")
      .clause(Sources.AIX_AUDITORS, "L'auditeur s'engage à participer à une ½ journée de formation continue par an.")
      .grade("« s'engage »: a commitment of the auditor, with no consequence set on the audit or the label, so an "
          + "observation.")
      .check(AuditTeamRules::continuingTraining);

  static final Rule<AuditFile> KNOWN_AUDITORS = Catalogue.audit("LDM-A-029", MINOR_GAP)
      .citing("the library itself")
      .checks("When the file holds the auditor pool, a team member's `auditorId` names a record of it; and where "
          + "the stage's team composition states `poolAuditors: true` (Aix-Marseille 2012: the labelling audit "
          + "and the renewal, « conduit par deux auditeurs LM »), every member names one, so that their "
          + "qualification can be verified. A member without an id at such a stage, or with an id the pool does "
          + "not have at any stage, is a finding.")
      .reads("`parameters.auditTeams` (`poolAuditors`)")
      .grade("The source is silent on a record of auditors: the note names the « auditeurs LM » and annex 2 the "
          + "group of auditors, but no register or identifier, so this is the model's own consistency (a reference "
          + "that resolves). MINOR_GAP, the milder gap: the member is to be identified so that LDM-A-024 to "
          + "LDM-A-028 can judge them; nothing makes it a condition of the label.")
      .check(AuditTeamRules::knownAuditors);

  /** The team composition the referential states for the stage of the file's plan; empty without a plan. */
  private static Optional<AuditTeamComposition> composition(CheckContext<AuditFile> context) {
    return context.document().plan().flatMap(p -> context.parameters().auditTeam(p.stage()));
  }

  private static boolean poolAuditors(CheckContext<AuditFile> context) {
    return composition(context).flatMap(AuditTeamComposition::poolAuditors).orElse(false);
  }

  private static void oneLead(CheckContext<AuditFile> context, FindingSink findings) {
    if (!composition(context).flatMap(AuditTeamComposition::leadAuditorNamed).orElse(false)) {
      return;
    }
    List<AuditTeamMember> team = context.document().plan().get().team();
    AuditTeamMember first = null;
    for (int i = 0; i < team.size(); i++) {
      if (team.get(i).role() != AuditRole.LEAD_AUDITOR) {
        continue;
      }
      if (first == null) {
        first = team.get(i);
      } else {
        findings.at(Pointers.of(PLAN, "team", i, "role")).source(context.referential().source())
            .report("severalLeads", Audits.name(first.person()), Audits.name(team.get(i).person()));
      }
    }
    if (first == null) {
      findings.at(Pointers.of(PLAN, "team")).source(context.referential().source()).report("noLead");
    }
  }

  private static void minAuditors(CheckContext<AuditFile> context, FindingSink findings) {
    OptionalInt min = composition(context).map(AuditTeamComposition::minAuditors).orElse(OptionalInt.empty());
    if (min.isEmpty()) {
      return;
    }
    AuditPlan plan = context.document().plan().get();
    int size = plan.team().size();
    if (size < min.getAsInt()) {
      findings.at(Pointers.of(PLAN, "team")).source(context.referential().source())
          .report("tooFew", size, min.getAsInt(), Audits.name(plan.stage(), context.language()));
    }
  }

  private static void rectorate(CheckContext<AuditFile> context, FindingSink findings) {
    OptionalInt min = composition(context).map(AuditTeamComposition::minRectorateRepresentatives)
        .orElse(OptionalInt.empty());
    if (min.isEmpty()) {
      return;
    }
    long count = context.document().plan().get().team().stream()
        .filter(m -> m.category() == AuditorCategory.RECTORATE).count();
    if (count < min.getAsInt()) {
      findings.at(Pointers.of(PLAN, "team")).source(context.referential().source()).report("tooFew", count, min.getAsInt());
    }
  }

  private static void externalMember(CheckContext<AuditFile> context, FindingSink findings) {
    if (!composition(context).flatMap(AuditTeamComposition::externalMemberRecommended).orElse(false)) {
      return;
    }
    AuditPlan plan = context.document().plan().get();
    if (!plan.team().isEmpty() && plan.team().stream().allMatch(m -> m.category() == AuditorCategory.RECTORATE)) {
      findings.at(Pointers.of(PLAN, "team")).source(context.referential().source()).report("none");
    }
  }

  /** The members whose qualification is checked: at a stage conducted by pool auditors, those with a record. */
  private static List<Member> checked(CheckContext<AuditFile> context) {
    if (!poolAuditors(context)) {
      return List.of();
    }
    return Audits.team(context.document()).stream().filter(m -> m.auditor().isPresent()).toList();
  }

  private static LocalDate auditDate(CheckContext<AuditFile> context) {
    return context.document().plan().orElseThrow().auditDate();
  }

  private static List<AuditParticipation> before(Auditor auditor, LocalDate date) {
    return auditor.participations().stream().filter(p -> p.date().isBefore(date)).toList();
  }

  /** True when the auditor has been certified for a year or more on the date, or has no certificate on record. */
  private static boolean boundByYearlyDuties(Auditor auditor, LocalDate date) {
    return auditor.trainingCertificateDate().map(c -> !c.isAfter(date.minusYears(1))).orElse(true);
  }

  private static void leadExperience(CheckContext<AuditFile> context, FindingSink findings) {
    OptionalInt min = context.parameters().minAuditsBeforeLead();
    if (min.isEmpty()) {
      return;
    }
    for (Member m : checked(context)) {
      if (m.member().role() != AuditRole.LEAD_AUDITOR) {
        continue;
      }
      LocalDate date = auditDate(context);
      int count = before(m.auditor().get(), date).size();
      if (count < min.getAsInt()) {
        findings.at(m.recordPointer("participations")).source(context.referential().source())
            .report("tooFew", Audits.name(m.member().person()), count, date, min.getAsInt());
      }
    }
  }

  private static void certified(CheckContext<AuditFile> context, FindingSink findings) {
    if (context.parameters().auditorTrainingDays().isEmpty()) {
      return;
    }
    for (Member m : checked(context)) {
      LocalDate date = auditDate(context);
      Optional<LocalDate> certificate = m.auditor().get().trainingCertificateDate();
      String who = Audits.name(m.member().person());
      if (certificate.isEmpty()) {
        findings.at(m.recordPointer("trainingCertificateDate")).source(context.referential().source())
            .report("noCertificate", who);
      } else if (certificate.get().isAfter(date)) {
        findings.at(m.recordPointer("trainingCertificateDate")).source(context.referential().source())
            .report("certifiedAfter", who, certificate.get(), date);
      }
    }
  }

  private static void recentAudit(CheckContext<AuditFile> context, FindingSink findings) {
    OptionalInt years = context.parameters().maxYearsWithoutAudit();
    if (years.isEmpty()) {
      return;
    }
    for (Member m : checked(context)) {
      Auditor auditor = m.auditor().get();
      LocalDate date = auditDate(context);
      Optional<LocalDate> lastAudit = before(auditor, date).stream().map(AuditParticipation::date)
          .max(Comparator.naturalOrder());
      Optional<LocalDate> since = lastAudit
          .or(() -> auditor.trainingCertificateDate().filter(c -> !c.isAfter(date)));
      String who = Audits.name(m.member().person());
      if (since.isEmpty()) {
        findings.at(m.recordPointer("participations")).source(context.referential().source())
            .report("noActivity", who, date);
      } else if (since.get().plusYears(years.getAsInt()).isBefore(date)) {
        findings.at(m.recordPointer("participations")).source(context.referential().source())
            .report(lastAudit.isPresent() ? "inactive" : "inactiveSinceCertificate", who, since.get(),
                years.getAsInt(), date);
      }
    }
  }

  private static void auditsPerYear(CheckContext<AuditFile> context, FindingSink findings) {
    OptionalInt min = context.parameters().minAuditsPerYear();
    if (min.isEmpty()) {
      return;
    }
    for (Member m : checked(context)) {
      Auditor auditor = m.auditor().get();
      LocalDate date = auditDate(context);
      if (!boundByYearlyDuties(auditor, date)) {
        continue;
      }
      LocalDate from = date.minusYears(1);
      long count = before(auditor, date).stream().filter(p -> !p.date().isBefore(from)).count();
      if (count < min.getAsInt()) {
        findings.at(m.recordPointer("participations")).source(context.referential().source())
            .report("tooFew", Audits.name(m.member().person()), count, from, date, min.getAsInt());
      }
    }
  }

  private static void continuingTraining(CheckContext<AuditFile> context, FindingSink findings) {
    Optional<BigDecimal> min = context.parameters().continuingTrainingDaysPerYear();
    if (min.isEmpty()) {
      return;
    }
    for (Member m : checked(context)) {
      Auditor auditor = m.auditor().get();
      LocalDate date = auditDate(context);
      if (!boundByYearlyDuties(auditor, date)) {
        continue;
      }
      LocalDate from = date.minusYears(1);
      BigDecimal days = auditor.continuingTraining().stream()
          .filter(t -> !t.date().isBefore(from) && !t.date().isAfter(date))
          .map(TrainingSession::days)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (days.compareTo(min.get()) < 0) {
        findings.at(m.recordPointer("continuingTraining")).source(context.referential().source())
            .report("tooLittle", Audits.name(m.member().person()), days.stripTrailingZeros(), from, date,
                min.get().stripTrailingZeros());
      }
    }
  }

  private static void knownAuditors(CheckContext<AuditFile> context, FindingSink findings) {
    if (context.document().auditorPool().isEmpty()) {
      return;
    }
    boolean poolAuditors = poolAuditors(context);
    for (Member m : Audits.team(context.document())) {
      String who = Audits.name(m.member().person());
      if (m.member().auditorId().isEmpty()) {
        if (!poolAuditors) {
          continue;
        }
        findings.report(m.pointer().append("auditorId"), "noRecord", who);
      } else if (m.auditor().isEmpty()) {
        findings.report(m.pointer().append("auditorId"), "unknown", who, m.member().auditorId().get());
      }
    }
  }
}
