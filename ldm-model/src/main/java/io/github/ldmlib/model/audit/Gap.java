package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.GapSeverity;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A gap (<i>écart</i>) the audit team finds against a requirement of a criterion: a major gap
 * (<i>écart majeur</i>), which must be lifted before the label is granted, or a minor gap
 * (<i>écart mineur</i>). Its severity is {@link Severity#MAJOR_GAP} or {@link Severity#MINOR_GAP};
 * any other severity is a violation.
 *
 * <p>A gap is lifted (<i>levé</i>) when the establishment shows the evidence that it is corrected;
 * {@link #liftedOn()} records the date. Improvement axes cite gaps by {@link #id()}, and the
 * dashboard of the next follow-up audit re-assesses them. Instances are immutable and thread-safe;
 * build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class Gap {

  Gap() {}

  /** The id, unique within the summary, for example {@code E-01}. */
  @NotNull
  @Identifier
  public abstract String id();

  /** {@link Severity#MAJOR_GAP} or {@link Severity#MINOR_GAP}. */
  @NotNull
  @GapSeverity
  public abstract Severity severity();

  /** The id of the criterion, for example {@code C4}. */
  @NotNull
  @Identifier
  public abstract String criterionId();

  /** The id of the requirement not met, for example {@code C4.R3}. */
  @NotNull
  @Identifier
  public abstract String requirementId();

  /** What the audit team found. */
  @NotNull
  @Text
  public abstract String text();

  /** The date the gap was lifted, if it was. */
  public abstract Optional<LocalDate> liftedOn();

  /** True for a major gap. */
  public boolean isMajor() {
    return severity() == Severity.MAJOR_GAP;
  }

  /**
   * Tells whether the gap was lifted on or before a date.
   *
   * @param date the date, not null
   * @return true if {@link #liftedOn()} is present and not after {@code date}
   */
  public boolean isLiftedBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return liftedOn().filter(lifted -> !lifted.isAfter(date)).isPresent();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Gap} instances; a missing id, severity, criterion id, requirement id or text
   * fails at {@code build()}.
   */
  public static final class Builder extends ImmutableGap.Builder {
    Builder() {}
  }
}
