package io.github.ldmlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Establishment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile input cannot make the command line do: drive the terminal, or destroy the input. */
class HostileInputsTest {

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

  @Test
  void anOutputFileThatIsTheInputIsRefusedAndTheInputIsKept() throws Exception {
    Path file = dir.resolve("dossier.json");
    Files.copy(Cli.COMPLETE, file);
    String before = Files.readString(file);

    for (String[] args : new String[][] {{"check", file.toString(), "-o", file.toString()},
        {"report", file.toString(), "-f", "html", "-o", dir.resolve(".").resolve("dossier.json").toString()}}) {
      Cli.Result result = Cli.run(args);
      assertThat(result.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(result.err()).contains("c’est le fichier lu");
    }
    assertThat(Files.readString(file)).isEqualTo(before);
  }
}
