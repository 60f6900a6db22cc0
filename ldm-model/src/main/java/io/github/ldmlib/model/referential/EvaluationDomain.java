package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A domain of the establishment-evaluation framework (<i>domaine de l'évaluation des
 * établissements</i>), for example domain 4 "L'établissement dans son environnement
 * institutionnel et partenarial", with the sub-domains the referential cites.
 */
@Value.Immutable
@LdmStyle
public abstract class EvaluationDomain {

  EvaluationDomain() {}

  /** The stable id, for example {@code D4}. */
  @NotNull
  @Identifier
  public abstract String id();

  /** The title, verbatim. */
  @NotNull
  @Text(max = Text.TITLE)
  public abstract String title();

  /** The sub-domains, in source order. */
  public abstract List<@NotNull @Valid EvaluationSubDomain> subDomains();

  /**
   * Finds a sub-domain by id.
   *
   * @param subDomainId the id, for example {@code D4.2}
   * @return the sub-domain, or empty
   */
  public Optional<EvaluationSubDomain> subDomain(String subDomainId) {
    return subDomains().stream().filter(s -> s.id().equals(subDomainId)).findFirst();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EvaluationDomain} instances. */
  public static final class Builder extends ImmutableEvaluationDomain.Builder {
    Builder() {}
  }
}
