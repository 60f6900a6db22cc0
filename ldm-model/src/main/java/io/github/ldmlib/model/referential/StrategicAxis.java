package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.internal.LdmStyle;
import org.immutables.value.Value;

/**
 * A strategic axis (<i>axe de travail stratégique</i>) the referential proposes for a criterion.
 *
 * <p>Its id has the form {@code C<n>.AX<k>}. Instances are immutable and thread-safe; build
 * them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class StrategicAxis implements ReferentialItem {

  StrategicAxis() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StrategicAxis} instances; a missing id or text fails at {@code build()}. */
  public static final class Builder extends ImmutableStrategicAxis.Builder {
    Builder() {}
  }
}
