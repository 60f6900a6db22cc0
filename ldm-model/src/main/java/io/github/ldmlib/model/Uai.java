package io.github.ldmlib.model;

import io.github.ldmlib.model.internal.HiddenFromDatabinding;
import java.util.Objects;

/**
 * A UAI code (<i>unité administrative immatriculée</i>, formerly RNE): the national identifier of
 * a French school, seven digits followed by a check letter, for example {@code 0750654D}.
 *
 * <p>The check letter is the remainder of the seven-digit number divided by 23, used as an index
 * into the alphabet {@code ABCDEFGHJKLMNPRSTUVWXYZ} (the letters I, O and Q are not used). An
 * instance of this class always holds a well-formed code with the right check letter: {@link
 * #parse(CharSequence)} refuses anything else. Use {@link #isValid(CharSequence)} to test a string
 * without an exception.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the eight-character code, digits then upper-case check letter
 */
@HiddenFromDatabinding // the format writes it as its text, through the Jackson modules only
public record Uai(String code) implements Comparable<Uai> {

  /** The 23 letters that a check letter may take, in index order. */
  static final String CHECK_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ";

  /**
   * Creates a UAI from its code.
   *
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if the code is not seven digits followed by its check letter
   */
  public Uai {
    Objects.requireNonNull(code, "code");
    String problem = problem(code);
    if (problem != null) {
      throw new IllegalArgumentException("Invalid UAI '" + abbreviate(code) + "': " + problem);
    }
  }

  /**
   * Obtains a UAI from text such as {@code 0750654D}. The text must be exactly seven digits
   * followed by the upper-case check letter; no white space is trimmed.
   *
   * @param text the text to parse, not null
   * @return the UAI
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not a valid UAI; the message says why (length,
   *     a non-digit character and its position, or the expected check letter)
   */
  public static Uai parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new Uai(text.toString());
  }

  /**
   * Tells whether the text is a valid UAI. Never throws: null, empty or oversized input is simply
   * invalid.
   *
   * @param text the text to test, may be null
   * @return true if {@link #parse(CharSequence)} would accept it
   */
  public static boolean isValid(CharSequence text) {
    return text != null && problem(text) == null;
  }

  /**
   * Computes the check letter of a seven-digit number.
   *
   * @param digits exactly seven ASCII digits
   * @return the check letter
   * @throws IllegalArgumentException if {@code digits} is not seven ASCII digits
   */
  public static char checkLetter(CharSequence digits) {
    Objects.requireNonNull(digits, "digits");
    if (digits.length() != 7 || !allDigits(digits, 7)) {
      throw new IllegalArgumentException("A UAI number is seven digits");
    }
    return CHECK_ALPHABET.charAt((int) (Long.parseLong(digits.toString()) % 23));
  }

  /** The seven-digit number, without the check letter. */
  public String number() {
    return code.substring(0, 7);
  }

  @Override
  public int compareTo(Uai other) {
    return code.compareTo(other.code);
  }

  /** Returns the code, for example {@code 0750654D}. */
  @Override
  public String toString() {
    return code;
  }

  private static String problem(CharSequence text) {
    if (text.length() != 8) {
      return "expected 8 characters (7 digits and a check letter), found " + text.length();
    }
    for (int i = 0; i < 7; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return "character " + (i + 1) + " must be a digit";
      }
    }
    char expected = checkLetter(text.subSequence(0, 7));
    if (text.charAt(7) != expected) {
      return "the check letter should be '" + expected + "'";
    }
    return null;
  }

  private static boolean allDigits(CharSequence s, int n) {
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
