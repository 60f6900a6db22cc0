package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the Jackson module of each Jackson line ({@link LdmModule} for Jackson 2, {@link
 * LdmJackson3Module} for Jackson 3) must give: what {@link LdmJson} gives, byte for byte and error
 * for error, on every example of {@code examples/} (every document kind) and every file of the
 * bad-input corpus. Each line's test implements the few calls that differ between the lines.
 */
abstract class JacksonLineContract {

  static final LdmJson JSON = LdmJson.defaults();

  /** Writes with the module, pretty (with the module's pretty printer) or compact. */
  abstract String write(Object value, boolean pretty) throws Exception;

  /** Reads bytes with the module. */
  abstract Object read(byte[] json, Class<?> type) throws Exception;

  /** Converts a value through the mapper's token buffer ({@code convertValue}). */
  abstract Object convert(Object value, Class<?> type) throws Exception;

  /** Whether a throwable is one of the line's own exceptions (parser or mapper). */
  abstract boolean isJacksonException(Throwable t);

  /** Whether a throwable is the line's databinding exception, which carries a format fault. */
  abstract boolean isDatabindException(Throwable t);

  /** Writes with a mapper of the line without the module, {@code FAIL_ON_EMPTY_BEANS} as given. */
  abstract String writeWithoutModule(Object value, boolean failOnEmptyBeans) throws Exception;

  /** {@code valueToTree}, then {@code treeToValue}. */
  abstract Object throughValueToTree(Object value, Class<?> type) throws Exception;

  /** {@code valueToTree}, written as text. */
  abstract String valueToTreeText(Object value) throws Exception;

  /**
   * {@code readTree} of a text, then {@code treeToValue}, with a mapper whose trees hold decimals
   * exactly ({@code USE_BIG_DECIMAL_FOR_FLOATS}, trailing zeros kept) or with the defaults.
   */
  abstract Object throughReadTree(String json, Class<?> type, boolean exactTrees) throws Exception;

  /** {@code valueToTree}, then {@code treeToValue}, with a mapper whose trees keep trailing zeros. */
  abstract Object throughExactValueToTree(Object value, Class<?> type) throws Exception;

  static Stream<Path> examples() throws IOException {
    return ExamplesTest.exampleFiles();
  }

  static List<BadInputCorpusTest.Expected> corpus() throws IOException {
    return BadInputCorpusTest.corpus();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void writesTheBytesOfLdmJson(Path file) throws Exception {
    DocumentKind<?> kind = ExamplesTest.kindOf(file);
    Object document = JSON.read(kind.type(), file);
    String pretty = JSON.writeString(document);
    assertThat(pretty).as("the example is in canonical form").isEqualTo(Files.readString(file));
    assertThat(write(document, true) + "\n").isEqualTo(pretty);
    assertThat(write(document, false) + "\n").isEqualTo(JSON.withPrettyPrint(false).writeString(document));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void readsAndConvertsEqualObjects(Path file) throws Exception {
    DocumentKind<?> kind = ExamplesTest.kindOf(file);
    Object document = JSON.read(kind.type(), file);
    assertThat(read(Files.readAllBytes(file), kind.type())).isEqualTo(document);
    assertThat(convert(document, kind.type())).isEqualTo(document);
  }

  /**
   * Each bad input fails as with {@code LdmJson}: the same {@link LdmFormatException} (problem,
   * line, column, pointer, message) as the cause of the mapper's exception. Malformed JSON and the
   * limits are the host's: its own exception, or the value when the host's parser accepts the text
   * (a byte order mark, trailing content, an array longer than {@code LdmJson}'s limit). A JSON
   * {@code null} is a null reference, as for any type a mapper reads.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void raisesTheErrorsOfLdmJson(BadInputCorpusTest.Expected expected) throws Exception {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/io/github/ldmlib/io/bad/" + expected.file())) {
      bytes = in.readAllBytes();
    }
    Class<?> type = expected.kind().type();
    LdmFormatException direct = (LdmFormatException) catchThrowable(
        () -> JSON.read(type, new ByteArrayInputStream(bytes), "<json>"));
    Throwable viaModule = catchThrowable(() -> read(bytes, type));
    if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip().equals("null")) {
      // A JSON null is a null reference to a mapper, whatever the type: no object at all.
      assertThat(viaModule).isNull();
      assertThat(read(bytes, type)).isNull();
      return;
    }
    if (direct.problem() == FormatProblem.LIMIT_EXCEEDED) {
      // The host's limits apply, not LdmJson's: either may be the first to refuse.
      if (viaModule != null) {
        assertThat(isJacksonException(viaModule)).as("Jackson's own exception: %s", viaModule).isTrue();
      }
      return;
    }
    if (direct.problem() == FormatProblem.MALFORMED_JSON) {
      if (viaModule != null) {
        assertThat(isJacksonException(viaModule)).as("Jackson's own exception: %s", viaModule).isTrue();
        assertThat(viaModule.getCause() instanceof LdmFormatException).as("%s", viaModule).isFalse();
      }
      return;
    }
    assertThat(viaModule).as("the module's exception").isNotNull();
    assertThat(isDatabindException(viaModule)).as("%s", viaModule).isTrue();
    assertThat(viaModule.getCause()).isInstanceOfSatisfying(LdmFormatException.class, fault -> {
      assertThat(List.of(fault.problem(), fault.line(), fault.column(), fault.pointer(), fault.getMessage()))
          .containsExactly(direct.problem(), direct.line(), direct.column(), direct.pointer(), direct.getMessage());
    });
  }

  /** Decimals that a double cannot hold exactly, or whose scale a double drops. */
  static final List<String> DECIMALS = List.of("12.50", "0.1", "1234567890.123456789");

  static String dossierWithDecimals() throws IOException {
    String text = Files.readString(ExamplesTest.EXAMPLES.resolve("dossier-complete.json"));
    text = Docs.replaceOnce(text, "\"value\": 58", "\"value\": " + DECIMALS.get(0));
    text = Docs.replaceOnce(text, "\"value\": 67", "\"value\": " + DECIMALS.get(1));
    return Docs.replaceOnce(text, "\"value\": 74", "\"value\": " + DECIMALS.get(2));
  }

  @Test
  void treeConversionsKeepEveryDecimalDigit() throws Exception {
    String text = dossierWithDecimals();
    Dossier dossier = JSON.read(Dossier.class, text);
    assertThat(JSON.writeString(dossier)).isEqualTo(text);
    assertThat(convert(dossier, Dossier.class)).isEqualTo(dossier);
    assertThat(throughExactValueToTree(dossier, Dossier.class)).isEqualTo(dossier);
    assertThat(throughReadTree(text, Dossier.class, true)).isEqualTo(dossier);
  }

  /**
   * With a mapper's defaults, a tree made by {@code valueToTree} holds every digit (integers as
   * integers, decimals as {@code BigDecimal}); and a tree read from text with the defaults, where
   * Jackson keeps decimals as doubles, is refused when read into a model type, never read wrong.
   */
  @Test
  void defaultTreesKeepTheDigitsOrAreRefused() throws Exception {
    String text = dossierWithDecimals();
    Dossier dossier = JSON.read(Dossier.class, text);
    String tree = valueToTreeText(dossier);
    assertThat(tree).contains("\"value\":0.1", "\"value\":1234567890.123456789", "\"target\":75,");
    assertThat(throughValueToTree(JSON.read(Dossier.class, Files.readString(
        ExamplesTest.EXAMPLES.resolve("dossier-complete.json"))), Dossier.class))
        .as("no decimal with trailing zeros: equal on both lines' defaults")
        .isEqualTo(JSON.read(Dossier.class, ExamplesTest.EXAMPLES.resolve("dossier-complete.json")));
    Throwable refused = catchThrowable(() -> throughReadTree(text, Dossier.class, false));
    assertThat(refused).isNotNull();
    assertThat(refused.getCause()).isInstanceOfSatisfying(LdmFormatException.class, e -> {
      assertThat(e.problem()).isEqualTo(FormatProblem.INVALID_VALUE);
      assertThat(e.detail()).contains("double");
    });
  }

  /** Model values met in the examples, one of each class: every document, and what is inside. */
  static List<Object> modelValues() throws IOException {
    java.util.Map<Class<?>, Object> byType = new java.util.LinkedHashMap<>();
    for (Path file : examples().toList()) {
      collect(JSON.read(ExamplesTest.kindOf(file).type(), file), byType);
    }
    return List.copyOf(byType.values());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void collect(Object value, java.util.Map<Class<?>, Object> byType) {
    if (value instanceof java.util.Optional<?> optional) {
      optional.ifPresent(v -> collect(v, byType));
    } else if (value instanceof java.util.Collection<?> values) {
      values.forEach(v -> collect(v, byType));
    } else if (value instanceof io.github.ldmlib.model.Uai || value instanceof io.github.ldmlib.model.SchoolYear) {
      byType.putIfAbsent(value.getClass(), value);
    } else if (value != null) {
      java.util.Optional<? extends io.github.ldmlib.model.meta.ModelType<?>> type =
          io.github.ldmlib.model.meta.ModelType.of(value.getClass());
      if (type.isPresent()) {
        byType.putIfAbsent(type.get().type(), value);
        for (io.github.ldmlib.model.meta.ModelProperty property : type.get().properties()) {
          collect(property.accessor().apply(value), byType);
        }
      }
    }
  }

  @Test
  void aMapperWithoutTheModuleRefusesEveryModelValue() throws Exception {
    List<Object> values = modelValues();
    // Every type the modules write is hidden from databinding, through LdmStyle or directly.
    for (Class<?> type : io.github.ldmlib.io.internal.ModelCodecs.types()) {
      boolean hidden = java.util.Arrays.stream(type.getAnnotations()).map(java.lang.annotation.Annotation::annotationType)
          .anyMatch(a -> a.getSimpleName().equals("HiddenFromDatabinding")
              || java.util.Arrays.stream(a.getAnnotations())
                  .anyMatch(meta -> meta.annotationType().getSimpleName().equals("HiddenFromDatabinding")));
      assertThat(hidden).as("%s is hidden from databinding", type.getName()).isTrue();
    }
    assertThat(values).hasSizeGreaterThan(DocumentKind.values().size());
    for (Object value : values) {
      Throwable refused = catchThrowable(() -> writeWithoutModule(value, true));
      assertThat(refused).as("%s without the module: %s", value.getClass(),
          refused == null ? writeWithoutModule(value, true) : "").isNotNull();
      assertThat(isJacksonException(refused)).as("%s", refused).isTrue();
      assertThat(refused.getMessage()).contains("register io.github.ldmlib.io.LdmModule (Jackson 2)",
          "io.github.ldmlib.io.LdmJackson3Module (Jackson 3)");
      assertThat(catchThrowable(() -> writeWithoutModule(value, false)))
          .as("refused whatever FAIL_ON_EMPTY_BEANS says").isNotNull();
    }
  }

  /** Reads with a mapper of the line without the module. */
  abstract Object readWithoutModule(byte[] json, Class<?> type) throws Exception;

  @ParameterizedTest
  @MethodSource("examples")
  void aMapperWithoutTheModuleCannotReadADocument(Path file) throws Exception {
    Class<?> type = ExamplesTest.kindOf(file).type();
    Throwable refused = catchThrowable(() -> readWithoutModule(Files.readAllBytes(file), type));
    assertThat(refused).isNotNull();
    assertThat(isJacksonException(refused)).as("%s", refused).isTrue();
  }

  /** Writes with a mapper of the line without the module whose filter provider accepts any id. */
  abstract String writeWithoutModuleWithAnyFilter(Object value) throws Exception;

  /**
   * A host whose own filter provider has a default filter (so the filter that names the module is
   * not refused) gets an empty object for a model value written without the module, never a partial
   * one; reading it back with the module refuses it.
   */
  @Test
  void withAHostsDefaultFilterAValueIsAnEmptyObjectNeverAPartialOne() throws Exception {
    for (Object value : modelValues()) {
      assertThat(writeWithoutModuleWithAnyFilter(value)).as("%s", value.getClass()).isEqualTo("{}");
    }
    Throwable refused = catchThrowable(() -> read("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Dossier.class));
    assertThat(refused.getCause()).isInstanceOfSatisfying(LdmFormatException.class,
        e -> assertThat(e.problem()).isEqualTo(FormatProblem.MISSING_PROPERTY));
  }

  @Test
  void aFaultInsideAHostTypeIsLocatedInTheHostsDocument() {
    String dossier = Docs.dossierWith("\"perennial\": true", "\"perennial\": \"oui\"");
    LdmFormatException direct = (LdmFormatException) catchThrowable(() -> JSON.read(Dossier.class, dossier));
    String json = "{\"sender\": \"rectorat\",\n \"dossier\": " + dossier + "}";
    Throwable t = catchThrowable(() -> read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        ModuleTest.Envelope.class));
    assertThat(t.getCause()).isInstanceOfSatisfying(LdmFormatException.class, fault -> {
      assertThat(fault.problem()).isEqualTo(FormatProblem.WRONG_TYPE);
      // The pointer starts at the host's document; the line is one more: the host's first line.
      assertThat(fault.pointer()).hasToString("/dossier" + direct.pointer());
      assertThat(fault.line()).isEqualTo(direct.line() + 1);
      assertThat(fault.column()).isEqualTo(direct.column());
    });
  }
}
