package io.github.ldmlib.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import io.github.ldmlib.io.ReadLimits;
import io.github.ldmlib.model.JsonPointer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * A generator that refuses to write what a reader with the same {@link ReadLimits} would refuse to
 * read: a text, a number or an array beyond its limit. What a writer writes, the reader of the same
 * limits reads back. The refusal is an {@link IllegalArgumentException} naming the JSON Pointer of
 * the value, the limit and how to change it.
 */
public final class LimitedGenerator extends JsonGeneratorDelegate {

  private final ReadLimits limits;

  /**
   * Wraps a generator.
   *
   * @param g the generator
   * @param limits the limits of the reader that is to read what is written
   */
  public LimitedGenerator(JsonGenerator g, ReadLimits limits) {
    super(g, false);
    this.limits = limits;
  }

  /**
   * Refuses a document longer than the reader reads.
   *
   * @param characters the number of characters of the written document
   * @param limits the limits of the reader
   */
  public static void checkDocumentLength(long characters, ReadLimits limits) {
    if (characters > limits.maxDocumentLength()) {
      throw refusal("a document of " + characters + " characters", "of more than " + limits.maxDocumentLength()
          + " characters", "maxDocumentLength", JsonPointer.root());
    }
  }

  private static IllegalArgumentException refusal(String what, String limit, String name, JsonPointer at) {
    return new IllegalArgumentException("Cannot write " + what + " at \"" + at + "\": the reader refuses values "
        + limit + " (ReadLimits." + name + "), so the document would not read back. Shorten the value, or"
        + " write and read with larger limits (LdmJson.withLimits)");
  }

  /** The pointer of the value about to be written. */
  private JsonPointer next() {
    JsonStreamContext c = getOutputContext();
    if (c.inArray()) {
      JsonStreamContext parent = c.getParent();
      return (parent == null ? JsonPointer.root() : ReadState.pointer(parent)).append(c.getEntryCount());
    }
    return ReadState.pointer(c);
  }

  private void beforeValue() {
    JsonStreamContext c = getOutputContext();
    if (c.inArray() && c.getEntryCount() >= limits.maxArrayLength()) {
      JsonStreamContext parent = c.getParent();
      throw refusal("an array of more than " + limits.maxArrayLength() + " elements", "with more than "
          + limits.maxArrayLength() + " elements", "maxArrayLength",
          parent == null ? JsonPointer.root() : ReadState.pointer(parent));
    }
  }

  private void checkText(long length) {
    if (length > limits.maxStringLength()) {
      throw refusal("a text of " + length + " characters", "longer than " + limits.maxStringLength()
          + " characters", "maxStringLength", next());
    }
  }

  @Override
  public void writeString(String text) throws IOException {
    beforeValue();
    checkText(text.length());
    super.writeString(text);
  }

  @Override
  public void writeStringField(String fieldName, String value) throws IOException {
    writeFieldName(fieldName);
    writeString(value);
  }

  @Override
  public void writeRawValue(String text) throws IOException {
    // A string written with escapes (Codecs.writeText): its length as read is that of the text it stands for.
    beforeValue();
    checkText(unescapedLength(text));
    super.writeRawValue(text);
  }

  @Override
  public void writeNumber(String encoded) throws IOException {
    beforeValue();
    if (encoded.length() > limits.maxNumberLength()) {
      throw refusal("a number of " + encoded.length() + " characters", "longer than " + limits.maxNumberLength()
          + " characters", "maxNumberLength", next());
    }
    try {
      long plain = Codecs.plainLength(new BigDecimal(encoded));
      long limit = Codecs.WRITTEN_OUT_FACTOR * (long) limits.maxNumberLength();
      if (plain > limit) {
        throw refusal("the number " + encoded + " (" + plain + " characters written out)",
            "of more than " + limit + " characters written out", "maxNumberLength", next());
      }
    } catch (NumberFormatException notADecimal) {
      // Not a decimal: written as it is, the reader will say what it thinks of it.
    }
    super.writeNumber(encoded);
  }

  @Override
  public void writeNumber(int v) throws IOException {
    beforeValue();
    super.writeNumber(v);
  }

  @Override
  public void writeNumber(long v) throws IOException {
    beforeValue();
    super.writeNumber(v);
  }

  @Override
  public void writeNumber(BigDecimal v) throws IOException {
    writeNumber(v.toString());
  }

  @Override
  public void writeNumber(java.math.BigInteger v) throws IOException {
    // A whole decimal reaches a generator that takes typed numbers as an integer: same limits.
    writeNumber(v.toString());
  }

  @Override
  public void writeBoolean(boolean state) throws IOException {
    beforeValue();
    super.writeBoolean(state);
  }

  @Override
  public void writeNull() throws IOException {
    beforeValue();
    super.writeNull();
  }

  @Override
  public void writeStartObject() throws IOException {
    beforeValue();
    super.writeStartObject();
  }

  @Override
  public void writeStartObject(Object forValue) throws IOException {
    beforeValue();
    super.writeStartObject(forValue);
  }

  @Override
  public void writeStartArray() throws IOException {
    beforeValue();
    super.writeStartArray();
  }

  @Override
  public void writeStartArray(Object forValue, int size) throws IOException {
    beforeValue();
    super.writeStartArray(forValue, size);
  }

  /** The length of the string a JSON string literal stands for. */
  private static long unescapedLength(String literal) {
    long n = 0;
    for (int i = 1; i < literal.length() - 1; i++) {
      if (literal.charAt(i) == '\\') {
        i += literal.charAt(i + 1) == 'u' ? 5 : 1;
      }
      n++;
    }
    return n;
  }
}
