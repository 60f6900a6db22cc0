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
 * The link of a criterion with an {@link EvaluationDomain} (<i>lien avec l'évaluation des
 * établissements</i>): the domain and the sub-domains the referential cites for the criterion,
 * with the criterion's own wording of them where it differs from the catalogue.
 *
 * <p>The titles of domains and sub-domains are stored once, in {@link
 * Referential#evaluationDomains()}. The guide does not always cite them in those words: criterion
 * 1 of the national guide writes domain 1 « les apprentissages et les parcours des élèves,
 * apprentis et stagiaires de la formation continue, l'enseignement » and adds « (collèges, lycées,
 * GRETA-CFA, CMQ, organismes de formation, enseignement supérieur et recherche) » to sub-domain
 * D4.2. Such a wording is kept here, verbatim, in {@link #wording()} for the domain and in {@link
 * #subDomainWordings()} for the sub-domains; a citation in the catalogue's words has none, so that
 * the printed text of a citation is its wording if there is one, else the catalogue title. The
 * 2012 referential cites no domain and has no link at all.
 */
@Value.Immutable
@LdmStyle
public abstract class EvaluationDomainLink {

  EvaluationDomainLink() {}

  /** The id of the domain, for example {@code D1}. */
  @NotNull
  @Identifier
  public abstract String domainId();

  /**
   * The name of the domain as the criterion's block prints it, after « Domaine n : », when it
   * differs from {@link EvaluationDomain#title()}; empty when the block prints the catalogue title.
   */
  public abstract Optional<@Text(max = Text.TITLE) String> wording();

  /** The ids of the cited sub-domains, in source order, for example {@code D1.1}. */
  public abstract List<@NotNull @Identifier String> subDomainIds();

  /**
   * The wordings of the cited sub-domains that the criterion's block prints otherwise than {@link
   * EvaluationSubDomain#title()}, in the order of {@link #subDomainIds()}; a sub-domain cited in the
   * catalogue's words has none.
   */
  public abstract List<@NotNull @Valid CitedWording> subDomainWordings();

  /**
   * Returns the criterion's own wording of a cited sub-domain.
   *
   * @param subDomainId the id, for example {@code D4.2}
   * @return the wording, or empty when the sub-domain is cited in the catalogue's words or not cited
   */
  public Optional<String> subDomainWording(String subDomainId) {
    return subDomainWordings().stream().filter(w -> w.id().equals(subDomainId)).map(CitedWording::wording)
        .findFirst();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EvaluationDomainLink} instances. */
  public static final class Builder extends ImmutableEvaluationDomainLink.Builder {
    Builder() {}
  }
}
