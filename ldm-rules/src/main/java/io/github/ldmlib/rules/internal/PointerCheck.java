package io.github.ldmlib.rules.internal;

import io.github.ldmlib.rules.internal.ModelTypes.Property;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a JSON Pointer names a place in a dossier's JSON form: each property token is a
 * property of the value type at that place, each index token an element that exists. A pointer may
 * end on, or go through, an absent optional value: that is where a missing element belongs.
 */
public final class PointerCheck {

  private PointerCheck() {}

  /**
   * Explains why a pointer does not name a place in a value, or returns empty when it does.
   *
   * @param root the root value, for example a dossier
   * @param rootType the root's abstract value class
   * @param pointer the pointer
   * @return the problem, or empty if the pointer is valid
   */
  public static Optional<String> problem(Object root, Class<?> rootType, String pointer) {
    List<String> tokens;
    try {
      tokens = Pointers.parse(pointer);
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
    Class<?> type = rootType;
    Object value = root;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (!ModelTypes.isNode(type)) {
        return Optional.of("'" + token + "': nothing lies below a " + type.getSimpleName());
      }
      Optional<Property> found = ModelTypes.property(type, token);
      if (found.isEmpty()) {
        return Optional.of("'" + token + "' is not a property of " + type.getSimpleName());
      }
      Property property = found.get();
      Object raw = value == null ? null : property.read(value);
      switch (property.kind()) {
        case COLLECTION -> {
          if (i + 1 == tokens.size()) {
            return Optional.empty();
          }
          String next = tokens.get(++i);
          int index = Pointers.index(next);
          List<?> list = raw == null ? List.of() : List.copyOf((java.util.Collection<?>) raw);
          if (index < 0 || index >= list.size()) {
            return Optional.of("'" + property.name() + "' has no element '" + next + "'");
          }
          value = list.get(index);
          type = property.target();
        }
        case OPTIONAL -> {
          value = raw == null ? null : ((Optional<?>) raw).orElse(null);
          type = property.target();
        }
        case OPTIONAL_INT -> {
          value = null;
          type = Integer.class;
        }
        case VALUE -> {
          value = raw;
          type = property.target();
        }
        default -> throw new AssertionError(property.kind());
      }
    }
    return Optional.empty();
  }
}
