package io.github.ldmlib.cli;

import static io.github.ldmlib.cli.Cli.AS_OF;
import static io.github.ldmlib.cli.Cli.COMPLETE;
import static io.github.ldmlib.cli.Cli.EXAMPLES;
import static io.github.ldmlib.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @TempDir
  Path dir;

  @Test
  void aDossierWithoutGapExitsWithZeroAndSaysSo() {
    Path file = Cli.write(Cli.conforming(), dir.resolve("conforme.json"));

    Cli.Result r = run("check", file.toString(), "--as-of", AS_OF);

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Lycée professionnel Marie-Marvingt (UAI 0619876D)\n")
        .contains("Référentiel ldm-national-2023@2026-01 · Candidature · vérifié au 2026-11-22 (date demandée)")
        .contains("Verdict : Conforme avec observations — 0 point bloquant, 0 point à compléter, 12 conseils")
        .contains("Prêt pour l’audit : oui (aucun point bloquant)");
  }

  @Test
  void withoutAsOfADossierIsCheckedAtItsSubmissionDateAndSaysWhy() {
    Cli.Result r = run("check", COMPLETE.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    assertThat(r.out()).contains("Référentiel ldm-national-2023@2026-01 · Candidature · vérifié au 2026-03-16 "
        + "(date de dépôt du dossier)\n");
    assertThat(run("check", COMPLETE.toString(), "--lang", "en").out())
        .contains(" · checked as of 2026-03-16 (the dossier’s submission date)\n");
  }

  @Test
  void withAsOfTheDateGivenIsUsedAndSaidToBeGiven() {
    assertThat(run("check", COMPLETE.toString(), "--as-of", "2026-04-01").out())
        .contains(" · vérifié au 2026-04-01 (date demandée)\n").doesNotContain("date de dépôt");
    assertThat(run("check", COMPLETE.toString(), "--as-of", "2026-04-01", "--lang", "en").out())
        .contains(" · checked as of 2026-04-01 (date given)\n");
  }

  @Test
  void findingsAreGroupedByCriterionInReferentialOrder() {
    Cli.Result r = run("check", EXAMPLES.resolve("defective/section-without-coordinator.json").toString(), "--as-of", AS_OF);

    assertThat(r.code()).isEqualTo(Ldm.EXIT_GAPS);
    List<String> lines = r.out().lines().toList();
    List<String> headings = lines.stream().filter(l -> l.matches("C\\d — .*")).map(l -> l.substring(0, 2)).toList();
    assertThat(headings).containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8");
    int c2 = lines.indexOf(lines.stream().filter(l -> l.startsWith("C2 — ")).findFirst().orElseThrow());
    int c3 = lines.indexOf(lines.stream().filter(l -> l.startsWith("C3 — ")).findFirst().orElseThrow());
    assertThat(lines.subList(c2, c3)).anySatisfy(l -> assertThat(l)
        .startsWith("  À compléter").contains("/sections/0/team/coordinator").contains("Coordonnateur").endsWith("[LDM-D-020]"));
    assertThat(lines.get(c2)).endsWith(" : Non conforme");
    // The dossier as a whole comes first.
    assertThat(lines.get(3)).isEqualTo("Dossier dans son ensemble");
    assertThat(lines.get(lines.size() - 1)).startsWith("Verdict : Non conforme — ").endsWith("Prêt pour l’audit : non (points bloquants à lever).");
  }

  @Test
  void englishOnRequest() {
    Cli.Result r = run("check", EXAMPLES.resolve("defective/section-without-coordinator.json").toString(),
        "--as-of", AS_OF, "--lang", "en");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_GAPS);
    assertThat(r.out()).contains("Dossier as a whole").contains("  To complete  ").contains("  Not submittable as it is  ")
        .contains(": Non-conforming").contains("Verdict: Non-conforming — ").doesNotContain("Écart majeur")
        .doesNotContain("gap");
  }

  @Test
  void theReferentialCanBeChosen() {
    Cli.Result r = run("check", COMPLETE.toString(), "--as-of", AS_OF, "--referential", "ldm-national-2023@2024-01");

    assertThat(r.out()).contains("Référentiel ldm-national-2023@2024-01")
        .contains("[LDM-D-002]");   // the dossier was written for the 2026 edition
  }

  @Test
  void anUnknownReferentialIsOneLineNamingTheBundledOnes() {
    Cli.Result r = run("check", COMPLETE.toString(), "--referential", "ldm-national-2099");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).singleElement().asString()
        .startsWith("ldm: aucun référentiel « ldm-national-2099 » n’est fourni")
        .contains("ldm-national-2023@2026-01").contains("aix-marseille-2012@2012-01");
  }

  @Test
  void aMalformedFileIsOneLineWithFileLineAndColumn() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"formatVersion\": \"1.0\",\n  \"kind\": \"dossier\",\n  \"dossierKind\": \"PARTIAL\"\n}\n");

    Cli.Result r = run("check", bad.toString());

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).singleElement().asString()
        .startsWith("ldm: " + bad + ":4:18: /dossierKind : ")
        .contains("PARTIAL");
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void debugPrintsTheStackTrace() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"formatVersion\": \"1.0\", \"kind\": \"dossier\", ");

    Cli.Result r = run("check", bad.toString(), "--debug");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines().get(0)).startsWith("ldm: " + bad + ":1:");
    assertThat(r.err()).contains("io.github.ldmlib.io.LdmFormatException").contains("\tat ");
  }

  @Test
  void aMissingFileIsOneLine() {
    Cli.Result r = run("check", dir.resolve("absent.json").toString());

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).containsExactly("ldm: " + dir.resolve("absent.json") + " : fichier introuvable");
  }

  @Test
  void aUsageErrorIsOneLineWithExitCodeTwo() {
    Cli.Result r = run("check", COMPLETE.toString(), "--stage", "AUDIT");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).singleElement().asString().startsWith("ldm: ").contains("--stage").contains("AUDIT")
        .endsWith("(voir ‘ldm check --help’)");
  }

  @Test
  void theOutputCanGoToAFile() throws IOException {
    Path out = dir.resolve("sortie/constats.txt");

    Cli.Result r = run("check", COMPLETE.toString(), "--as-of", AS_OF, "-o", out.toString());

    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("Lycée professionnel Marie-Marvingt");
    assertThat(r.err()).contains(out.toString());
  }

  @Test
  void jsonWritesTheConformityReport() throws IOException {
    Path file = Cli.write(Cli.conforming(), dir.resolve("conforme.json"));

    Cli.Result r = run("check", file.toString(), "--as-of", AS_OF, "--format", "json");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_OK);
    ConformityReport report = LdmJson.defaults().read(ConformityReport.class, r.out());
    assertThat(report.verdict()).isEqualTo(Verdict.CONFORMING_WITH_OBSERVATIONS);
    assertThat(report.asOf()).hasToString(AS_OF);
  }


  static final String PROFILE = """
      {
        "formatVersion": "1.0",
        "kind": "academy-profile",
        "id": "academie-test-2026",
        "academy": "Académie de test",
        "title": "Profil académique de test",
        "baseReferentialId": "ldm-national-2023",
        "criteria": [
          {
            "id": "C9",
            "number": 9,
            "title": "Une démarche de développement durable",
            "kind": "ACADEMIC",
            "requirements": [
              {"id": "C9.R1", "text": "L'établissement inscrit le développement durable dans son projet.",
               "source": {"document": "Cahier des charges académique de test", "section": "Critère 9"}}
            ],
            "source": {"document": "Cahier des charges académique de test", "section": "Critère 9"}
          }
        ],
        "ruleTailorings": [{"ruleId": "LDM-D-062", "enabled": false}],
        "source": {"document": "Cahier des charges académique de test", "section": "Critère 9"}
      }
      """;

  @Test
  void anAcademyProfileAddsItsCriteriaAndTailorsRules() throws IOException {
    Path profile = Files.writeString(dir.resolve("profil.json"), PROFILE);

    Cli.Result r = run("check", COMPLETE.toString(), "--as-of", AS_OF, "--profile", profile.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_GAPS);
    assertThat(r.out()).contains("C9 — Une démarche de développement durable : Non conforme")
        .contains("[LDM-D-003]").doesNotContain("LDM-D-062");
  }

}
