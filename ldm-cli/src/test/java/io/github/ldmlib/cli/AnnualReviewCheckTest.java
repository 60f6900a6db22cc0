package io.github.ldmlib.cli;

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
 * {@code ldm check} and {@code ldm report} on an annual review: its kind is told from the file, it is
 * checked against the referential it names, at its own date, and its report is printed as a
 * dossier's is, saying whether it was presented to the board.
 */
class AnnualReviewCheckTest {

  static final Path REVIEW = EXAMPLES.resolve("annual-review-marie-marvingt-2026-2027.json");
  static final Path NOT_PRESENTED = EXAMPLES.resolve("defective/review-not-presented-to-the-board.json");

  @TempDir
  Path dir;

  @Test
  void theExampleReviewChecksCleanlyAtItsOwnDate() {
    Cli.Result r = run("check", REVIEW.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(1)).isEqualTo("Référentiel ldm-national-2023@2026-01 · — · vérifié au 2027-07-02 (date du bilan)");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Verdict : Conforme — 0 point bloquant, 0 point à compléter, "
        + "0 conseil, 0 information. Présenté au conseil d’administration : oui.");
  }

  @Test
  void aReviewNotPresentedToTheBoardHasItsFindingAndExitsWithOne() {
    Cli.Result r = run("check", NOT_PRESENTED.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_GAPS);
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(3)).isEqualTo("Bilan annuel dans son ensemble");
    assertThat(lines.get(4)).isEqualTo("  À compléter  /presentations  Le bilan 2026-2027 ne mentionne aucune "
        + "présentation au conseil d’administration.  [LDM-R-010]");
    assertThat(lines.get(lines.size() - 1)).endsWith("Présenté au conseil d’administration : non.");
  }

  @Test
  void englishOnRequest() {
    Cli.Result r = run("check", NOT_PRESENTED.toString(), "--lang", "en");

    assertThat(r.out()).contains("Annual review as a whole\n").contains(" (the review’s date)\n")
        .contains("[LDM-R-010]").contains("Presented to the board: no.");
  }

  @Test
  void reportWritesTheReviewsConformityReport() throws IOException {
    Path out = dir.resolve("bilan.html");

    Cli.Result r = run("report", NOT_PRESENTED.toString(), "--format", "html", "-o", out.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>")
        .contains("<dt>Année scolaire</dt><dd>2026-2027</dd>")
        .contains("<span class=\"place\">Présentations aux instances</span><code>/presentations</code>")
        .contains("Présenté au conseil d’administration : non");
  }
}
