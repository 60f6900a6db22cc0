package io.github.ldmlib.rules;

import io.github.ldmlib.model.conformity.Severity;
import java.util.function.BiConsumer;

/** A custom audit rule for tests, with its messages in the bundle {@code testrules}. */
final class TestAuditRule implements AuditRule {

  private final String id;
  private final BiConsumer<AuditContext, FindingSink> check;

  TestAuditRule(String id, BiConsumer<AuditContext, FindingSink> check) {
    this.id = id;
    this.check = check;
  }

  static TestAuditRule of(String id, BiConsumer<AuditContext, FindingSink> check) {
    return new TestAuditRule(id, check);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.MINOR_GAP;
  }

  @Override
  public String messageBundle() {
    return TestRule.BUNDLE;
  }

  @Override
  public void check(AuditContext context, FindingSink findings) {
    check.accept(context, findings);
  }
}
