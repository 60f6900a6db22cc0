package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.internal.Accessors;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The properties of the model's value types as the JSON format names them: the abstract accessors
 * of the abstract value classes (and of the interfaces they implement). Used to resolve JSON
 * Pointers and the {@code field} paths of the referential's dossier structure.
 */
public final class ModelTypes {

  private ModelTypes() {}

  /** How a property holds its value. */
  public enum Kind {
    /** A {@code List} or {@code Set}: never null, possibly empty. */
    COLLECTION,
    /** An {@code Optional}. */
    OPTIONAL,
    /** An {@code OptionalInt}. */
    OPTIONAL_INT,
    /** A plain value, never null when the owner exists. */
    VALUE
  }

  /**
   * One property of a value type.
   *
   * @param name the property (and JSON key) name
   * @param method the accessor
   * @param kind how the value is held
   * @param target the class of the value, or of each element of a collection
   */
  public record Property(String name, Method method, Kind kind, Class<?> target) {

    /**
     * Reads the property.
     *
     * @param owner the owner, not null
     * @return the raw value (a collection, an Optional, an OptionalInt or a value)
     */
    public Object read(Object owner) {
      return getter().apply(owner);
    }

    /**
     * Tells whether the property is present and not empty on an owner.
     *
     * @param owner the owner, not null
     * @return false for an empty Optional or OptionalInt, an empty collection, a null or blank value
     */
    public boolean isPresent(Object owner) {
      return isPresentValue(read(owner));
    }

    /**
     * Tells whether a value read from this property is present and not empty.
     *
     * @param value the raw value, as {@link #read} returns it
     * @return false for an empty Optional or OptionalInt, an empty collection, a null or blank value
     */
    public boolean isPresentValue(Object value) {
      return switch (kind) {
        case COLLECTION -> !((Collection<?>) value).isEmpty();
        case OPTIONAL -> {
          Object v = ((Optional<?>) value).orElse(null);
          yield v != null && (!(v instanceof CharSequence s) || !s.toString().isBlank());
        }
        case OPTIONAL_INT -> ((OptionalInt) value).isPresent();
        case VALUE -> value != null && (!(value instanceof CharSequence s) || !s.toString().isBlank());
      };
    }

    /**
     * Returns a function that reads the property by a plain call of its accessor, without {@link
     * Method#invoke} and its checks at every read ({@link Accessors#function}).
     *
     * @return the reading function, made once per accessor
     */
    public Function<Object, Object> getter() {
      return Accessors.function(method);
    }
  }

  private static final ClassValue<Map<String, Property>> PROPERTIES = new ClassValue<>() {
    @Override
    protected Map<String, Property> computeValue(Class<?> type) {
      Map<String, Property> properties = new LinkedHashMap<>();
      if (isNode(type)) {
        for (Method m : type.getMethods()) {
          if (m.getParameterCount() == 0 && Modifier.isAbstract(m.getModifiers())
              && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
            properties.putIfAbsent(m.getName(), property(m));
          }
        }
      }
      return Collections.unmodifiableMap(properties);
    }
  };

  /**
   * Tells whether a class is a value type of the model with properties (as opposed to a leaf such
   * as a string, a number, an enum, a UAI or a school year).
   *
   * @param type the class
   * @return true for the model's abstract value classes and interfaces
   */
  public static boolean isNode(Class<?> type) {
    return type.getName().startsWith("io.github.ldmlib.model.")
        && !type.isEnum() && !type.isRecord()
        && (type.isInterface() || Modifier.isAbstract(type.getModifiers()));
  }

  /**
   * Returns the properties of a value type, in no particular order.
   *
   * @param type the abstract value class
   * @return the properties by name; empty for a leaf
   */
  public static Map<String, Property> properties(Class<?> type) {
    return PROPERTIES.get(type);
  }

  /**
   * Finds a property.
   *
   * @param type the owner's abstract value class
   * @param name the property name
   * @return the property, or empty
   */
  public static Optional<Property> property(Class<?> type, String name) {
    return Optional.ofNullable(properties(type).get(name));
  }

  private static Property property(Method m) {
    // The model's accessors are public: this only spares each read the caller's access check,
    // which was a tenth of the structure rules. Where it is refused, reads still work, checked.
    m.trySetAccessible();
    Class<?> raw = m.getReturnType();
    Type generic = m.getGenericReturnType();
    if (List.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw)) {
      return new Property(m.getName(), m, Kind.COLLECTION, argument(generic));
    }
    if (raw == Optional.class) {
      return new Property(m.getName(), m, Kind.OPTIONAL, argument(generic));
    }
    if (raw == OptionalInt.class) {
      return new Property(m.getName(), m, Kind.OPTIONAL_INT, Integer.class);
    }
    return new Property(m.getName(), m, Kind.VALUE, raw);
  }

  private static Class<?> argument(Type generic) {
    if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      Type arg = p.getActualTypeArguments()[0];
      if (arg instanceof WildcardType w && w.getUpperBounds().length == 1) {
        arg = w.getUpperBounds()[0];
      }
      if (arg instanceof Class<?> c) {
        return c;
      }
      if (arg instanceof ParameterizedType pp && pp.getRawType() instanceof Class<?> c) {
        return c;
      }
    }
    return Object.class;
  }
}
