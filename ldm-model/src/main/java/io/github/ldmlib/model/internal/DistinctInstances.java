package io.github.ldmlib.model.internal;

import io.github.ldmlib.model.meta.ModelProperty;
import io.github.ldmlib.model.meta.ModelType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Gives an object of the model in which no instance sits at two places, so that Bean Validation
 * reports a fault at every place it occurs, on every version of Hibernate Validator.
 *
 * <p>The same immutable instance may well sit at several places of a document (one section object
 * added four times to a dossier). Hibernate Validator before 9.1 (Spring Boot 3.5 has 8.0, Boot 4.0
 * has 9.0) validates an instance once per validation and reports its violations at the first place
 * only; 9.1 reports them at each place. Validated on a copy where each place holds its own
 * instance, the violations are the same on every version: one per place.
 *
 * <p>The copy is made from the model's own description ({@link ModelType}): an object is rebuilt
 * only when it was met before or something inside it was rebuilt; otherwise the same instance is
 * kept. The copy is equal to the original.
 */
public final class DistinctInstances {

  private DistinctInstances() {}

  /**
   * Returns the object itself when no instance of the model sits at two places of it, else an equal
   * copy where each place holds its own instance.
   *
   * @param object an object of the model (or any object, returned as it is)
   * @return the object or its copy
   */
  public static Object of(Object object) {
    return distinct(object, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static Object distinct(Object value, Set<Object> seen) {
    Optional<? extends ModelType<?>> type = ModelType.of(value.getClass());
    if (type.isEmpty()) {
      return value;
    }
    return rebuild(type.get(), value, seen);
  }

  private static <T> Object rebuild(ModelType<T> type, Object value, Set<Object> seen) {
    boolean changed = !seen.add(value);
    T object = type.type().cast(value);
    ModelType.Assembly<T> assembly = type.assemble();
    for (ModelProperty<T> property : type.properties()) {
      if (property.derived()) {
        continue;
      }
      Object held = property.accessor().apply(object);
      Object set;
      switch (property.holding()) {
        case ONE -> set = held == null ? null : distinct(held, seen);
        case OPTIONAL -> set = ((Optional<?>) held).map(v -> distinct(v, seen)).orElse(null);
        case OPTIONAL_INT -> set = ((OptionalInt) held).isPresent() ? ((OptionalInt) held).getAsInt() : null;
        case LIST -> {
          List<Object> copies = new ArrayList<>();
          for (Object element : (List<?>) held) {
            copies.add(distinct(element, seen));
          }
          set = copies;
        }
        case ENUM_SET -> set = List.copyOf((Collection<?>) held);
        default -> throw new IllegalStateException("unknown holding " + property.holding());
      }
      if (set == null) {
        continue;
      }
      if (property.holding() == ModelProperty.Holding.LIST) {
        List<?> before = (List<?>) held;
        List<?> after = (List<?>) set;
        for (int i = 0; i < before.size(); i++) {
          changed |= before.get(i) != after.get(i);
        }
      } else if (property.holding() == ModelProperty.Holding.ONE) {
        changed |= set != held;
      } else if (property.holding() == ModelProperty.Holding.OPTIONAL) {
        changed |= set != ((Optional<?>) held).orElse(null);
      }
      assembly.set(property, set);
    }
    return changed ? assembly.build() : value;
  }
}
