package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Stage;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A follow-up or renewal audit of a label's schedule (<i>calendrier de suivi</i>), as {@link
 * LabelRecord#schedule(io.github.ldmlib.model.referential.ProcessParameters)} computes it: its stage, the date it falls due, and the
 * date it was held, if it was.
 *
 * <p>An audit due on a date is due during the whole {@link #schoolYear() school year} containing
 * that date, from 1 September to 31 August, and overdue after that school year's last day if not
 * held by then. Holding it at any time of the label's cycle, earlier or later, makes it done.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param stage the stage of the audit
 * @param dueDate the decision date plus the stage's number of years
 * @param heldOn the date of the first audit of that stage held in the label's cycle, if any
 */
public record ScheduledAudit(Stage stage, LocalDate dueDate, Optional<LocalDate> heldOn) {

  /**
   * Creates a scheduled audit.
   *
   * @throws NullPointerException if any argument is null
   */
  public ScheduledAudit {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(heldOn, "heldOn");
  }

  /** The school year in which the audit falls due: the one containing {@link #dueDate()}. */
  public SchoolYear schoolYear() {
    return SchoolYear.containing(dueDate);
  }

  /** True when the audit was held. */
  public boolean isDone() {
    return heldOn.isPresent();
  }

  /**
   * Tells whether the audit was held on or before a date.
   *
   * @param date the date, not null
   * @return true if {@link #heldOn()} is present and not after {@code date}
   */
  public boolean isHeldBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return heldOn.filter(held -> !held.isAfter(date)).isPresent();
  }

  /**
   * Tells whether the audit is due on a date: not held by then, and the date lies within the
   * {@link #schoolYear() school year} in which it falls due.
   *
   * @param date the date, not null
   * @return true if due on that date
   */
  public boolean isDue(LocalDate date) {
    SchoolYear year = schoolYear();
    return !isHeldBy(date) && !date.isBefore(year.firstDay()) && !date.isAfter(year.lastDay());
  }

  /**
   * Tells whether the audit is overdue on a date: not held by then, and the date lies after the
   * last day of the {@link #schoolYear() school year} in which it fell due.
   *
   * @param date the date, not null
   * @return true if overdue on that date
   */
  public boolean isOverdue(LocalDate date) {
    return !isHeldBy(date) && date.isAfter(schoolYear().lastDay());
  }
}
