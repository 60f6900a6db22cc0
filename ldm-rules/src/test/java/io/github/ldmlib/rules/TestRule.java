package io.github.ldmlib.rules;

import io.github.ldmlib.model.conformity.Severity;
import java.util.Optional;
import java.util.function.BiConsumer;

/** A custom rule for tests, with its messages in the bundle {@code testrules}. */
final class TestRule implements Rule {

  static final String BUNDLE = "io.github.ldmlib.rules.testrules";

  private final String id;
  private final Severity severity;
  private final Optional<String> criterionId;
  private final BiConsumer<CheckContext, FindingSink> check;

  TestRule(String id, Severity severity, Optional<String> criterionId, BiConsumer<CheckContext, FindingSink> check) {
    this.id = id;
    this.severity = severity;
    this.criterionId = criterionId;
    this.check = check;
  }

  static TestRule of(String id, BiConsumer<CheckContext, FindingSink> check) {
    return new TestRule(id, Severity.MINOR_GAP, Optional.empty(), check);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public Optional<String> criterionId() {
    return criterionId;
  }

  @Override
  public String messageBundle() {
    return BUNDLE;
  }

  @Override
  public void check(CheckContext context, FindingSink findings) {
    check.accept(context, findings);
  }
}
