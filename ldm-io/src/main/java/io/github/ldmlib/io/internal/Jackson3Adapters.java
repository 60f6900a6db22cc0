package io.github.ldmlib.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ldmlib.io.FormatWarning;
import io.github.ldmlib.io.LdmFormatException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteCapability;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Plugs the codecs into Jackson 3 databind ({@code tools.jackson}): the serializers and
 * deserializers that {@code LdmJackson3Module} registers. With {@code LdmJackson3Module} and
 * {@link Jackson3Parser}, the only classes of the module that need Jackson 3, an optional
 * dependency.
 *
 * <p>Reading runs the codecs on the host's own parser through {@link Jackson3Parser}: lines,
 * columns and pointers are those of the host's document, numbers keep their text. Writing runs the
 * codecs on a {@code jackson-core} 2 generator, then replays its tokens into the host's generator,
 * numbers as their text: the host's pretty printer, escaping and token buffers see the same tokens
 * as a Jackson 2 host does with {@code LdmModule}.
 */
public final class Jackson3Adapters {

  private Jackson3Adapters() {}

  /** Writes what the codecs produce before it is replayed; without limits, as it is the codecs' own. */
  private static final JsonFactory WRITER = new JsonFactory();

  /** Reads back the codecs' own output: no limit of a host applies to text this library wrote. */
  private static final tools.jackson.core.json.JsonFactory REPLAY = tools.jackson.core.json.JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNumberLength(Integer.MAX_VALUE)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNestingDepth(Integer.MAX_VALUE)
          .maxDocumentLength(-1)
          .maxNameLength(Integer.MAX_VALUE)
          .build())
      .build();

  /**
   * Returns the pretty printer of the format for a Jackson 3 writer: the same output as {@link
   * DocumentCodec#prettyPrinter()}.
   *
   * @return a new pretty printer
   */
  public static PrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * Returns the serializers of the model's types.
   *
   * @return the serializers
   */
  public static Serializers serializers() {
    return new Serializers.Base() {
      @Override
      public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
          BeanDescription.Supplier beanDescRef, com.fasterxml.jackson.annotation.JsonFormat.Value formatOverrides) {
        Codec<?> codec = ModelCodecs.forType(type.getRawClass(), false);
        return codec == null ? null : new CodecSerializer(codec);
      }
    };
  }

  /**
   * Returns the deserializers of the model's types.
   *
   * @param lenient whether unknown properties are warnings
   * @param locale the language of messages
   * @param warningsAttribute the key of the context attribute that may hold a consumer of warnings
   * @return the deserializers
   */
  public static Deserializers deserializers(boolean lenient, Locale locale, Object warningsAttribute) {
    return new Deserializers.Base() {
      @Override
      public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
          BeanDescription.Supplier beanDescRef) {
        Codec<?> codec = ModelCodecs.forType(type.getRawClass(), true);
        return codec == null ? null
            : new CodecDeserializer<>(codec, type.getRawClass(), lenient, locale, warningsAttribute);
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return ModelCodecs.forType(valueType, true) != null;
      }
    };
  }

  /** Replays the tokens of a text written by the codecs into a host's generator. */
  static void replay(String text, tools.jackson.core.JsonGenerator g) {
    boolean formatted = g.has(StreamWriteCapability.CAN_WRITE_FORMATTED_NUMBERS);
    try (JsonParser p = REPLAY.createParser(ObjectReadContext.empty(), text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case START_OBJECT -> g.writeStartObject();
          case END_OBJECT -> g.writeEndObject();
          case START_ARRAY -> g.writeStartArray();
          case END_ARRAY -> g.writeEndArray();
          case PROPERTY_NAME -> g.writeName(p.currentName());
          case VALUE_STRING -> {
            String value = p.getText();
            if (Codecs.hasLoneSurrogate(value)) {
              g.writeRawValue(Codecs.quotedWithSurrogatesEscaped(value)); // as Codecs.writeText does
            } else {
              g.writeString(value);
            }
          }
          // Numbers as written by the codecs: 12.50 keeps its scale, 1E+3 its exponent; typed for a
          // host's token buffer or tree (convertValue, valueToTree), which take no text.
          case VALUE_NUMBER_INT -> {
            if (formatted) {
              g.writeNumber(p.getText());
            } else {
              Number integer = p.getNumberValue(); // the smallest of Integer, Long and BigInteger
              if (integer instanceof Integer i) {
                g.writeNumber(i.intValue());
              } else if (integer instanceof Long l) {
                g.writeNumber(l.longValue());
              } else {
                g.writeNumber(p.getBigIntegerValue());
              }
            }
          }
          case VALUE_NUMBER_FLOAT -> {
            if (formatted) {
              g.writeNumber(p.getText());
            } else {
              g.writeNumber(p.getDecimalValue());
            }
          }
          case VALUE_TRUE -> g.writeBoolean(true);
          case VALUE_FALSE -> g.writeBoolean(false);
          case VALUE_NULL -> g.writeNull();
          default -> throw new IllegalStateException("the codecs wrote a " + t);
        }
      }
    }
  }

  private static final class CodecSerializer extends StdSerializer<Object> {
    private final Codec<Object> codec;

    @SuppressWarnings("unchecked")
    CodecSerializer(Codec<?> codec) {
      super(Object.class);
      this.codec = (Codec<Object>) codec;
    }

    @Override
    public void serialize(Object value, tools.jackson.core.JsonGenerator g, SerializationContext provider) {
      StringWriter text = new StringWriter();
      try (JsonGenerator written = WRITER.createGenerator(text)) {
        codec.write(value, written);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringWriter does not fail
      }
      replay(text.toString(), g);
    }
  }

  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private final Codec<T> codec;
    private final boolean lenient;
    private final Locale locale;
    private final Object warningsAttribute;

    @SuppressWarnings("unchecked")
    CodecDeserializer(Codec<?> codec, Class<?> type, boolean lenient, Locale locale, Object warningsAttribute) {
      super(type);
      this.codec = (Codec<T>) codec;
      this.lenient = lenient;
      this.locale = locale;
      this.warningsAttribute = warningsAttribute;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      Object sink = ctxt.getAttribute(warningsAttribute);
      Consumer<FormatWarning> warnings = sink instanceof Consumer<?> consumer
          ? (Consumer<FormatWarning>) consumer
          : warning -> { };
      ReadState state = new ReadState(lenient, locale, JacksonAdapters.MODULE_SOURCE, 0, warnings);
      try {
        return codec.read(new Jackson3Parser(p), state);
      } catch (LdmFormatException e) {
        throw DatabindException.from(p, e.getMessage(), e);
      } catch (IOException e) {
        // The Jackson 3 parser throws unchecked exceptions only; kept for the codecs' signature.
        throw DatabindException.from(p, e.getMessage(), e);
      }
    }
  }
}
