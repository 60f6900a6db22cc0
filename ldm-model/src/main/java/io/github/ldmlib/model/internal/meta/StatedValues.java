package io.github.ldmlib.model.internal.meta;

import io.github.ldmlib.model.meta.ModelProperty;
import io.github.ldmlib.model.meta.ModelType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a property's value in the form {@link ModelType.Assembly#set} takes it, so that an object
 * can be rebuilt from another's values. Internal: public only for the model's own packages.
 */
public final class StatedValues {

  private StatedValues() {}

  /**
   * The value an object states for a property: the element of a present {@code Optional}, the
   * {@code Integer} of a present {@code OptionalInt}, a copy of a collection that is not empty (a
   * list, also for a set of constants), the value itself otherwise.
   *
   * @param property a property of the object's type
   * @param from the object
   * @param <T> the model class
   * @return the value, or null when the object states none (empty, absent)
   */
  public static <T> Object of(ModelProperty<T> property, T from) {
    Object raw = property.accessor().apply(from);
    return switch (property.holding()) {
      case OPTIONAL -> ((Optional<?>) raw).orElse(null);
      case OPTIONAL_INT -> ((OptionalInt) raw).isPresent() ? (Object) ((OptionalInt) raw).getAsInt() : null;
      case LIST, ENUM_SET -> ((Collection<?>) raw).isEmpty() ? null : List.copyOf((Collection<?>) raw);
      case ONE -> raw;
    };
  }
}
