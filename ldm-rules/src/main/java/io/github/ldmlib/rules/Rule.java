package io.github.ldmlib.rules;

/**
 * A conformity rule (<i>règle de conformité</i>): a small named check of a dossier against a
 * referential, which reports {@linkplain FindingSink findings}.
 *
 * <p>A rule has the {@linkplain RuleMetadata metadata} of every rule: a stable {@link #id()} (the
 * built-in dossier rules are named {@code LDM-D-030} and so on; ids starting with {@code LDM-} are
 * reserved for the built-in rules), a {@link #defaultSeverity()} that an academy profile may change,
 * the criterion it concerns if any, the source text it enforces, and the base name of a resource
 * bundle that holds its title and messages in French (the default) and English, keyed as {@link
 * RuleMetadata} describes.
 *
 * <p>A rule must be pure: {@link #check(CheckContext, FindingSink)} reads the context and reports
 * findings, without I/O and without shared mutable state, because a {@link Checker} runs it on
 * many dossiers at once. A rule that throws, or reports a finding at a place that does not exist
 * in the dossier, does not break the check: the checker drops what it reported and records a
 * finding {@code LDM-E-001} that names it. Custom rules are passed to a {@link
 * Checker.Builder checker's builder} ({@code addRule(Rule)}) or discovered through a {@link
 * RuleProvider}.
 *
 * <pre>{@code
 * public final class PartnershipAgreementRule implements Rule {
 *   public String id() { return "ACAD-A1-001"; }
 *   public Severity defaultSeverity() { return Severity.MINOR_GAP; }
 *   public Optional<String> criterionId() { return Optional.of("A1"); }
 *   public String messageBundle() { return "org.example.rules.messages"; }
 *
 *   public void check(CheckContext context, FindingSink findings) {
 *     if (context.dossier().evidence().stream().noneMatch(e -> e.kind() == EvidenceKind.AGREEMENT)) {
 *       findings.report("/evidence", "noAgreement");   // entry "ACAD-A1-001.noAgreement"
 *     }
 *   }
 * }
 * }</pre>
 */
public interface Rule extends RuleMetadata {

  /**
   * Checks a dossier and reports what it finds.
   *
   * @param context the referential, the dossier, the date and the stage of the check
   * @param findings where to report findings; valid only during this call
   */
  void check(CheckContext context, FindingSink findings);
}
