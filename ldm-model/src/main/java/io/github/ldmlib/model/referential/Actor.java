package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.internal.LdmStyle;
import org.immutables.value.Value;

/**
 * An actor (<i>acteur</i>) a criterion names as a resource, for example the <i>bureau des entreprises</i>.
 *
 * <p>Its id has the form {@code C<n>.ACT<k>}. Instances are immutable and thread-safe; build
 * them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class Actor implements ReferentialItem {

  Actor() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Actor} instances; a missing id or text fails at {@code build()}. */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }
}
