package io.github.ldmlib.rules;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.rules.internal.DeclaredRule;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A conformity rule (<i>règle de conformité</i>): a small named check of one {@linkplain
 * DocumentKind kind of document} (a dossier, an audit file...) against a referential, which
 * reports {@linkplain FindingSink findings}.
 *
 * <p>A rule declares what it is: the {@link #kind()} of document it checks, a stable {@link #id()}
 * (the library's own rules are named {@code LDM-D-030}, {@code LDM-A-010} and so on; ids starting
 * with {@code LDM-} are reserved for them), a {@link #defaultSeverity()} that an academy profile may
 * change, the criterion it concerns if any, the source text it enforces, its title and messages in
 * French (the default) and English ({@link #messages()}), and what it checks ({@link #doc()}). Its
 * {@link #check(CheckContext, FindingSink) check} reads a {@link CheckContext} and reports where
 * something is wrong, by the {@link Place} of an element or a JSON Pointer.
 *
 * <p>The simplest way to write a rule is to declare it, as the library declares its own:
 *
 * <pre>{@code
 * static final Rule<Dossier> PERENNIAL_ACTION = Rule.declare(DocumentKind.DOSSIER, "MTC-C9-002", Severity.MINOR_GAP)
 *     .criterion("C9")
 *     .title("Une action pérenne au critère C9", "A perennial action in criterion C9")
 *     .message("none", "Aucune action pérenne au critère C9.", "No perennial action in criterion C9.")
 *     .check((context, findings) -> {
 *       for (Place<CriterionSection> section : context.each(CriterionSection.class, "C9")) {
 *         if (section.value().actions().stream().noneMatch(a -> a.perennial().orElse(false))) {
 *           findings.report(section.pointer().append("actions"), "none");
 *         }
 *       }
 *     });
 * }</pre>
 *
 * <p>A rule may also be a class implementing this interface. Either way it must be pure: {@code
 * check} reads the context and reports findings, without I/O and without shared mutable state,
 * because a {@link Checker} runs it on many documents at once. A rule that throws, or reports a
 * place that does not exist in the document, does not break the check: the checker drops what it
 * reported and records a finding {@code LDM-E-001} that names it. Custom rules are passed to a
 * {@link Checker.Builder checker's builder} or found through a {@link RuleProvider}.
 *
 * <p>The checker reads a rule's metadata once, when it is built, and reports every fault in it (an
 * id that is not an identifier, a null, a title or a message pattern that is missing or malformed)
 * from its builder's {@code build()}.
 *
 * @param <D> the model type of the documents the rule checks, for example {@code Dossier}
 */
public interface Rule<D> {

  /**
   * The kind of document the rule checks; a checker runs only the rules of its own kind.
   *
   * @return the kind, not null
   */
  DocumentKind<D> kind();

  /**
   * The stable id of the rule: 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or
   * a digit, for example {@code LDM-D-030} or {@code MTC-C9-002}.
   *
   * @return the id
   */
  String id();

  /**
   * The severity of the rule's findings unless a {@link
   * io.github.ldmlib.model.referential.RuleTailoring tailoring} changes it.
   *
   * @return the severity, not null
   */
  Severity defaultSeverity();

  /**
   * The criterion the rule is about, if it is about one. A finding whose place lies in an element
   * of the document that names a criterion of the referential (a criterion section of a dossier; a
   * dashboard entry, a gap, an improvement axis, a remark or an interviewee of an audit file) is
   * attributed to that criterion; any other finding to this one.
   *
   * @return the criterion id, or empty for a rule about the document as a whole
   */
  default Optional<String> criterionId() {
    return Optional.empty();
  }

  /**
   * The source text the rule enforces, when it cites one. A finding may cite a more precise source,
   * for example the requirement it concerns.
   *
   * @return the source, or empty
   */
  default Optional<SourceRef> source() {
    return Optional.empty();
  }

  /**
   * The texts whose referentials the rule applies to, by the document a referential names as its
   * {@link io.github.ldmlib.model.referential.Referential#source() source} (for example the national
   * guide, {@code Guide de l'établissement et des auditeurs (DRAFPIC)}): a rule that enforces one
   * text must not judge the documents of a referential drawn from another (the 2012 Aix-Marseille
   * note is not the guide). A checker built on a referential drawn from another document does not
   * run the rule.
   *
   * @return the source documents, or an empty set when the rule applies to every referential
   */
  default Set<String> referentialSources() {
    return Set.of();
  }

  /**
   * The stages of the label the rule applies to: a duty of the candidature audit is not one of the
   * follow-up. A check at another stage, or at no stated stage, does not run the rule.
   *
   * @return the stages, or an empty set when the rule applies at every stage
   */
  default Set<Stage> stages() {
    return Set.of();
  }

  /**
   * The rule's title and messages, in French and English: the title under the key {@code
   * <id>.title}, each message under {@code <id>.<messageKey>}.
   *
   * @return the messages, not null
   */
  MessageSource messages();

  /**
   * What the rule checks, for people: the documentation of {@code docs/rules.md} for the library's
   * own rules.
   *
   * @return the documentation, or empty
   */
  default Optional<RuleDoc> doc() {
    return Optional.empty();
  }

  /**
   * Checks a document and reports what it finds.
   *
   * @param context the document, the referential, the date, the stage and the language of the check
   * @param findings where to report findings; valid only during this call
   */
  void check(CheckContext<D> context, FindingSink findings);

  /**
   * The title of the rule, the {@code <id>.title} entry of its messages.
   *
   * @param locale the language: English if its language is English, French otherwise
   * @return the title
   * @throws java.util.MissingResourceException if the entry is missing
   */
  default String title(Locale locale) {
    return messages().get(id() + ".title", locale);
  }

  /**
   * Starts the declaration of a rule.
   *
   * @param kind the kind of document it checks
   * @param id its stable id
   * @param severity its default severity
   * @param <D> the model type of the documents
   * @return the declaration, to complete with its title, messages and check
   */
  static <D> Builder<D> declare(DocumentKind<D> kind, String id, Severity severity) {
    return new Builder<>(kind, id, severity);
  }

  /**
   * The check of a declared rule.
   *
   * @param <D> the model type of the documents
   */
  @FunctionalInterface
  interface Check<D> {
    /**
     * Checks a document and reports what it finds.
     *
     * @param context the check
     * @param findings where to report findings
     */
    void check(CheckContext<D> context, FindingSink findings);
  }

  /**
   * Declares a rule: its metadata, its messages, then its check, which completes it. Not
   * thread-safe; the rule it makes is immutable and thread-safe.
   *
   * @param <D> the model type of the documents the rule checks
   */
  final class Builder<D> {
    private final DocumentKind<D> kind;
    private final String id;
    private final Severity severity;
    private String criterionId;
    private SourceRef source;
    private RuleDoc doc;
    private Set<String> referentialSources = Set.of();
    private Set<Stage> stages = Set.of();
    private MessageSource messages;
    private final MessageSource.Builder inline = MessageSource.builder();

    private Builder(DocumentKind<D> kind, String id, Severity severity) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.id = Objects.requireNonNull(id, "id");
      this.severity = Objects.requireNonNull(severity, "severity");
    }

    /**
     * Attributes the rule to a criterion.
     *
     * @param criterionId the criterion id, for example {@code C9}
     * @return this declaration
     */
    public Builder<D> criterion(String criterionId) {
      this.criterionId = Objects.requireNonNull(criterionId, "criterionId");
      return this;
    }

    /**
     * Sets the source text the rule enforces.
     *
     * @param source the source
     * @return this declaration
     */
    public Builder<D> source(SourceRef source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Limits the rule to the referentials drawn from the texts it enforces (see {@link
     * Rule#referentialSources()}).
     *
     * @param documents the source documents, as referentials name them in their {@code source}
     * @return this declaration
     */
    public Builder<D> referentialSources(String... documents) {
      this.referentialSources = Set.of(documents);
      return this;
    }

    /**
     * Limits the rule to stages of the label (see {@link Rule#stages()}).
     *
     * @param at the stages
     * @return this declaration
     */
    public Builder<D> stages(Stage... at) {
      this.stages = Set.of(at);
      return this;
    }

    /**
     * Sets what the rule checks, for people.
     *
     * @param doc the documentation
     * @return this declaration
     */
    public Builder<D> doc(RuleDoc doc) {
      this.doc = Objects.requireNonNull(doc, "doc");
      return this;
    }

    /**
     * Takes the title and messages from a message source, for example {@link
     * MessageSource#bundle(String, ClassLoader) a bundle}, instead of declaring them inline.
     *
     * @param messages the messages, keyed {@code <id>.title} and {@code <id>.<messageKey>}
     * @return this declaration
     */
    public Builder<D> messages(MessageSource messages) {
      this.messages = Objects.requireNonNull(messages, "messages");
      return this;
    }

    /**
     * Declares the rule's title.
     *
     * @param french the title in French
     * @param english the title in English
     * @return this declaration
     */
    public Builder<D> title(String french, String english) {
      inline.put(id + ".title", french, english);
      return this;
    }

    /**
     * Declares a message: a {@link java.text.MessageFormat} pattern whose {@code {0}}, {@code
     * {1}}... take the arguments of the report. An apostrophe is written {@code ''} or as the
     * typographic {@code ’}; a lone {@code '} is refused, as MessageFormat would swallow it.
     *
     * @param messageKey the key, relative to the rule's id, for example {@code none}
     * @param french the pattern in French
     * @param english the pattern in English
     * @return this declaration
     * @throws IllegalArgumentException if a pattern is malformed
     */
    public Builder<D> message(String messageKey, String french, String english) {
      inline.put(id + "." + Objects.requireNonNull(messageKey, "messageKey"), french, english);
      return this;
    }

    /**
     * Sets the check and makes the rule.
     *
     * @param check the check
     * @return the rule
     * @throws IllegalStateException if messages were both declared inline and given as a source
     */
    public Rule<D> check(Check<D> check) {
      Objects.requireNonNull(check, "check");
      MessageSource declared = inline.build();
      if (messages != null && !declared.isEmpty()) {
        throw new IllegalStateException("Rule " + id + ": declare its messages inline or give a message source, not both");
      }
      return new DeclaredRule<>(kind, id, severity, Optional.ofNullable(criterionId), Optional.ofNullable(source),
          messages != null ? messages : declared, Optional.ofNullable(doc), referentialSources, stages, check);
    }
  }
}
