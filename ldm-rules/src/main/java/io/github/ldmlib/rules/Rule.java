package io.github.ldmlib.rules;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.rules.internal.Messages;
import java.util.Locale;
import java.util.Optional;

/**
 * A conformity rule (<i>règle de conformité</i>): a small named check of a dossier against a
 * referential, which reports {@linkplain FindingSink findings}.
 *
 * <p>A rule has a stable {@link #id()} (the built-in rules are named {@code LDM-D-030} and so on;
 * ids starting with {@code LDM-} are reserved for them), a {@link #defaultSeverity()} that an
 * academy profile may change, the criterion it concerns if any, the source text it enforces, and
 * the base name of a resource bundle that holds its title and messages in French (the default)
 * and English. Entries are keyed {@code <id>.title} and {@code <id>.<messageKey>}; messages are
 * {@link java.text.MessageFormat} patterns (write {@code ''} for an apostrophe, or use the
 * typographic {@code ’}).
 *
 * <p>A rule must be pure: {@link #check(CheckContext, FindingSink)} reads the context and reports
 * findings, without I/O and without shared mutable state, because a {@link Checker} runs it on
 * many dossiers at once. A rule that throws, or reports a finding at a place that does not exist
 * in the dossier, does not break the check: the checker drops what it reported and records a
 * finding {@code LDM-E-001} that names it. Custom rules are passed to {@link
 * Checker.Builder#addRule(Rule)} or discovered through a {@link RuleProvider}.
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
public interface Rule {

  /**
   * The stable id of the rule: 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or
   * a digit, for example {@code LDM-D-030}.
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
   * The criterion the rule is about, if it is about one. A finding whose pointer lies in a criterion
   * section is attributed to that section's criterion; otherwise to this one.
   *
   * @return the criterion id, or empty for a rule about the whole dossier
   */
  default Optional<String> criterionId() {
    return Optional.empty();
  }

  /**
   * The source text the rule enforces, when it cites one. A finding may cite a more precise
   * source, for example the requirement it concerns.
   *
   * @return the source, or empty
   */
  default Optional<SourceRef> source() {
    return Optional.empty();
  }

  /**
   * The base name of the resource bundle holding the rule's title and messages, read with the
   * rule's class loader, for example {@code org.example.rules.messages} for {@code
   * org/example/rules/messages_fr.properties} and {@code messages_en.properties}.
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
    return Messages.title(this, locale);
  }

  /**
   * Checks a dossier and reports what it finds.
   *
   * @param context the referential, the dossier, the date and the stage of the check
   * @param findings where to report findings; valid only during this call
   */
  void check(CheckContext context, FindingSink findings);
}
