package io.github.ldmlib.io.internal;

import io.github.ldmlib.model.JsonPointer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.ldmlib.io.FormatProblem;
import io.github.ldmlib.io.LdmFormatException;
import io.github.ldmlib.model.meta.DocumentKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and writes a top-level document: the header {@code "formatVersion"} and {@code "kind"},
 * written first, then the properties of the document's type; its {@linkplain #prettyPrinter()
 * pretty printer} lays the document out.
 *
 * <p>On read the header keys may come in any position. When a fault is found before the header has
 * been read, the rest of the document's top level is scanned for it, so that a document of an
 * unsupported version or of another kind is reported as such rather than by its first unexpected
 * detail.
 *
 * @param <T> the document type
 */
public final class DocumentCodec<T> extends Codec<T> {

  /** The key of the format version. */
  public static final String FORMAT_VERSION = "formatVersion";

  /** The key of the document kind. */
  public static final String KIND = "kind";

  private static final Pattern VERSION = Pattern.compile("([0-9]{1,4})\\.([0-9]{1,4})");

  /**
   * Checks the {@code formatVersion} of a document: MAJOR.MINOR, of the major version this
   * library reads.
   *
   * @param p the parser, on the value
   * @param s the state of the read, for errors
   * @param text the value
   * @return the minor version
   * @throws io.github.ldmlib.io.LdmFormatException if the version is malformed or of another major
   *     version
   */
  static int checkVersion(JsonParser p, ReadState s, String text) {
    Matcher m = VERSION.matcher(text);
    if (!m.matches()) {
      throw s.error(p, FormatProblem.INVALID_VALUE, "formatVersion.invalid", ReadState.quote(text));
    }
    if (Integer.parseInt(m.group(1)) != ReadState.MAJOR) {
      throw s.error(p, FormatProblem.UNSUPPORTED_FORMAT_VERSION, "formatVersion.unsupported", text,
          Integer.toString(ReadState.MAJOR));
    }
    return Integer.parseInt(m.group(2));
  }

  private final DocumentKind<?> kind;
  private final ObjectCodec<T> body;

  DocumentCodec(DocumentKind<?> kind, ObjectCodec<T> body) {
    this.kind = kind;
    this.body = body;
    if (body.propertyNames().contains(FORMAT_VERSION) || body.propertyNames().contains(KIND)) {
      throw new IllegalStateException(body.name() + " has a property named like a header key");
    }
  }

  /** The kind of document. */
  public DocumentKind<?> kind() {
    return kind;
  }

  /** The codec of the document's properties. */
  public ObjectCodec<T> body() {
    return body;
  }

  /**
   * Returns the pretty printer of the format: two-space indentation, one member or element per
   * line, {@code "key": value}, line feeds only, {@code {}} and {@code []} when empty.
   *
   * @return a new pretty printer
   */
  public static PrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  @Override
  public T read(JsonParser p, ReadState s) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw s.wrongType(p, "type.object");
    }
    JsonStreamContext root = p.getParsingContext();
    Header header = new Header();
    s.beginDocument();
    try {
      return body.readBody(p, s, header);
    } catch (LdmFormatException fault) {
      if ((header.version && header.kindSeen)
          || fault.problem() == FormatProblem.UNSUPPORTED_FORMAT_VERSION) {
        throw fault;
      }
      throw header.scanRest(p, s, root, fault);
    }
  }

  @Override
  public void write(T value, JsonGenerator g) throws IOException {
    g.writeStartObject(value);
    g.writeStringField(FORMAT_VERSION, ReadState.MAJOR + "." + ReadState.MINOR);
    g.writeStringField(KIND, kind.id());
    body.writeFields(value, g);
    g.writeEndObject();
  }

  @Override
  public Map<String, Object> schema(Map<String, Object> defs) {
    Map<String, Object> leading = new LinkedHashMap<>();
    leading.put(FORMAT_VERSION, Codecs.map("type", "string", "pattern", "^" + ReadState.MAJOR + "\\.[0-9]{1,4}$",
        "description", "The version of the format, major.minor; readers accept any minor version of their major version."));
    leading.put(KIND, Codecs.map("const", kind.id(), "description", "The kind of document."));
    return body.objectSchema(defs, leading, List.of(FORMAT_VERSION, KIND));
  }

  /** The header of one document being read. */
  private final class Header implements ObjectCodec.ExtraKeys {
    boolean version;
    boolean kindSeen;

    @Override
    public boolean handles(String key) {
      return FORMAT_VERSION.equals(key) || KIND.equals(key);
    }

    @Override
    public void read(String key, JsonParser p, ReadState s) throws IOException {
      if (FORMAT_VERSION.equals(key)) {
        readVersion(p, s, true);
      } else {
        readKind(p, s);
      }
    }

    private void readVersion(JsonParser p, ReadState s, boolean resolve) throws IOException {
      String text = Codecs.text(p, s);
      int minor = checkVersion(p, s, text);
      version = true;
      if (resolve) {
        s.versionKnown(minor);
      }
    }

    private void readKind(JsonParser p, ReadState s) throws IOException {
      String text = Codecs.text(p, s);
      if (!text.equals(kind.id())) {
        if (DocumentKind.ofId(text).isPresent()) {
          throw s.error(p, FormatProblem.WRONG_DOCUMENT_KIND, "kind.wrong", text, kind.id());
        }
        throw s.error(p, FormatProblem.WRONG_DOCUMENT_KIND, "kind.unknown", ReadState.quote(text),
            DocumentKind.values().stream().map(DocumentKind::id).collect(Collectors.joining(", ")));
      }
      kindSeen = true;
    }

    @Override
    public void end(JsonLocation start, JsonPointer pointer, ReadState s) {
      if (!version) {
        throw s.error(start, pointer.append(FORMAT_VERSION), FormatProblem.MISSING_PROPERTY,
            "missingProperty", FORMAT_VERSION);
      }
      if (!kindSeen) {
        throw s.error(start, pointer.append(KIND), FormatProblem.MISSING_PROPERTY, "missingProperty", KIND);
      }
    }

    @Override
    public List<String> allNames(List<String> propertyNames) {
      List<String> all = new ArrayList<>(propertyNames.size() + 2);
      all.add(FORMAT_VERSION);
      all.add(KIND);
      all.addAll(propertyNames);
      return all;
    }

    /**
     * After a fault met before the version was read, looks for the header in the rest of the
     * document's top level: a version or kind fault there is the more useful report.
     */
    LdmFormatException scanRest(JsonParser p, ReadState s, JsonStreamContext root, LdmFormatException fault) {
      try {
        JsonStreamContext outside = root.getParent();
        // Climb back to the document's own object.
        while (p.getParsingContext() != root) {
          if (p.getParsingContext() == outside) {
            return fault; // the fault was at the document's end
          }
          JsonToken t = p.currentToken();
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
          } else if (p.nextToken() == null) {
            return fault;
          }
        }
        if (p.currentToken() == JsonToken.FIELD_NAME) {
          // The fault was on a key: its value is still ahead.
          p.nextToken();
          p.skipChildren();
        }
        LdmFormatException kindFault = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          if (FORMAT_VERSION.equals(key) && !version) {
            readVersion(p, s, false);
          } else if (KIND.equals(key) && !kindSeen && kindFault == null) {
            try {
              readKind(p, s);
            } catch (LdmFormatException wrongKind) {
              kindFault = wrongKind;
            }
          } else {
            p.skipChildren();
          }
        }
        return kindFault != null ? kindFault : fault;
      } catch (LdmFormatException versionFault) {
        return versionFault;
      } catch (IOException | RuntimeException unreadable) {
        return fault;
      }
    }
  }
}
