package io.github.ldmlib.model.review;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.IndicatorUnit;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value an indicator took in the school year reviewed (<i>suivi régulier des indicateurs
 * définis</i>). The indicator is named by its id: that of an indicator of the dossier ({@link
 * io.github.ldmlib.model.dossier.Indicator#id()}), or a new one the review introduces, which then
 * gives its label, unit and direction.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class IndicatorMeasure {

  IndicatorMeasure() {}

  /** The id of the indicator, for example {@code C4.A1.I1}. */
  @NotNull
  @Identifier
  public abstract String indicatorId();

  /** What is measured, for an indicator the dossier does not hold. */
  public abstract Optional<@Text(max = Text.TITLE) String> label();

  /** The unit of the value, for an indicator the dossier does not hold. */
  public abstract Optional<IndicatorUnit> unit();

  /** Which way the indicator should move, for an indicator the dossier does not hold. */
  public abstract Optional<Direction> direction();

  /** The value measured. */
  @NotNull
  public abstract BigDecimal value();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IndicatorMeasure} instances; a missing id or value fails at {@code build()}. */
  public static final class Builder extends ImmutableIndicatorMeasure.Builder {
    Builder() {}
  }
}
