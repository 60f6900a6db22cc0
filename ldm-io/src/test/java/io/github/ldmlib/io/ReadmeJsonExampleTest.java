package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ldmlib.model.dossier.Dossier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example of reading and writing JSON, as it is written there. */
class ReadmeJsonExampleTest {

  @Test
  void readsWritesTheSameBytesAndRegistersTheJacksonModule(@TempDir Path folder) throws IOException {
    Path file = ExamplesTest.EXAMPLES.resolve("dossier-complete.json");
    Path copy = folder.resolve("copie.json");

    // --- README: read and write JSON ---
    LdmJson json = LdmJson.defaults();                          // strict, messages in French
    Dossier dossier = json.read(Dossier.class, file);           // file, copy: Paths
    json.write(dossier, copy);                                  // deterministic, lossless

    ObjectMapper mapper = new ObjectMapper().registerModule(new LdmModule());   // Spring Boot: a @Bean
    // --- end ---

    assertThat(copy).hasSameBinaryContentAs(file);
    assertThat(mapper.readValue(Files.readString(file), Dossier.class)).isEqualTo(dossier);
  }
}
