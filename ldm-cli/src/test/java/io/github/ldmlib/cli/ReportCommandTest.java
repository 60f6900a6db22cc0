package io.github.ldmlib.cli;

import static io.github.ldmlib.cli.Cli.AS_OF;
import static io.github.ldmlib.cli.Cli.COMPLETE;
import static io.github.ldmlib.cli.Cli.EXAMPLES;
import static io.github.ldmlib.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Establishment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir
  Path dir;

  @Test
  void htmlIsOneSelfContainedPageWithATilePerCriterionAndTheFindings() throws IOException {
    Path out = dir.resolve("rapport.html");

    Cli.Result r = run("report", EXAMPLES.resolve("defective/unresolved-evidence.json").toString(),
        "--format", "html", "-o", out.toString(), "--as-of", AS_OF);

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    assertThat(r.errLines()).containsExactly("Rapport écrit dans " + out + ".");
    String html = Files.readString(out);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">").contains("<title>Rapport de conformité — Lycée professionnel Les Tilleuls</title>");
    assertThat(count(html, "<a class=\"tile ")).isEqualTo(8);
    assertThat(html).contains("data-criterion=\"C8\" data-verdict=\"NON_CONFORMING\"");
    // The finding the file was made for, with where and why.
    assertThat(html).contains("<code>/sections/0/actions/0/evidenceIds/1</code>")
        .contains("Section C8 › Action 1 « Accueil des familles au restaurant d'application » › Preuves citées 2")
        .contains("La preuve « T-99 »");
    // No script, no external asset: nothing is fetched when the page is opened.
    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"http")
        .doesNotContain("url(");
  }

  @Test
  void htmlShowsTheSourceTextOfBrokenRequirementsAndAChartPerIndicator() throws IOException {
    Path out = dir.resolve("rapport.html");

    run("report", COMPLETE.toString(), "--format", "html", "-o", out.toString(), "--as-of", AS_OF);

    String html = Files.readString(out);
    assertThat(html).contains("<blockquote class=\"requirement\" id=\"requirement-C1-R4\">")
        .contains("La coloration des diplômes professionnels est mobilisée en réponse aux besoins en compétences des territoires.")
        .contains("Source : Guide de l'établissement et des auditeurs (DRAFPIC) (janvier 2026), F. Critère 1");
    long indicators = Cli.read(COMPLETE).sections().stream().flatMap(s -> java.util.stream.Stream.concat(
        s.actions().stream().flatMap(a -> a.objectives().stream()),
        s.engagements().stream().flatMap(e -> e.objectives().stream()))).mapToLong(o -> o.indicators().size()).sum();
    assertThat(count(html, "<svg ")).isEqualTo(indicators);
    assertThat(html).contains("aria-label=\"Taux d&#39;emploi à six mois des sortants de la filière — N 58, N+3 67, N+5 74 ; cible 75 ; plus haut est mieux ; évolue dans le bon sens\"");
  }

  @Test
  void everyTextOfTheDossierIsEscaped() throws IOException {
    Dossier complete = Cli.read(COMPLETE);
    Dossier hostile = Dossier.builder().from(complete)
        .establishment(Establishment.builder().from(complete.establishment())
            .name("Lycée <script>alert('x')</script> & \"Cie\"").build())
        .build();
    Path file = Cli.write(hostile, dir.resolve("hostile.json"));
    Path out = dir.resolve("rapport.html");

    run("report", file.toString(), "--format", "html", "-o", out.toString(), "--as-of", AS_OF);

    String html = Files.readString(out);
    assertThat(html).doesNotContain("<script>").contains("Lycée &lt;script&gt;alert('x')&lt;/script&gt; &amp; \"Cie\"");
  }

  @Test
  void followUpOfTheExampleHistoryDrawsItsIndicatorsAndSaysWhatTheNextAuditLooksAt() throws IOException {
    Path out = dir.resolve("suivi.html");

    Cli.Result r = run("report", EXAMPLES.resolve("review-file-marie-marvingt.json").toString(), "--follow-up",
        "--format", "html", "-o", out.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    String html = Files.readString(out);
    assertThat(html).contains("Suivi du label").contains("Ce que regardera le prochain audit de suivi")
        .contains("Lycée professionnel Marie-Marvingt");
    // Dated at the file's own date, not the day the test runs.
    assertThat(html).contains("2028-09-20");
    assertThat(count(html, "<svg ")).isPositive();
    assertThat(html).doesNotContain("<script");
  }

  @Test
  void followUpTakesAReviewFileOnlyAndNeverJson() throws IOException {
    Path out = dir.resolve("suivi.html");

    Cli.Result dossier = run("report", COMPLETE.toString(), "--follow-up", "--format", "html", "-o", out.toString());
    Cli.Result json = run("report", EXAMPLES.resolve("review-file-marie-marvingt.json").toString(), "--follow-up",
        "--format", "json", "-o", dir.resolve("suivi.json").toString());

    assertThat(dossier.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(dossier.err()).contains("« dossier »").contains("review-file");
    assertThat(json.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(json.err()).contains("ldm history");
    assertThat(out).doesNotExist();
    assertThat(dir.resolve("suivi.json")).doesNotExist();
  }

  @Test
  void englishOnRequest() throws IOException {
    Path out = dir.resolve("report.html");

    run("report", COMPLETE.toString(), "--format", "html", "-o", out.toString(), "--as-of", AS_OF, "--lang", "en");

    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("Conformity report")
        .contains("Requirements concerned (official wording)").doesNotContain("Rapport de conformité");
  }

  @Test
  void markdownHasTheSameContent() throws IOException {
    Path out = dir.resolve("rapport.md");

    Cli.Result r = run("report", EXAMPLES.resolve("defective/section-without-coordinator.json").toString(),
        "--format", "md", "-o", out.toString(), "--as-of", AS_OF);

    assertThat(r.code()).isEqualTo(Ldm.EXIT_OK);
    String md = Files.readString(out);
    assertThat(md).startsWith("# Rapport de conformité — Lycée professionnel Les Tilleuls (UAI 0612345T)\n")
        .contains("\n**Verdict : Non conforme** — ")
        .contains("| [C2](#criterion-c2) | L'accueil du public de statuts différents | **Non conforme** |")
        .contains("\n## C2 — L'accueil du public de statuts différents — Non conforme\n")
        .contains("- **À compléter** — Section C2 › Équipe critère › Coordonnateur `/sections/0/team/coordinator` — ")
        .contains("| Vérifié au | 2026-11-22 (date demandée) |").doesNotContain("Écart");
  }

  @Test
  void aReferentialIsNotAReportableDocument() throws IOException {
    Path out = dir.resolve("x.html");

    Cli.Result r = run("report", EXAMPLES.resolve("referential-excerpt.json").toString(), "--format", "html", "-o", out.toString());

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).singleElement().asString().contains("« referential »");
    assertThat(out).doesNotExist();
  }


  @Test
  void formatAndOutputAreRequired() {
    Cli.Result r = run("report", COMPLETE.toString());

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).singleElement().asString().startsWith("ldm: option obligatoire absente : --format, --output");
  }

  static long count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
