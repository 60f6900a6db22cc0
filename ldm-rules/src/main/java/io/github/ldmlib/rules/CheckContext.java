package io.github.ldmlib.rules;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.rules.internal.ReferentialIndex;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Rule} checks: the document, the referential (already tailored by any academy
 * profile), the date as of which the check is made, the {@link Stage} of the label when it is known,
 * and the language of the report; and a walk over the document's elements, each with its {@link
 * Place}.
 *
 * <p>What is due depends on the date and the stage: a follow-up measure at N+3 is due only once the
 * school year N+3 has passed; a follow-up audit is overdue only after its date. Every rule of a
 * check shares one context, and so one walk of the document: {@link #each(Class)} lists the
 * elements of a type once per check. Instances are immutable in what they show and thread-safe.
 *
 * @param <D> the model type of the checked document
 */
public final class CheckContext<D> {

  private final DocumentKind<D> kind;
  private final Referential referential;
  private final ReferentialIndex index;
  private final D document;
  private final LocalDate asOf;
  private final Optional<Stage> stage;
  private final Locale language;
  private final Walker walker;

  private CheckContext(DocumentKind<D> kind, Referential referential, ReferentialIndex index, D document,
      LocalDate asOf, Optional<Stage> stage, Locale locale) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.referential = Objects.requireNonNull(referential, "referential");
    this.index = index;
    this.document = Objects.requireNonNull(document, "document");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.stage = Objects.requireNonNull(stage, "stage");
    this.language = MessageSource.language(locale);
    this.walker = new Walker(document, kind.type(), id -> index.criterion(id).isPresent());
  }

  /**
   * Obtains a context, for example to unit-test a rule without a checker.
   *
   * @param kind the kind of the document
   * @param referential the referential
   * @param document the document
   * @param asOf the date of the check
   * @param stage the stage of the label, if known
   * @param locale the language of the messages (English if its language is English, else French)
   * @param <D> the model type of the document
   * @return the context
   */
  public static <D> CheckContext<D> of(DocumentKind<D> kind, Referential referential, D document, LocalDate asOf,
      Optional<Stage> stage, Locale locale) {
    return new CheckContext<>(kind, referential, ReferentialIndex.of(referential), document, asOf, stage, locale);
  }

  /** A context whose referential a checker has already indexed. */
  static <D> CheckContext<D> of(DocumentKind<D> kind, Referential referential, ReferentialIndex index, D document,
      LocalDate asOf, Optional<Stage> stage, Locale locale) {
    return new CheckContext<>(kind, referential, index, document, asOf, stage, locale);
  }

  /** The kind of the checked document. */
  public DocumentKind<D> kind() {
    return kind;
  }

  /** The checked document. */
  public D document() {
    return document;
  }

  /** The referential the document is checked against. */
  public Referential referential() {
    return referential;
  }

  /** The procedure parameters of the referential: delays, counts and duties the rules read. */
  public ProcessParameters parameters() {
    return referential.parameters();
  }

  /** The date as of which the document is checked. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The school year that contains {@link #asOf()}: measures of later school years lie in the future. */
  public SchoolYear schoolYear() {
    return SchoolYear.containing(asOf);
  }

  /** The stage of the label for which the document is checked, when it is known. */
  public Optional<Stage> stage() {
    return stage;
  }

  /**
   * The language of the report's messages, {@link Locale#FRENCH} or {@link Locale#ENGLISH}. A rule
   * needs it only to pass an argument that is itself localized text.
   */
  public Locale language() {
    return language;
  }

  /** The document itself, at the root pointer. */
  public Place<D> root() {
    return walker.root();
  }

  /**
   * Lists every element of a type in the document, in document order (the order of the JSON form),
   * each with its place. The list is made once per check and shared by every rule. Elements are the
   * values of the model's types (and the document itself): the type is a model type or one that
   * model types implement, such as {@code Initiative}; a text, a date or a number is not an element.
   *
   * @param type the type, for example {@code Action.class} or {@code Gap.class}
   * @param <T> the type
   * @return the elements, unmodifiable; empty if there is none
   */
  public <T> List<Place<T>> each(Class<T> type) {
    return walker.each(type);
  }

  /**
   * Lists the elements of a type that belong to one criterion (see {@link Place#criterionId()}).
   *
   * @param type the type, for example {@code CriterionSection.class}
   * @param criterionId the criterion id, for example {@code C9}
   * @param <T> the type
   * @return the elements, in document order; empty if there is none
   */
  public <T> List<Place<T>> each(Class<T> type, String criterionId) {
    Objects.requireNonNull(criterionId, "criterionId");
    return each(type).stream().filter(p -> p.criterionId().filter(criterionId::equals).isPresent()).toList();
  }

  /**
   * Lists the elements of a type that lie within one element (itself included), in document order:
   * the indicators of an action, the members of a team.
   *
   * @param type the type, for example {@code Indicator.class}
   * @param within the element, a place of this check
   * @param <T> the type
   * @return the elements with their places; empty if there is none
   */
  public <T> List<Place<T>> each(Class<T> type, Place<?> within) {
    return walker.each(type, within);
  }

  /**
   * Finds a criterion of the referential, as {@link Referential#criterion(String)} does.
   *
   * @param criterionId the id
   * @return the first criterion with that id, or empty
   */
  public Optional<Criterion> criterion(String criterionId) {
    return index.criterion(criterionId);
  }

  /**
   * Finds a requirement of a criterion of the referential.
   *
   * @param criterionId the criterion id
   * @param requirementId the requirement id
   * @return the requirement, or empty if that criterion does not have it
   */
  public Optional<Requirement> requirement(String criterionId, String requirementId) {
    return index.requirement(criterionId, requirementId);
  }

  /** The walk of the document, which also checks the pointers of findings. */
  Walker walker() {
    return walker;
  }

  @Override
  public String toString() {
    return "CheckContext[" + kind + ", " + referential.id() + "@" + referential.edition().id() + ", asOf=" + asOf
        + stage.map(s -> ", stage=" + s).orElse("") + "]";
  }
}
