package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ldmlib.io.internal.ReadState;
import io.github.ldmlib.model.JsonPointer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Read errors are located by a JSON Pointer built from the parser's context, its names and
 * indexes: at every token, it is the pointer Jackson's own path gives, as RFC 6901 reads it, keys
 * that need escaping included.
 */
class PointerFromContextTest {

  private static final JsonFactory FACTORY = new JsonFactory();

  @Test
  void atEveryTokenThePointerIsJacksonsPath() throws IOException {
    List<String> documents = new ArrayList<>(List.of(
        "{}", "[]", "3", "\"text\"",
        "{\"a\": {\"b\": [1, [2, 3], {\"c\": null}], \"\": {\"\": []}}, \"d\": [[], [[]], {}]}",
        "{\"a/b\": {\"c~d\": [{\"~1\": 1, \"/\": 2, \"~\": [true]}]}, \"é ü\": \"x\"}",
        "[[[[{\"deep\": [0, 1, 2, {\"k\": \"v\"}]}]]]]"));
    documents.add(Files.readString(ExamplesTest.EXAMPLES.resolve("dossier-complete.json")));
    int tokens = 0;
    for (String json : documents) {
      try (JsonParser p = FACTORY.createParser(json)) {
        while (p.nextToken() != null) {
          JsonPointer expected = JsonPointer.parse(p.getParsingContext().pathAsPointer().toString());
          assertThat(ReadState.pointer(p)).as("%s at %s in %s", p.currentToken(), expected, json).isEqualTo(expected);
          tokens++;
        }
      }
    }
    assertThat(tokens).isGreaterThan(1000);
  }

  @Test
  void theEscapedKeysAreTokensOfThePointer() throws IOException {
    try (JsonParser p = FACTORY.createParser("{\"a/b\": {\"c~d\": [5]}}")) {
      while (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
        // to the number
      }
      assertThat(ReadState.pointer(p)).isEqualTo(JsonPointer.of("a/b", "c~d", "0"));
      assertThat(ReadState.pointer(p)).hasToString("/a~1b/c~0d/0");
    }
  }
}
