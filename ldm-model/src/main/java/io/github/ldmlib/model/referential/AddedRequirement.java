package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * A requirement (<i>attendu</i>) that an {@link AcademyProfile} adds to a criterion of the
 * referential it tailors, for example an academic requirement appended to national criterion 4.
 *
 * <p>The requirement's id must not clash with any id of the referential or of the profile.
 * Instances are immutable and thread-safe; build them with {@link #builder()} or {@link #of}.
 */
@Value.Immutable
@LdmStyle
public abstract class AddedRequirement {

  AddedRequirement() {}

  /** The id of the criterion of the referential that receives the requirement, for example {@code C4}. */
  @NotNull
  @Identifier
  public abstract String criterionId();

  /** The requirement added to it. */
  @NotNull
  @Valid
  public abstract Requirement requirement();

  /**
   * Obtains an added requirement.
   *
   * @param criterionId the id of the receiving criterion
   * @param requirement the requirement
   * @return the added requirement
   */
  public static AddedRequirement of(String criterionId, Requirement requirement) {
    return builder().criterionId(criterionId).requirement(requirement).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AddedRequirement} instances; a missing criterion id or requirement fails at {@code build()}. */
  public static final class Builder extends ImmutableAddedRequirement.Builder {
    Builder() {}
  }
}
