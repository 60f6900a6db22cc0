package io.github.ldmlib.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Map;

/**
 * Reads and writes one kind of JSON value of the format, and describes it as JSON Schema.
 *
 * <p>Codecs are immutable and thread-safe; the state of a read is in {@link ReadState}.
 *
 * @param <T> the Java type of the value
 */
public abstract class Codec<T> {

  Codec() {}

  /**
   * Reads a value. The parser is on the first token of the value; on return it is on the last.
   *
   * @param p the parser
   * @param s the state of the read
   * @return the value, never null
   * @throws IOException if the parser fails (malformed JSON, a limit, I/O)
   * @throws io.github.ldmlib.io.LdmFormatException if the value is not of the format
   */
  public abstract T read(JsonParser p, ReadState s) throws IOException;

  /**
   * Writes a value.
   *
   * @param value the value, not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public abstract void write(T value, JsonGenerator g) throws IOException;

  /**
   * Describes the value as a JSON Schema (draft 2020-12) fragment.
   *
   * @param defs the shared definitions ({@code $defs}), to which object codecs add themselves
   * @return the fragment, an ordered map
   */
  public abstract Map<String, Object> schema(Map<String, Object> defs);
}
