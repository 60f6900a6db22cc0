package io.github.ldmlib.rules;

import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import java.util.Optional;
import java.util.function.BiConsumer;

/** A custom rule for tests, written as a class, with its messages in the bundle {@code testrules}. */
final class TestRule<D> implements Rule<D> {

  static final String BUNDLE = "io.github.ldmlib.rules.testrules";

  static final MessageSource MESSAGES = MessageSource.bundle(BUNDLE, TestRule.class.getClassLoader());

  private final DocumentKind<D> kind;
  private final String id;
  private final Severity severity;
  private final Optional<String> criterionId;
  private final BiConsumer<CheckContext<D>, FindingSink> check;

  TestRule(DocumentKind<D> kind, String id, Severity severity, Optional<String> criterionId,
      BiConsumer<CheckContext<D>, FindingSink> check) {
    this.kind = kind;
    this.id = id;
    this.severity = severity;
    this.criterionId = criterionId;
    this.check = check;
  }

  static TestRule<Dossier> of(String id, BiConsumer<CheckContext<Dossier>, FindingSink> check) {
    return new TestRule<>(DocumentKind.DOSSIER, id, Severity.TO_COMPLETE, Optional.empty(), check);
  }

  static TestRule<AuditFile> audit(String id, BiConsumer<CheckContext<AuditFile>, FindingSink> check) {
    return new TestRule<>(DocumentKind.AUDIT_FILE, id, Severity.MINOR_GAP, Optional.empty(), check);
  }

  @Override
  public DocumentKind<D> kind() {
    return kind;
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
  public MessageSource messages() {
    return MESSAGES;
  }

  @Override
  public void check(CheckContext<D> context, FindingSink findings) {
    check.accept(context, findings);
  }
}
