package io.github.ldmlib.model.dossier;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A measure of an {@link Indicator} (<i>mesure</i>): its value in a school year, at a milestone of
 * the action (start N, follow-up N+3, end N+5).
 */
@Value.Immutable
@LdmStyle
public abstract class Measure {

  Measure() {}

  /** The school year of the measure. */
  @NotNull
  public abstract SchoolYear schoolYear();

  /** The milestone the measure stands for. */
  @NotNull
  public abstract Milestone milestone();

  /** The measured value, in the indicator's unit. */
  @NotNull
  public abstract BigDecimal value();

  /**
   * Obtains a measure.
   *
   * @param schoolYear the school year
   * @param milestone the milestone
   * @param value the value
   * @return the measure
   */
  public static Measure of(SchoolYear schoolYear, Milestone milestone, BigDecimal value) {
    return builder().schoolYear(schoolYear).milestone(milestone).value(value).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Measure} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}
