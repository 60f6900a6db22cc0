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
 * The transversality of the quality approach for one criterion (<i>transversalité de la démarche
 * qualité</i>): the links of the criterion's work with the school's self-evaluation domains, its
 * projet d'établissement, its contrat d'objectifs tripartite, a criterion of the campus des métiers
 * et des qualifications, and Qualéduc sheets.
 */
@Value.Immutable
@LdmStyle
public abstract class Transversality {

  Transversality() {}

  /** Ids of the evaluation domains or sub-domains the work relates to, for example {@code D1} or {@code D1.2}. */
  public abstract List<@NotNull @Identifier String> evaluationDomainIds();

  /** Ids of the Qualéduc sheets the work relates to, for example {@code 3.5}. */
  public abstract List<@NotNull @Identifier String> qualeducSheetIds();

  /** The related axis of the projet d'établissement. */
  public abstract Optional<@Text String> establishmentProjectAxis();

  /** The related axis of the contrat d'objectifs tripartite. */
  public abstract Optional<@Text String> objectivesContractAxis();

  /** The related criterion of the campus des métiers et des qualifications (CMQ). */
  public abstract Optional<@Text String> cmqCriterion();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Transversality} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableTransversality.Builder {
    Builder() {}
  }
}
