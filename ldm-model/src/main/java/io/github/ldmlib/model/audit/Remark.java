package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A strength (<i>point fort</i>) or a weakness (<i>point faible</i>) the audit team reports in the
 * {@link AuditSummary}, on one criterion or on the establishment as a whole.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()} or {@link
 * #of(String, String)}.
 */
@Value.Immutable
@LdmStyle
public abstract class Remark {

  Remark() {}

  /** The id of the criterion, for example {@code C4}; absent for a remark on the whole establishment. */
  public abstract Optional<@Identifier String> criterionId();

  /** The remark, for example "Un bureau des entreprises identifié et reconnu des partenaires". */
  @NotNull
  @Text
  public abstract String text();

  /**
   * Obtains a remark on a criterion.
   *
   * @param criterionId the criterion id
   * @param text the remark
   * @return the remark
   */
  public static Remark of(String criterionId, String text) {
    return builder().criterionId(criterionId).text(text).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Remark} instances; a missing text fails at {@code build()}. */
  public static final class Builder extends ImmutableRemark.Builder {
    Builder() {}
  }
}
