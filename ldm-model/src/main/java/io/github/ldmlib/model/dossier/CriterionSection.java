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
 * The section of a dossier about one criterion: the diagnosis (<i>état des lieux</i>), the general
 * objective, the transversality, the team, the actions and the engagements.
 */
@Value.Immutable
@LdmStyle
public abstract class CriterionSection {

  CriterionSection() {}

  /** The id of the criterion in the referential, for example {@code C4}. */
  @NotNull
  @Identifier
  public abstract String criterionId();

  /** The diagnosis (<i>état des lieux</i>): the findings and needs that triggered the work. */
  public abstract Optional<@Text(max = Text.NARRATIVE) String> diagnosis();

  /** The general objective of the criterion (<i>objectif général</i>). */
  public abstract Optional<@Text String> generalObjective();

  /** The transversality of the work with the school's other steering tools. */
  public abstract Optional<@Valid Transversality> transversality();

  /** The criterion team. */
  public abstract Optional<@Valid CriterionTeam> team();

  /**
   * For a network candidature, the strategy the co-applicants share for this criterion
   * (<i>stratégie commune</i>), as criteria 4, 5, 6 and 8 require.
   */
  public abstract Optional<@Text(max = Text.NARRATIVE) String> commonStrategy();

  /** The actions (work done or under way). */
  public abstract List<@NotNull @Valid Action> actions();

  /** The engagements (work to come). */
  public abstract List<@NotNull @Valid Engagement> engagements();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CriterionSection} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableCriterionSection.Builder {
    Builder() {}
  }
}
