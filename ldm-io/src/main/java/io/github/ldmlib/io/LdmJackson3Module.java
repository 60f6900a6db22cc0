package io.github.ldmlib.io;

import io.github.ldmlib.io.internal.Jackson3Adapters;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module of the label's JSON format ({@code tools.jackson}, the Jackson of Spring
 * Boot 4), for a host application that has its own {@code JsonMapper}; {@link LdmModule} is the
 * same for Jackson 2.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new LdmJackson3Module()).build();
 * Dossier dossier = mapper.readValue(json, Dossier.class);
 * String text = mapper.writer().with(LdmJackson3Module.prettyPrinter()).writeValueAsString(dossier);
 * }</pre>
 *
 * <p>The module reads and writes every type of the model with the same codecs as {@link LdmJson}
 * and {@link LdmModule}: the same keys, the same order, the same checks, the same errors. An object
 * of a document type is always written and read as a document, with its {@code formatVersion} and
 * {@code kind}. Written with {@link #prettyPrinter()}, the output has the same bytes as {@link
 * LdmJson#writeString(Object)} without its final line feed; written compact, the same bytes as
 * {@code LdmJson.defaults().withPrettyPrint(false)}, again without the final line feed. Decimals
 * are written as their text ({@code 12.50} keeps its scale), also into Jackson's token buffers, so
 * that {@code convertValue} and {@code valueToTree} keep every digit.
 *
 * <p>A fault in a document makes Jackson throw a {@link tools.jackson.databind.DatabindException}
 * whose {@linkplain Throwable#getCause() cause} is the {@link LdmFormatException}, with its
 * problem, pointer, and the line and column of the fault in the text the host's parser reads (the
 * host's whole document, when the ldm document is nested in a host's type; none when reading from
 * a tree). Syntax errors and limits are Jackson's own exceptions. Warnings of a lenient module go
 * to the {@code Consumer<FormatWarning>} found in the context attribute {@link
 * #WARNINGS_ATTRIBUTE}.
 *
 * <p>{@code new LdmJackson3Module()} is strict with French messages; {@link LdmJson#jackson3Module()}
 * gives a module with the options of an {@code LdmJson}. Instances are immutable.
 *
 * <p>Jackson 3 is an optional dependency of {@code ldm-io}: an application that uses this module
 * declares {@code tools.jackson.core:jackson-databind} (Spring Boot 4 has it already).
 */
public final class LdmJackson3Module extends JacksonModule {

  /**
   * The key of the deserialization context attribute that may hold a {@code
   * java.util.function.Consumer<FormatWarning>} receiving warnings; the same key as {@link
   * LdmModule#WARNINGS_ATTRIBUTE}.
   */
  public static final String WARNINGS_ATTRIBUTE = LdmModule.WARNINGS_ATTRIBUTE;

  private final boolean lenient;
  private final Locale locale;

  /** Creates a strict module with French messages. */
  public LdmJackson3Module() {
    this(false, Locale.FRENCH);
  }

  LdmJackson3Module(boolean lenient, Locale locale) {
    this.lenient = lenient;
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /**
   * Returns the pretty printer of the format (two-space indentation, {@code "key": value}, line
   * feeds), for {@code mapper.writer().with(LdmJackson3Module.prettyPrinter())}.
   *
   * @return a new pretty printer
   */
  public static PrettyPrinter prettyPrinter() {
    return Jackson3Adapters.prettyPrinter();
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
    context.addSerializers(Jackson3Adapters.serializers());
    context.addDeserializers(Jackson3Adapters.deserializers(lenient, locale, WARNINGS_ATTRIBUTE));
  }
}
