package io.github.ldmlib.rules.internal;

import io.github.ldmlib.rules.AuditContext;
import io.github.ldmlib.rules.AuditRule;

/** An audit rule of the library's own catalogue. */
public final class BuiltInAuditRule extends BuiltIn<AuditContext> implements AuditRule {

  BuiltInAuditRule(Builder b, Check<AuditContext> check) {
    super(b, check);
  }
}
