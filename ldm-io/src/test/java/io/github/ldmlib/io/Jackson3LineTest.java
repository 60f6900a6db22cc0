package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ldmlib.model.dossier.Dossier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link LdmJackson3Module} in a Jackson 3 {@code JsonMapper} gives what {@link LdmJson} gives.
 * Tagged {@code jackson3}: the version set of Spring Boot 3.5 (profile {@code boot-3.5}) has no
 * Jackson 3 and leaves these tests out.
 */
@Tag("jackson3")
class Jackson3LineTest extends JacksonLineContract {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new LdmJackson3Module()).build();

  @Override
  String write(Object value, boolean pretty) {
    String text = pretty ? MAPPER.writer().with(LdmJackson3Module.prettyPrinter()).writeValueAsString(value)
        : MAPPER.writeValueAsString(value);
    // Bytes, as a web framework writes them, are the same text in UTF-8.
    assertThat(pretty ? MAPPER.writer().with(LdmJackson3Module.prettyPrinter()).writeValueAsBytes(value)
        : MAPPER.writeValueAsBytes(value)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    return text;
  }

  @Override
  Object read(byte[] json, Class<?> type) {
    Object fromBytes = MAPPER.readValue(json, type);
    try {
      // Read from a String (the text of valid UTF-8 bytes), the same value.
      String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(json)).toString();
      assertThat(MAPPER.readValue(text, type)).isEqualTo(fromBytes);
    } catch (java.nio.charset.CharacterCodingException notUtf8) {
      // No text to compare with.
    }
    return fromBytes;
  }

  @Override
  Object convert(Object value, Class<?> type) {
    return MAPPER.convertValue(value, type);
  }

  @Override
  String writeWithoutModule(Object value, boolean failOnEmptyBeans) {
    return JsonMapper.builder().configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, failOnEmptyBeans).build()
        .writeValueAsString(value);
  }

  @Override
  Object readWithoutModule(byte[] json, Class<?> type) {
    return JsonMapper.builder().build().readValue(json, type);
  }

  @Override
  String writeWithoutModuleWithAnyFilter(Object value) {
    return JsonMapper.builder().filterProvider(new tools.jackson.databind.ser.std.SimpleFilterProvider()
        .setDefaultFilter(tools.jackson.databind.ser.std.SimpleBeanPropertyFilter.serializeAll())).build()
        .writeValueAsString(value);
  }

  @Override
  Object throughValueToTree(Object value, Class<?> type) {
    JsonNode tree = MAPPER.valueToTree(value);
    return MAPPER.treeToValue(tree, type);
  }

  @Override
  String valueToTreeText(Object value) {
    return MAPPER.valueToTree(value).toString();
  }

  @Override
  Object throughReadTree(String json, Class<?> type, boolean exactTrees) {
    JsonMapper mapper = exactTrees ? exact() : MAPPER;
    return mapper.treeToValue(mapper.readTree(json), type);
  }

  @Override
  Object throughExactValueToTree(Object value, Class<?> type) {
    JsonMapper mapper = exact();
    return mapper.treeToValue(mapper.valueToTree(value), type);
  }

  private static JsonMapper exact() {
    return JsonMapper.builder().addModule(new LdmJackson3Module())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
        .build();
  }

  @Override
  boolean isJacksonException(Throwable t) {
    return t instanceof JacksonException;
  }

  @Override
  boolean isDatabindException(Throwable t) {
    return t instanceof DatabindException;
  }

  @Test
  void aLenientModuleReportsWarningsThroughTheContextAttribute() {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(LdmJson.defaults().withLenient(true).withLocale(Locale.ENGLISH).jackson3Module()).build();
    String json = Docs.dossierWith("\"criterionId\": \"C1\"", "\"criterionId\": \"C1\", \"colour\": \"blue\"");
    List<FormatWarning> warnings = new ArrayList<>();
    Dossier dossier = mapper.readerFor(Dossier.class)
        .withAttribute(LdmJackson3Module.WARNINGS_ATTRIBUTE, (Consumer<FormatWarning>) warnings::add)
        .readValue(json);
    assertThat(dossier).isEqualTo(JSON.read(Dossier.class, Docs.DOSSIER));
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.pointer()).hasToString("/sections/0/colour");
      assertThat(w.message()).isEqualTo("unknown property \"colour\" ignored (lenient mode)");
    });
    // Without the attribute, the warnings are dropped and reading still succeeds; the default module is strict.
    assertThat(mapper.readValue(json, Dossier.class)).isEqualTo(dossier);
    assertThat(catchThrowable(() -> MAPPER.readValue(json, Dossier.class)))
        .isInstanceOf(DatabindException.class)
        .cause().isInstanceOfSatisfying(LdmFormatException.class,
            e -> assertThat(e.problem()).isEqualTo(FormatProblem.UNKNOWN_PROPERTY));
  }

  @Test
  void aDossierInsideAHostTypeIsADocument() {
    ModuleTest.Envelope envelope = new ModuleTest.Envelope();
    envelope.sender = "rectorat";
    envelope.dossier = Fixtures.minimalDossier();
    String text = MAPPER.writeValueAsString(envelope);
    // Jackson 3 orders a host type's properties alphabetically by default; the dossier is a document.
    assertThat(text).contains("\"dossier\":{\"formatVersion\":\"1.0\",\"kind\":\"dossier\"", "\"sender\":\"rectorat\"");
    assertThat(MAPPER.readValue(text, ModuleTest.Envelope.class).dossier).isEqualTo(envelope.dossier);
  }
}
