package io.github.ldmlib.report.internal;

/**
 * Escaping for the Markdown templates (CommonMark and GitHub tables): plain templates write what
 * they are given, so every text of a view goes through {@link #esc} or {@link #code}.
 */
public final class Markdown {

  private Markdown() {}

  /**
   * Escapes a text for running Markdown: characters that would start emphasis, code, links, HTML
   * or a table cell are backslash-escaped, line breaks become spaces.
   *
   * @param text the text, may be null (rendered as nothing)
   * @return the escaped text
   */
  public static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#' -> s.append('\\').append(c);
        case '\n', '\r' -> s.append(' ');
        default -> s.append(c < 0x20 ? ' ' : c);
      }
    }
    return s.toString();
  }

  /** Code span: the text between back-ticks, long enough to hold the back-ticks it contains. */
  public static String code(String text) {
    String fence = text.contains("`") ? "`` " : "`";
    String end = text.contains("`") ? " ``" : "`";
    return fence + text.replace('\n', ' ').replace("|", "\\|") + end;
  }
}
