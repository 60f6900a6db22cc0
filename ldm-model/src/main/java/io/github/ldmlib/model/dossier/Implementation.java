package io.github.ldmlib.model.dossier;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an action or engagement is carried out (<i>mise en œuvre</i>): resources, schedule, places
 * and organisation.
 */
@Value.Immutable
@LdmStyle
public abstract class Implementation {

  Implementation() {}

  /** Resources committed (<i>moyens engagés</i>: hours, meetings, equipment, budget, partners). */
  public abstract Optional<@Text String> resources();

  /** Schedule (<i>calendrier</i>). */
  public abstract Optional<@Text String> schedule();

  /** Places (<i>lieux</i>). */
  public abstract Optional<@Text String> places();

  /** Organisation (<i>modalités d'organisation</i>: who and how). */
  public abstract Optional<@Text String> organisation();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Implementation} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableImplementation.Builder {
    Builder() {}
  }
}
