package io.github.ldmlib.rules.internal;

/** Small text helpers for message arguments. */
final class Texts {

  private Texts() {}

  /** Longest quoted text in a message. */
  static final int MAX_QUOTE = 300;

  /**
   * Shortens a long text for a message, on a code point boundary.
   *
   * @param text the text
   * @return the text, or its start followed by an ellipsis
   */
  static String abbreviate(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_QUOTE) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, MAX_QUOTE)).strip() + "…";
  }
}
