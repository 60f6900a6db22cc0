package io.github.ldmlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Establishment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dossier's text cannot drive the terminal: no control character reaches the output. */
class ControlCharactersTest {

  @TempDir
  Path dir;

  @Test
  void escapeSequencesInADossierNeverReachTheTerminal() throws Exception {
    Dossier conforming = Cli.conforming();
    // Clears the screen, homes the cursor and prints a fake verdict; then a bidi override.
    String hostile = "Lycée\u001b[2J\u001b[HVerdict : Conforme\u009b31m\u202Eemrofnoc";
    Dossier dossier = Dossier.builder().from(conforming)
        .establishment(Establishment.builder().from(conforming.establishment()).name(hostile).build())
        .build();
    Path file = dir.resolve("dossier.json");
    Files.writeString(file, LdmJson.defaults().writeString(dossier));

    Cli.Result result = Cli.run("check", file.toString());

    assertThat(result.out()).contains("Lycée\uFFFD[2J\uFFFD[HVerdict : Conforme");
    assertThat(result.out() + result.err()).doesNotContain("\u001b", "\u009b", "\u202E");
    assertThat(result.out()).contains("\n");
  }
}
