package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.INFO;
import static io.github.ldmlib.model.conformity.Severity.MINOR_GAP;
import static io.github.ldmlib.model.conformity.Severity.OBSERVATION;

import static io.github.ldmlib.rules.internal.AuditTimingRules.PARAMETER_SOURCE;
import static io.github.ldmlib.rules.internal.Audits.LABEL_RECORD;
import static io.github.ldmlib.rules.internal.Audits.SUMMARY;

import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.Gap;
import io.github.ldmlib.model.audit.ImprovementAxis;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.audit.ScheduledAudit;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Audit rules on the label's life: follow-up audits due or overdue, expiry, and the loop from gap to
 * improvement axis to re-assessment at the next audit.
 */
final class AuditLifeRules {

  private AuditLifeRules() {}

  private static final String SCHEDULE = " The schedule is `LabelRecord.schedule(asOf, parameters)`: each "
      + "follow-up audit (`followUpAuditYears`: 1 → `FOLLOW_UP_1_YEAR`, 3 → `FOLLOW_UP_3_YEARS`) and the renewal "
      + "audit (`renewalAuditYears`) falls due on the date of the last grant plus that many years, is due during "
      + "the school year containing that date and overdue after its last day if no audit of its stage is "
      + "recorded. Applies when the file holds the label record, the referential states `followUpAuditYears` or "
      + "`renewalAuditYears`, and the label is in force on the date of the check (not expired, when the "
      + "referential states `labelValidityYears`). The finding lies on the record's `audits`, where the audit "
      + "held is to be recorded.";

  static final Rule<AuditFile> FOLLOW_UP_DUE = Catalogue.audit("LDM-A-050", INFO)
      .citing(PARAMETER_SOURCE)
      .checks("A follow-up or renewal audit of the label falls due in the current school year and has not been "
          + "held yet, so that it is planned." + SCHEDULE)
      .reads("`parameters.followUpAuditYears`, `renewalAuditYears`, `labelValidityYears`")
      .clause(Sources.AIX_FOLLOW_UP, "1er audit de suivi à un an sur le terrain / 2ème audit de suivi à 3 ans / Audit de renouvellement "
          + "à 5 ans")
      .grade("An audit that falls due and is still to come is no fault: the note's schedule is recalled so that "
          + "it is planned, a note (INFO).")
      .check((c, f) -> schedule(c, f, false));

  static final Rule<AuditFile> FOLLOW_UP_OVERDUE = Catalogue.audit("LDM-A-051", MINOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("A follow-up or renewal audit of the label was not held by the end of the school year in which it "
          + "fell due (Aix-Marseille 2012, 7/ Suivi de la labellisation et renouvellement)." + SCHEDULE)
      .reads("`parameters.followUpAuditYears`, `renewalAuditYears`, `labelValidityYears`")
      .clause(Sources.AIX_FOLLOW_UP, "1er audit de suivi à un an sur le terrain / 2ème audit de suivi à 3 ans / Audit de renouvellement "
          + "à 5 ans")
      .grade("The follow-up is part of the label (« Suivi de la labellisation »), so a missed audit is a gap and "
          + "not a note; a minor one, since the note sets no consequence (no withdrawal) for an audit held late.")
      .check((c, f) -> schedule(c, f, true));

  static final Rule<AuditFile> LABEL_EXPIRED = Catalogue.audit("LDM-A-052", INFO)
      .citing(PARAMETER_SOURCE)
      .checks("The label granted last, as of the date of the check, has expired: its validity "
          + "(`labelValidityYears` from the decision date) ended on or before that date without a later grant. "
          + "The finding lies on the decision that granted it. Applies when the file holds the label record and "
          + "the referential states `labelValidityYears`.")
      .reads("`parameters.labelValidityYears`")
      .grade("The source is silent on the label's validity: the 2012 note states only the renewal audit at 5 "
          + "years and the 2023 texts state none, so no built-in referential sets `labelValidityYears`. INFO, the "
          + "mildest grade: an expired label is a fact to note about the record, not a fault of the audit file.")
      .check(AuditLifeRules::labelExpired);

  static final Rule<AuditFile> GAP_HAS_AXIS = Catalogue.audit("LDM-A-060", OBSERVATION)
      .citing("the audit procedure: gaps lead to improvement axes, contracted by the rector and the head of the establishment")
      .checks("Every gap of the summary that is not lifted on the date of the check leads to at least one "
          + "improvement axis (an axis whose `gapIds` cite it): a gap left without one is reported, on the gap. "
          + "Together with LDM-A-061 and LDM-A-062 this closes the loop from gap to axis, owner, deadline and "
          + "re-assessment.")
      .grade("The source is silent on a link from each gap to an axis: the 2012 note has the closing meeting "
          + "report « des écarts et des axes de progrès » side by side and the school choose its axes by criterion, "
          + "but never ties an axis to each gap; the loop is the library's reading of the improvement approach. "
          + "Where the text is silent the milder grade: an OBSERVATION, not a gap the auditors would record.")
      .check(AuditLifeRules::gapHasAxis);

  static final Rule<AuditFile> AXIS_OWNER_DEADLINE = Catalogue.audit("LDM-A-061", OBSERVATION)
      .citing("the audit procedure: improvement axes are contracted, with who answers for them and by when")
      .checks("Every improvement axis of the summary names its owner (`owner`) and its deadline (`deadline`); "
          + "each missing one is a finding on it.")
      .grade("The source is silent on owners and deadlines: the 2012 note has the axes « contractualisés par la "
          + "signature commune du recteur et du chef d'établissement » but names neither who answers for an axis "
          + "nor by when. Where the text is silent the milder grade: an OBSERVATION, not a gap the auditors "
          + "would record.")
      .check(AuditLifeRules::axisOwnerDeadline);

  static final Rule<AuditFile> REASSESSED = Catalogue.audit("LDM-A-062", MINOR_GAP)
      .citing("the audit procedure: the follow-up audit checks that the improvement axes are taken into account")
      .checks("The next audit re-assesses every gap and every improvement axis of the earlier summary: some "
          + "entry of its dashboard cites the gap (`reassessedGapIds`) or the axis (`reassessedAxisIds`). "
          + "Checked for this audit's summary against the next dashboard, and for the previous summary against "
          + "this audit's dashboard, when the file holds both. One finding per gap or axis left out, on it.")
      .clause(Sources.AIX_FOLLOW_UP, "1er audit de suivi à un an sur le terrain pour vérifier que les axes de progrès sont bien pris en "
          + "compte et que l'établissement est bien entré dans une dynamique d'amélioration continue.")
      .grade("The follow-up audit is there « pour vérifier que les axes de progrès sont bien pris en compte »: an "
          + "axis or gap it leaves out is a gap in that check, a minor one since the note sets no consequence.")
      .check(AuditLifeRules::reassessed);

  /** The last grant, when the label is in force on the date of the check, as far as the parameters tell. */
  private static Optional<LabelDecision> grantInForce(LabelRecord record, LocalDate on, ProcessParameters p) {
    Optional<LabelDecision> grant = record.lastGrant(on);
    if (grant.isPresent() && p.labelValidityYears().isPresent()
        && !on.isBefore(grant.get().expiryDate(p).orElseThrow())) {
      return Optional.empty();
    }
    return grant;
  }

  private static void schedule(CheckContext<AuditFile> context, FindingSink findings, boolean overdue) {
    ProcessParameters p = context.parameters();
    if (context.document().labelRecord().isEmpty()
        || (p.followUpAuditYears().isEmpty() && p.renewalAuditYears().isEmpty())) {
      return;
    }
    LabelRecord record = context.document().labelRecord().get();
    LocalDate on = context.asOf();
    if (grantInForce(record, on, p).isEmpty()) {
      return;
    }
    for (ScheduledAudit s : record.schedule(on, p)) {
      boolean hit = overdue ? s.isOverdue(on) : s.isDue(on);
      if (hit) {
        findings.at(Pointers.of(LABEL_RECORD, "audits")).source(context.referential().source())
            .report(overdue ? "overdue" : "due", Audits.name(s.stage(), context.language()), s.schoolYear(), s.dueDate());
      }
    }
  }

  private static void labelExpired(CheckContext<AuditFile> context, FindingSink findings) {
    ProcessParameters p = context.parameters();
    if (context.document().labelRecord().isEmpty() || p.labelValidityYears().isEmpty()) {
      return;
    }
    LabelRecord record = context.document().labelRecord().get();
    Optional<LabelDecision> grant = record.lastGrant(context.asOf());
    if (grant.isEmpty()) {
      return;
    }
    LocalDate expiry = grant.get().expiryDate(p).orElseThrow();
    if (!context.asOf().isBefore(expiry)) {
      int index = record.decisions().lastIndexOf(grant.get());
      findings.at(Pointers.of(LABEL_RECORD, "decisions", index)).source(context.referential().source())
          .report("expired", grant.get().date(), expiry);
    }
  }

  private static void gapHasAxis(CheckContext<AuditFile> context, FindingSink findings) {
    context.document().summary().ifPresent(summary -> {
      List<Gap> gaps = summary.gaps();
      for (int i = 0; i < gaps.size(); i++) {
        Gap g = gaps.get(i);
        if (!g.isLiftedBy(context.asOf()) && summary.axesAddressing(g.id()).isEmpty()) {
          findings.at(Pointers.of(SUMMARY, "gaps", i)).requirement(g.requirementId()).report("noAxis", g.id());
        }
      }
    });
  }

  private static void axisOwnerDeadline(CheckContext<AuditFile> context, FindingSink findings) {
    context.document().summary().ifPresent(summary -> {
      List<ImprovementAxis> axes = summary.improvementAxes();
      for (int i = 0; i < axes.size(); i++) {
        ImprovementAxis a = axes.get(i);
        if (a.owner().isEmpty()) {
          findings.report(Pointers.of(SUMMARY, "improvementAxes", i, "owner"), "noOwner", a.id());
        }
        if (a.deadline().isEmpty()) {
          findings.report(Pointers.of(SUMMARY, "improvementAxes", i, "deadline"), "noDeadline", a.id());
        }
      }
    });
  }

  private static void reassessed(CheckContext<AuditFile> context, FindingSink findings) {
    for (Audits.Reassessment pair : Audits.reassessments(context.document())) {
      AuditSummary summary = pair.summary();
      LocalDate date = pair.dashboard().auditDate();
      String stage = Audits.name(pair.dashboard().stage(), context.language());
      each(summary.gaps(), (g, i) -> {
        if (pair.dashboard().entriesReassessingGap(g.id()).isEmpty()) {
          findings.at(Pointers.of(pair.summaryKey(), "gaps", i)).requirement(g.requirementId())
              .report("gapNotReassessed", g.id(), stage, date);
        }
      });
      each(summary.improvementAxes(), (a, i) -> {
        boolean reassessed = pair.dashboard().entries().stream().anyMatch(e -> e.reassessedAxisIds().contains(a.id()));
        if (!reassessed) {
          findings.report(Pointers.of(pair.summaryKey(), "improvementAxes", i), "axisNotReassessed", a.id(), stage, date);
        }
      });
    }
  }

  private static <T> void each(List<T> items, BiConsumer<T, Integer> action) {
    for (int i = 0; i < items.size(); i++) {
      action.accept(items.get(i), i);
    }
  }
}
