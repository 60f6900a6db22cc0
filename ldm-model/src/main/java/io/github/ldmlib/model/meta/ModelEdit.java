package io.github.ldmlib.model.meta;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.internal.meta.StatedValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Changes a value deep inside a document of the model in one call: the value at a JSON Pointer is
 * replaced, and every object on the way to it, up to the document, is rebuilt with its other
 * values unchanged (<i>modification d'une valeur imbriquée</i>).
 *
 * <p>The model's objects are immutable: changing the title of one action of a dossier means a new
 * action, a new criterion section holding it and a new dossier holding that section. Written with
 * builders, that is one {@code builder().from(...)} per level; here it is one call, addressed the
 * way findings and violations address a place (a {@link JsonPointer}):
 *
 * <pre>{@code
 * Dossier renamed = ModelEdit.replace(dossier, JsonPointer.parse("/sections/3/actions/0"), Action.class,
 *     action -> Action.builder().from(action).title("Stage d'observation en entreprise").build());
 *
 * Dossier retitled = ModelEdit.set(dossier, JsonPointer.parse("/sections/3/actions/0/title"),
 *     "Stage d'observation en entreprise");
 * }</pre>
 *
 * <p>Each rebuilt object goes through its type's own checks, as if built with its builder; the
 * objects off the path are shared, not copied. The pointer names properties by their {@linkplain
 * ModelProperty#name() name} and list elements by their index; it must lead to a value that is
 * present (an empty {@code Optional} or an index past the end of a list is refused, nothing is
 * added). This class works on every {@linkplain ModelType type of the model} and is thread-safe.
 */
public final class ModelEdit {

  private ModelEdit() {}

  /**
   * Replaces the value at a pointer with what a function makes of it.
   *
   * @param document the document (or any object of the model), not null
   * @param pointer where the value is, for example {@code /sections/3/actions/0}; the root
   *     replaces the document itself
   * @param valueClass the class of the value there, for example {@code Action.class}
   * @param change makes the new value from the current one; it must not return null
   * @param <D> the document's class
   * @param <V> the value's class
   * @return the changed document; the same document when the function returns the very value it
   *     was given
   * @throws IllegalArgumentException if the pointer leads to no value of the document (a property
   *     the type does not have, a derived property, an absent value, an index out of the list) or
   *     to a value that is not a {@code valueClass}; the message names the pointer
   * @throws ClassCastException if the new value is not of the class the property holds
   * @throws RuntimeException whatever a rebuilt object's checks throw, unchanged
   */
  public static <D, V> D replace(D document, JsonPointer pointer, Class<V> valueClass, UnaryOperator<V> change) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(valueClass, "valueClass");
    Objects.requireNonNull(change, "change");
    UnaryOperator<Object> leaf = current -> {
      if (!valueClass.isInstance(current)) {
        throw new IllegalArgumentException("Cannot change " + pointer + ": the value there is of class "
            + ModelType.of(current.getClass()).map(ModelType::name).orElse(current.getClass().getSimpleName())
            + ", not " + valueClass.getSimpleName());
      }
      return Objects.requireNonNull(change.apply(valueClass.cast(current)), "the change returned null");
    };
    @SuppressWarnings("unchecked")
    D changed = (D) at(document, pointer, 0, leaf);
    return changed;
  }

  /**
   * Sets the value at a pointer.
   *
   * @param document the document (or any object of the model), not null
   * @param pointer where the value is, for example {@code /sections/3/actions/0/title}
   * @param value the new value, not null, of the class of the current one
   * @param <D> the document's class
   * @return the changed document
   * @throws IllegalArgumentException as {@link #replace(Object, JsonPointer, Class, UnaryOperator)}
   * @throws ClassCastException if the value is not of the class the property holds
   */
  public static <D> D set(D document, JsonPointer pointer, Object value) {
    Objects.requireNonNull(value, "value");
    return replace(document, pointer, Object.class, current -> value);
  }

  private static Object at(Object current, JsonPointer pointer, int depth, UnaryOperator<Object> leaf) {
    if (depth == pointer.depth()) {
      return leaf.apply(current);
    }
    String token = pointer.token(depth);
    @SuppressWarnings("unchecked")
    ModelType<Object> type = (ModelType<Object>) ModelType.of(current.getClass())
        .orElseThrow(() -> refused(pointer, depth, "a " + current.getClass().getSimpleName() + " has no property"));
    ModelProperty<Object> property = type.property(token)
        .orElseThrow(() -> refused(pointer, depth, type.name() + " has no property \"" + token + "\""));
    if (property.derived()) {
      throw refused(pointer, depth, type.name() + "." + token + " is derived from other values: change those");
    }
    Object raw = property.accessor().apply(current);
    Object before;
    Object after;
    int next = depth + 1;
    switch (property.holding()) {
      case ONE -> {
        before = raw;
        after = at(raw, pointer, next, leaf);
      }
      case OPTIONAL -> {
        before = ((Optional<?>) raw).orElseThrow(() -> refused(pointer, next, "nothing there"));
        after = at(before, pointer, next, leaf);
      }
      case OPTIONAL_INT -> {
        OptionalInt value = (OptionalInt) raw;
        if (value.isEmpty()) {
          throw refused(pointer, next, "nothing there");
        }
        before = value.getAsInt();
        after = at(before, pointer, next, leaf);
      }
      case ENUM_SET -> {
        before = raw;
        Object changed = at(raw, pointer, next, leaf);
        after = changed != raw && changed instanceof Set<?> set ? List.copyOf(set) : changed;
      }
      case LIST -> {
        List<?> list = (List<?>) raw;
        if (next == pointer.depth()) {
          before = list;
          after = leaf.apply(list);
        } else {
          String indexToken = pointer.token(next);
          int index = JsonPointer.index(indexToken);
          if (index < 0 || index >= list.size()) {
            throw refused(pointer, next + 1, "no element " + indexToken + " in a list of " + list.size());
          }
          Object element = list.get(index);
          Object changed = at(element, pointer, next + 1, leaf);
          List<Object> copy = new ArrayList<>(list);
          copy.set(index, changed);
          before = element;
          after = changed == element ? element : copy;
        }
      }
      default -> throw new IllegalStateException(property.holding().toString());
    }
    if (after == before) {
      return current;
    }
    ModelType.Assembly<Object> assembly = type.assemble();
    for (ModelProperty<Object> p : type.properties()) {
      if (p.derived()) {
        continue;
      }
      Object value = p.equals(property) ? after : StatedValues.of(p, current);
      if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
        assembly.set(p, value);
      }
    }
    return assembly.build();
  }

  private static IllegalArgumentException refused(JsonPointer pointer, int depth, String why) {
    JsonPointer reached = JsonPointer.root();
    for (int i = 0; i < depth && i < pointer.depth(); i++) {
      reached = reached.append(pointer.token(i));
    }
    return new IllegalArgumentException("Cannot change " + pointer + ": at " + reached + ", " + why);
  }
}
