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
 * An operational objective a school sets for one of its actions or engagements (<i>objectif
 * opérationnel</i>), evaluated by one or more indicators.
 */
@Value.Immutable
@LdmStyle
public abstract class Objective {

  Objective() {}

  /** The objective, for example "Réduire l'absentéisme en PFMP". */
  @NotNull
  @Text(max = Text.PARAGRAPH)
  public abstract String text();

  /** The evaluation indicators. */
  public abstract List<@NotNull @Valid Indicator> indicators();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Objective} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }
}
