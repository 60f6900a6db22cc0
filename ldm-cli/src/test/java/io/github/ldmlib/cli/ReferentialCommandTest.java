package io.github.ldmlib.cli;

import static io.github.ldmlib.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.JsonSchemas;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.ReferentialInfo;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.ReferentialDiff;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReferentialCommandTest {

  @Test
  void listShowsEveryBundledReferentialAndMarksTheLatestEdition() {
    Cli.Result r = run("referential", "list");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_OK);
    assertThat(r.out().lines()).hasSize(Referentials.list().size());
    for (ReferentialInfo info : Referentials.list()) {
      assertThat(r.out()).contains(info.toString());
    }
    assertThat(r.out().lines().filter(l -> l.startsWith("ldm-national-2023@2026-01 ")))
        .singleElement().asString().endsWith("(dernière édition)");
    assertThat(r.out().lines().filter(l -> l.startsWith("ldm-national-2023@2024-01 ")))
        .singleElement().asString().doesNotContain("dernière");
  }

  @Test
  void showPrintsTheCriteriaAndTheirRequirements() {
    Referential national = Referentials.latest("ldm-national-2023");

    Cli.Result r = run("referential", "show", "ldm-national-2023");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_OK);
    assertThat(r.out()).startsWith(national.title() + "\nldm-national-2023@2026-01 — " + national.edition().title() + "\n");
    national.criteria().forEach(c -> assertThat(r.out()).contains("\n" + c.id() + " — " + c.title() + " [national]\n"));
    national.criteria().stream().flatMap(c -> c.requirements().stream())
        .forEach(q -> assertThat(r.out()).contains("  " + q.id() + "  " + q.text()));
  }

  @Test
  void showJsonPrintsTheReferentialDocument() throws IOException {
    Cli.Result r = run("referential", "show", "aix-marseille-2012@2012-01", "--format", "json");

    assertThat(LdmJson.defaults().read(Referential.class, r.out())).isEqualTo(Referentials.load("aix-marseille-2012", "2012-01"));
  }

  @Test
  void diffPrintsOneLinePerChange() {
    ReferentialDiff diff = ReferentialDiff.between(Referentials.load("ldm-national-2023", "2024-01"),
        Referentials.load("ldm-national-2023", "2026-01"));

    Cli.Result r = run("referential", "diff", "ldm-national-2023@2024-01", "ldm-national-2023@2026-01", "--lang", "en");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_OK);
    assertThat(r.out().lines()).hasSize(1 + diff.changes().size());
    assertThat(r.out().lines().findFirst()).contains("ldm-national-2023@2024-01 → ldm-national-2023@2026-01: "
        + diff.changes().size() + " differences");
    assertThat(r.out()).contains("~ requirement C8.R6 (text): \"");
  }

  @Test
  void anUnknownReferentialIsOneLine() {
    Cli.Result r = run("referential", "show", "nope@2020-01");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).singleElement().asString().startsWith("ldm: aucun référentiel « nope@2020-01 »");
  }

  @Test
  void schemaPrintsTheShippedSchema() throws IOException {
    for (DocumentKind<?> kind : DocumentKind.values()) {
      String shipped;
      try (InputStream in = JsonSchemas.open(kind)) {
        shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }

      Cli.Result r = run("schema", kind.id());

      assertThat(r.code()).isEqualTo(Ldm.EXIT_OK);
      assertThat(r.out()).isEqualTo(shipped);
    }
  }

  @Test
  void anUnknownKindNamesTheKnownOnes() {
    Cli.Result r = run("schema", "dossiers");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).singleElement().asString().startsWith("ldm: type de document inconnu « dossiers » ; types connus : dossier, referential");
  }

  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    Cli.Result r = run("--help");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_OK);
    assertThat(r.out()).contains("check", "report", "batch", "referential", "schema", "init")
        .contains("Exit codes:").containsPattern("\\n  0 +success").containsPattern("\\n  1 +the check found")
        .containsPattern("\\n  2 +unreadable input").containsPattern("\\n  3 +internal error");
  }

  @Test
  void withoutACommandTheUsageIsShownWithExitCodeTwo() {
    Cli.Result r = run();

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.err()).startsWith("Checks and reports on");
  }
}
