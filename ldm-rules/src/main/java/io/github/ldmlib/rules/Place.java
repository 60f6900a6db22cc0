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
 * <p>Instances are immutable and thread-safe. The checker's walk works a place's pointer out when
 * it is first asked for (most elements of a valid document are never reported), from the pointer
 * of the element it lies in; the pointer is the same whenever it is worked out.
 *
 * @param <T> the type of the element
 */
public final class Place<T> {

  private final T value;
  /**
   * The pointer, or null until it is first asked for when the walk made this place. Worked out from
   * immutable values, it is the same in every thread: a thread that sees null works it out again.
   */
  private JsonPointer pointer;
  private final Place<?> parent;
  /** The property of the parent's value that holds this element, while the pointer is not known. */
  private final String property;
  /** The index of this element in that property's list, or -1 when the property holds one value. */
  private final int index;
  final String criterionId;
  /** The element of the walk that made this place, or null: how that walk finds it again. */
  final Object node;

  Place(T value, JsonPointer pointer, Place<?> parent, String criterionId, Object node) {
    this.value = Objects.requireNonNull(value, "value");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.parent = parent;
    this.property = null;
    this.index = -1;
    this.criterionId = criterionId;
    this.node = node;
  }

  /**
   * A place whose pointer is its parent's followed by a property name and, for an element of a
   * list, its index; worked out when first asked for.
   */
  Place(T value, Place<?> parent, String property, int index, String criterionId, Object node) {
    this.value = Objects.requireNonNull(value, "value");
    this.parent = Objects.requireNonNull(parent, "parent");
    this.property = Objects.requireNonNull(property, "property");
    this.index = index;
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
    JsonPointer p = pointer;
    if (p == null) {
      p = parent.pointer().append(property);
      if (index >= 0) {
        p = p.append(index);
      }
      pointer = p;
    }
    return p;
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
    return "Place[" + pointer() + "]";
  }
}
