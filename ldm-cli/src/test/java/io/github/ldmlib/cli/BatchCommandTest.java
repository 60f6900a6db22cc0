package io.github.ldmlib.cli;

import static io.github.ldmlib.cli.Cli.AS_OF;
import static io.github.ldmlib.cli.Cli.COMPLETE;
import static io.github.ldmlib.cli.Cli.EXAMPLES;
import static io.github.ldmlib.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

  @TempDir
  Path dir;

  @Test
  void aFolderIsCheckedFileByFileAndABadFileDoesNotStopTheBatch() throws IOException {
    Path in = Files.createDirectories(dir.resolve("lot"));
    Cli.write(Cli.conforming(), in.resolve("a-conforme.json"));
    Files.copy(EXAMPLES.resolve("defective/section-without-coordinator.json"), in.resolve("b-sans-coordonnateur.json"));
    Files.writeString(in.resolve("c-casse.json"), "{\"formatVersion\": \"1.0\", \"kind\": \"dossier\",,}");
    Files.copy(EXAMPLES.resolve("defective/unresolved-evidence.json"), in.resolve("d-preuve.json"));
    Files.writeString(in.resolve("notes.txt"), "not a dossier");
    Path out = dir.resolve("sortie");

    Cli.Result r = run("batch", in.toString(), "-o", out.toString(), "--as-of", AS_OF);

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    // Plain progress lines, one per file, since no terminal is attached.
    assertThat(r.errLines()).filteredOn(l -> l.startsWith("[")).containsExactly(
        "[1/4] a-conforme.json : Conforme avec observations",
        "[2/4] b-sans-coordonnateur.json : Non conforme",
        r.errLines().stream().filter(l -> l.startsWith("[3/4] c-casse.json : illisible — " + in.resolve("c-casse.json") + ":1:"))
            .findFirst().orElse("[3/4] c-casse.json : illisible — (line, column)"),
        "[4/4] d-preuve.json : Non conforme");
    assertThat(r.out()).contains("Par dossier").contains("Par critère, sur l’ensemble des dossiers")
        .contains("4 entrées : 3 dossiers vérifiés dont 2 non conformes, 1 illisibles.");
    assertThat(out.resolve("reports/a-conforme.md")).exists();
    assertThat(out.resolve("reports/d-preuve.md")).content().contains("T-99");
    assertThat(out.resolve("reports/c-casse.md")).doesNotExist();

    List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
    assertThat(csv).hasSize(5);
    assertThat(csv.get(0)).isEqualTo("Entrée,Établissement,UAI,Référentiel,Verdict,Non recevable en l’état,À compléter,Conseil,Prêt pour l’audit,Erreur");
    assertThat(csv.get(1)).startsWith("a-conforme.json,Lycée professionnel Marie-Marvingt,0619876D,ldm-national-2023@2026-01,Conforme avec observations,0,0,12,oui,");
    assertThat(csv.get(3)).startsWith("c-casse.json,,,,illisible,,,,,");
  }

  @Test
  void twoInputsWhoseNamesMakeTheSameReportNameKeepTheirOwnReports() throws IOException {
    Path in = Files.createDirectories(dir.resolve("lot"));
    Cli.write(Cli.conforming(), in.resolve("a b.json"));
    Files.copy(EXAMPLES.resolve("defective/unresolved-evidence.json"), in.resolve("a_b.json"));
    Path out = dir.resolve("sortie");

    run("batch", in.toString(), "-o", out.toString(), "--as-of", AS_OF);

    // « a b » and « a_b » both make « a_b »: the second gets its own name instead of overwriting the first.
    assertThat(out.resolve("reports/a_b.md")).content().doesNotContain("T-99");
    assertThat(out.resolve("reports/a_b-2.md")).content().contains("T-99");
  }

  @Test
  void aFolderMayHoldAuditFilesTheirKindToldFromEachFile() throws IOException {
    Path in = Files.createDirectories(dir.resolve("lot"));
    Cli.write(Cli.conforming(), in.resolve("a-dossier.json"));
    Cli.defectiveAudit(in.resolve("b-audit.json"));
    Files.copy(EXAMPLES.resolve("referential-excerpt.json"), in.resolve("c-referentiel.json"));
    Path out = dir.resolve("sortie");

    Cli.Result r = run("batch", in.toString(), "-o", out.toString(), "--as-of", AS_OF);

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).filteredOn(l -> l.startsWith("[")).containsExactly(
        "[1/3] a-dossier.json : Conforme avec observations",
        "[2/3] b-audit.json : Non conforme",
        "[3/3] c-referentiel.json : illisible — " + in.resolve("c-referentiel.json")
            + " est un document de type « referential », que batch ne vérifie pas ; types vérifiés : dossier, audit-file, annual-review, review-file");
    assertThat(out.resolve("reports/b-audit.md")).content().contains("## Dossier d’audit dans son ensemble")
        .contains("LDM-A-002");
    assertThat(out.resolve("reports/b-audit.json")).content().contains("\"documentKind\": \"audit-file\"");
  }

  @Test
  void aFolderOfReviewsIsSummarisedAsDocumentsNotAsDossiers() throws IOException {
    Path in = Files.createDirectories(dir.resolve("suivi"));
    Files.copy(EXAMPLES.resolve("annual-review-marie-marvingt-2026-2027.json"), in.resolve("a-bilan.json"));
    Files.copy(EXAMPLES.resolve("defective/review-file-missing-review.json"), in.resolve("b-suivi.json"));
    Path out = dir.resolve("sortie");

    Cli.Result r = run("batch", in.toString(), "-o", out.toString());

    assertThat(r.code()).isEqualTo(Ldm.EXIT_GAPS);
    assertThat(r.errLines()).filteredOn(l -> l.startsWith("[")).containsExactly(
        "[1/2] a-bilan.json : Conforme", "[2/2] b-suivi.json : Non conforme");
    String summary = Files.readString(out.resolve("summary.md"));
    assertThat(summary).contains("Vérification d’un lot de documents").contains("2 documents vérifiés dont 1 non conformes")
        .doesNotContain("dossiers vérifiés").doesNotContain("Par dossier");
    // Neither a review nor a review file is on its way to an audit: no « ready for audit » for them.
    assertThat(Files.readAllLines(out.resolve("summary.csv"))).filteredOn(l -> l.contains("suivi") || l.contains("bilan"))
        .hasSize(2).allSatisfy(l -> assertThat(l).contains("—").doesNotContain(",oui,").doesNotContain(",non,"));
    assertThat(out.resolve("reports/b-suivi.md")).content().contains("LDM-R-110");
  }

  @Test
  void criteriaAreAggregatedAcrossDossiers() throws IOException {
    Path in = Files.createDirectories(dir.resolve("lot"));
    Cli.write(Cli.conforming(), in.resolve("a.json"));
    Files.copy(EXAMPLES.resolve("defective/section-without-coordinator.json"), in.resolve("b.json"));
    Path out = dir.resolve("sortie");

    Cli.Result r = run("batch", in.toString(), "-o", out.toString(), "--as-of", AS_OF);

    assertThat(r.code()).isEqualTo(Ldm.EXIT_GAPS);
    List<String> criteria = Files.readAllLines(out.resolve("criteria.csv"));
    assertThat(criteria.get(0)).isEqualTo("Critère,Intitulé,Dossiers,Conforme,Conforme avec observations,Non conforme,"
        + "Non recevable en l’état,À compléter,Conseil");
    assertThat(criteria).hasSize(9);
    // C2: conforming in the first dossier; in the second, no coordinator and no action (to complete).
    assertThat(criteria.get(2)).startsWith("C2,L'accueil du public de statuts différents,2,1,0,1,");
    assertThat(Files.readString(out.resolve("summary.md"))).startsWith("# Vérification d’un lot de dossiers\n")
        .contains("| C2 | L'accueil du public de statuts différents | 2 | 1 | 0 | 1 |");
  }

  @Test
  void aJsonLinesBatchGoesOnAfterABadLine() throws IOException {
    LdmJson compact = LdmJson.defaults().withPrettyPrint(false);
    String good = compact.writeString(Cli.conforming());
    String defective = compact.writeString(Cli.read(EXAMPLES.resolve("defective/missing-section-c4.json")));
    Path in = Files.writeString(dir.resolve("lot.jsonl"), good + "{\"formatVersion\": \"1.0\", \"kind\": \"referential\"}\n\n" + defective);
    Path out = dir.resolve("sortie");

    Cli.Result r = run("batch", in.toString(), "-o", out.toString(), "--as-of", AS_OF, "--lang", "en");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).filteredOn(l -> l.startsWith("[")).hasSize(3);
    assertThat(r.errLines().get(0)).isEqualTo("[1/3] lot.jsonl:1 : Conforming with observations");
    assertThat(r.errLines().get(1)).startsWith("[2/3] lot.jsonl:2 : unreadable — " + in + ":2:");
    assertThat(r.errLines().get(2)).isEqualTo("[3/3] lot.jsonl:4 : Non-conforming");
    assertThat(out.resolve("reports/line-1.md")).exists();
    assertThat(out.resolve("reports/line-4.md")).content().contains("C4");
    assertThat(r.out()).contains("3 inputs: 2 dossiers checked, 1 non-conforming, 1 unreadable.");
  }

  @Test
  void aMissingInputIsOneLine() {
    Cli.Result r = run("batch", dir.resolve("absent").toString(), "-o", dir.resolve("sortie").toString());

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).containsExactly("ldm: " + dir.resolve("absent") + " : fichier introuvable");
  }

  @Test
  void aFolderWithTheCompleteExampleOnlyWritesItsReport() throws IOException {
    Path in = Files.createDirectories(dir.resolve("lot"));
    Files.copy(COMPLETE, in.resolve("complet.json"));

    Cli.Result r = run("batch", in.toString(), "-o", dir.resolve("sortie").toString(), "--as-of", AS_OF);

    assertThat(r.errLines()).last().asString().isEqualTo("Rapports et synthèses écrits dans " + dir.resolve("sortie") + ".");
    assertThat(dir.resolve("sortie/reports/complet.md")).content().startsWith("# Rapport de conformité — Lycée professionnel Marie-Marvingt");
  }
}
