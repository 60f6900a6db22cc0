package io.github.ldmlib.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.ldmlib.io.FormatWarning;
import io.github.ldmlib.io.LdmFormatException;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Plugs the codecs into Jackson databind: the serializers and deserializers that {@code LdmModule}
 * registers. With {@code LdmModule}, this is the one class of the module that needs {@code
 * jackson-databind}, an optional dependency: the readers and writers of {@code LdmJson} use
 * {@code jackson-core} only.
 */
public final class JacksonAdapters {

  private JacksonAdapters() {}

  /** The source name of errors found inside a host application's {@code ObjectMapper}. */
  public static final String MODULE_SOURCE = "<json>";

  /**
   * Returns the serializers of the model's types.
   *
   * @return the serializers
   */
  public static Serializers serializers() {
    return new Serializers.Base() {
      @Override
      public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
          BeanDescription beanDesc) {
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
      public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
          BeanDescription beanDesc) {
        Codec<?> codec = ModelCodecs.forType(type.getRawClass(), true);
        return codec == null ? null
            : new CodecDeserializer<>(codec, type.getRawClass(), lenient, locale, warningsAttribute);
      }
    };
  }

  private static final class CodecSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<Object> codec;

    @SuppressWarnings("unchecked")
    CodecSerializer(Codec<?> codec) {
      super(Object.class);
      this.codec = (Codec<Object>) codec;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      codec.write(value, gen);
    }
  }

  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;
    private final boolean lenient;
    private final Locale locale;
    private final transient Object warningsAttribute;

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
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object sink = ctxt.getAttribute(warningsAttribute);
      Consumer<FormatWarning> warnings = sink instanceof Consumer<?> consumer
          ? (Consumer<FormatWarning>) consumer
          : warning -> { };
      ReadState state = new ReadState(lenient, locale, MODULE_SOURCE, 0, warnings);
      try {
        return codec.read(p, state);
      } catch (LdmFormatException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
