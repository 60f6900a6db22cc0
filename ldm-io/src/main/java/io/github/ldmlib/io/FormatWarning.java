package io.github.ldmlib.io;

import io.github.ldmlib.model.JsonPointer;

import io.github.ldmlib.io.internal.Messages;
import java.util.Locale;
import java.util.Objects;

/**
 * Something a reader ignored instead of failing (<i>avertissement de lecture</i>): an unknown
 * property in {@linkplain LdmJson#withLenient(boolean) lenient mode}, or a property added by a newer
 * minor version of the format. It carries the same location as an {@link LdmFormatException}.
 *
 * @param problem the kind of fault that was tolerated, {@link FormatProblem#UNKNOWN_PROPERTY} today
 * @param sourceName the name of the source
 * @param line the 1-based line of the token, -1 if unknown
 * @param column the 1-based column of the token, in characters, -1 if unknown
 * @param pointer the JSON Pointer of the ignored value
 * @param message what was ignored, in the reader's language (French by default)
 * @param locale the language of {@code message}
 */
public record FormatWarning(
    FormatProblem problem,
    String sourceName,
    long line,
    long column,
    JsonPointer pointer,
    String message,
    Locale locale) {

  /**
   * Creates a warning.
   *
   * @throws NullPointerException if an argument is null
   */
  public FormatWarning {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(locale, "locale");
  }

  /** Returns the message with its location, in the same form as {@link LdmFormatException#getMessage()}. */
  @Override
  public String toString() {
    return Messages.of(locale).located(sourceName, line, column, pointer, message);
  }
}
