package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.internal.LdmStyle;
import org.immutables.value.Value;

/**
 * A reform measure (<i>mesure de la réforme</i>) of the vocational track that a criterion relates to.
 *
 * <p>Its id has the form {@code C<n>.RM<k>}. Instances are immutable and thread-safe; build
 * them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class ReformMeasure implements ReferentialItem {

  ReformMeasure() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReformMeasure} instances; a missing id or text fails at {@code build()}. */
  public static final class Builder extends ImmutableReformMeasure.Builder {
    Builder() {}
  }
}
