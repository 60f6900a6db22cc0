package io.github.ldmlib.io;

import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import io.github.ldmlib.io.internal.DocumentCodec;
import io.github.ldmlib.io.internal.JacksonAdapters;
import java.util.Locale;
import java.util.Objects;

/**
 * The Jackson 2 module of the label's JSON format, for a host application that has its own {@code
 * ObjectMapper} (a Spring Boot 3 application declares it as a bean and Spring registers it); {@link
 * LdmJackson3Module} is the same for Jackson 3.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new LdmModule());
 * Dossier dossier = mapper.readValue(json, Dossier.class);
 * String text = mapper.writer(LdmModule.prettyPrinter()).writeValueAsString(dossier);
 * }</pre>
 *
 * <p>The module reads and writes every type of the model with the same code as {@link LdmJson}:
 * the same keys, the same order, the same checks. An object of a document type ({@link
 * io.github.ldmlib.model.meta.DocumentKind#type()}: a {@link io.github.ldmlib.model.dossier.Dossier}, an {@link
 * io.github.ldmlib.model.audit.AuditPlan}...) is always written and read as a document, with its
 * {@code formatVersion} and {@code kind}. Written with {@link #prettyPrinter()},
 * the output has the same bytes as {@link LdmJson#writeString(Object)} without its final line feed;
 * written compact, the same bytes as {@code LdmJson.defaults().withPrettyPrint(false)}, again
 * without the final line feed. The host's
 * naming strategies and features do not change the format, with two exceptions that belong to the
 * host's generator and parser: output escaping options ({@code ESCAPE_NON_ASCII}) and the read
 * limits of its {@code JsonFactory}.
 *
 * <p>A fault in a document makes Jackson throw a {@link
 * com.fasterxml.jackson.databind.JsonMappingException} whose {@linkplain Throwable#getCause() cause}
 * is the {@link LdmFormatException}, with its problem, line, column and pointer. Syntax errors and
 * limits are Jackson's own exceptions. Warnings of a lenient module go to the {@code
 * Consumer<FormatWarning>} found in the context attribute {@link #WARNINGS_ATTRIBUTE}:
 *
 * <pre>{@code
 * List<FormatWarning> warnings = new ArrayList<>();
 * Dossier dossier = mapper.readerFor(Dossier.class)
 *     .withAttribute(LdmModule.WARNINGS_ATTRIBUTE, (Consumer<FormatWarning>) warnings::add)
 *     .readValue(json);
 * }</pre>
 *
 * <p>{@code new LdmModule()} is strict with French messages; {@link LdmJson#module()} gives a
 * module with the options of an {@code LdmJson}. Instances are immutable.
 *
 * <p>{@code jackson-databind} is an optional dependency of {@code ldm-io}: an application that
 * uses this module declares it ({@code com.fasterxml.jackson.core:jackson-databind}); {@link
 * LdmJson} needs {@code jackson-core} only.
 */
public final class LdmModule extends Module {

  /**
   * The key of the deserialization context attribute that may hold a {@code
   * java.util.function.Consumer<FormatWarning>} receiving warnings.
   */
  public static final String WARNINGS_ATTRIBUTE = "io.github.ldmlib.io.LdmModule.warnings";

  private final boolean lenient;
  private final Locale locale;

  /** Creates a strict module with French messages. */
  public LdmModule() {
    this(false, Locale.FRENCH);
  }

  LdmModule(boolean lenient, Locale locale) {
    this.lenient = lenient;
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /**
   * Returns the pretty printer of the format (two-space indentation, {@code "key": value}, line
   * feeds), for {@code mapper.writer(LdmModule.prettyPrinter())}.
   *
   * @return a new pretty printer
   */
  public static PrettyPrinter prettyPrinter() {
    return DocumentCodec.prettyPrinter();
  }

  @Override
  public String getModuleName() {
    return "ldm";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(JacksonAdapters.serializers());
    context.addDeserializers(JacksonAdapters.deserializers(lenient, locale, WARNINGS_ATTRIBUTE));
  }
}
