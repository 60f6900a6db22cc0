package io.github.ldmlib.model.internal;

import io.github.ldmlib.model.constraints.Identifier;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Identifier}. */
public final class IdentifierValidator implements ConstraintValidator<Identifier, CharSequence> {

  /** Longest identifier accepted. */
  public static final int MAX_LENGTH = 64;

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || isIdentifier(value);
  }

  /**
   * Tells whether a sequence is a stable identifier.
   *
   * @param value the text, not null
   * @return true if valid
   */
  public static boolean isIdentifier(CharSequence value) {
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
