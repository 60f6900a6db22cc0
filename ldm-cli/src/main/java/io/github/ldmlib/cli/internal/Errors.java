package io.github.ldmlib.cli.internal;

import io.github.ldmlib.io.LdmFormatException;

/** The one-line form of errors. */
public final class Errors {

  private Errors() {}

  /**
   * Formats a format error as {@code FILE:LINE:COLUMN: POINTER : WHAT}, the form compilers use, so
   * that editors and terminals can jump to the place.
   *
   * @param e the error
   * @param t the texts of the language
   * @return the line
   */
  public static String format(LdmFormatException e, Texts t) {
    StringBuilder s = new StringBuilder(e.sourceName());
    if (e.line() > 0) {
      s.append(':').append(e.line());
      if (e.column() > 0) {
        s.append(':').append(e.column());
      }
    }
    s.append(": ");
    if (!e.pointer().isRoot()) {
      s.append(e.pointer()).append(t.get("text.colon"));
    }
    return s.append(oneLine(e.detail())).toString();
  }

  /** Joins the lines of a message. */
  public static String oneLine(String message) {
    return message == null ? "" : String.join(" ", message.strip().split("\\s*\\R\\s*"));
  }
}
