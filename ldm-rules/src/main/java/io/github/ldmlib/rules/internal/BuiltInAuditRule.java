package io.github.ldmlib.rules.internal;

import io.github.ldmlib.rules.AuditContext;
import io.github.ldmlib.rules.AuditRule;
import io.github.ldmlib.rules.FindingSink;
import java.util.Objects;

/** An audit rule of the library's own catalogue. */
public final class BuiltInAuditRule extends BuiltIn implements AuditRule {

  /** The check of a built-in audit rule. */
  @FunctionalInterface
  public interface Check {
    /**
     * Runs the check.
     *
     * @param context the check
     * @param findings the sink
     */
    void run(AuditContext context, FindingSink findings);
  }

  private final Check check;

  BuiltInAuditRule(Builder b, Check check) {
    super(b);
    this.check = Objects.requireNonNull(check, "check");
  }

  /**
   * Starts a built-in audit rule.
   *
   * @param id the id
   * @param severity the default severity
   * @return a builder
   */
  public static Builder of(String id, io.github.ldmlib.model.conformity.Severity severity) {
    return new Builder(id, severity);
  }

  @Override
  public void check(AuditContext context, FindingSink findings) {
    check.run(context, findings);
  }
}
