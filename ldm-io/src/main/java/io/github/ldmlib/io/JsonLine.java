package io.github.ldmlib.io;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a JSON Lines batch (<i>ligne d'un lot</i>) as {@link JsonLinesReader} delivers it:
 * either the document read from the line, or the error that made the line unreadable.
 *
 * @param <T> the type of the documents
 * @param lineNumber the 1-based number of the line in the batch
 * @param value the document, when the line was read
 * @param error the error, when it was not; its {@link LdmFormatException#line()} is {@code lineNumber}
 * @param warnings the warnings of the line (lenient mode, newer minor version)
 */
public record JsonLine<T>(
    long lineNumber, Optional<T> value, Optional<LdmFormatException> error, List<FormatWarning> warnings) {

  /**
   * Creates a line.
   *
   * @throws IllegalArgumentException unless exactly one of {@code value} and {@code error} is present
   * @throws NullPointerException if an argument is null
   */
  public JsonLine {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(error, "error");
    if (value.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("A line has either a value or an error");
    }
    warnings = List.copyOf(warnings);
  }

  /** True when the line was read. */
  public boolean isValue() {
    return value.isPresent();
  }

  /**
   * Returns the document, or throws the line's error.
   *
   * @return the document
   * @throws LdmFormatException the line's error
   */
  public T valueOrThrow() {
    if (error.isPresent()) {
      throw error.get();
    }
    return value.orElseThrow(NoSuchElementException::new);
  }
}
