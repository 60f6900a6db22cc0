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
