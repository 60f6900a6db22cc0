package io.github.ldmlib.io;

import io.github.ldmlib.io.internal.ReadState;
import io.github.ldmlib.model.JsonPointer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A document read by {@link LdmJson} with the warnings of the reading (<i>résultat de
 * lecture</i>): unknown properties ignored in lenient mode or added by a newer minor version of the
 * format, and those properties themselves, so that writing the result back ({@link
 * LdmJson#writeString(ReadResult)}) loses nothing.
 *
 * <pre>{@code
 * ReadResult<Dossier> read = json.withLenient(true).readWithWarnings(Dossier.class, file);
 * Dossier changed = Dossier.builder().from(read.value()).context("…").build();
 * json.write(read.withValue(changed), file);   // the properties ldm does not know are kept
 * }</pre>
 *
 * @param <T> the type of the document
 * @param value the document, never null
 * @param warnings what was ignored, in document order; empty for a strict read of a document in
 *     the current format version
 * @param unknownProperties each unknown property that was ignored, by its JSON Pointer, with its
 *     value as JSON text, in document order; at most {@value #MAX_UNKNOWN_PROPERTIES}
 * @param unknownPropertiesNotKept how many more unknown properties were ignored and not kept: such
 *     a result cannot be written back without losing them, and the writer refuses to
 * @param formatVersion the {@code formatVersion} the document declared, such as {@code "1.0"}; a
 *     result written back declares it again when it is a newer minor version than this library's
 */
public record ReadResult<T>(T value, List<FormatWarning> warnings, Map<JsonPointer, String> unknownProperties,
    int unknownPropertiesNotKept, String formatVersion) {

  /** The most unknown properties one read keeps with their values. */
  public static final int MAX_UNKNOWN_PROPERTIES = 10_000;

  /**
   * Creates a result.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the count is negative
   */
  public ReadResult {
    Objects.requireNonNull(value, "value");
    warnings = List.copyOf(warnings);
    unknownProperties = Collections.unmodifiableMap(new LinkedHashMap<>(unknownProperties));
    Objects.requireNonNull(formatVersion, "formatVersion");
    if (unknownPropertiesNotKept < 0) {
      throw new IllegalArgumentException("unknownPropertiesNotKept < 0: " + unknownPropertiesNotKept);
    }
  }

  /**
   * Creates the result of a read that ignored no property, of a document of the current version.
   *
   * @param value the document
   * @param warnings the warnings
   */
  public ReadResult(T value, List<FormatWarning> warnings) {
    this(value, warnings, Map.of(), 0, ReadState.MAJOR + "." + ReadState.MINOR);
  }

  /**
   * Returns this result for another value, with the same warnings and unknown properties: to write
   * back a document changed after reading, keeping what the reader ignored. An unknown property is
   * written back in the object at its pointer's parent; if the change removed that object, writing
   * fails.
   *
   * @param other the changed document
   * @param <U> its type
   * @return the result
   */
  public <U> ReadResult<U> withValue(U other) {
    return new ReadResult<>(other, warnings, unknownProperties, unknownPropertiesNotKept, formatVersion);
  }
}
