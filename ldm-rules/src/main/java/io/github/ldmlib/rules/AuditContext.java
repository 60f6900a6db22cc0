package io.github.ldmlib.rules;

import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.internal.Messages;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What an {@link AuditRule} checks: the referential (already tailored by any academy profile), the
 * {@link AuditFile audit file} and the date as of which the check is made.
 *
 * <p>Delays and the auditors' qualification are judged on the dates the documents state (the audit
 * day, the date the plan was sent…); the date of the check tells which follow-up audits are due or
 * overdue, and whether a document not yet sent is already late. Instances are immutable and
 * thread-safe.
 */
public final class AuditContext {

  private final Referential referential;
  private final AuditFile audit;
  private final LocalDate asOf;
  private final Locale language;

  private AuditContext(Referential referential, AuditFile audit, LocalDate asOf, Locale locale) {
    this.referential = Objects.requireNonNull(referential, "referential");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.language = Messages.language(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Obtains a context, for example to unit-test an audit rule without a checker.
   *
   * @param referential the referential
   * @param audit the audit file
   * @param asOf the date of the check
   * @param locale the language of the messages (English if its language is English, else French)
   * @return the context
   */
  public static AuditContext of(Referential referential, AuditFile audit, LocalDate asOf, Locale locale) {
    return new AuditContext(referential, audit, asOf, locale);
  }

  /** The referential the audit is checked against. */
  public Referential referential() {
    return referential;
  }

  /** The procedure parameters of the referential: the rules read their delays and counts there. */
  public ProcessParameters parameters() {
    return referential.parameters();
  }

  /** The audit file. */
  public AuditFile audit() {
    return audit;
  }

  /** The date as of which the audit file is checked. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The language of the report's messages, {@link Locale#FRENCH} or {@link Locale#ENGLISH}. A rule
   * needs it only to pass an argument that is itself localized text.
   */
  public Locale language() {
    return language;
  }

  @Override
  public String toString() {
    return "AuditContext[" + referential.id() + "@" + referential.edition().id() + ", "
        + audit.uai().map(Object::toString).orElse("no establishment") + ", asOf=" + asOf + "]";
  }
}
