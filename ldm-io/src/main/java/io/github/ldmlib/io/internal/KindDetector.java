package io.github.ldmlib.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ldmlib.io.FormatProblem;
import io.github.ldmlib.io.LdmFormatException;
import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.meta.DocumentKind;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Tells the kind of a document from its header, without reading the document: the top level is
 * scanned for {@code "kind"} and {@code "formatVersion"}, every other value skipped unread.
 *
 * <p>A version of another major is reported before anything else, since the kinds of another
 * major version are not those of this library; then a {@code "kind"} that is not a string or names
 * no kind, then a missing {@code "kind"}. A JSON fault met after a known kind was found is left to
 * the read of the document, which reports it where it is.
 */
public final class KindDetector {


  private KindDetector() {}

  /**
   * Tells the kind of the document a parser is at the start of.
   *
   * @param p the parser, before the first token
   * @param s the state of the read, for the errors
   * @return the kind the document names
   * @throws LdmFormatException if the text is empty, not a JSON object, of an unsupported version,
   *     or names no kind or an unknown one
   * @throws IOException if reading fails; a {@link JsonProcessingException} for malformed JSON met
   *     before the kind was found
   */
  public static DocumentKind<?> detect(JsonParser p, ReadState s) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw s.error(p.currentLocation(), JsonPointer.root(), FormatProblem.MALFORMED_JSON, "malformed.empty");
    }
    if (first != JsonToken.START_OBJECT) {
      throw s.wrongType(p, "type.object");
    }
    JsonLocation start = p.currentTokenLocation();
    DocumentKind<?> kind = null;
    LdmFormatException kindFault = null;
    boolean versionSeen = false;
    try {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        if (DocumentCodec.KIND.equals(key) && kind == null && kindFault == null) {
          try {
            kind = kind(p, s);
          } catch (LdmFormatException e) {
            kindFault = e;
          }
        } else if (DocumentCodec.FORMAT_VERSION.equals(key) && !versionSeen) {
          version(p, s);
          versionSeen = true;
        } else {
          p.skipChildren();
        }
        if (versionSeen && (kind != null || kindFault != null)) {
          break;
        }
      }
    } catch (JsonProcessingException | Utf8Reader.EncodingException malformed) {
      if (kind == null) {
        throw malformed;
      }
    }
    if (kindFault != null) {
      throw kindFault;
    }
    if (kind == null) {
      throw s.error(start, JsonPointer.root().append(DocumentCodec.KIND), FormatProblem.MISSING_PROPERTY,
          "kind.missing", known());
    }
    return kind;
  }

  private static DocumentKind<?> kind(JsonParser p, ReadState s) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      LdmFormatException notText = s.wrongType(p, "type.string");
      p.skipChildren();
      throw notText;
    }
    String text = p.getText();
    return DocumentKind.ofId(text).orElseThrow(() -> s.error(p, FormatProblem.WRONG_DOCUMENT_KIND, "kind.unknown",
        ReadState.quote(text), known()));
  }

  private static void version(JsonParser p, ReadState s) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw s.wrongType(p, "type.string");
    }
    DocumentCodec.checkVersion(p, s, p.getText());
  }

  private static String known() {
    return DocumentKind.values().stream().map(DocumentKind::id).collect(Collectors.joining(", "));
  }
}
