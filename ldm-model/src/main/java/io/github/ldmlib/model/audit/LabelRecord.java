package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.LabelStatus;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import io.github.ldmlib.model.referential.ProcessParameters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The life of an establishment's label (<i>vie du label</i>): the rector's decisions and the audits
 * held, from which the label's {@link #status(LocalDate, ProcessParameters) status} on any date and
 * its {@link #schedule(ProcessParameters) follow-up schedule} are computed.
 *
 * <h2>Cycles</h2>
 *
 * <p>Each granted decision, first labelling or renewal, opens a cycle: the label is valid from the
 * decision date included to the decision date plus {@link ProcessParameters#labelValidityYears()}
 * excluded, unless a later granted decision (a renewal) opens a new cycle first. A refusal never
 * ends a label in force: a label whose renewal is refused expires at the end of its validity.
 * Decisions are ordered by date; of two decisions on the same date, the later in {@link
 * #decisions()} counts as the later.
 *
 * <h2>Schedule</h2>
 *
 * <p>In a cycle, a follow-up audit at <i>k</i> years (each of {@link
 * ProcessParameters#followUpAuditYears()}) and the renewal audit ({@link
 * ProcessParameters#renewalAuditYears()}) fall due on the decision date plus <i>k</i> years, as
 * {@link LocalDate#plusYears(long)} computes it: a decision on 29 February 2024 makes the one-year
 * follow-up fall due on 28 February 2025. Follow-ups at 1 and 3 years have the stages {@link
 * Stage#FOLLOW_UP_1_YEAR} and {@link Stage#FOLLOW_UP_3_YEARS}; the renewal audit has {@link
 * Stage#RENEWAL}. A scheduled audit is due during the school year containing its due date and
 * overdue after that school year's last day if not held (see {@link ScheduledAudit}); an audit of
 * its stage held on or after the decision date makes it done. A decision in July 2024 thus makes
 * the one-year follow-up due in school year 2024-2025, and a decision in September 2024 in school
 * year 2025-2026.
 *
 * <h2>Absent parameters</h2>
 *
 * <p>Nothing is assumed: the computations that need a parameter the referential does not state
 * throw an {@link IllegalStateException} naming it, and never fall back on the usual five years.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class LabelRecord {

  LabelRecord() {}

  /** The UAI code of the establishment (the lead establishment of a network). */
  @NotNull
  public abstract Uai uai();

  /** The name of the establishment. */
  public abstract Optional<@Text(max = Text.TITLE) String> establishmentName();

  /** The rector's decisions on the label, granted or refused, first labelling or renewal. */
  public abstract List<@NotNull @Valid LabelDecision> decisions();

  /** The audits held, with their stage and date. */
  public abstract List<@NotNull @Valid HeldAudit> audits();

  /**
   * Returns the latest granted decision dated on or before a date: the one that opened the cycle
   * current on that date, whether the label is still valid or has expired.
   *
   * @param on the date, not null
   * @return the decision, or empty when no label was granted by that date
   */
  public Optional<LabelDecision> lastGrant(LocalDate on) {
    Objects.requireNonNull(on, "on");
    LabelDecision last = null;
    for (LabelDecision decision : decisions()) {
      if (decision.isGranted() && !decision.date().isAfter(on)
          && (last == null || !decision.date().isBefore(last.date()))) {
        last = decision;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * Returns the follow-up and renewal audits of the latest granted cycle, with every audit of the
   * record taken into account.
   *
   * @param parameters the referential's procedure parameters, not null
   * @return the scheduled audits ordered by due date; empty when no label was ever granted
   * @throws IllegalStateException if a label was granted and the parameters state neither {@code
   *     followUpAuditYears} nor {@code renewalAuditYears}, or state a follow-up year other than 1
   *     and 3, which have no {@link Stage}
   */
  public List<ScheduledAudit> schedule(ProcessParameters parameters) {
    return schedule(LocalDate.MAX, parameters);
  }

  /**
   * Returns the follow-up and renewal audits of the cycle current on a date, as known on that date:
   * only decisions and audits dated on or before it count.
   *
   * @param on the date, not null
   * @param parameters the referential's procedure parameters, not null
   * @return the scheduled audits ordered by due date; empty when no label was granted by that date
   * @throws IllegalStateException if a label was granted by that date and the parameters state
   *     neither {@code followUpAuditYears} nor {@code renewalAuditYears}, or state a follow-up year
   *     other than 1 and 3, which have no {@link Stage}
   */
  public List<ScheduledAudit> schedule(LocalDate on, ProcessParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    Optional<LabelDecision> grant = lastGrant(on);
    if (grant.isEmpty()) {
      return List.of();
    }
    LocalDate start = grant.get().date();
    List<ScheduledAudit> schedule = new ArrayList<>();
    for (StageAt item : stages(parameters)) {
      Optional<LocalDate> heldOn = audits().stream()
          .filter(a -> a.stage() == item.stage() && !a.date().isBefore(start) && !a.date().isAfter(on))
          .map(HeldAudit::date)
          .min(Comparator.naturalOrder());
      schedule.add(new ScheduledAudit(item.stage(), start.plusYears(item.years()), heldOn));
    }
    schedule.sort(Comparator.comparing(ScheduledAudit::dueDate).thenComparing(ScheduledAudit::stage));
    return List.copyOf(schedule);
  }

  /**
   * Computes where the label stands on a date. Only decisions and audits dated on or before that
   * date count. The first that applies of:
   *
   * <ol>
   *   <li>a label is valid on that date (see the class description): {@link LabelStatus#OVERDUE}
   *       if an audit of its {@link #schedule(LocalDate, ProcessParameters) schedule} is overdue,
   *       otherwise {@link LabelStatus#FOLLOW_UP_DUE} if one is due, otherwise {@link
   *       LabelStatus#LABELLED};
   *   <li>a candidature or renewal audit was held after the last decision (or with no decision at
   *       all): {@link LabelStatus#AUDITED};
   *   <li>a label was granted before and is no longer valid: {@link LabelStatus#EXPIRED};
   *   <li>the label was refused: {@link LabelStatus#REFUSED};
   *   <li>otherwise {@link LabelStatus#CANDIDATE}.
   * </ol>
   *
   * @param on the date, not null
   * @param parameters the referential's procedure parameters, not null
   * @return the status
   * @throws IllegalStateException if a label was granted by that date and the parameters state no
   *     {@code labelValidityYears}, or (while it is valid) no follow-up schedule, as {@link
   *     #schedule(LocalDate, ProcessParameters)} says
   */
  public LabelStatus status(LocalDate on, ProcessParameters parameters) {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(parameters, "parameters");
    Optional<LabelDecision> grant = lastGrant(on);
    if (grant.isPresent() && on.isBefore(grant.get().expiryDate(parameters).orElseThrow())) {
      List<ScheduledAudit> schedule = schedule(on, parameters);
      if (schedule.stream().anyMatch(s -> s.isOverdue(on))) {
        return LabelStatus.OVERDUE;
      }
      if (schedule.stream().anyMatch(s -> s.isDue(on))) {
        return LabelStatus.FOLLOW_UP_DUE;
      }
      return LabelStatus.LABELLED;
    }
    Optional<LocalDate> lastDecision = decisions().stream().map(LabelDecision::date)
        .filter(d -> !d.isAfter(on))
        .max(Comparator.naturalOrder());
    boolean auditedSince = audits().stream()
        .filter(a -> a.stage() == Stage.CANDIDATURE || a.stage() == Stage.RENEWAL)
        .map(HeldAudit::date)
        .anyMatch(d -> !d.isAfter(on) && lastDecision.map(d::isAfter).orElse(true));
    if (auditedSince) {
      return LabelStatus.AUDITED;
    }
    if (grant.isPresent()) {
      return LabelStatus.EXPIRED;
    }
    return lastDecision.isPresent() ? LabelStatus.REFUSED : LabelStatus.CANDIDATE;
  }

  private record StageAt(Stage stage, int years) {}

  private static List<StageAt> stages(ProcessParameters parameters) {
    if (parameters.followUpAuditYears().isEmpty() && parameters.renewalAuditYears().isEmpty()) {
      throw new IllegalStateException("The procedure parameters state neither followUpAuditYears nor"
          + " renewalAuditYears: the follow-up schedule of a granted label is unknown");
    }
    List<StageAt> stages = new ArrayList<>();
    for (int years : new TreeSet<>(parameters.followUpAuditYears())) {
      Stage stage = switch (years) {
        case 1 -> Stage.FOLLOW_UP_1_YEAR;
        case 3 -> Stage.FOLLOW_UP_3_YEARS;
        default -> throw new IllegalStateException("The procedure parameters state a follow-up audit at "
            + years + " years, which has no audit stage: only follow-ups at 1 year (FOLLOW_UP_1_YEAR)"
            + " and 3 years (FOLLOW_UP_3_YEARS) are known");
      };
      stages.add(new StageAt(stage, years));
    }
    parameters.renewalAuditYears().ifPresent(years -> stages.add(new StageAt(Stage.RENEWAL, years)));
    return stages;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LabelRecord} instances; a missing UAI fails at {@code build()}. */
  public static final class Builder extends ImmutableLabelRecord.Builder {
    Builder() {}
  }
}
