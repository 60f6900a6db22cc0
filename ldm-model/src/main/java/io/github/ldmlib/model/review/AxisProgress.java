package io.github.ldmlib.model.review;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * What the year did about an improvement axis (<i>axe de progrès</i>) of the last audit, named by
 * its {@linkplain io.github.ldmlib.model.audit.ImprovementAxis#id() id} in that audit's summary.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class AxisProgress {

  AxisProgress() {}

  /** The id of the axis in the audit summary, for example {@code AX-01}. */
  @NotNull
  @Identifier
  public abstract String axisId();

  /** What was done. */
  @NotNull
  @Text
  public abstract String done();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AxisProgress} instances; a missing axis id or text fails at {@code build()}. */
  public static final class Builder extends ImmutableAxisProgress.Builder {
    Builder() {}
  }
}
