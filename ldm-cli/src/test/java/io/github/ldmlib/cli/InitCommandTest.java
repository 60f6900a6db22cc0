package io.github.ldmlib.cli;

import static io.github.ldmlib.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

  @TempDir
  Path dir;

  @Test
  void theSkeletonHasEveryCriterionAndReadsBack() {
    Path file = dir.resolve("dossier.json");
    String uai = "0130001" + Uai.checkLetter("0130001");

    Cli.Result r = run("init", "--referential", "aix-marseille-2012", "-o", file.toString(),
        "--name", "Lycée professionnel des Calanques", "--uai", uai, "--kind", "RENEWAL");

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    Referential referential = Referentials.latest("aix-marseille-2012");
    Dossier skeleton = Cli.read(file);
    assertThat(skeleton.referentialId()).isEqualTo("aix-marseille-2012");
    assertThat(skeleton.referentialEdition()).contains(referential.edition().id());
    assertThat(skeleton.dossierKind()).isEqualTo(DossierKind.RENEWAL);
    assertThat(skeleton.establishment().name()).isEqualTo("Lycée professionnel des Calanques");
    assertThat(skeleton.establishment().uai()).hasValueSatisfying(u -> assertThat(u).hasToString(uai));
    assertThat(skeleton.sections()).extracting(CriterionSection::criterionId)
        .containsExactlyElementsOf(referential.criteria().stream().map(Criterion::id).toList());
    assertThat(r.errLines()).singleElement().asString().startsWith("Squelette de dossier écrit dans " + file);
  }

  @Test
  void checkingTheSkeletonListsWhatRemainsToWrite() {
    Path file = dir.resolve("dossier.json");
    run("init", "-r", "ldm-national-2023@2026-01", "-o", file.toString());

    Cli.Result r = run("check", file.toString(), "--as-of", Cli.AS_OF);

    assertThat(r.code()).isEqualTo(Ldm.EXIT_GAPS);
    assertThat(r.out()).startsWith("Nom de l’établissement (à compléter)\n").contains("/sections/0/diagnosis");
  }

  @Test
  void anExistingFileIsKeptUnlessForced() throws IOException {
    Path file = Files.writeString(dir.resolve("dossier.json"), "mon travail");

    Cli.Result refused = run("init", "-r", "ldm-national-2023", "-o", file.toString());

    assertThat(refused.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(refused.errLines()).containsExactly("ldm: " + file + " existe déjà ; ajoutez --force pour le remplacer");
    assertThat(file).hasContent("mon travail");

    assertThat(run("init", "-r", "ldm-national-2023", "-o", file.toString(), "--force").code()).isEqualTo(Ldm.EXIT_OK);
    assertThat(Cli.read(file).sections()).hasSize(8);
  }

  @Test
  void anInvalidUaiIsOneLine() {
    Cli.Result r = run("init", "-r", "ldm-national-2023", "-o", dir.resolve("d.json").toString(), "--uai", "0130001" + (char) (Uai.checkLetter("0130001") == 'A' ? 'B' : 'A'));

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).singleElement().asString().startsWith("ldm: code UAI invalide « 0130001");
    assertThat(dir.resolve("d.json")).doesNotExist();
  }
}
