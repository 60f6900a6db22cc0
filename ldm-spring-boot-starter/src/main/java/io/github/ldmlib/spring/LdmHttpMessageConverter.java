package io.github.ldmlib.spring;

import io.github.ldmlib.io.LdmFormatException;
import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.meta.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;

/**
 * Reads and writes the label's documents (every type of {@link DocumentKind#values()}: dossiers,
 * conformity reports, audit files…) in their JSON format through {@link LdmJson}, so that a
 * controller takes and returns them as it would any body: the bytes are exactly those of the
 * format, and a body that is not a document of the expected kind is refused with the line, column
 * and JSON Pointer of the fault.
 *
 * <p>A refused body raises Spring's {@link HttpMessageNotReadableException} (a 400 answer), whose
 * cause is the {@link LdmFormatException}; {@link LdmProblemAdvice} turns it into problem+json. The
 * reader's messages are in the language the locale supplier gives when the body is read (the
 * request's, in the auto-configuration), French unless English.
 *
 * <p>Immutable and thread-safe.
 */
public final class LdmHttpMessageConverter extends AbstractHttpMessageConverter<Object> {

  /** The source name that format errors give to a request body. */
  public static final String SOURCE_NAME = "request body";

  private final LdmJson json;
  private final Supplier<Locale> locale;

  /**
   * Creates a converter whose messages are in the language of the given reader.
   *
   * @param json the reader and writer, not null
   */
  public LdmHttpMessageConverter(LdmJson json) {
    this(json, json::locale);
  }

  /**
   * Creates a converter whose messages are in the language the supplier gives at each read.
   *
   * @param json the reader and writer (its settings but the locale apply), not null
   * @param locale the locale of the reader's messages, asked at each read, not null
   */
  public LdmHttpMessageConverter(LdmJson json, Supplier<Locale> locale) {
    super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    this.json = Objects.requireNonNull(json, "json");
    this.locale = Objects.requireNonNull(locale, "locale");
    setDefaultCharset(StandardCharsets.UTF_8);
  }

  @Override
  protected boolean supports(Class<?> type) {
    for (DocumentKind<?> kind : DocumentKind.values()) {
      if (kind.type().isAssignableFrom(type)) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
    Class<?> documentType = documentType(type);
    try (InputStream body = input.getBody()) {
      return json.withLocale(language()).read(documentType, body, SOURCE_NAME);
    } catch (LdmFormatException e) {
      throw new HttpMessageNotReadableException(e.getMessage(), e, input);
    }
  }

  @Override
  protected void writeInternal(Object document, HttpOutputMessage output) throws IOException {
    try {
      json.write(document, output.getBody());
    } catch (IllegalArgumentException e) {
      throw new HttpMessageNotWritableException("cannot write " + document.getClass().getName(), e);
    }
  }

  /** The model type a body of the given (possibly immutable implementation) class is read as. */
  private static Class<?> documentType(Class<?> type) {
    for (DocumentKind<?> kind : DocumentKind.values()) {
      if (kind.type().isAssignableFrom(type)) {
        return kind.type();
      }
    }
    throw new IllegalArgumentException("not a document type: " + type.getName());
  }

  private Locale language() {
    Locale asked = locale.get();
    return asked != null && asked.getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH;
  }
}
