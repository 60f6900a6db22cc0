package io.github.ldmlib.cli;

import static io.github.ldmlib.cli.Cli.COMPLETE;
import static io.github.ldmlib.cli.Cli.EXAMPLES;
import static io.github.ldmlib.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ldm history DOSSIER REVIEW...}: one series per indicator id across the dossier and its
 * reviews, with its target, direction and status on a date, as text, JSON or CSV.
 */
class HistoryCommandTest {

  static final Path REVIEW = EXAMPLES.resolve("annual-review-marie-marvingt-2026-2027.json");

  @TempDir
  Path dir;

  @Test
  void textGivesEachIndicatorItsSeriesAndStatus() {
    Cli.Result r = run("history", COMPLETE.toString(), REVIEW.toString(), "--as-of", "2027-09-01");

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("C4.A1.I1 — "))
        .anySatisfy(l -> assertThat(l).startsWith("C4.E1.I1 — "))
        .anySatisfy(l -> assertThat(l).startsWith("C7.A1.I1 — "))
        .anySatisfy(l -> assertThat(l).startsWith("C7.N1 — Nombre d'élèves signalés"))
        .contains("  2026-2027  24", "  2026-2027  5.5")
        .anySatisfy(l -> assertThat(l).contains(" · au 2027-09-01 : "));
    assertThat(r.out()).contains("plus haut est mieux");
  }

  @Test
  void csvHasARowPerIndicatorAndSchoolYear() {
    Cli.Result r = run("history", COMPLETE.toString(), REVIEW.toString(), "--as-of", "2027-09-01", "--format", "csv",
        "--lang", "en");

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("indicator,label,school year,value,target,direction,status");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("C4.A1.I1,").contains(",2026-2027,24,"))
        .anySatisfy(l -> assertThat(l).startsWith("C7.N1,").endsWith(",HIGHER_IS_BETTER,ON_TRACK"));
    assertThat(r.out()).doesNotContain("\r").doesNotContain("\uFFFD");
  }

  @Test
  void csvInAFileEndsItsRecordsWithCrLf() throws IOException {
    Path out = dir.resolve("historique.csv");

    Cli.Result r = run("history", COMPLETE.toString(), REVIEW.toString(), "--as-of", "2027-09-01", "-f", "csv",
        "-o", out.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    assertThat(r.errLines()).containsExactly("Historique écrit dans " + out + ".");
    assertThat(Files.readString(out)).startsWith("indicateur,libellé,année scolaire,valeur,cible,sens,état\r\n")
        .contains("\r\nC7.N1,");
  }

  @Test
  void jsonHasAnObjectPerIndicator() {
    Cli.Result r = run("history", COMPLETE.toString(), REVIEW.toString(), "--as-of", "2027-09-01", "-f", "json");

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    assertThat(r.out()).startsWith("{\n  \"asOf\": \"2027-09-01\",\n  \"indicators\": [\n")
        .contains("{\"id\": \"C4.A1.I1\", ").contains("\"2026-2027\": 24")
        .contains("{\"id\": \"C7.N1\", \"label\": \"Nombre d'élèves signalés au réseau FOQUALE du bassin\", "
            + "\"direction\": \"HIGHER_IS_BETTER\", \"status\": \"ON_TRACK\", \"values\": {\"2026-2027\": 9}}")
        .endsWith("\n  ]\n}\n");
  }

  @Test
  void aReviewThatIsNotOneIsALocatedError() {
    Cli.Result r = run("history", COMPLETE.toString(), COMPLETE.toString());

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).singleElement().asString().startsWith("ldm: " + COMPLETE);
  }
}
