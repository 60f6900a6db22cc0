package io.github.ldmlib.model.dossier;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The establishment's engagement decision (<i>décision d'engagement</i>, document LDM 01 of the
 * Aix-Marseille 2012 procedure): the school enters the quality approach by a vote of its board
 * (<i>conseil d'administration</i>), sends the rector the decision with a copy of the minutes of
 * the vote, and names the team responsible for each criterion.
 *
 * <p>Only the 2012 procedure names this document; the national guide (editions of January 2024 and
 * January 2026) does not, so a {@link Dossier} may have none. Whether a referential asks for it is
 * one of its procedure parameters ({@code engagementDecisionRequired}), checked by the rules of
 * {@code ldm-rules}. The copy of the minutes is an item of the dossier's evidence annex, named by
 * its id. The teams reuse {@link CriterionTeam}; they may differ from those of the criterion
 * sections, which describe who did the work.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class EngagementDecision {

  EngagementDecision() {}

  /** The date of the board's vote (<i>vote du conseil d'administration</i>). */
  @NotNull
  public abstract LocalDate boardVoteDate();

  /**
   * The id of the item of the dossier's evidence annex that is the copy of the minutes of the vote
   * (<i>copie du procès-verbal du vote du conseil d'administration</i>).
   */
  public abstract Optional<@Identifier String> minutesEvidenceId();

  /** The team responsible for each criterion (<i>les équipes responsables</i>), one entry per criterion. */
  public abstract List<@NotNull @Valid ResponsibleTeam> teams();

  /**
   * Finds the team responsible for a criterion.
   *
   * @param criterionId the criterion id, for example {@code C4}
   * @return the first entry for that criterion, or empty
   */
  public Optional<ResponsibleTeam> team(String criterionId) {
    return teams().stream().filter(t -> t.criterionId().equals(criterionId)).findFirst();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EngagementDecision} instances; a missing board vote date fails at {@code build()}. */
  public static final class Builder extends ImmutableEngagementDecision.Builder {
    Builder() {}
  }
}
