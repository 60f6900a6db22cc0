package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.internal.LdmStyle;
import org.immutables.value.Value;

/**
 * An example action (<i>exemple d'action</i>) the referential suggests for a criterion.
 *
 * <p>Its id has the form {@code C<n>.EX<k>}. Instances are immutable and thread-safe; build
 * them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class ExampleAction implements ReferentialItem {

  ExampleAction() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExampleAction} instances; a missing id or text fails at {@code build()}. */
  public static final class Builder extends ImmutableExampleAction.Builder {
    Builder() {}
  }
}
