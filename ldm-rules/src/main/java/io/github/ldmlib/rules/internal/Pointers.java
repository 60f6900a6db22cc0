package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.JsonPointer;

/** Builds JSON Pointers from mixed tokens, property names and list indexes. */
final class Pointers {

  private Pointers() {}

  /**
   * Appends tokens to a pointer.
   *
   * @param base the pointer to extend
   * @param tokens property names (strings) or list indexes (integers)
   * @return the extended pointer
   */
  static JsonPointer append(JsonPointer base, Object... tokens) {
    JsonPointer p = base;
    for (Object token : tokens) {
      p = token instanceof Integer index ? p.append(index.intValue()) : p.append(String.valueOf(token));
    }
    return p;
  }

  /**
   * Builds a pointer from the root.
   *
   * @param tokens property names or list indexes
   * @return the pointer
   */
  static JsonPointer of(Object... tokens) {
    return append(JsonPointer.root(), tokens);
  }
}
