package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.dossier.Dossier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON Lines batch is read one line at a time; a bad line is reported and the batch goes on. */
class JsonLinesTest {

  private static final LdmJson JSON = LdmJson.defaults();
  private static final LdmJson COMPACT = JSON.withPrettyPrint(false);

  private static String line(Dossier dossier) {
    return COMPACT.writeString(dossier); // one line, ending with a line feed
  }

  private static Dossier named(String name) {
    return Dossier.builder().from(Fixtures.minimalDossier())
        .establishment(Fixtures.minimalDossier().establishment())
        .labelTitle(name).build();
  }

  private static String batch() {
    return line(named("un"))
        + "{\"formatVersion\":\"1.0\",\"kind\":\"dossier\",\"dossierKind\":\"MAYBE\"}\n"
        + "\n"
        + line(Fixtures.dossier()).replace("\n", "\r\n")
        + "{\"formatVersion\":\"1.0\",\n"
        + line(named("quatre"));
  }

  @Test
  void aBadLineInTheMiddleDoesNotStopTheBatch() throws IOException {
    List<JsonLine<Dossier>> lines = new ArrayList<>();
    try (JsonLinesReader<Dossier> reader = JSON.readLines(Dossier.class, new StringReader(batch()), "lot.jsonl")) {
      reader.forEachRemaining(lines::add);
    }
    assertThat(lines).extracting(JsonLine::lineNumber).containsExactly(1L, 2L, 4L, 5L, 6L);
    assertThat(lines).extracting(JsonLine::isValue).containsExactly(true, false, true, false, true);
    assertThat(lines.get(0).valueOrThrow().labelTitle()).contains("un");
    assertThat(lines.get(2).valueOrThrow()).isEqualTo(Fixtures.dossier());
    assertThat(lines.get(4).valueOrThrow().labelTitle()).contains("quatre");

    LdmFormatException bad = lines.get(1).error().orElseThrow();
    assertThat(bad.problem()).isEqualTo(FormatProblem.UNKNOWN_ENUM_VALUE);
    assertThat(bad.line()).isEqualTo(2);
    long column = "{\"formatVersion\":\"1.0\",\"kind\":\"dossier\",\"dossierKind\":".length() + 1;
    assertThat(bad.column()).isEqualTo(column);
    assertThat(bad.pointer()).hasToString("/dossierKind");
    assertThat(bad.sourceName()).isEqualTo("lot.jsonl");
    assertThat(bad.getMessage()).startsWith("lot.jsonl (ligne 2, colonne " + column + ") à /dossierKind : valeur « MAYBE »");
    assertThatThrownBy(() -> lines.get(1).valueOrThrow()).isSameAs(bad);

    LdmFormatException truncated = lines.get(3).error().orElseThrow();
    assertThat(truncated.problem()).isEqualTo(FormatProblem.MALFORMED_JSON);
    assertThat(truncated.line()).isEqualTo(5);
  }

  @Test
  void aLoneCarriageReturnInALineKeepsErrorsOnThatLine() throws IOException {
    // Found by fuzzing: the parser takes a lone CR for a line break, which put the error on the next line.
    String broken = "{\"formatVersion\":\"1.0\",\r\"kind\":\"dossier\",\r \"dossierKind\":\"MAYBE\"}";
    String text = line(named("un")) + broken + "\n" + "{\"formatVersion\":\r\"1.0\",\r\n" + "  \r  \n"
        + line(named("cinq"));
    List<JsonLine<Dossier>> lines = new ArrayList<>();
    try (JsonLinesReader<Dossier> reader = JSON.readLines(Dossier.class, new StringReader(text), "lot.jsonl")) {
      reader.forEachRemaining(lines::add);
    }
    // The blank line 4, CR included, is skipped.
    assertThat(lines).extracting(JsonLine::lineNumber).containsExactly(1L, 2L, 3L, 5L);
    LdmFormatException bad = lines.get(1).error().orElseThrow();
    assertThat(bad.problem()).isEqualTo(FormatProblem.UNKNOWN_ENUM_VALUE);
    assertThat(bad.line()).isEqualTo(2);
    assertThat(bad.column()).isEqualTo(broken.indexOf("\"MAYBE\"") + 1);
    LdmFormatException truncated = lines.get(2).error().orElseThrow();
    assertThat(truncated.problem()).isEqualTo(FormatProblem.MALFORMED_JSON);
    assertThat(truncated.line()).isEqualTo(3);
    assertThat(lines.get(3).valueOrThrow().labelTitle()).contains("cinq");
  }

  @Test
  void bytesFilesAndStreamsGiveTheSameLines(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lot.jsonl");
    Files.writeString(file, batch(), StandardCharsets.UTF_8);
    List<String> fromFile;
    try (JsonLinesReader<Dossier> reader = JSON.readLines(Dossier.class, file)) {
      fromFile = reader.stream().map(l -> l.lineNumber() + ":" + l.isValue()).toList();
    }
    List<String> fromBytes = JSON.readLines(Dossier.class,
            new ByteArrayInputStream(batch().getBytes(StandardCharsets.UTF_8)), "lot.jsonl")
        .stream().map(l -> l.lineNumber() + ":" + l.isValue()).toList();
    assertThat(fromFile).containsExactly("1:true", "2:false", "4:true", "5:false", "6:true").isEqualTo(fromBytes);
  }

  @Test
  void invalidUtf8AndOverlongLinesAreReportedAndSkipped() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(line(named("un")).getBytes(StandardCharsets.UTF_8));
    bytes.write("{\"formatVersion\":\"1.0\",\"x\":\"".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xFF, '"', '}', '\n'});
    bytes.write(("{\"formatVersion\":\"1.0\",\"context\":\"" + "y".repeat(5_000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
    bytes.write(line(named("quatre")).getBytes(StandardCharsets.UTF_8));
    LdmJson small = JSON.withLimits(ReadLimits.defaults().withMaxDocumentLength(1_000));
    List<JsonLine<Dossier>> lines = small.readLines(Dossier.class, new ByteArrayInputStream(bytes.toByteArray()), "lot")
        .stream().toList();
    assertThat(lines).extracting(JsonLine::isValue).containsExactly(true, false, false, true);
    LdmFormatException encoding = lines.get(1).error().orElseThrow();
    assertThat(encoding.problem()).isEqualTo(FormatProblem.MALFORMED_JSON);
    assertThat(encoding.line()).isEqualTo(2);
    assertThat(encoding.column()).isEqualTo(29);
    LdmFormatException tooLong = lines.get(2).error().orElseThrow();
    assertThat(tooLong.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
    assertThat(tooLong.line()).isEqualTo(3);
    assertThat(tooLong.detail()).isEqualTo("la ligne dépasse la longueur maximale de 1000 caractères");
    assertThat(lines.get(3).valueOrThrow().labelTitle()).contains("quatre");
  }

  @Test
  void warningsOfALenientBatchStayWithTheirLine() {
    String batch = line(named("un")).replace("\"dossierKind\"", "\"note\":1,\"dossierKind\"");
    List<JsonLine<Dossier>> lines = JSON.withLenient(true)
        .readLines(Dossier.class, new StringReader("\n" + batch), "lot").stream().toList();
    assertThat(lines).singleElement().satisfies(l -> {
      assertThat(l.lineNumber()).isEqualTo(2);
      assertThat(l.warnings()).singleElement().satisfies(w -> {
        assertThat(w.line()).isEqualTo(2);
        assertThat(w.pointer()).hasToString("/note");
      });
    });
  }

  @Test
  void anEmptyBatchHasNoLine() {
    JsonLinesReader<Dossier> reader = JSON.readLines(Dossier.class, new StringReader(" \n\n"), "vide");
    assertThat(reader.hasNext()).isFalse();
    assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aLineHasAValueOrAnErrorNeverBoth() {
    assertThatThrownBy(() -> new JsonLine<>(1, java.util.Optional.empty(), java.util.Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
