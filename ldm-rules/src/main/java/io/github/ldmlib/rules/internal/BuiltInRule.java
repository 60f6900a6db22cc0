package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Rule;
import java.util.Objects;

/** A dossier rule of the library's own catalogue. */
public final class BuiltInRule extends BuiltIn implements Rule {

  /** The check of a built-in dossier rule. */
  @FunctionalInterface
  public interface Check {
    /**
     * Runs the check.
     *
     * @param context the check
     * @param findings the sink
     */
    void run(CheckContext context, FindingSink findings);
  }

  private final Check check;

  BuiltInRule(Builder b, Check check) {
    super(b);
    this.check = Objects.requireNonNull(check, "check");
  }

  /**
   * Starts a built-in rule.
   *
   * @param id the id
   * @param severity the default severity
   * @return a builder
   */
  public static Builder of(String id, Severity severity) {
    return new Builder(id, severity);
  }

  @Override
  public void check(CheckContext context, FindingSink findings) {
    check.run(context, findings);
  }
}
