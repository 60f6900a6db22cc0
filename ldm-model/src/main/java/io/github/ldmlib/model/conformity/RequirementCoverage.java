package io.github.ldmlib.model.conformity;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;

/**
 * One row of the coverage matrix of a conformity report (<i>couverture des attendus</i>): a
 * requirement of the referential and what in the dossier addresses it.
 *
 * <p>Actions, engagements and indicators are named by their JSON Pointer in the dossier (for
 * example {@code /sections/3/actions/0}), evidence by its id. An action or engagement addresses a
 * requirement when it lists the requirement's id in its {@code requirementIds}; the indicators and
 * evidence of the row are those of the addressing actions and engagements. A row whose lists are
 * all empty is a requirement addressed by nothing. Instances are immutable and thread-safe.
 */
@Value.Immutable
@LdmStyle
public abstract class RequirementCoverage {

  RequirementCoverage() {}

  /** The requirement id, for example {@code C4.R3}. */
  @NotNull
  @Identifier
  public abstract String requirementId();

  /** The criterion of the requirement, for example {@code C4}. */
  @NotNull
  @Identifier
  public abstract String criterionId();

  /** Pointers of the actions that address the requirement, in dossier order. */
  public abstract List<@NotNull JsonPointer> actions();

  /** Pointers of the engagements that address the requirement, in dossier order. */
  public abstract List<@NotNull JsonPointer> engagements();

  /** Pointers of the indicators of those actions and engagements, in dossier order. */
  public abstract List<@NotNull JsonPointer> indicators();

  /** Ids of the evidence those actions and engagements cite, in order of first citation. */
  public abstract List<@NotNull @Identifier String> evidenceIds();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RequirementCoverage} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableRequirementCoverage.Builder {
    Builder() {}
  }
}
