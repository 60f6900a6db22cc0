package io.github.ldmlib.model.dossier;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action of a criterion section (<i>action</i>): a measure the school has carried out or is
 * carrying out, with its objectives and their evaluation at N, N+3 and N+5, its added value, its
 * implementation and its assessment (strengths, improvement areas, conclusion).
 */
@Value.Immutable
@LdmStyle
public abstract class Action implements Initiative {

  Action() {}

  /** The school year N in which the action started; its measures are due at N, N+3 and N+5. */
  public abstract Optional<SchoolYear> startYear();

  /** Whether the action is meant to last (<i>action pérenne</i>). */
  public abstract Optional<Boolean> perennial();

  /** The effects on students, teachers, the school, the network and partners (<i>plus-value</i>). */
  public abstract Optional<@Text String> addedValue();

  /** Strengths (<i>points forts</i>). */
  public abstract Optional<@Text String> strengths();

  /** Areas for improvement (<i>axes de progrès</i>). */
  public abstract Optional<@Text String> improvementAreas();

  /** The conclusion: relevance of the action given its resources and effects. */
  public abstract Optional<@Text String> conclusion();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Action} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }
}
