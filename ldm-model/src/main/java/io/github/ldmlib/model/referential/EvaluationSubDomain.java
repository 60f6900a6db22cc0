package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * A sub-domain of an {@link EvaluationDomain}, for example "Acquis scolaires et résultats" in
 * domain 1.
 */
@Value.Immutable
@LdmStyle
public abstract class EvaluationSubDomain {

  EvaluationSubDomain() {}

  /** The stable id, domain id then a number, for example {@code D1.2}. */
  @NotNull
  @Identifier
  public abstract String id();

  /** The title, verbatim. */
  @NotNull
  @Text(max = Text.TITLE)
  public abstract String title();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EvaluationSubDomain} instances. */
  public static final class Builder extends ImmutableEvaluationSubDomain.Builder {
    Builder() {}
  }
}
