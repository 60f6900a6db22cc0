package io.github.ldmlib.model.conformity;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * The result of a conformity check for one criterion (<i>résultat par critère</i>): its {@link
 * Verdict} and how many findings of each severity concern it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@LdmStyle
public abstract class CriterionResult {

  CriterionResult() {}

  /** The criterion id, for example {@code C4}. */
  @NotNull
  @Identifier
  public abstract String criterionId();

  /** The verdict on the criterion, drawn from {@link #counts()}. */
  @NotNull
  public abstract Verdict verdict();

  /** The findings that concern the criterion, counted by severity. */
  @NotNull
  @Valid
  public abstract FindingCounts counts();

  @Value.Check
  void checkVerdict() {
    if (verdict() != Verdict.of(counts())) {
      throw new IllegalStateException("verdict " + verdict() + " of criterion " + criterionId()
          + " does not follow from its counts, which give " + Verdict.of(counts()));
    }
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
