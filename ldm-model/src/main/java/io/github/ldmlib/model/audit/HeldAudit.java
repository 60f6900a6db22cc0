package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.internal.HiddenFromDatabinding;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An audit held in the label's life (<i>audit réalisé</i>), as the {@link LabelRecord} keeps it:
 * its stage and its date.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param stage the stage of the audit
 * @param date the date of the audit day
 */
@HiddenFromDatabinding // written by the Jackson modules only
public record HeldAudit(@NotNull Stage stage, @NotNull LocalDate date) {

  /**
   * Creates a held audit.
   *
   * @throws NullPointerException if any argument is null
   */
  public HeldAudit {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(date, "date");
  }

  /**
   * Obtains a held audit.
   *
   * @param stage the stage
   * @param date the date
   * @return the held audit
   */
  public static HeldAudit of(Stage stage, LocalDate date) {
    return new HeldAudit(stage, date);
  }
}
