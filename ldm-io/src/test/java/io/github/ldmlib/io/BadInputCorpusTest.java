package io.github.ldmlib.io;

import io.github.ldmlib.model.meta.DocumentKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: each file under {@code src/test/resources/io/github/ldmlib/io/bad/} is a
 * broken document, and {@code expected.tsv} beside them gives the one error each must raise — its
 * {@link FormatProblem}, line, column and JSON Pointer — and a word of its message.
 */
class BadInputCorpusTest {

  private static final String FOLDER = "/io/github/ldmlib/io/bad/";
  private static final LdmJson JSON = LdmJson.defaults().withLocale(Locale.ENGLISH);

  /** One line of {@code expected.tsv}. */
  record Expected(String file, DocumentKind<?> kind, FormatProblem problem, long line, long column,
      String pointer, String excerpt) {

    @Override
    public String toString() {
      return file;
    }
  }

  static List<Expected> corpus() throws IOException {
    try (InputStream in = BadInputCorpusTest.class.getResourceAsStream(FOLDER + "expected.tsv")) {
      assertThat(in).as("expected.tsv").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1))
          .map(f -> new Expected(f[0], DocumentKind.ofId(f[1]).orElseThrow(), FormatProblem.valueOf(f[2]),
              Long.parseLong(f[3]), Long.parseLong(f[4]), f[5], f[6]))
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachFileRaisesItsError(Expected expected) throws IOException {
    byte[] bytes;
    try (InputStream in = BadInputCorpusTest.class.getResourceAsStream(FOLDER + expected.file())) {
      assertThat(in).as(expected.file()).isNotNull();
      bytes = in.readAllBytes();
    }
    LdmFormatException e = assertThrows(LdmFormatException.class,
        () -> JSON.read(expected.kind().type(), new java.io.ByteArrayInputStream(bytes), expected.file()));
    String actual = String.join("\t", expected.file(), expected.kind().id(), e.problem().name(),
        Long.toString(e.line()), Long.toString(e.column()), e.pointer().toString(), e.detail());
    assertThat(List.of(e.problem(), e.line(), e.column(), e.pointer().toString()))
        .as("actual: %s", actual)
        .containsExactly(expected.problem(), expected.line(), expected.column(), expected.pointer());
    assertThat(e.detail()).as("actual: %s", actual).contains(expected.excerpt());
    assertThat(e.sourceName()).isEqualTo(expected.file());
    assertThat(e.getMessage()).startsWith(expected.file() + " (line " + expected.line() + ", column "
        + expected.column() + ")");
  }

  @Test
  void theCorpusIsLargeAndEveryFileHasItsExpectation() throws IOException, URISyntaxException {
    Path folder = Path.of(BadInputCorpusTest.class.getResource(FOLDER + "expected.tsv").toURI()).getParent();
    Set<String> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.tsv"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> expected = corpus().stream().map(Expected::file).collect(Collectors.toCollection(TreeSet::new));
    assertThat(expected).hasSameSizeAs(corpus()).isEqualTo(files);
    assertThat(files).hasSizeGreaterThanOrEqualTo(40);
    // Every kind of format fault is represented.
    assertThat(corpus().stream().map(Expected::problem).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(FormatProblem.values());
  }
}
