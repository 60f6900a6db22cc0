package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The audit plan (<i>plan d'audit</i>, document LDM 03): the one-day audit of an establishment as
 * the lead auditor fixes it with the head of the establishment, with the date the plan was sent,
 * the date the dossier and its evidence were received, the audit team and the interviewees.
 *
 * <p>The Aix-Marseille 2012 procedure sends the plan at least 15 days before the audit; the 2023
 * campaign has the dossier and its evidence returned three weeks before. Those delays, the team's
 * composition and the hearing of students and external partners are parameters of the referential,
 * checked by the rules of {@code ldm-rules}. The model accepts a plan that is still being drawn up:
 * only the audit's identity ({@link AuditDocument}) is required.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class AuditPlan implements AuditDocument {

  AuditPlan() {}

  /** The date the plan was sent to the head of the establishment. */
  public abstract Optional<LocalDate> sentDate();

  /** The date the auditors received the dossier and its evidence (<i>dossier et preuves</i>). */
  public abstract Optional<LocalDate> dossierReceivedDate();

  /** The audit team (<i>équipe d'audit</i>), the lead auditor included. */
  public abstract List<@NotNull @Valid AuditTeamMember> team();

  /** The interviewees proposed for each criterion, and the other people and groups heard. */
  public abstract List<@NotNull @Valid Interviewee> interviewees();

  /** The lead auditor: the first team member whose role is {@link AuditRole#LEAD_AUDITOR}, if any. */
  public Optional<AuditTeamMember> leadAuditor() {
    return team().stream().filter(m -> m.role() == AuditRole.LEAD_AUDITOR).findFirst();
  }

  /** True when some interviewee is a {@link IntervieweeKind#STUDENT student}. */
  public boolean hearsStudents() {
    return interviewees().stream().anyMatch(i -> i.kind() == IntervieweeKind.STUDENT);
  }

  /** True when some interviewee is an {@link IntervieweeKind#isExternalPartner() external partner}. */
  public boolean hearsExternalPartners() {
    return interviewees().stream().anyMatch(i -> i.kind().isExternalPartner());
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link AuditPlan} instances; a missing UAI, referential id, stage or audit date fails at
   * {@code build()}.
   */
  public static final class Builder extends ImmutableAuditPlan.Builder {
    Builder() {}
  }
}
