package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.internal.LdmStyle;
import org.immutables.value.Value;

/**
 * An operational objective (<i>objectif opérationnel</i>) the referential proposes for a criterion. Not to be confused with the {@link io.github.ldmlib.model.dossier.Objective objectives} a school sets for its own actions.
 *
 * <p>Its id has the form {@code C<n>.OBJ<k>}. Instances are immutable and thread-safe; build
 * them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class OperationalObjective implements ReferentialItem {

  OperationalObjective() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OperationalObjective} instances; a missing id or text fails at {@code build()}. */
  public static final class Builder extends ImmutableOperationalObjective.Builder {
    Builder() {}
  }
}
