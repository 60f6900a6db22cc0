package io.github.ldmlib.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ldmlib.io.FormatProblem;
import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.meta.ModelProperty;
import io.github.ldmlib.model.meta.ModelProperty.Holding;
import io.github.ldmlib.model.meta.ModelType;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and writes a value type of the model as a JSON object whose keys are its properties, in
 * the order of its {@link ModelType}, through the type's {@linkplain ModelType.Assembly assembly}.
 * One codec is made from the model type, the codec of each property from its value class.
 *
 * <p>Reading checks every key (unknown, duplicate), every value (through the property's codec) and
 * that required properties are present, and only then builds the object: a fault never yields a
 * partial object. An object whose properties disagree with one another (the model refuses to build
 * it) is an {@code INVALID_VALUE} error at the object. Derived properties are written; on read, a
 * derived value the text states is read like any other and must equal the value the built object
 * derives (a report's counts from its findings, for example), else it is an {@code INVALID_VALUE}
 * error at that value: the file is not trusted, and not silently corrected either. Writing omits
 * absent optionals, empty lists and values equal to the model's default.
 *
 * @param <T> the model type
 */
public final class ObjectCodec<T> extends Codec<T> {

  /** Writes the values quoted in messages. */
  private static final JsonFactory MESSAGE_JSON = new JsonFactory();

  private final ModelType<T> type;
  private final Property<T>[] properties;
  private final Map<String, Property<T>> byName;
  private final List<String> names;

  /**
   * Makes the codec of a model type.
   *
   * @param type the model type
   * @param codecs the codec of each value class of the type's properties
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  ObjectCodec(ModelType<T> type, Function<Class<?>, Codec<?>> codecs) {
    this.type = type;
    List<ModelProperty<T>> declared = type.properties();
    this.properties = new Property[declared.size()];
    this.byName = new HashMap<>();
    List<String> keys = new ArrayList<>(declared.size());
    for (int i = 0; i < properties.length; i++) {
      ModelProperty<T> meta = declared.get(i);
      Codec<Object> codec = (Codec<Object>) codecs.apply(meta.valueClass());
      Property<T> property = switch (meta.holding()) {
        case ONE -> new One<>(meta, codec);
        case OPTIONAL -> new Present<>(meta, codec);
        case OPTIONAL_INT -> new PresentInt<>(meta, codec);
        case LIST, ENUM_SET -> new Many<>(meta, codec);
      };
      properties[i] = property;
      byName.put(meta.name(), property);
      keys.add(meta.name());
    }
    this.names = List.copyOf(keys);
  }

  /** The model type. */
  public Class<T> type() {
    return type.type();
  }

  /** The keys of the object, in write order. */
  public List<String> propertyNames() {
    return names;
  }

  /** The name of the schema definition, the model type's simple name. */
  public String name() {
    return type.name();
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
    JsonLocation start = s.tokenLocation(p); // null when the read's errors are thrown away
    ModelType.Assembly<T> assembly = type.assemble();
    Set<String> others = null; // the keys met that the assembly does not keep: derived, extra, unknown
    List<Stated<T>> stated = null; // the derived values the text states, to compare once built
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      Property<T> property = byName.get(key);
      if (property != null && !property.derived) {
        if (assembly.isSet(property.meta)) {
          throw s.error(p, FormatProblem.DUPLICATE_KEY, "duplicateKey", ReadState.quote(key));
        }
        p.nextToken();
        property.read(p, s, assembly);
        continue;
      }
      if (others == null) {
        others = new HashSet<>();
      }
      if (!others.add(key)) {
        throw s.error(p, FormatProblem.DUPLICATE_KEY, "duplicateKey", ReadState.quote(key));
      }
      if (property != null) {
        p.nextToken();
        if (stated == null) {
          stated = new ArrayList<>();
        }
        JsonLocation at = p.currentTokenLocation();
        stated.add(new Stated<>(property, property.readValue(p, s), at, ReadState.pointer(p)));
      } else if (extra != null && extra.handles(key)) {
        p.nextToken();
        extra.read(key, p, s);
      } else {
        s.unknownProperty(p, key, extra == null ? names : extra.allNames(names));
        s.skipUnknownValue(p);
      }
    }
    // The parser guarantees that the object ends here (it throws on malformed structure).
    // The pointer is worked out only for an error: building it for every object would cost a tenth
    // of a read.
    if (extra != null) {
      extra.end(start, ReadState.pointer(p), s);
    }
    List<ModelProperty<T>> missing = assembly.missing();
    if (!missing.isEmpty()) {
      String first = missing.get(0).name();
      JsonPointer at = ReadState.pointer(p).append(first);
      throw missing.size() == 1
          ? s.error(start, at, FormatProblem.MISSING_PROPERTY, "missingProperty", first)
          : s.error(start, at, FormatProblem.MISSING_PROPERTY, "missingProperties",
              missing.stream().map(ModelProperty::name).collect(Collectors.joining(", ")));
    }
    T built;
    try {
      built = assembly.build();
    } catch (RuntimeException inconsistent) {
      throw s.error(start, ReadState.pointer(p), FormatProblem.INVALID_VALUE, "invalidObject",
          String.valueOf(inconsistent.getMessage()));
    }
    if (stated != null) {
      for (Stated<T> value : stated) {
        value.check(built, s);
      }
    }
    return built;
  }

  /** A derived value as the text states it, where it states it. */
  private record Stated<T>(Property<T> property, Object value, JsonLocation location, JsonPointer pointer) {

    /** Throws unless the value is the one the built object derives. */
    void check(T built, ReadState s) throws IOException {
      Object derived = property.meta.accessor().apply(built);
      Object expected = switch (property.meta.holding()) {
        case OPTIONAL -> ((Optional<?>) derived).orElse(null);
        case OPTIONAL_INT -> {
          OptionalInt i = (OptionalInt) derived;
          yield i.isPresent() ? i.getAsInt() : null;
        }
        case ENUM_SET -> new HashSet<>((Collection<?>) derived);
        case LIST -> List.copyOf((Collection<?>) derived);
        case ONE -> derived;
      };
      Object actual = property.meta.holding() == Holding.ENUM_SET ? new HashSet<>((Collection<?>) value) : value;
      if (!Objects.equals(expected, actual)) {
        throw s.error(location, pointer, FormatProblem.INVALID_VALUE, "derivedMismatch", property.name,
            property.text(value), expected == null ? "—" : property.text(derived));
      }
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
    for (Property<T> property : properties) {
      property.write(value, g);
    }
  }

  @Override
  public Map<String, Object> schema(Map<String, Object> defs) {
    String name = name();
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
    Map<String, Object> schema = Codecs.map("type", "object", "description", type.description());
    Map<String, Object> props = new LinkedHashMap<>(leading);
    List<Object> required = new ArrayList<>(leadingRequired);
    for (Property<T> property : properties) {
      props.put(property.name, property.schema(defs));
      if (property.meta.required()) {
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

  /** Handles the keys of an object that are not properties of its type. */
  interface ExtraKeys {
    /** Whether the key is one of the extra keys. */
    boolean handles(String key);

    /** Reads the value of an extra key; the parser is on the value. */
    void read(String key, JsonParser p, ReadState s) throws IOException;

    /** Called at the end of the object, before the type's own checks. */
    void end(JsonLocation start, JsonPointer pointer, ReadState s);

    /** All the keys allowed in the object, for messages. */
    List<String> allNames(List<String> propertyNames);
  }

  /**
   * One property of an object codec, written as its model property holds its value. Every
   * property reads alike: a value, or an array of values (a list, or a set of enum constants, where
   * a repeated value is an error). A derived property is skipped on read, by {@link #readBody}, and
   * described as read-only.
   */
  private abstract static class Property<T> {
    final ModelProperty<T> meta;
    final String name;
    final Codec<Object> codec;
    final boolean derived;
    final boolean array;
    final boolean unique;

    Property(ModelProperty<T> meta, Codec<Object> codec) {
      this.meta = meta;
      this.name = meta.name();
      this.codec = codec;
      this.derived = meta.derived();
      this.array = meta.holding() == Holding.LIST || meta.holding() == Holding.ENUM_SET;
      this.unique = meta.holding() == Holding.ENUM_SET;
    }

    /** Reads the value, not derived, and sets it on the assembly. */
    final void read(JsonParser p, ReadState s, ModelType.Assembly<T> assembly) throws IOException {
      assembly.set(meta, readValue(p, s));
    }

    /** Reads the value: one value, or an array of them. */
    final Object readValue(JsonParser p, ReadState s) throws IOException {
      return array ? readArray(p, s, codec, unique) : codec.read(p, s);
    }

    /**
     * Renders a value as compact JSON, for a message: the value as read, or the property's value
     * on an object; cut at 200 characters.
     */
    final String text(Object value) throws IOException {
      StringWriter out = new StringWriter();
      try (JsonGenerator g = MESSAGE_JSON.createGenerator(out)) {
        Object one = value instanceof Optional<?> o ? o.orElse(null) : value;
        if (one instanceof Collection<?> values) {
          g.writeStartArray();
          for (Object v : values) {
            codec.write(v, g);
          }
          g.writeEndArray();
        } else {
          codec.write(one, g);
        }
      }
      String text = out.toString();
      return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    /** Writes the key and value, unless the value is absent. */
    abstract void write(T value, JsonGenerator g) throws IOException;

    /** Describes the value. */
    abstract Map<String, Object> valueSchema(Map<String, Object> defs);

    final Map<String, Object> schema(Map<String, Object> defs) {
      Map<String, Object> schema = valueSchema(defs);
      if (derived) {
        schema = new LinkedHashMap<>(schema);
        schema.put("readOnly", true);
      }
      return schema;
    }
  }

  /** One value: required, with a default (omitted when equal to it), or derived. */
  private static final class One<T> extends Property<T> {
    private final Object defaultValue;

    One(ModelProperty<T> meta, Codec<Object> codec) {
      super(meta, codec);
      this.defaultValue = meta.defaultValue().orElse(null);
    }

    @Override
    void write(T value, JsonGenerator g) throws IOException {
      Object v = meta.accessor().apply(value);
      if (defaultValue == null || !defaultValue.equals(v)) {
        g.writeFieldName(name);
        codec.write(v, g);
      }
    }

    @Override
    Map<String, Object> valueSchema(Map<String, Object> defs) {
      Map<String, Object> schema = codec.schema(defs);
      if (defaultValue instanceof Boolean || defaultValue instanceof Number || defaultValue instanceof String) {
        schema = new LinkedHashMap<>(schema);
        schema.put("default", defaultValue);
      }
      return schema;
    }
  }

  /** An {@code Optional}: absent when empty. */
  private static final class Present<T> extends Property<T> {
    Present(ModelProperty<T> meta, Codec<Object> codec) {
      super(meta, codec);
    }

    @Override
    void write(T value, JsonGenerator g) throws IOException {
      Optional<?> v = (Optional<?>) meta.accessor().apply(value);
      if (v.isPresent()) {
        g.writeFieldName(name);
        codec.write(v.get(), g);
      }
    }

    @Override
    Map<String, Object> valueSchema(Map<String, Object> defs) {
      return codec.schema(defs);
    }
  }

  /** An {@code OptionalInt}: absent when empty. */
  private static final class PresentInt<T> extends Property<T> {
    PresentInt(ModelProperty<T> meta, Codec<Object> codec) {
      super(meta, codec);
    }

    @Override
    void write(T value, JsonGenerator g) throws IOException {
      OptionalInt v = (OptionalInt) meta.accessor().apply(value);
      if (v.isPresent()) {
        g.writeFieldName(name);
        g.writeNumber(v.getAsInt());
      }
    }

    @Override
    Map<String, Object> valueSchema(Map<String, Object> defs) {
      return codec.schema(defs);
    }
  }

  /**
   * A list, or a set of enum constants: omitted on write when empty. A set is written in the
   * declaration order of its constants, so that equal sets give equal bytes.
   */
  private static final class Many<T> extends Property<T> {
    Many(ModelProperty<T> meta, Codec<Object> codec) {
      super(meta, codec);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    void write(T value, JsonGenerator g) throws IOException {
      Collection<?> values = (Collection<?>) meta.accessor().apply(value);
      if (!values.isEmpty()) {
        if (unique) {
          List sorted = new ArrayList<>(values);
          sorted.sort(Comparator.naturalOrder());
          values = sorted;
        }
        g.writeFieldName(name);
        g.writeStartArray();
        for (Object v : values) {
          codec.write(v, g);
        }
        g.writeEndArray();
      }
    }

    @Override
    Map<String, Object> valueSchema(Map<String, Object> defs) {
      return unique ? Codecs.map("type", "array", "items", codec.schema(defs), "uniqueItems", true)
          : Codecs.map("type", "array", "items", codec.schema(defs));
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
