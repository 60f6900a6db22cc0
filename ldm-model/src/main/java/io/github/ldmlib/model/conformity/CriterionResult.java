package io.github.ldmlib.model.conformity;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * The result of a conformity check for one criterion (<i>résultat par critère</i>): how many
 * findings of each severity concern it, and the {@link Verdict} that follows from them.
 *
 * <p>A {@link ConformityReport} derives its results from its findings. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
@LdmStyle
public abstract class CriterionResult {

  CriterionResult() {}

  /** The criterion id, for example {@code C4}. */
  @NotNull
  @Identifier
  public abstract String criterionId();

  /** The verdict on the criterion, derived from {@link #counts()}. */
  @Value.Derived
  public Verdict verdict() {
    return Verdict.of(counts());
  }

  /** The findings that concern the criterion, counted by severity. */
  @NotNull
  @Valid
  public abstract FindingCounts counts();

  /**
   * Obtains the result of a criterion.
   *
   * @param criterionId the criterion id
   * @param counts its findings counted by severity
   * @return the result
   */
  public static CriterionResult of(String criterionId, FindingCounts counts) {
    return builder().criterionId(criterionId).counts(counts).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CriterionResult} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableCriterionResult.Builder {
    Builder() {}
  }
}
