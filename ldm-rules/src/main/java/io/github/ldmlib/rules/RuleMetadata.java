package io.github.ldmlib.rules;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.rules.internal.Messages;
import java.util.Locale;
import java.util.Optional;

/**
 * What every rule (<i>règle</i>) declares about itself, whether it checks a dossier (a {@link
 * Rule}) or an audit file (an {@link AuditRule}): its id, its default severity, the criterion it
 * concerns if any, the source text it enforces, and the base name of a resource bundle that holds
 * its title and messages.
 *
 * <p>A rule has a stable {@link #id()} (the built-in rules are named {@code LDM-D-030}, {@code
 * LDM-A-010} and so on; ids starting with {@code LDM-} are reserved for them), a {@link
 * #defaultSeverity()} that an academy profile may change, and a {@link #messageBundle()} holding its
 * title and messages in French (the default) and English. Entries are keyed {@code <id>.title} and
 * {@code <id>.<messageKey>}; messages are {@link java.text.MessageFormat} patterns (write {@code ''}
 * for an apostrophe, or use the typographic {@code ’}).
 *
 * <p>A checker reads the metadata once, when it is built, and reports every fault in it (an id
 * that is not an identifier, a null, a title missing from a bundle) from its builder's {@code
 * build()}. Implement {@link Rule} or {@link AuditRule}, not this interface alone.
 */
public interface RuleMetadata {

  /**
   * The stable id of the rule: 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or
   * a digit, for example {@code LDM-D-030} or {@code LDM-A-010}.
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
   * The criterion the rule is about, if it is about one. A finding whose pointer lies in a part of
   * the checked document that names a criterion is attributed to that criterion: a criterion
   * section of a dossier; a dashboard entry, a gap, an improvement axis, a remark or an interviewee
   * of an audit file that names a criterion of the referential. Any other finding is attributed to
   * this one.
   *
   * @return the criterion id, or empty for a rule about the whole dossier or the audit as a whole
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
}
