package io.github.ldmlib.rules.internal;

import io.github.ldmlib.rules.AuditContext;
import io.github.ldmlib.rules.AuditRule;
import io.github.ldmlib.rules.FindingSink;

/** An audit rule of the library's own catalogue. */
public final class BuiltInAuditRule extends BuiltIn<AuditContext> implements AuditRule {

  BuiltInAuditRule(Builder b, Check<AuditContext> check) {
    super(b, check);
  }

  @Override
  public void check(AuditContext context, FindingSink findings) {
    run(context, findings);
  }
}
