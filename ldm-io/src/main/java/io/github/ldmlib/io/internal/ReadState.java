package io.github.ldmlib.io.internal;

import io.github.ldmlib.model.JsonPointer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ldmlib.io.FormatProblem;
import io.github.ldmlib.io.FormatWarning;
import io.github.ldmlib.io.LdmFormatException;
import io.github.ldmlib.io.ReadResult;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The state of one read: options, where errors are located, where warnings go, and what the
 * document's {@code formatVersion} allows. One instance per document; not thread-safe.
 *
 * <p>Unknown properties met before the {@code formatVersion} of a document is known are held back
 * until it is known: a newer minor version turns them into warnings, the current version into an
 * error (or warnings in lenient mode).
 */
public final class ReadState {

  /** The major version of the format that this library reads. */
  public static final int MAJOR = 1;

  /** The newest minor version of the format that this library knows. */
  public static final int MINOR = 0;

  private final boolean lenient;
  private final Messages messages;
  private final String sourceName;
  private final long lineOffset;
  private final Consumer<FormatWarning> warnings;

  /**
   * The most warnings one read keeps: a document of many unknown keys costs no more than this many
   * warnings, and the others are only counted ({@link #warningsNotKept()}).
   */
  public static final int MAX_WARNINGS = 100;

  private int warningsKept;
  private int warningsNotKept;
  private int pendingNotKept;
  private final int maxArrayLength;
  private final boolean oneLine;

  private boolean versionPending;
  private int documentMinor = MINOR;
  private final List<LdmFormatException> pending = new ArrayList<>();
  private Lookbehind lookbehind;
  private boolean placesDiscarded;

  private static final JsonFactory COPIES = new JsonFactory();
  private final Map<JsonPointer, String> unknownKept = new LinkedHashMap<>();
  private int unknownNotKept;

  /**
   * Creates the state of one read.
   *
   * @param lenient whether unknown properties are warnings rather than errors
   * @param locale the language of messages
   * @param sourceName the source name for locations
   * @param lineOffset added to the parser's line numbers (for a line of a JSON Lines batch)
   * @param warnings receives the warnings, in document order
   */
  public ReadState(boolean lenient, Locale locale, String sourceName, long lineOffset,
      Consumer<FormatWarning> warnings) {
    this(lenient, locale, sourceName, lineOffset, warnings, Integer.MAX_VALUE, false);
  }

  /**
   * Creates the state of one read with a limit on the elements of one array.
   *
   * @param lenient whether unknown properties are warnings rather than errors
   * @param locale the language of messages
   * @param sourceName the source name for locations
   * @param lineOffset added to the parser's line numbers (for a line of a JSON Lines batch)
   * @param warnings receives the warnings, in document order
   * @param maxArrayLength the most elements one array of the document may have
   * @param oneLine whether the text is one line of a JSON Lines batch: every location is then on
   *     that line, its column counted from the line's start, even where the text holds a carriage
   *     return that the parser takes for a line break
   */
  public ReadState(boolean lenient, Locale locale, String sourceName, long lineOffset,
      Consumer<FormatWarning> warnings, int maxArrayLength, boolean oneLine) {
    this.maxArrayLength = maxArrayLength;
    this.oneLine = oneLine;
    this.lenient = lenient;
    this.messages = Messages.of(locale);
    this.sourceName = sourceName;
    this.lineOffset = lineOffset;
    this.warnings = warnings;
  }

  /** The most elements one array of the document may have. */
  public int maxArrayLength() {
    return maxArrayLength;
  }

  /**
   * Tells where the text read is kept for a while, so that errors of the parser can be placed at
   * the start of the faulty token.
   *
   * @param text the reader the parser reads from
   * @return this state
   */
  public ReadState lookbehind(Lookbehind text) {
    this.lookbehind = text;
    return this;
  }

  /**
   * Marks a read whose errors and warnings are thrown away: the byte reader's first pass, which
   * reads the input again as characters whenever it has anything to say, and reports what that
   * second read finds. Such a read need not work out where an object starts before it knows that
   * something is wrong with it (a location per object is a tenth of a large document's allocation).
   *
   * @return this state
   */
  public ReadState placesDiscarded() {
    this.placesDiscarded = true;
    return this;
  }

  /**
   * The location of the parser's current token, or null when this read's errors are thrown away
   * ({@link #placesDiscarded()}): an error without a location is placed by its pointer alone.
   *
   * @param p the parser
   * @return the location, or null
   */
  public JsonLocation tokenLocation(JsonParser p) {
    return placesDiscarded ? null : p.currentTokenLocation();
  }

  /** The last characters read, or null when they are not kept. */
  Lookbehind lookbehind() {
    return lookbehind;
  }

  /** The messages in the language of this read. */
  public Messages messages() {
    return messages;
  }

  /** The source name. */
  public String sourceName() {
    return sourceName;
  }

  /** Called at the start of a document: its version is not known yet. */
  void beginDocument() {
    versionPending = true;
    documentMinor = MINOR;
    pending.clear();
  }

  /**
   * Called when the document's version is known: resolves the unknown properties held back.
   *
   * @param minor the minor version of the document (its major version is supported)
   */
  void versionKnown(int minor) {
    versionPending = false;
    documentMinor = minor;
    List<LdmFormatException> held = List.copyOf(pending);
    pending.clear();
    for (LdmFormatException e : held) {
      String name = e.pointer().lastToken().orElse("");
      tolerateOrThrow(e, name);
    }
    // Held back beyond the bound: tolerated as the first ones were (had they not been, the first threw).
    warningsNotKept += pendingNotKept;
    pendingNotKept = 0;
  }

  /** The number of warnings this read counted but did not keep, beyond {@link #MAX_WARNINGS}. */
  public int warningsNotKept() {
    return warningsNotKept;
  }

  /** Whether an unknown key would only be a warning, and the warnings kept are already at the bound. */
  private boolean onlyCounted() {
    return !versionPending && (documentMinor > MINOR || lenient) && warningsKept >= MAX_WARNINGS;
  }

  /**
   * Passes over the value of an unknown property that was tolerated ({@link #unknownProperty} did
   * not throw), keeping it as JSON text while fewer than {@link ReadResult#MAX_UNKNOWN_PROPERTIES}
   * are kept; the parser is on the key, and ends on the value's last token.
   *
   * @param p the parser
   * @throws IOException if the parser fails
   */
  void skipUnknownValue(JsonParser p) throws IOException {
    if (unknownKept.size() >= ReadResult.MAX_UNKNOWN_PROPERTIES) {
      unknownNotKept++;
      p.nextToken();
      p.skipChildren();
      return;
    }
    JsonPointer at = pointer(p);
    p.nextToken();
    StringWriter json = new StringWriter();
    try (JsonGenerator g = COPIES.createGenerator(json)) {
      copyExactly(p, g);
    }
    unknownKept.put(at, json.toString());
  }

  /**
   * Copies the value the parser is on, numbers as written (a decimal keeps its digits and scale).
   *
   * @param p the parser, on the value's first token; it ends on its last
   * @param g the generator
   * @throws IOException if the parser or the generator fails
   */
  public static void copyExactly(JsonParser p, JsonGenerator g) throws IOException {
    int depth = 0;
    while (true) {
      JsonToken t = p.currentToken();
      g.copyCurrentEventExact(p);
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        depth++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        depth--;
      }
      if (depth == 0) {
        return;
      }
      p.nextToken();
    }
  }

  /** The unknown properties kept, by pointer, in document order, with their values as JSON text. */
  public Map<JsonPointer, String> unknownKept() {
    return unknownKept;
  }

  /** The number of unknown properties tolerated beyond {@link ReadResult#MAX_UNKNOWN_PROPERTIES}, not kept. */
  public int unknownNotKept() {
    return unknownNotKept;
  }

  /** The minor version of the document's format, once known. */
  public int documentMinor() {
    return documentMinor;
  }

  /**
   * Handles an unknown property; the parser is on its name. Throws, holds it back, or warns.
   *
   * @param p the parser
   * @param name the key
   * @param allowed the keys allowed in that object
   */
  void unknownProperty(JsonParser p, String name, Collection<String> allowed) {
    // Beyond the bound, an unknown key costs a count: no message, no suggestion, no exception.
    if (onlyCounted()) {
      warningsNotKept++;
      return;
    }
    if (versionPending && pending.size() > MAX_WARNINGS) {
      pendingNotKept++;
      return;
    }
    String suggestion = Suggestions.closest(name, allowed);
    LdmFormatException e = suggestion != null
        ? error(p, FormatProblem.UNKNOWN_PROPERTY, "unknownProperty.suggest", name, suggestion)
        : error(p, FormatProblem.UNKNOWN_PROPERTY, "unknownProperty", name, String.join(", ", allowed));
    if (versionPending) {
      pending.add(e);
    } else {
      tolerateOrThrow(e, name);
    }
  }

  private void tolerateOrThrow(LdmFormatException e, String name) {
    if (documentMinor > MINOR) {
      warn(e, messages.format("unknownProperty.newerMinor", name, MAJOR + "." + MINOR, MAJOR + "." + documentMinor));
    } else if (lenient) {
      warn(e, messages.format("unknownProperty.ignored", name));
    } else {
      throw e;
    }
  }

  private void warn(LdmFormatException e, String message) {
    if (warningsKept >= MAX_WARNINGS) {
      warningsNotKept++;
      return;
    }
    warningsKept++;
    warnings.accept(new FormatWarning(e.problem(), e.sourceName(), e.line(), e.column(), e.pointer(),
        message, messages.locale()));
  }

  /**
   * Creates an error located at the parser's current token.
   *
   * @param p the parser
   * @param problem the kind of fault
   * @param key the message key
   * @param args the message arguments
   * @return the exception, to be thrown
   */
  public LdmFormatException error(JsonParser p, FormatProblem problem, String key, Object... args) {
    return error(p.currentTokenLocation(), pointer(p), problem, key, args);
  }

  /**
   * Creates an error at a given place.
   *
   * @param location the location, may be null when unknown
   * @param pointer the JSON Pointer
   * @param problem the kind of fault
   * @param key the message key
   * @param args the message arguments
   * @return the exception, to be thrown
   */
  public LdmFormatException error(JsonLocation location, JsonPointer pointer, FormatProblem problem,
      String key, Object... args) {
    if (oneLine && location != null && location.getCharOffset() >= 0) {
      return errorAt(1, location.getCharOffset() + 1, pointer, problem, key, args);
    }
    if (location != null && location.getLineNr() > 0) {
      return errorAt(location.getLineNr(), location.getColumnNr(), pointer, problem, key, args);
    }
    return errorAt(-1, -1, pointer, problem, key, args);
  }

  /**
   * Creates an error at a given line and column of the parsed text.
   *
   * @param line the 1-based line in the parsed text (the line offset is added), or -1
   * @param column the 1-based column, or -1
   * @param pointer the JSON Pointer
   * @param problem the kind of fault
   * @param key the message key
   * @param args the message arguments
   * @return the exception, to be thrown
   */
  public LdmFormatException errorAt(long line, long column, JsonPointer pointer, FormatProblem problem,
      String key, Object... args) {
    return new LdmFormatException(problem, sourceName, line < 0 ? -1 : line + lineOffset,
        line < 0 ? -1 : column, pointer, messages.format(key, args), messages.locale());
  }

  /**
   * Creates a wrong-type error for the parser's current token.
   *
   * @param p the parser
   * @param expected the key of the expected type, for example {@code type.string}
   * @return the exception, to be thrown
   */
  public LdmFormatException wrongType(JsonParser p, String expected) {
    return error(p, FormatProblem.WRONG_TYPE, "wrongType", new Messages.Term(expected),
        new Messages.Term(typeOf(p.currentToken())));
  }

  /**
   * The JSON Pointer of the parser's current value (or key).
   *
   * @param p the parser
   * @return the pointer; the root for the document itself
   */
  public static JsonPointer pointer(JsonParser p) {
    return pointer(p.getParsingContext());
  }

  /**
   * The JSON Pointer of the value a parser or generator is on, from the names and indexes of its
   * context: an object's current name, an array's current index. A context that has not reached
   * its first member or element yet (on the start token of an object or array) points at the
   * object or array itself.
   *
   * @param context the parsing or writing context
   * @return the pointer; the root for the document itself
   */
  static JsonPointer pointer(JsonStreamContext context) {
    JsonStreamContext c = context.hasPathSegment() ? context : context.getParent();
    int depth = 0;
    for (JsonStreamContext up = c; up != null; up = up.getParent()) {
      depth++;
    }
    JsonStreamContext[] path = new JsonStreamContext[depth];
    for (JsonStreamContext up = c; up != null; up = up.getParent()) {
      path[--depth] = up;
    }
    JsonPointer pointer = JsonPointer.root();
    for (JsonStreamContext segment : path) {
      if (segment.inObject()) {
        String name = segment.getCurrentName();
        pointer = pointer.append(name == null ? "" : name);
      } else if (segment.inArray()) {
        pointer = pointer.append(segment.getCurrentIndex());
      }
    }
    return pointer;
  }

  /** Shortens a value quoted in a message, so that a message never echoes huge input. */
  static String quote(String value) {
    return value.length() <= 60 ? value : value.substring(0, 60) + "…";
  }

  private static String typeOf(JsonToken token) {
    if (token == null) {
      return "type.end";
    }
    return switch (token) {
      case VALUE_STRING -> "type.string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "type.number";
      case VALUE_TRUE, VALUE_FALSE -> "type.boolean";
      case START_OBJECT -> "type.object";
      case START_ARRAY -> "type.array";
      case VALUE_NULL -> "type.null";
      default -> "type.end";
    };
  }

}
