package io.github.ldmlib.cli;

import static io.github.ldmlib.cli.Cli.AS_OF;
import static io.github.ldmlib.cli.Cli.AUDIT_FILE;
import static io.github.ldmlib.cli.Cli.COMPLETE;
import static io.github.ldmlib.cli.Cli.EXAMPLES;
import static io.github.ldmlib.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.meta.DocumentKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ldm check} on an audit file: its kind is told from the file, it is checked by the audit
 * checker against the referential its documents name, and its report is printed as a dossier's is.
 * A file whose kind cannot be told, or is not one that is checked, is one located line and exit
 * code 2.
 */
class AuditFileCheckTest {

  @TempDir
  Path dir;

  @Test
  void theExampleAuditFileIsCheckedAgainstTheReferentialItNames() {
    Cli.Result r = run("check", AUDIT_FILE.toString(), "--as-of", AS_OF);

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_OK);
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.subList(0, 2)).containsExactly("Lycée professionnel Marie-Marvingt (UAI 0619876D)",
        "Référentiel ldm-national-2023@2026-01 · Candidature · vérifié au 2026-11-22 (date demandée)");
    assertThat(lines.stream().filter(l -> l.matches("C\\d — .*")).map(l -> l.substring(0, 2)))
        .containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8");
    assertThat(r.out()).doesNotContain("Prêt pour l’audit").doesNotContain("Dossier d’audit dans son ensemble");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Verdict : Conforme — 0 écart majeur, 0 écart mineur, "
        + "0 observation, 0 information. Statut du label : non calculé (le référentiel n’en énonce pas les paramètres).");
  }

  @Test
  void withoutAsOfAnAuditFileIsCheckedAtItsAuditDay() {
    Cli.Result r = run("check", AUDIT_FILE.toString());

    assertThat(r.out()).contains(" · vérifié au 2026-05-12 (jour de l’audit)\n");
  }

  @Test
  void aDefectiveAuditFileHasItsGapAndExitsWithOne() {
    Path file = Cli.defectiveAudit(dir.resolve("audit.json"));

    Cli.Result r = run("check", file.toString(), "--as-of", AS_OF);

    assertThat(r.code()).as(r.err()).isEqualTo(Ldm.EXIT_GAPS);
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(3)).isEqualTo("Dossier d’audit dans son ensemble");
    assertThat(lines.get(4)).startsWith("  Écart majeur  /summary/referentialId  ").contains("« aix-marseille-2012 »")
        .endsWith("[LDM-A-002]");
    assertThat(lines.get(lines.size() - 1)).startsWith("Verdict : Non conforme — 1 écart majeur, ");
  }

  @Test
  void englishOnRequest() {
    Cli.Result r = run("check", Cli.defectiveAudit(dir.resolve("audit.json")).toString(), "--as-of", AS_OF,
        "--lang", "en");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_GAPS);
    assertThat(r.out()).contains("Audit file as a whole\n  Major gap  /summary/referentialId  ")
        .contains("Label status: not computed").doesNotContain("Écart majeur");
  }

  @Test
  void jsonWritesTheConformityReportOfTheAuditFile() throws IOException {
    Cli.Result r = run("check", Cli.defectiveAudit(dir.resolve("audit.json")).toString(), "--as-of", AS_OF,
        "--format", "json");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_GAPS);
    ConformityReport report = LdmJson.defaults().read(ConformityReport.class, r.out());
    assertThat(report.documentKind()).isSameAs(DocumentKind.AUDIT_FILE);
    assertThat(report.verdict()).isEqualTo(Verdict.NON_CONFORMING);
    assertThat(report.findingsOfRule("LDM-A-002")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).hasToString("/summary/referentialId"));
    assertThat(report.asOf()).hasToString(AS_OF);
  }

  @Test
  void anAuditFileThatNamesNoReferentialNeedsOne() {
    AuditFile audit = Cli.readAudit(AUDIT_FILE);
    Path file = Cli.write(AuditFile.builder().from(audit).plan(java.util.Optional.empty())
        .dashboard(java.util.Optional.empty()).summary(java.util.Optional.empty()).build(), dir.resolve("vie.json"));

    Cli.Result r = run("check", file.toString(), "--as-of", AS_OF);

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("ldm: " + file + " : le dossier d’audit ne nomme aucun référentiel "
        + "(seuls son plan, son tableau de bord ou son rapport de synthèse en nomment un, et il n’en a aucun) ; "
        + "indiquez-en un avec --referential");

    Cli.Result given = run("check", file.toString(), "--as-of", AS_OF, "--referential", "ldm-national-2023@2026-01");

    assertThat(given.code()).as(given.err()).isEqualTo(Ldm.EXIT_OK);
    assertThat(given.out()).contains("Référentiel ldm-national-2023@2026-01");
  }

  @Test
  void aFileThatDoesNotSayItsKindIsOneLocatedLine() throws IOException {
    Path file = Files.writeString(dir.resolve("sans-type.json"), "{\n  \"formatVersion\": \"1.0\",\n  \"uai\": \"0619876D\"\n}\n");

    Cli.Result r = run("check", file.toString(), "--as-of", AS_OF);

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).singleElement().asString()
        .startsWith("ldm: " + file + ":1:1: /kind : le document ne dit pas son type : propriété obligatoire « kind » absente ; types connus : dossier, ")
        .contains("audit-file");
  }

  @Test
  void aKindThatNamesNoKindOfDocumentIsOneLocatedLine() throws IOException {
    Path file = Files.writeString(dir.resolve("bilan.json"), "{\n  \"formatVersion\": \"1.0\",\n  \"kind\": \"bilan-annuel\"\n}\n");

    Cli.Result r = run("check", file.toString(), "--as-of", AS_OF, "--lang", "en");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).singleElement().asString()
        .startsWith("ldm: " + file + ":3:11: /kind: unknown document kind \"bilan-annuel\"; known kinds: dossier, ");
  }

  @Test
  void whatIsNotJsonIsOneLocatedLine() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.json"), "Notes de l'audit\n");

    Cli.Result r = run("check", file.toString());

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).singleElement().asString().startsWith("ldm: " + file + ":1:1: ");
  }

  @Test
  void aDocumentOfAnotherKindIsNotChecked() {
    Path file = EXAMPLES.resolve("audit-summary-marie-marvingt.json");

    Cli.Result r = run("check", file.toString(), "--as-of", AS_OF);

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).containsExactly("ldm: " + file + " est un document de type « audit-summary », que check "
        + "ne vérifie pas ; types vérifiés : dossier, audit-file, annual-review, review-file");
  }

  @Test
  void aDossierIsStillCheckedAsBefore() {
    Cli.Result r = run("check", COMPLETE.toString(), "--as-of", AS_OF);

    assertThat(r.code()).isEqualTo(Ldm.EXIT_OK);
    assertThat(r.out()).startsWith("Lycée professionnel Marie-Marvingt (UAI 0619876D)\n"
        + "Référentiel ldm-national-2023@2026-01 · Candidature · vérifié au 2026-11-22 (date demandée)\n")
        .endsWith("Verdict : Conforme avec observations — 0 point bloquant, 0 point à compléter, 12 conseils, "
            + "0 information. Prêt pour l’audit : oui (aucun point bloquant).\n");
  }
}
