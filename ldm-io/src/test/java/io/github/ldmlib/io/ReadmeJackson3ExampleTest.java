package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmJackson3Module;
import io.github.ldmlib.model.dossier.Dossier;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's Jackson 3 example, as it is written there, imports included (the imports are those of
 * this file: other types are named in full below).
 */
@org.junit.jupiter.api.Tag("jackson3")
class ReadmeJackson3ExampleTest {

  @org.junit.jupiter.api.Test
  void readsAndWritesTheBytesOfTheExample() throws java.io.IOException {
    String text = java.nio.file.Files.readString(ExamplesTest.EXAMPLES.resolve("dossier-complete.json"));

    // --- README: Jackson 3 ---
    JsonMapper mapper = JsonMapper.builder().addModule(new LdmJackson3Module()).build();
    Dossier dossier = mapper.readValue(text, Dossier.class);      // same checks, same errors as LdmJson
    String json = mapper.writer().with(LdmJackson3Module.prettyPrinter()).writeValueAsString(dossier);
    // --- end ---

    assertThat(dossier).isEqualTo(LdmJson.defaults().read(Dossier.class, text));
    assertThat(json + "\n").isEqualTo(text);
  }
}
