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
 * The team of a criterion (<i>équipe critère</i>): one coordinator and the members, the collective
 * built around the criterion for several years.
 */
@Value.Immutable
@LdmStyle
public abstract class CriterionTeam {

  CriterionTeam() {}

  /** The coordinator (<i>coordonnateur</i>). */
  public abstract Optional<@Valid Person> coordinator();

  /** The members (<i>membres</i>), the coordinator excluded. */
  public abstract List<@NotNull @Valid Person> members();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CriterionTeam} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableCriterionTeam.Builder {
    Builder() {}
  }
}
