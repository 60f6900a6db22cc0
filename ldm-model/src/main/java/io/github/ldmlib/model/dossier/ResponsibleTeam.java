package io.github.ldmlib.model.dossier;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * The team an {@link EngagementDecision} makes responsible for one criterion (<i>équipe
 * responsable du critère</i>).
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class ResponsibleTeam {

  ResponsibleTeam() {}

  /** The id of the criterion in the referential, for example {@code C4}. */
  @NotNull
  @Identifier
  public abstract String criterionId();

  /** The team: its coordinator and members. */
  @NotNull
  @Valid
  public abstract CriterionTeam team();

  /**
   * Obtains the team responsible for a criterion.
   *
   * @param criterionId the criterion id
   * @param team the team
   * @return the entry
   */
  public static ResponsibleTeam of(String criterionId, CriterionTeam team) {
    return builder().criterionId(criterionId).team(team).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResponsibleTeam} instances; a missing criterion id or team fails at {@code build()}. */
  public static final class Builder extends ImmutableResponsibleTeam.Builder {
    Builder() {}
  }
}
