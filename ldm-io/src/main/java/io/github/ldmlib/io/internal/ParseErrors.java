package io.github.ldmlib.io.internal;

import io.github.ldmlib.model.JsonPointer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.ldmlib.io.FormatProblem;
import io.github.ldmlib.io.LdmFormatException;
import io.github.ldmlib.io.ReadLimits;
import java.util.Locale;

/** Turns the parser's own exceptions (syntax, limits, encoding) into {@link LdmFormatException}s. */
public final class ParseErrors {

  private ParseErrors() {}

  /**
   * Converts an exception of the JSON parser.
   *
   * @param e the exception
   * @param p the parser that threw it
   * @param s the state of the read
   * @param limits the limits in force, named in messages
   * @return the format exception
   */
  public static LdmFormatException convert(JsonProcessingException e, JsonParser p, ReadState s, ReadLimits limits) {
    JsonPointer pointer = ReadState.pointer(p);
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      String lower = original.toLowerCase(Locale.ROOT);
      JsonLocation at = p.currentTokenLocation();
      if (lower.contains("nesting depth")) {
        return s.error(at, pointer, FormatProblem.LIMIT_EXCEEDED, "limit.nesting",
            Integer.toString(limits.maxNestingDepth()));
      }
      if (lower.contains("string value length") && whileParsingANumber(e)) {
        // Jackson buffers a number's digits as text and checks the text's length before the
        // number's: a number longer than the string limit is reported as a string.
        return s.error(at, pointer, FormatProblem.LIMIT_EXCEEDED, "limit.number",
            Integer.toString(limits.maxNumberLength()));
      }
      if (lower.contains("string value length")) {
        return s.error(at, pointer, FormatProblem.LIMIT_EXCEEDED, "limit.string",
            Integer.toString(limits.maxStringLength()));
      }
      if (lower.contains("number value length")) {
        return s.error(at, pointer, FormatProblem.LIMIT_EXCEEDED, "limit.number",
            Integer.toString(limits.maxNumberLength()));
      }
      if (lower.contains("name length")) {
        return overlongKey(p, s);
      }
      if (lower.contains("document length")) {
        return s.error(p.currentLocation(), pointer, FormatProblem.LIMIT_EXCEEDED, "limit.document",
            Long.toString(limits.maxDocumentLength()));
      }
      return s.error(at, pointer, FormatProblem.LIMIT_EXCEEDED, "limit.other", firstLine(original));
    }
    JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
      return s.error(at, pointer, FormatProblem.MALFORMED_JSON, "malformed.unexpectedEnd");
    }
    if (original.contains("in numeric value")) {
      // A plus sign, or a minus sign or point not followed by a digit: the number is the fault.
      return s.error(tokenStart(at, s), pointer, FormatProblem.MALFORMED_JSON, "malformed.invalidNumber");
    }
    if (original.startsWith("Unexpected character") || original.startsWith("Unexpected close marker")) {
      return s.error(at, pointer, FormatProblem.MALFORMED_JSON, "malformed.unexpectedChar", character(original));
    }
    if (original.startsWith("Non-standard token")) {
      // NaN, Infinity, -Infinity: the parser stops after the word.
      return s.error(tokenStart(at, s), pointer, FormatProblem.MALFORMED_JSON, "malformed.invalidToken",
          quoted(original));
    }
    if (original.startsWith("Unrecognized token")) {
      return s.error(unrecognizedTokenStart(at, original), pointer, FormatProblem.MALFORMED_JSON, "malformed.invalidToken", quoted(original));
    }
    if (original.startsWith("Illegal unquoted character")) {
      return s.error(at, pointer, FormatProblem.MALFORMED_JSON, "malformed.controlChar");
    }
    if (original.startsWith("Illegal character ((CTRL-CHAR")) {
      // A control character between tokens, typically the zero bytes of a UTF-16 or UTF-32 file.
      return s.error(at, pointer, FormatProblem.MALFORMED_JSON, "malformed.controlOutside", character(original));
    }
    if (original.startsWith("Unrecognized character escape")) {
      return s.error(at, pointer, FormatProblem.MALFORMED_JSON, "malformed.invalidEscape");
    }
    if (original.startsWith("Invalid numeric value") || original.contains("Leading zeroes")
        || original.contains("numeric value")) {
      // Leading zeros: the parser stops at the digit after the zero.
      return s.error(tokenStart(at, s), pointer, FormatProblem.MALFORMED_JSON, "malformed.invalidNumber");
    }
    return s.error(at, pointer, FormatProblem.MALFORMED_JSON, "malformed.other", firstLine(original));
  }

  /**
   * Converts invalid UTF-8 input.
   *
   * @param e the exception of the decoder
   * @param s the state of the read
   * @return the format exception
   */
  public static LdmFormatException encoding(Utf8Reader.EncodingException e, ReadState s) {
    return s.errorAt(e.line(), e.column(), JsonPointer.root(), FormatProblem.MALFORMED_JSON, "malformed.encoding");
  }

  /**
   * The location of the start of the number or word that the parser stopped in, on the line where
   * it stopped; the parser's own location when the characters read are not kept.
   */
  private static JsonLocation tokenStart(JsonLocation stop, ReadState s) {
    Lookbehind text = s.lookbehind();
    if (text == null || stop == null || stop.getCharOffset() < 0) {
      return stop;
    }
    long start = text.tokenStart(stop.getCharOffset());
    return start < 0 ? stop : moveBack(stop, stop.getCharOffset() - start);
  }

  /**
   * The error of a key longer than the limit: at the key's opening quote, with the key's pointer
   * when the key was read whole without escapes (a key can stop the parser before its end, and only
   * its first characters are known), else with the pointer of the object that holds it.
   */
  private static LdmFormatException overlongKey(JsonParser p, ReadState s) {
    JsonStreamContext object = p.getParsingContext();
    JsonPointer pointer = ReadState.pointer(object.getParent());
    JsonLocation stop = p.currentLocation();
    Lookbehind text = s.lookbehind();
    JsonLocation at = stop;
    if (text != null && stop.getCharOffset() >= 0) {
      long open = text.keyStart(stop.getCharOffset());
      if (open >= 0) {
        at = moveBack(stop, stop.getCharOffset() - open);
        String key = text.keyText(open, stop.getCharOffset());
        if (key != null) {
          pointer = pointer.append(key);
        }
      }
    }
    return s.error(at, pointer, FormatProblem.LIMIT_EXCEEDED, "limit.name",
        Integer.toString(ReadLimits.MAX_NAME_LENGTH));
  }

  /** A location a number of characters before another on the same line. */
  private static JsonLocation moveBack(JsonLocation from, long characters) {
    return new JsonLocation(from.contentReference(), -1L, from.getCharOffset() - characters, from.getLineNr(),
        (int) Math.max(1, from.getColumnNr() - characters));
  }

  /**
   * Whether the parser locates an unrecognized token after its last character: jackson-core before
   * 2.20 (Spring Boot 3.5 has 2.19) does, later versions at its first character. (A non-standard
   * token such as {@code NaN} is located after it on every version.)
   */
  private static final boolean TOKEN_LOCATED_AT_END =
      com.fasterxml.jackson.core.json.PackageVersion.VERSION.getMinorVersion() < 20;

  /**
   * The location of an unrecognized token's first character ({@code Unrecognized token}), on every
   * version of jackson-core:
   * where a version locates the exception after the token, back by the token's length (the token,
   * as the message quotes it, is a run of identifier characters on one line). A token too long to be
   * quoted whole ({@code ...}) keeps the parser's location.
   */
  static JsonLocation unrecognizedTokenStart(JsonLocation at, String message) {
    int start = message.indexOf('\'');
    int end = start < 0 ? -1 : message.indexOf('\'', start + 1);
    if (!TOKEN_LOCATED_AT_END || !message.startsWith("Unrecognized token") || at == null || end <= start
        || message.startsWith("...", end - 3)) {
      return at;
    }
    int length = end - start - 1;
    return new JsonLocation(at.contentReference(), at.getByteOffset() < 0 ? -1 : at.getByteOffset() - length,
        at.getCharOffset() < 0 ? -1 : at.getCharOffset() - length, at.getLineNr(), at.getColumnNr() - length);
  }

  /** Whether a limit was exceeded while the parser was reading the digits of a number. */
  private static boolean whileParsingANumber(Exception e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("com.fasterxml.jackson.core.json.")
          && (frame.getMethodName().contains("Number") || frame.getMethodName().contains("Float"))) {
        return true;
      }
    }
    return false;
  }

  private static String character(String message) {
    int start = message.indexOf("('");
    if (start >= 0) {
      int end = message.indexOf("' (code", start);
      if (end > start + 2) {
        return message.substring(start + 2, end);
      }
    }
    int marker = message.indexOf("marker '");
    if (marker >= 0 && marker + 9 <= message.length()) {
      return message.substring(marker + 8, marker + 9);
    }
    int code = message.indexOf("code ");
    int end = code < 0 ? -1 : message.indexOf(')', code);
    if (end > code) {
      try {
        return String.format("U+%04X", Integer.parseInt(message.substring(code + 5, end).trim()));
      } catch (NumberFormatException notANumber) {
        return "?";
      }
    }
    return "?";
  }

  private static String quoted(String message) {
    int start = message.indexOf('\'');
    int end = start < 0 ? -1 : message.indexOf('\'', start + 1);
    return end > start ? ReadState.quote(message.substring(start + 1, end)) : "?";
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return ReadState.quote(nl < 0 ? message : message.substring(0, nl));
  }
}
