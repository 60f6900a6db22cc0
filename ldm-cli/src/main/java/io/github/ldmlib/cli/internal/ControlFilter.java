package io.github.ldmlib.cli.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that shows no control character to a terminal: a dossier's text (a school's name, a
 * message) could otherwise carry escape sequences that clear the screen or print a fake verdict.
 * Line feeds and tabs pass; every other C0 and C1 control character, DEL and the bidirectional
 * formatting characters (which reorder what is shown) become U+FFFD. Not thread-safe, like the
 * writer it wraps.
 */
public final class ControlFilter extends FilterWriter {

  private static final char REPLACEMENT = '\uFFFD';

  /**
   * Wraps a writer.
   *
   * @param out the writer to write to
   */
  public ControlFilter(Writer out) {
    super(out);
  }

  /**
   * Tells whether a character is shown as it is.
   *
   * @param c the character
   * @return false for a control or bidirectional formatting character other than a line feed or a tab
   */
  static boolean shown(char c) {
    if (c == '\n' || c == '\t') {
      return true;
    }
    if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
      return false;
    }
    return !(c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
        || c == '\u061C');
  }

  /**
   * Returns a text as this writer would write it.
   *
   * @param text the text
   * @return the text with every control character replaced
   */
  public static String filter(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!shown(c)) {
        if (b == null) {
          b = new StringBuilder(text.length()).append(text, 0, i);
        }
        b.append(REPLACEMENT);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }

  @Override
  public void write(int c) throws IOException {
    out.write(shown((char) c) ? c : REPLACEMENT);
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    out.write(filter(new String(buffer, offset, length)));
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    out.write(filter(text.substring(offset, offset + length)));
  }
}
