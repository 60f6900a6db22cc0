package io.github.ldmlib.io;

import static io.github.ldmlib.io.Docs.at;
import static io.github.ldmlib.io.Docs.dossierWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ldmlib.model.dossier.Dossier;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * An error of the parser is placed at the start of the faulty token, whichever way the text is read
 * (a string, UTF-8 bytes, a line of a JSON Lines batch), not where the parser stopped in it.
 */
class ErrorPlacesTest {

  private static final LdmJson JSON = LdmJson.defaults();

  /** The errors of one text read as a string, as bytes and as a reader. */
  private static List<LdmFormatException> errors(String json) {
    return List.of(
        assertThrows(LdmFormatException.class, () -> JSON.read(Dossier.class, json)),
        assertThrows(LdmFormatException.class, () -> JSON.read(Dossier.class,
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bytes")),
        assertThrows(LdmFormatException.class, () -> JSON.read(Dossier.class, new StringReader(json), "chars")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "012", "-012", "+1", "00", "-0012.5", "1.", "-x"})
  void aBadNumberIsPlacedAtItsFirstCharacter(String token) {
    String json = dossierWith("\"durationYears\": 5,", "\"durationYears\": " + token + ",");
    long[] where = at(json, "\"durationYears\": " + token);
    for (LdmFormatException e : errors(json)) {
      assertThat(e.problem()).as(e.getMessage()).isEqualTo(FormatProblem.MALFORMED_JSON);
      assertThat(e.line()).as(e.getMessage()).isEqualTo(where[0]);
      assertThat(e.column()).as(e.getMessage()).isEqualTo(where[1] + "\"durationYears\": ".length());
      assertThat(e.pointer()).as(e.getMessage()).hasToString("/sections/0/actions/0/durationYears");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "-Infinity", "012", "+1"})
  void aBadNumberInAnArrayOrABatchLineIsPlacedAtItsFirstCharacter(String token) {
    String json = dossierWith("\"sections\": [", "\"sections\": [  " + token + ", [");
    long[] where = at(json, "[  " + token);
    for (LdmFormatException e : errors(json)) {
      assertThat(e.column()).as(e.getMessage()).isEqualTo(where[1] + 3);
      assertThat(e.pointer()).as(e.getMessage()).hasToString("/sections/0");
    }
    String line = "{\"formatVersion\": \"1.0\", \"kind\": \"dossier\", \"sections\": [" + token + "]}";
    JsonLine<Dossier> read = JSON.readLines(Dossier.class, new StringReader("{}\n" + line + "\n"), "batch")
        .stream().toList().get(1);
    LdmFormatException e = read.error().orElseThrow();
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).as(e.getMessage()).isEqualTo(line.indexOf("[" + token) + 2);
    assertThat(e.pointer()).hasToString("/sections/0");
  }

  @Test
  void anOverlongKeyIsPlacedAtItsOpeningQuoteWithItsOwnPointer() {
    String key = "k".repeat(ReadLimits.MAX_NAME_LENGTH + 1);
    String json = dossierWith("\"name\": \"Lycée Marie-Marvingt\"",
        "\"name\": \"Lycée Marie-Marvingt\",\n    \"" + key + "\": 1");
    long[] where = at(json, "\"" + key);
    for (LdmFormatException e : errors(json)) {
      assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
      assertThat(e.line()).as(e.getMessage()).isEqualTo(where[0]);
      assertThat(e.column()).as(e.getMessage()).isEqualTo(where[1]);
      assertThat(e.pointer().toString()).isEqualTo("/establishment/" + key);
    }
  }

  @Test
  void aKeyThatCannotBeNamedExactlyIsPlacedAtItsOpeningQuoteWithThePointerOfItsObject() {
    String key = "\\u006b" + "k".repeat(ReadLimits.MAX_NAME_LENGTH);
    String json = dossierWith("\"uai\": \"0619876D\",", "\"uai\": \"0619876D\", \"" + key + "\": 1,");
    long[] where = at(json, "\"" + key);
    for (LdmFormatException e : errors(json)) {
      assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
      assertThat(e.line()).as(e.getMessage()).isEqualTo(where[0]);
      assertThat(e.column()).as(e.getMessage()).isEqualTo(where[1]);
      assertThat(e.pointer()).hasToString("/establishment");
    }
  }

  @Test
  void aKeySoLongThatTheParserStopsInsideItIsPlacedInsideIt() {
    // The parser checks the length of a very long key while reading it, far from its start
    // (jackson-core before 2.20, as Spring Boot 3.5 has, once the key is read: after its closing quote).
    String key = "k".repeat(100_000);
    String json = dossierWith("\"uai\": \"0619876D\",", "\"uai\": \"0619876D\", \"" + key + "\": 1,");
    long[] where = at(json, "\"" + key);
    for (LdmFormatException e : errors(json)) {
      assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
      assertThat(e.line()).as(e.getMessage()).isEqualTo(where[0]);
      assertThat(e.column()).as(e.getMessage()).isBetween(where[1], where[1] + key.length() + 2);
      assertThat(e.pointer()).hasToString("/establishment");
    }
  }
}
