package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;

/**
 * The link of a criterion with an {@link EvaluationDomain} (<i>lien avec l'évaluation des
 * établissements</i>): the domain and the sub-domains the referential cites for the criterion.
 */
@Value.Immutable
@LdmStyle
public abstract class EvaluationDomainLink {

  EvaluationDomainLink() {}

  /** The id of the domain, for example {@code D1}. */
  @NotNull
  @Identifier
  public abstract String domainId();

  /** The ids of the cited sub-domains, in source order, for example {@code D1.1}. */
  public abstract List<@NotNull @Identifier String> subDomainIds();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EvaluationDomainLink} instances. */
  public static final class Builder extends ImmutableEvaluationDomainLink.Builder {
    Builder() {}
  }
}
