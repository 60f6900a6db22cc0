package io.github.ldmlib.rules;

import io.github.ldmlib.model.JsonPointer;
import java.util.Objects;
import java.util.Optional;

/**
 * An element of a checked document with its place: the value, its {@link JsonPointer} in the
 * document's JSON form, the element it lies in, and the criterion of the referential it belongs to.
 * {@link CheckContext#each(Class)} hands every element of a type this way, so that a rule never
 * builds a pointer by hand.
 *
 * <pre>{@code
 * for (Place<Action> action : context.each(Action.class)) {
 *   if (action.value().addedValue().isEmpty()) {
 *     findings.report(action.pointer().append("addedValue"), "missing", action.value().title());
 *   }
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of the element
 */
public final class Place<T> {

  private final T value;
  private final JsonPointer pointer;
  private final Place<?> parent;
  private final String criterionId;
  /** The element of the walk that made this place, or null: how that walk finds it again. */
  final Object node;

  Place(T value, JsonPointer pointer, Place<?> parent, String criterionId, Object node) {
    this.value = Objects.requireNonNull(value, "value");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.parent = parent;
    this.criterionId = criterionId;
    this.node = node;
  }

  /**
   * Obtains a place; the checker's walk makes them, a test may too.
   *
   * @param value the element
   * @param pointer its pointer in the document
   * @param parent the place of the element it lies in, or null for the document itself
   * @param criterionId the criterion of the referential it belongs to, or null
   * @param <T> the type of the element
   * @return the place
   */
  public static <T> Place<T> of(T value, JsonPointer pointer, Place<?> parent, String criterionId) {
    return new Place<>(value, pointer, parent, criterionId, null);
  }

  /** The element. */
  public T value() {
    return value;
  }

  /** Its JSON Pointer in the checked document. */
  public JsonPointer pointer() {
    return pointer;
  }

  /**
   * The place of the element this one lies in: the section of an action, the action of an
   * objective.
   *
   * @return the parent, or empty for the document itself
   */
  public Optional<Place<?>> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * The nearest element of a type this one lies in, itself included.
   *
   * @param type the type, for example {@code CriterionSection.class}
   * @param <U> the type
   * @return its place, or empty if none encloses this one
   */
  @SuppressWarnings("unchecked")
  public <U> Optional<Place<U>> enclosing(Class<U> type) {
    for (Place<?> p = this; p != null; p = p.parent) {
      if (type.isInstance(p.value)) {
        return Optional.of((Place<U>) p);
      }
    }
    return Optional.empty();
  }

  /**
   * The criterion the element belongs to: that of the innermost element on its path (itself
   * included) that names a criterion of the referential, such as a dossier's criterion section or an
   * audit's gap.
   *
   * @return the criterion id, or empty
   */
  public Optional<String> criterionId() {
    return Optional.ofNullable(criterionId);
  }

  /** Returns {@code Place[<pointer>]}. */
  @Override
  public String toString() {
    return "Place[" + pointer + "]";
  }
}
