package io.github.ldmlib.model.dossier;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A label dossier (<i>dossier de labellisation</i>): what an establishment, alone or in a network,
 * submits to apply for or renew the « Lycée des métiers » label.
 *
 * <p>A dossier names the referential it answers, the proposed label title (<i>intitulé</i>), the
 * board vote that started the process and, where the referential asks for it, the engagement
 * decision, the school's context and the articulation of the label
 * work with its other steering tools, one {@link CriterionSection section} per criterion, and the
 * {@link Evidence evidence annex}.
 *
 * <p>The model accepts a dossier that is still being written: Bean Validation checks that what is
 * present is well-formed, and the rules of {@code ldm-rules} report what is missing. Instances are
 * immutable and thread-safe; build them with {@link #builder()}, and derive a modified copy with
 * {@code Dossier.builder().from(dossier)}.
 */
@Value.Immutable
@LdmStyle
public abstract class Dossier {

  Dossier() {}

  /** The id of the referential the dossier answers, for example {@code ldm-national-2023}. */
  @NotNull
  @Identifier
  public abstract String referentialId();

  /** The edition of that referential, for example {@code 2026-01}, when the dossier names one. */
  public abstract Optional<@Identifier String> referentialEdition();

  /** Whether this is a first application or a renewal. */
  @NotNull
  public abstract DossierKind dossierKind();

  /** The establishment that applies, or leads a network candidature. */
  @NotNull
  @Valid
  public abstract Establishment establishment();

  /** The network, for a network candidature. */
  public abstract Optional<@Valid Network> network();

  /** The proposed label title (<i>intitulé du label</i>), which names the trades or the territory. */
  public abstract Optional<@Text(max = Text.TITLE) String> labelTitle();

  /** The trades (<i>métiers</i>) the label title refers to. */
  public abstract List<@NotNull @Text(max = Text.TITLE) String> trades();

  /** The date of the vote of the conseil d'administration that started the process. */
  public abstract Optional<LocalDate> boardVoteDate();

  /**
   * The engagement decision (document LDM 01 of the Aix-Marseille 2012 procedure): the board's vote,
   * the copy of its minutes and the team responsible for each criterion. The national guide does not
   * name this document; a referential that asks for it says so ({@code engagementDecisionRequired}).
   */
  public abstract Optional<@Valid EngagementDecision> engagementDecision();

  /** The date the dossier was submitted. */
  public abstract Optional<LocalDate> submissionDate();

  /** The context of the establishment and its particularities (<i>contexte</i>). */
  public abstract Optional<@Text(max = Text.NARRATIVE) String> context();

  /** How the work fits with self-evaluation, the projet d'établissement, the contrat d'objectifs and other labels. */
  public abstract Optional<@Valid Articulation> articulation();

  /** One section per criterion. */
  public abstract List<@NotNull @Valid CriterionSection> sections();

  /** The evidence annex (<i>annexe des preuves</i>). */
  public abstract List<@NotNull @Valid Evidence> evidence();

  /** True for a network candidature with at least one co-applicant. */
  public boolean isNetworkCandidature() {
    return network().map(n -> !n.coApplicants().isEmpty()).orElse(false);
  }

  /**
   * Finds the section of a criterion.
   *
   * @param criterionId the criterion id, for example {@code C4}
   * @return the first section for that criterion, or empty
   */
  public Optional<CriterionSection> section(String criterionId) {
    return sections().stream().filter(s -> s.criterionId().equals(criterionId)).findFirst();
  }

  /**
   * Finds an evidence item by id.
   *
   * @param evidenceId the id
   * @return the item, or empty
   */
  public Optional<Evidence> evidence(String evidenceId) {
    return evidence().stream().filter(e -> e.id().equals(evidenceId)).findFirst();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Dossier} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableDossier.Builder {
    Builder() {}
  }
}
