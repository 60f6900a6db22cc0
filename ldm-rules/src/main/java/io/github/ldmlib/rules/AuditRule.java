package io.github.ldmlib.rules;

/**
 * An audit rule (<i>règle d'audit</i>): a small named check of an {@link
 * io.github.ldmlib.model.audit.AuditFile audit file} (plan, dashboard, summary report, decision,
 * label record, auditor pool) against a referential, which reports {@linkplain FindingSink
 * findings}. It is the audit's counterpart of a dossier's {@link Rule}, with the same metadata and
 * the same conventions.
 *
 * <p>A rule has the {@linkplain RuleMetadata metadata} of every rule: a stable {@link #id()} (the
 * built-in audit rules are named {@code LDM-A-010} and so on; ids starting with {@code LDM-} are
 * reserved for the built-in rules), a {@link #defaultSeverity()} that an academy profile may change,
 * the criterion it concerns if any, the source text it enforces, and the base name of a resource
 * bundle holding its title ({@code <id>.title}) and messages ({@code <id>.<messageKey>}) in French
 * and English.
 *
 * <p>A rule must be pure: {@link #check(AuditContext, FindingSink)} reads the context and reports
 * findings placed by JSON Pointers into the audit file's JSON form, whose first token names the
 * document ({@code /plan/team/0}, {@code /summary/gaps/2}). A rule that throws, or reports a place
 * that does not exist in the file, does not break the check: the {@link AuditChecker} drops what it
 * reported and records a finding {@code LDM-E-001} that names it. Custom audit rules are passed to
 * an {@link AuditChecker.Builder audit checker's builder} ({@code addRule(AuditRule)}) or supplied
 * by {@link RuleProvider#auditRules()}.
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
public interface AuditRule extends RuleMetadata {

  /**
   * Checks an audit file and reports what it finds.
   *
   * @param context the referential, the audit file, the date and the language of the check
   * @param findings where to report findings; valid only during this call
   */
  void check(AuditContext context, FindingSink findings);
}
