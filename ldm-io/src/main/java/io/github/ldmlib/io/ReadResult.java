package io.github.ldmlib.io;

import java.util.List;
import java.util.Objects;

/**
 * A document read by {@link LdmJson} with the warnings of the reading (<i>résultat de
 * lecture</i>): unknown properties ignored in lenient mode or added by a newer minor version of the
 * format.
 *
 * @param <T> the type of the document
 * @param value the document, never null
 * @param warnings what was ignored, in document order; empty for a strict read of a document in
 *     the current format version
 */
public record ReadResult<T>(T value, List<FormatWarning> warnings) {

  /**
   * Creates a result.
   *
   * @throws NullPointerException if an argument is null
   */
  public ReadResult {
    Objects.requireNonNull(value, "value");
    warnings = List.copyOf(warnings);
  }
}
