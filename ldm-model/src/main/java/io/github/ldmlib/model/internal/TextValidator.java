package io.github.ldmlib.model.internal;

import io.github.ldmlib.model.constraints.Text;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Text}. */
public final class TextValidator implements ConstraintValidator<Text, CharSequence> {

  private int max;

  @Override
  public void initialize(Text annotation) {
    max = annotation.max();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || isText(value, max);
  }

  /**
   * Tells whether a sequence is a real text of at most {@code max} code points.
   *
   * @param value the text, not null
   * @param max the maximum number of code points
   * @return true if valid
   */
  public static boolean isText(CharSequence value, int max) {
    int length = value.length();
    if (length == 0 || length > 2L * max) {
      return false;
    }
    if (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(length - 1))
        || Character.isSpaceChar(value.charAt(0))
        || Character.isSpaceChar(value.charAt(length - 1))) {
      return false;
    }
    int codePoints = length;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x20) {
        if (c != '\n' && c != '\t' && c != '\r') {
          return false; // a control character
        }
      } else if (c >= 0x7F) {
        if (c <= 0x9F) {
          return false; // a control character
        }
        if (Character.isSurrogate(c)) {
          if (!Character.isHighSurrogate(c) || i + 1 == length || !Character.isLowSurrogate(value.charAt(i + 1))) {
            return false; // lone surrogate
          }
          i++;
          codePoints--;
        }
      }
    }
    return codePoints <= max;
  }
}
