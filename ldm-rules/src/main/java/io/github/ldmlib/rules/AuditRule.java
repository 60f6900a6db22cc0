package io.github.ldmlib.rules;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.rules.internal.Messages;
import java.util.Locale;
import java.util.Optional;

/**
 * An audit rule (<i>règle d'audit</i>): a small named check of an {@link
 * io.github.ldmlib.model.audit.AuditFile audit file} (plan, dashboard, summary report, decision,
 * label record, auditor pool) against a referential, which reports {@linkplain FindingSink
 * findings}. It is the audit's counterpart of a dossier's {@link Rule}, with the same metadata and
 * the same conventions.
 *
 * <p>A rule has a stable {@link #id()} (the built-in audit rules are named {@code LDM-A-010} and so
 * on; ids starting with {@code LDM-} are reserved for the built-in rules), a {@link
 * #defaultSeverity()} that an academy profile may change, the criterion it concerns if any, the
 * source text it enforces, and the base name of a resource bundle holding its title ({@code
 * <id>.title}) and messages ({@code <id>.<messageKey>}) in French and English.
 *
 * <p>A rule must be pure: {@link #check(AuditContext, FindingSink)} reads the context and reports
 * findings placed by JSON Pointers into the audit file's JSON form, whose first token names the
 * document ({@code /plan/team/0}, {@code /summary/gaps/2}). A rule that throws, or reports a place
 * that does not exist in the file, does not break the check: the {@link AuditChecker} drops what it
 * reported and records a finding {@code LDM-E-001} that names it. Custom audit rules are passed to
 * {@link AuditChecker.Builder#addRule(AuditRule)} or supplied by {@link
 * RuleProvider#auditRules()}.
 *
 * <pre>{@code
 * public final class InspectorLeadsFollowUpRule implements AuditRule {
 *   public String id() { return "ACAD-AUDIT-001"; }
 *   public Severity defaultSeverity() { return Severity.MINOR_GAP; }
 *   public String messageBundle() { return "org.example.rules.messages"; }
 *
 *   public void check(AuditContext context, FindingSink findings) {
 *     context.audit().plan()
 *         .filter(p -> p.stage() == Stage.FOLLOW_UP_3_YEARS)
 *         .filter(p -> p.leadAuditor().filter(m -> m.category() == AuditorCategory.RECTORATE).isEmpty())
 *         .ifPresent(p -> findings.report("/plan/team", "notAnInspector"));
 *   }
 * }
 * }</pre>
 */
public interface AuditRule {

  /**
   * The stable id of the rule: 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or
   * a digit, for example {@code LDM-A-010}.
   *
   * @return the id
   */
  String id();

  /**
   * The severity of the rule's findings unless a {@link
   * io.github.ldmlib.model.conformity.RuleTailoring tailoring} changes it.
   *
   * @return the severity, not null
   */
  Severity defaultSeverity();

  /**
   * The criterion the rule is about, if it is about one. A finding whose pointer lies in a dashboard
   * entry, a gap, an improvement axis, a remark or an interviewee that names a criterion of the
   * referential is attributed to that criterion; otherwise to this one.
   *
   * @return the criterion id, or empty for a rule about the audit as a whole
   */
  default Optional<String> criterionId() {
    return Optional.empty();
  }

  /**
   * The source text the rule enforces, when it cites one.
   *
   * @return the source, or empty
   */
  default Optional<SourceRef> source() {
    return Optional.empty();
  }

  /**
   * The base name of the resource bundle holding the rule's title and messages, read with the
   * rule's class loader, for example {@code org.example.rules.messages}.
   *
   * @return the base name
   */
  String messageBundle();

  /**
   * The title of the rule, the {@code <id>.title} entry of its bundle.
   *
   * @param locale the language: English if its language is English, French otherwise
   * @return the title
   * @throws java.util.MissingResourceException if the bundle or the entry is missing
   */
  default String title(Locale locale) {
    return Messages.title(this, id(), messageBundle(), locale);
  }

  /**
   * Checks an audit file and reports what it finds.
   *
   * @param context the referential, the audit file, the date and the language of the check
   * @param findings where to report findings; valid only during this call
   */
  void check(AuditContext context, FindingSink findings);
}
