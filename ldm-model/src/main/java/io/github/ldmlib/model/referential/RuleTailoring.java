package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an academy profile (or a caller) tailors one rule of the checker: switch it off, or change
 * the severity of its findings. Rules are named by their stable id, for example {@code LDM-D-012}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@LdmStyle
public abstract class RuleTailoring {

  RuleTailoring() {}

  /** The id of the tailored rule. */
  @NotNull
  @Identifier
  public abstract String ruleId();

  /** False to switch the rule off; true (the default) keeps it. */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /** The severity that replaces the rule's default severity, if any. */
  public abstract Optional<Severity> severity();

  /** Why the rule is tailored, for the record. */
  public abstract Optional<@Text String> reason();

  /**
   * Obtains a tailoring that switches a rule off.
   *
   * @param ruleId the rule id
   * @return the tailoring
   */
  public static RuleTailoring disable(String ruleId) {
    return builder().ruleId(ruleId).enabled(false).build();
  }

  /**
   * Obtains a tailoring that changes the severity of a rule's findings.
   *
   * @param ruleId the rule id
   * @param severity the new severity
   * @return the tailoring
   */
  public static RuleTailoring withSeverity(String ruleId, Severity severity) {
    return builder().ruleId(ruleId).severity(severity).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RuleTailoring} instances; a missing rule id fails at {@code build()}. */
  public static final class Builder extends ImmutableRuleTailoring.Builder {
    Builder() {}
  }
}
