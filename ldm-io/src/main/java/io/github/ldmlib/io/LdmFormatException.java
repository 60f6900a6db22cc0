package io.github.ldmlib.io;

import io.github.ldmlib.model.JsonPointer;

import io.github.ldmlib.io.internal.Messages;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a JSON document of the label cannot be read (<i>erreur de format</i>): it says what
 * is wrong ({@link #problem()} and a message in French or English) and exactly where (the {@link
 * #sourceName() source}, the {@link #line() line} and {@link #column() column} of the faulty token,
 * and the {@link #pointer() JSON Pointer} of the faulty value).
 *
 * <p>Readers throw at the first fault and never return a partially built object. The message has
 * the form {@code dossier.json (ligne 12, colonne 7) à /sections/0/dossierKind : …} in French, the
 * default, or {@code dossier.json (line 12, column 7) at /sections/0/dossierKind: …} in English
 * ({@link LdmJson#withLocale(java.util.Locale)}).
 *
 * <p>The pointer follows RFC 6901 and uses the same keys as the model's accessors, so it is also
 * the pointer that {@link io.github.ldmlib.model.validation.Violation#pointer()} would give for the
 * same place; it is empty for the document itself.
 *
 * <p>Instances are immutable.
 */
public final class LdmFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final FormatProblem problem;
  private final String sourceName;
  private final long line;
  private final long column;
  private final JsonPointer pointer;
  private final String detail;
  private final Locale locale;

  /**
   * Creates an exception.
   *
   * @param problem the kind of fault
   * @param sourceName the name of the source, for example a file path, not null
   * @param line the 1-based line of the faulty token, or -1 if unknown
   * @param column the 1-based column of the faulty token, in characters, or -1 if unknown
   * @param pointer the JSON Pointer of the faulty value, the root for the document itself
   * @param detail what is wrong, already in the language of {@code locale}
   * @param locale the language of {@code detail}, used for the rest of the message
   * @throws NullPointerException if an argument is null
   */
  public LdmFormatException(
      FormatProblem problem,
      String sourceName,
      long line,
      long column,
      JsonPointer pointer,
      String detail,
      Locale locale) {
    super(detail);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
    this.line = line;
    this.column = column;
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.detail = Objects.requireNonNull(detail, "detail");
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /** The kind of fault. */
  public FormatProblem problem() {
    return problem;
  }

  /** The name of the source: the file path, the name given by the caller, or {@code <string>}. */
  public String sourceName() {
    return sourceName;
  }

  /**
   * The 1-based line of the faulty token; for a JSON Lines batch, the line of the batch. -1 when
   * unknown (only when a host application reads through a buffering parser).
   */
  public long line() {
    return line;
  }

  /** The 1-based column of the faulty token, counted in characters (UTF-16 units); -1 when unknown. */
  public long column() {
    return column;
  }

  /** The JSON Pointer of the faulty value, for example {@code /sections/0/team}; the root for the document itself. */
  public JsonPointer pointer() {
    return pointer;
  }

  /** What is wrong, without the location, in the language of the reader that threw. */
  public String detail() {
    return detail;
  }

  /** The full message: source, line, column, pointer and detail. */
  @Override
  public String getMessage() {
    return Messages.of(locale).located(sourceName, line, column, pointer, detail);
  }
}
