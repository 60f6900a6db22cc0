package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A continuing training session an {@link Auditor} followed (<i>formation continue</i>): its date
 * and its length in days, for example a half-day ({@code 0.5}) of "actualisation des compétences
 * des auditeurs".
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class TrainingSession {

  TrainingSession() {}

  /** The date of the session (its first day). */
  @NotNull
  public abstract LocalDate date();

  /** The length in days, more than zero, with at most three integer and two fraction digits. */
  @NotNull
  @Positive
  @Digits(integer = 3, fraction = 2)
  public abstract BigDecimal days();

  /** The title of the session. */
  public abstract Optional<@Text(max = Text.TITLE) String> title();

  /**
   * Obtains a session.
   *
   * @param date the date
   * @param days the length in days
   * @return the session
   */
  public static TrainingSession of(LocalDate date, BigDecimal days) {
    return builder().date(date).days(days).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TrainingSession} instances; a missing date or length fails at {@code build()}. */
  public static final class Builder extends ImmutableTrainingSession.Builder {
    Builder() {}
  }
}
