package io.github.ldmlib.model.dossier;

import io.github.ldmlib.model.internal.MeasuresFitUnit;
import java.math.BigDecimal;
import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An evaluation indicator (<i>indicateur d'évaluation</i>) of an objective: what is measured, in
 * which unit, which way is better, the optional target and the measures taken.
 *
 * <p>Every measure and the target must fit the unit: a percentage lies between 0 and 100, a count
 * is a whole number, amounts and hours are not negative. A violation is reported on the offending
 * value, for example {@code measures[2].value}.
 */
@Value.Immutable
@LdmStyle
@MeasuresFitUnit
public abstract class Indicator {

  Indicator() {}

  /** What is measured, for example "Taux d'absentéisme en PFMP". */
  @NotNull
  @Text(max = Text.TITLE)
  public abstract String label();

  /** The unit of the values. */
  @NotNull
  public abstract IndicatorUnit unit();

  /** Which way the indicator should move. */
  @NotNull
  public abstract Direction direction();

  /** The value aimed at, when the school sets one. */
  public abstract Optional<BigDecimal> target();

  /** The measures, usually at N, N+3 and N+5. */
  public abstract List<@NotNull @Valid Measure> measures();

  /**
   * Finds the measure of a milestone.
   *
   * @param milestone the milestone
   * @return the first measure at that milestone, or empty
   */
  public Optional<Measure> measure(Milestone milestone) {
    for (Measure m : measures()) {
      if (m.milestone() == milestone) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Indicator} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
