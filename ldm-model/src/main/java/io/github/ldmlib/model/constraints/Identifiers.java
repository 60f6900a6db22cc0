package io.github.ldmlib.model.constraints;

import java.util.Objects;

/**
 * The syntax of a stable identifier, the one {@link Identifier} checks: 1 to {@value #MAX_LENGTH}
 * ASCII letters, digits, dots, hyphens and underscores, starting with a letter or digit (for
 * example {@code C4}, {@code C4.R3}, {@code ldm-national-2023}, {@code LDM-D-030}). For code that
 * checks an id outside Bean Validation, such as a rule's id when a checker is built.
 *
 * <p>This class is thread-safe.
 */
public final class Identifiers {

  /** Longest identifier accepted. */
  public static final int MAX_LENGTH = 64;

  private Identifiers() {}

  /**
   * Tells whether a text is a stable identifier.
   *
   * @param value the text, not null
   * @return true if it is one
   */
  public static boolean isValid(CharSequence value) {
    Objects.requireNonNull(value, "value");
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH || !isAlnum(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAlnum(c) && c != '.' && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
