package io.github.ldmlib.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ldmlib.io.FormatProblem;
import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.meta.DocumentKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * The codecs of scalar values: strings, booleans, numbers, dates, UAI codes, school years, JSON
 * Pointers, document kinds, enums; {@link #scalar(Class)} chooses one by the class of the values.
 */
public final class Codecs {

  private Codecs() {}

  /** A string, any text. */
  public static final Codec<String> STRING = new Codec<>() {
    @Override
    public String read(JsonParser p, ReadState s) throws IOException {
      return text(p, s);
    }

    @Override
    public void write(String value, JsonGenerator g) throws IOException {
      writeText(value, g);
    }

    @Override
    public Map<String, Object> schema(Map<String, Object> defs) {
      return map("type", "string");
    }
  };

  /** A boolean. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(JsonParser p, ReadState s) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      if (t == JsonToken.VALUE_FALSE) {
        return Boolean.FALSE;
      }
      throw s.wrongType(p, "type.boolean");
    }

    @Override
    public void write(Boolean value, JsonGenerator g) throws IOException {
      g.writeBoolean(value);
    }

    @Override
    public Map<String, Object> schema(Map<String, Object> defs) {
      return map("type", "boolean");
    }
  };

  /** A 32-bit integer; a number with a zero fraction ({@code 3.0}) is accepted, as JSON Schema does. */
  public static final Codec<Integer> INTEGER = new Codec<>() {
    @Override
    public Integer read(JsonParser p, ReadState s) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT) {
        if (p.getNumberType() == JsonParser.NumberType.INT) {
          return p.getIntValue();
        }
        throw s.error(p, FormatProblem.INVALID_VALUE, "integerOutOfRange", ReadState.quote(p.getText()));
      }
      if (t == JsonToken.VALUE_NUMBER_FLOAT) {
        BigDecimal value = p.getDecimalValue();
        if (value.signum() != 0 && value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
          throw s.error(p, FormatProblem.WRONG_TYPE, "notAnInteger", ReadState.quote(p.getText()));
        }
        try {
          return value.intValueExact();
        } catch (ArithmeticException overflow) {
          throw s.error(p, FormatProblem.INVALID_VALUE, "integerOutOfRange", ReadState.quote(p.getText()));
        }
      }
      throw s.wrongType(p, "type.integer");
    }

    @Override
    public void write(Integer value, JsonGenerator g) throws IOException {
      g.writeNumber(value.intValue());
    }

    @Override
    public Map<String, Object> schema(Map<String, Object> defs) {
      return map("type", "integer", "minimum", Integer.MIN_VALUE, "maximum", Integer.MAX_VALUE);
    }
  };

  /**
   * How many times the longest number as written ({@code maxNumberLength}) a decimal may have
   * characters once written out in full: 1,000 by default.
   */
  public static final int WRITTEN_OUT_FACTOR = 10;

  /**
   * The number of characters of a decimal written out without exponent, its sign aside: the digits,
   * the zeros its exponent adds, and the decimal point with its leading zeros.
   *
   * @param value the number
   * @return the length, computed without writing the number
   */
  static long plainLength(BigDecimal value) {
    long precision = value.precision();
    long scale = value.scale();
    if (scale <= 0) {
      return precision - scale;
    }
    return scale >= precision ? scale + 2 : precision + 1;
  }

  /**
   * A decimal number, kept exactly as written: {@code 12.50} stays 12.50 with its scale, so that
   * reading what was written gives an equal {@link BigDecimal}.
   */
  public static final Codec<BigDecimal> DECIMAL = new Codec<>() {
    @Override
    public BigDecimal read(JsonParser p, ReadState s) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        Object held = p.getNumberValueDeferred();
        if (t == JsonToken.VALUE_NUMBER_FLOAT && (held instanceof Double || held instanceof Float)) {
          // Not the text of the number but a binary double, as in a host's tree read with Jackson's
          // defaults (readTree): its digits may already be lost, and a wrong value is worse than none.
          throw s.error(p, FormatProblem.INVALID_VALUE, "decimalFromDouble", ReadState.quote(held.toString()));
        }
        BigDecimal value = p.getDecimalValue();
        // A short exponent can stand for a huge number (1e999999999): bound it written out in full,
        // as the checker and the reports write it, by ten times the limit of the number as written.
        long plain = plainLength(value);
        long limit = WRITTEN_OUT_FACTOR * (long) p.streamReadConstraints().getMaxNumberLength();
        if (plain > limit) {
          throw s.error(p, FormatProblem.LIMIT_EXCEEDED, "limit.numberWrittenOut", ReadState.quote(p.getText()),
              Long.toString(limit));
        }
        return value;
      }
      throw s.wrongType(p, "type.number");
    }

    @Override
    public void write(BigDecimal value, JsonGenerator g) throws IOException {
      if (g.canWriteFormattedNumbers()) {
        // toString() round-trips exactly (scale included) and is valid JSON number syntax.
        g.writeNumber(value.toString());
      } else {
        // A host's token buffer (convertValue, valueToTree): typed, never through a double.
        writeTyped(value, g);
      }
    }

    @Override
    public Map<String, Object> schema(Map<String, Object> defs) {
      return map("type", "number");
    }
  };

  /**
   * Writes a decimal as a typed number to a generator that keeps numbers as values (a host's token
   * buffer): with no fraction ({@code 35}), an integer, so that a host's tree holds it as one; else
   * the {@code BigDecimal} itself. As the text form does, this writes {@code 35} and {@code 35.0}
   * differently.
   */
  static void writeTyped(BigDecimal value, JsonGenerator g) throws IOException {
    if (value.scale() == 0) {
      java.math.BigInteger integer = value.unscaledValue();
      if (integer.bitLength() < Integer.SIZE) {
        g.writeNumber(integer.intValue());
      } else if (integer.bitLength() < Long.SIZE) {
        g.writeNumber(integer.longValue());
      } else {
        g.writeNumber(integer);
      }
    } else {
      g.writeNumber(value);
    }
  }

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

  /** An ISO-8601 calendar date, {@code 2024-03-14}, with a four-digit year. */
  public static final Codec<LocalDate> DATE_CODEC = isoText(DATE, LocalDate::parse, LocalDate::getYear,
      "invalidDate", map("type", "string", "format", "date", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));

  /** An ISO-8601 month, {@code 2024-01}. */
  public static final Codec<YearMonth> YEAR_MONTH_CODEC = isoText(YEAR_MONTH, YearMonth::parse, YearMonth::getYear,
      "invalidYearMonth", map("type", "string", "pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$"));

  /**
   * A java.time value written as its ISO-8601 text with a four-digit year: the text must match the
   * pattern and name a real date, else the reader reports {@code problemKey}.
   */
  private static <T> Codec<T> isoText(Pattern pattern, Function<String, T> parse, ToIntFunction<T> year,
      String problemKey, Map<String, Object> schema) {
    return new Codec<>() {
      @Override
      public T read(JsonParser p, ReadState s) throws IOException {
        String text = text(p, s);
        if (pattern.matcher(text).matches()) {
          try {
            return parse.apply(text);
          } catch (DateTimeException notReal) {
            // reported below
          }
        }
        throw s.error(p, FormatProblem.INVALID_VALUE, problemKey, ReadState.quote(text));
      }

      @Override
      public void write(T value, JsonGenerator g) throws IOException {
        if (year.applyAsInt(value) < 0 || year.applyAsInt(value) > 9999) {
          throw new IllegalArgumentException("The JSON format writes years 0000 to 9999 only: " + value + " at "
              + ReadState.pointer(g.getOutputContext()));
        }
        g.writeString(value.toString());
      }

      @Override
      public Map<String, Object> schema(Map<String, Object> defs) {
        return new LinkedHashMap<>(schema);
      }
    };
  }

  /** A school year, {@code 2024-2025}. */
  public static final Codec<SchoolYear> SCHOOL_YEAR = new Codec<>() {
    @Override
    public SchoolYear read(JsonParser p, ReadState s) throws IOException {
      String text = text(p, s);
      if (SchoolYear.isValid(text)) {
        return SchoolYear.parse(text);
      }
      String quoted = ReadState.quote(text);
      if (text.length() != 9 || !text.matches("[0-9]{4}-[0-9]{4}")) {
        throw s.error(p, FormatProblem.INVALID_VALUE, "invalidSchoolYear.form", quoted);
      }
      int start = Integer.parseInt(text.substring(0, 4));
      int end = Integer.parseInt(text.substring(5));
      if (end != start + 1) {
        throw s.error(p, FormatProblem.INVALID_VALUE, "invalidSchoolYear.consecutive", quoted);
      }
      throw s.error(p, FormatProblem.INVALID_VALUE, "invalidSchoolYear.range", quoted,
          Integer.toString(SchoolYear.MIN_YEAR), Integer.toString(SchoolYear.MAX_YEAR));
    }

    @Override
    public void write(SchoolYear value, JsonGenerator g) throws IOException {
      g.writeString(value.toString());
    }

    @Override
    public Map<String, Object> schema(Map<String, Object> defs) {
      return map("type", "string", "pattern", "^[0-9]{4}-[0-9]{4}$",
          "description", "A school year (année scolaire): two consecutive years, for example 2024-2025.");
    }
  };

  /** A UAI code, {@code 0750654D}, with its check letter. */
  public static final Codec<Uai> UAI = new Codec<>() {
    @Override
    public Uai read(JsonParser p, ReadState s) throws IOException {
      String text = text(p, s);
      if (Uai.isValid(text)) {
        return Uai.parse(text);
      }
      String quoted = ReadState.quote(text);
      if (text.length() != 8) {
        throw s.error(p, FormatProblem.INVALID_VALUE, "invalidUai.length", quoted,
            Integer.toString(text.length()));
      }
      for (int i = 0; i < 7; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          throw s.error(p, FormatProblem.INVALID_VALUE, "invalidUai.digit", quoted, Integer.toString(i + 1));
        }
      }
      throw s.error(p, FormatProblem.INVALID_VALUE, "invalidUai.checkLetter", quoted,
          String.valueOf(Uai.checkLetter(text.substring(0, 7))));
    }

    @Override
    public void write(Uai value, JsonGenerator g) throws IOException {
      g.writeString(value.code());
    }

    @Override
    public Map<String, Object> schema(Map<String, Object> defs) {
      return map("type", "string", "pattern", "^[0-9]{7}[A-HJ-NPR-Z]$",
          "description", "A UAI code: 7 digits and the check letter (number mod 23 in ABCDEFGHJKLMNPRSTUVWXYZ),"
              + " for example 0750654D. The schema cannot check the letter; readers do.");
    }
  };

  /** A JSON Pointer, {@code /sections/3/team}, as its RFC 6901 text. */
  public static final Codec<JsonPointer> JSON_POINTER = new Codec<>() {
    @Override
    public JsonPointer read(JsonParser p, ReadState s) throws IOException {
      String text = text(p, s);
      try {
        return JsonPointer.parse(text);
      } catch (IllegalArgumentException e) {
        throw s.error(p, FormatProblem.INVALID_VALUE, "invalidPointer", ReadState.quote(text));
      }
    }

    @Override
    public void write(JsonPointer value, JsonGenerator g) throws IOException {
      g.writeString(value.toString());
    }

    @Override
    public Map<String, Object> schema(Map<String, Object> defs) {
      return map("type", "string", "pattern", "^(/([^~/]|~[01])*)*$",
          "description", "A JSON Pointer (RFC 6901) into the checked document; empty for the document as a whole.");
    }
  };

  /** A kind of document, {@code dossier}, by its id. */
  public static final Codec<DocumentKind<?>> DOCUMENT_KIND = new Codec<>() {
    @Override
    public DocumentKind<?> read(JsonParser p, ReadState s) throws IOException {
      String text = text(p, s);
      return DocumentKind.ofId(text).orElseThrow(() -> s.error(p, FormatProblem.INVALID_VALUE, "unknownDocumentKind",
          ReadState.quote(text), ids()));
    }

    private String ids() {
      StringBuilder b = new StringBuilder();
      for (DocumentKind<?> k : DocumentKind.values()) {
        b.append(b.length() == 0 ? "" : ", ").append(k.id());
      }
      return b.toString();
    }

    @Override
    public void write(DocumentKind<?> value, JsonGenerator g) throws IOException {
      g.writeString(value.id());
    }

    @Override
    public Map<String, Object> schema(Map<String, Object> defs) {
      List<Object> ids = new ArrayList<>();
      DocumentKind.values().forEach(k -> ids.add(k.id()));
      return map("type", "string", "enum", ids, "description", "A kind of document, by the id its \"kind\" names.");
    }
  };

  /** The codec of each scalar class that is not an enumeration. */
  private static final Map<Class<?>, Codec<?>> SCALARS = Map.ofEntries(
      Map.entry(String.class, STRING),
      Map.entry(Boolean.class, BOOLEAN),
      Map.entry(boolean.class, BOOLEAN),
      Map.entry(Integer.class, INTEGER),
      Map.entry(int.class, INTEGER),
      Map.entry(BigDecimal.class, DECIMAL),
      Map.entry(LocalDate.class, DATE_CODEC),
      Map.entry(YearMonth.class, YEAR_MONTH_CODEC),
      Map.entry(SchoolYear.class, SCHOOL_YEAR),
      Map.entry(Uai.class, UAI),
      Map.entry(JsonPointer.class, JSON_POINTER),
      Map.entry(DocumentKind.class, DOCUMENT_KIND));

  /** The codec of each enumeration, written as the constant's name; made once per class. */
  private static final ClassValue<Codec<?>> ENUMS = new ClassValue<>() {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected Codec<?> computeValue(Class<?> type) {
      return new EnumCodec(type);
    }
  };

  /**
   * Returns the codec of the values of a class that the format writes as a JSON scalar: a text, a
   * boolean, a number, a date, a UAI, a school year, a JSON Pointer, a document kind, an
   * enumeration constant.
   *
   * @param type the value class of a property, a primitive class for a primitive accessor
   * @return the codec, or null if the class is not a scalar of the format
   */
  static Codec<?> scalar(Class<?> type) {
    Codec<?> codec = SCALARS.get(type);
    return codec != null || !type.isEnum() ? codec : ENUMS.get(type);
  }

  private static final class EnumCodec<E extends Enum<E>> extends Codec<E> {
    private final Class<E> type;
    private final Map<String, E> byName = new LinkedHashMap<>();

    EnumCodec(Class<E> type) {
      this.type = type;
      for (E constant : type.getEnumConstants()) {
        byName.put(constant.name(), constant);
      }
    }

    @Override
    public E read(JsonParser p, ReadState s) throws IOException {
      String text = text(p, s);
      E value = byName.get(text);
      if (value == null) {
        throw s.error(p, FormatProblem.UNKNOWN_ENUM_VALUE, "unknownEnumValue", ReadState.quote(text),
            String.join(", ", byName.keySet()));
      }
      return value;
    }

    @Override
    public void write(E value, JsonGenerator g) throws IOException {
      g.writeString(value.name());
    }

    @Override
    public Map<String, Object> schema(Map<String, Object> defs) {
      String name = type.getSimpleName();
      if (!defs.containsKey(name)) {
        defs.put(name, map("type", "string", "enum", new ArrayList<>(byName.keySet())));
      }
      return map("$ref", "#/$defs/" + name);
    }
  }

  /**
   * Reads a string value.
   *
   * @param p the parser, on the value
   * @param s the state
   * @return the text
   * @throws IOException if the parser fails
   */
  static String text(JsonParser p, ReadState s) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw s.wrongType(p, "type.string");
    }
    return p.getText();
  }

  /**
   * Writes a string value. A lone surrogate (which no encoding can carry) is written as a {@code
   * \\uXXXX} escape, so that writing never fails and reading gives back the same string.
   */
  static void writeText(String value, JsonGenerator g) throws IOException {
    if (!hasLoneSurrogate(value)) {
      g.writeString(value);
      return;
    }
    g.writeRawValue(quotedWithSurrogatesEscaped(value));
  }

  /**
   * Quotes a string as a JSON string literal, escaping as a generator would, and lone surrogates as
   * {@code \\uXXXX}.
   */
  static String quotedWithSurrogatesEscaped(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 16).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"', '\\' -> sb.append('\\').append(c);
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1));
          if (paired) {
            sb.append(c).append(value.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c)) {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** Builds an ordered map from key-value pairs. */
  static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
