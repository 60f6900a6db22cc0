package io.github.ldmlib.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ldmlib.io.FormatProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Reads and writes a value type of the model as a JSON object whose keys are its properties, in
 * declaration order, through the type's builder.
 *
 * <p>Reading checks every key (unknown, duplicate), every value (through the property's codec) and
 * that required properties are present, and only then builds the object: a fault never yields a
 * partial object. An object whose properties disagree with one another (the build function throws
 * {@link Inconsistency}, or the model refuses to build it) is an {@code INVALID_VALUE} error at the
 * object. Writing omits absent optionals, empty lists and values equal to the model's
 * default.
 *
 * @param <T> the model type
 * @param <B> its builder type
 */
public final class ObjectCodec<T, B> extends Codec<T> {

  private final Class<T> type;
  private final String name;
  private final String description;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Property<T, B>> properties;
  private final Map<String, Property<T, B>> byName;
  private final List<String> names;

  private ObjectCodec(Class<T> type, String description, Supplier<B> newBuilder, Function<B, T> build,
      List<Property<T, B>> properties) {
    this.type = type;
    this.name = type.getSimpleName();
    this.description = description;
    this.newBuilder = newBuilder;
    this.build = build;
    this.properties = List.copyOf(properties);
    this.byName = new LinkedHashMap<>();
    for (int i = 0; i < properties.size(); i++) {
      Property<T, B> property = properties.get(i);
      property.index = i;
      if (byName.put(property.name, property) != null) {
        throw new IllegalStateException("Duplicate property " + property.name + " in " + name);
      }
    }
    this.names = List.copyOf(byName.keySet());
  }

  /**
   * Starts the definition of an object codec.
   *
   * @param type the model type, whose simple name names the schema definition
   * @param description the description in the schema
   * @param newBuilder creates a builder
   * @param build builds the value
   * @param <T> the model type
   * @param <B> the builder type
   * @return the definition
   */
  public static <T, B> Definition<T, B> define(Class<T> type, String description,
      Supplier<B> newBuilder, Function<B, T> build) {
    return new Definition<>(type, description, newBuilder, build);
  }

  /** The model type. */
  public Class<T> type() {
    return type;
  }

  /** The keys of the object, in write order. */
  public List<String> propertyNames() {
    return names;
  }

  /** The name of the schema definition, the model type's simple name. */
  public String name() {
    return name;
  }

  @Override
  public T read(JsonParser p, ReadState s) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw s.wrongType(p, "type.object");
    }
    return readBody(p, s, null);
  }

  /**
   * Reads the keys of an object whose start token is current.
   *
   * @param p the parser, on the start token
   * @param s the state
   * @param extra handles keys that are not properties of the type (the document header), or null
   * @return the value
   * @throws IOException if the parser fails
   */
  T readBody(JsonParser p, ReadState s, ExtraKeys extra) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    B builder = newBuilder.get();
    boolean[] seen = new boolean[properties.size()];
    Set<String> others = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      Property<T, B> property = byName.get(key);
      if (property != null) {
        if (seen[property.index]) {
          throw s.error(p, FormatProblem.DUPLICATE_KEY, "duplicateKey", ReadState.quote(key));
        }
        seen[property.index] = true;
        p.nextToken();
        property.read(p, s, builder);
        continue;
      }
      if (others == null) {
        others = new HashSet<>();
      }
      if (!others.add(key)) {
        throw s.error(p, FormatProblem.DUPLICATE_KEY, "duplicateKey", ReadState.quote(key));
      }
      if (extra != null && extra.handles(key)) {
        p.nextToken();
        extra.read(key, p, s);
      } else {
        s.unknownProperty(p, key, extra == null ? names : extra.allNames(names));
        p.nextToken();
        p.skipChildren();
      }
    }
    // The parser guarantees that the object ends here (it throws on malformed structure).
    // The pointer is worked out only for an error: building it for every object would cost a tenth
    // of a read.
    if (extra != null) {
      extra.end(start, ReadState.pointer(p), s);
    }
    List<String> missing = new ArrayList<>();
    for (Property<T, B> property : properties) {
      if (property.required && !seen[property.index]) {
        missing.add(property.name);
      }
    }
    if (!missing.isEmpty()) {
      String first = ReadState.pointer(p) + "/" + ReadState.escape(missing.get(0));
      throw missing.size() == 1
          ? s.error(start, first, FormatProblem.MISSING_PROPERTY, "missingProperty", missing.get(0))
          : s.error(start, first, FormatProblem.MISSING_PROPERTY, "missingProperties",
              String.join(", ", missing));
    }
    try {
      return build.apply(builder);
    } catch (Inconsistency inconsistency) {
      throw s.error(start, ReadState.pointer(p), FormatProblem.INVALID_VALUE, inconsistency.key,
          inconsistency.args);
    } catch (RuntimeException inconsistent) {
      throw s.error(start, ReadState.pointer(p), FormatProblem.INVALID_VALUE, "invalidObject",
          String.valueOf(inconsistent.getMessage()));
    }
  }

  @Override
  public void write(T value, JsonGenerator g) throws IOException {
    g.writeStartObject(value);
    writeFields(value, g);
    g.writeEndObject();
  }

  /**
   * Writes the properties of a value, without the enclosing braces.
   *
   * @param value the value
   * @param g the generator, inside an object
   * @throws IOException if the generator fails
   */
  void writeFields(T value, JsonGenerator g) throws IOException {
    for (Property<T, B> property : properties) {
      property.write(value, g);
    }
  }

  @Override
  public Map<String, Object> schema(Map<String, Object> defs) {
    if (!defs.containsKey(name)) {
      defs.put(name, null); // reserve the slot first: types may refer to themselves
      defs.put(name, objectSchema(defs, Map.of(), List.of()));
    }
    return Codecs.map("$ref", "#/$defs/" + name);
  }

  /**
   * Describes the object with extra leading properties.
   *
   * @param defs the shared definitions
   * @param leading extra properties written first (the document header)
   * @param leadingRequired which of them are required
   * @return the schema
   */
  Map<String, Object> objectSchema(Map<String, Object> defs, Map<String, Object> leading,
      List<String> leadingRequired) {
    Map<String, Object> schema = Codecs.map("type", "object", "description", description);
    Map<String, Object> props = new LinkedHashMap<>(leading);
    List<Object> required = new ArrayList<>(leadingRequired);
    for (Property<T, B> property : properties) {
      props.put(property.name, property.schema(defs));
      if (property.required) {
        required.add(property.name);
      }
    }
    schema.put("properties", props);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  /**
   * Thrown by the build function of a codec when the properties read are each well-formed but do
   * not agree with one another (counts that differ from the findings they count): the reader turns
   * it into an {@code INVALID_VALUE} error at the object, with a message of the format's bundle.
   */
  static final class Inconsistency extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String key;
    final transient Object[] args;

    /**
     * Creates the fault.
     *
     * @param key the key of the message in the format's bundle
     * @param args its arguments, strings (numbers would be formatted by locale)
     */
    Inconsistency(String key, String... args) {
      super(key, null, false, false);
      this.key = key;
      this.args = args.clone();
    }
  }

  /** Handles the keys of an object that are not properties of its type. */
  interface ExtraKeys {
    /** Whether the key is one of the extra keys. */
    boolean handles(String key);

    /** Reads the value of an extra key; the parser is on the value. */
    void read(String key, JsonParser p, ReadState s) throws IOException;

    /** Called at the end of the object, before the type's own checks. */
    void end(JsonLocation start, String pointer, ReadState s);

    /** All the keys allowed in the object, for messages. */
    List<String> allNames(List<String> propertyNames);
  }

  /** One property of an object codec. */
  abstract static class Property<T, B> {
    final String name;
    final boolean required;
    int index;

    Property(String name, boolean required) {
      this.name = name;
      this.required = required;
    }

    abstract void read(JsonParser p, ReadState s, B builder) throws IOException;

    abstract void write(T value, JsonGenerator g) throws IOException;

    abstract Map<String, Object> schema(Map<String, Object> defs);
  }

  /**
   * Defines the properties of an object codec, in the order they are written.
   *
   * @param <T> the model type
   * @param <B> the builder type
   */
  public static final class Definition<T, B> {
    private final Class<T> type;
    private final String description;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();

    Definition(Class<T> type, String description, Supplier<B> newBuilder, Function<B, T> build) {
      this.type = type;
      this.description = description;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** A property that must be present. */
    public <V> Definition<T, B> required(String key, Codec<V> codec, Function<T, V> getter,
        BiConsumer<B, V> setter) {
      properties.add(new Property<T, B>(key, true) {
        @Override
        void read(JsonParser p, ReadState s, B builder) throws IOException {
          setter.accept(builder, codec.read(p, s));
        }

        @Override
        void write(T value, JsonGenerator g) throws IOException {
          g.writeFieldName(name);
          codec.write(getter.apply(value), g);
        }

        @Override
        Map<String, Object> schema(Map<String, Object> defs) {
          return codec.schema(defs);
        }
      });
      return this;
    }

    /** An optional property: absent when the getter's optional is empty. */
    public <V> Definition<T, B> optional(String key, Codec<V> codec, Function<T, Optional<V>> getter,
        BiConsumer<B, V> setter) {
      properties.add(new Property<T, B>(key, false) {
        @Override
        void read(JsonParser p, ReadState s, B builder) throws IOException {
          setter.accept(builder, codec.read(p, s));
        }

        @Override
        void write(T value, JsonGenerator g) throws IOException {
          Optional<V> v = getter.apply(value);
          if (v.isPresent()) {
            g.writeFieldName(name);
            codec.write(v.get(), g);
          }
        }

        @Override
        Map<String, Object> schema(Map<String, Object> defs) {
          return codec.schema(defs);
        }
      });
      return this;
    }

    /** An optional integer property. */
    public Definition<T, B> optionalInt(String key, Function<T, OptionalInt> getter,
        ObjIntConsumer<B> setter) {
      properties.add(new Property<T, B>(key, false) {
        @Override
        void read(JsonParser p, ReadState s, B builder) throws IOException {
          setter.accept(builder, Codecs.INTEGER.read(p, s));
        }

        @Override
        void write(T value, JsonGenerator g) throws IOException {
          OptionalInt v = getter.apply(value);
          if (v.isPresent()) {
            g.writeFieldName(name);
            g.writeNumber(v.getAsInt());
          }
        }

        @Override
        Map<String, Object> schema(Map<String, Object> defs) {
          return Codecs.INTEGER.schema(defs);
        }
      });
      return this;
    }

    /**
     * A property with a default value in the model: optional on read, omitted on write when equal
     * to the default.
     */
    public <V> Definition<T, B> defaulted(String key, Codec<V> codec, V defaultValue,
        Function<T, V> getter, BiConsumer<B, V> setter) {
      Objects.requireNonNull(defaultValue, "defaultValue");
      properties.add(new Property<T, B>(key, false) {
        @Override
        void read(JsonParser p, ReadState s, B builder) throws IOException {
          setter.accept(builder, codec.read(p, s));
        }

        @Override
        void write(T value, JsonGenerator g) throws IOException {
          V v = getter.apply(value);
          if (!defaultValue.equals(v)) {
            g.writeFieldName(name);
            codec.write(v, g);
          }
        }

        @Override
        Map<String, Object> schema(Map<String, Object> defs) {
          Map<String, Object> schema = new LinkedHashMap<>(codec.schema(defs));
          if (defaultValue instanceof Boolean || defaultValue instanceof Number || defaultValue instanceof String) {
            schema.put("default", defaultValue);
          }
          return schema;
        }
      });
      return this;
    }

    /** A list: omitted on write when empty, {@code []} accepted on read. */
    public <V> Definition<T, B> list(String key, Codec<V> element, Function<T, ? extends List<V>> getter,
        BiConsumer<B, List<V>> setter) {
      properties.add(new Property<T, B>(key, false) {
        @Override
        void read(JsonParser p, ReadState s, B builder) throws IOException {
          setter.accept(builder, readArray(p, s, element, false));
        }

        @Override
        void write(T value, JsonGenerator g) throws IOException {
          List<V> list = getter.apply(value);
          if (!list.isEmpty()) {
            g.writeFieldName(name);
            g.writeStartArray();
            for (V v : list) {
              element.write(v, g);
            }
            g.writeEndArray();
          }
        }

        @Override
        Map<String, Object> schema(Map<String, Object> defs) {
          return Codecs.map("type", "array", "items", element.schema(defs));
        }
      });
      return this;
    }

    /**
     * A set of enum constants: written in declaration order of the constants, so that equal sets
     * give equal bytes; a repeated value is an error on read.
     */
    public <V extends Enum<V>> Definition<T, B> enumSet(String key, Codec<V> element,
        Function<T, ? extends Set<V>> getter, BiConsumer<B, List<V>> setter) {
      properties.add(new Property<T, B>(key, false) {
        @Override
        void read(JsonParser p, ReadState s, B builder) throws IOException {
          setter.accept(builder, readArray(p, s, element, true));
        }

        @Override
        void write(T value, JsonGenerator g) throws IOException {
          Set<V> set = getter.apply(value);
          if (!set.isEmpty()) {
            List<V> sorted = new ArrayList<>(set);
            sorted.sort(Comparator.naturalOrder());
            g.writeFieldName(name);
            g.writeStartArray();
            for (V v : sorted) {
              element.write(v, g);
            }
            g.writeEndArray();
          }
        }

        @Override
        Map<String, Object> schema(Map<String, Object> defs) {
          return Codecs.map("type", "array", "items", element.schema(defs), "uniqueItems", true);
        }
      });
      return this;
    }

    /** Builds the codec. */
    public ObjectCodec<T, B> build() {
      return new ObjectCodec<>(type, description, newBuilder, build, properties);
    }
  }

  static <V> List<V> readArray(JsonParser p, ReadState s, Codec<V> element, boolean unique)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw s.wrongType(p, "type.array");
    }
    List<V> values = new ArrayList<>();
    Set<V> seen = unique ? new HashSet<>() : null;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (values.size() == s.maxArrayLength()) {
        // Located at the first element beyond the limit; nothing more of the array is read.
        throw s.error(p, FormatProblem.LIMIT_EXCEEDED, "limit.array", Integer.toString(s.maxArrayLength()));
      }
      V v = element.read(p, s);
      if (seen != null && !seen.add(v)) {
        throw s.error(p, FormatProblem.INVALID_VALUE, "duplicateSetValue", ReadState.quote(String.valueOf(v)));
      }
      values.add(v);
    }
    return values;
  }
}
