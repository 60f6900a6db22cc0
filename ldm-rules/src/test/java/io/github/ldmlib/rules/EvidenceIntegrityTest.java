package io.github.ldmlib.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.EvidenceKind;
import io.github.ldmlib.model.validation.LdmValidation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence files are verified against the annex: missing and altered files become findings. */
class EvidenceIntegrityTest {

  @TempDir
  Path folder;

  private static String sha256(String content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
  }

  private static Evidence file(String id, String fileName, String sha256) {
    Evidence.Builder b = Evidence.builder().id(id).title("Convention " + id).kind(EvidenceKind.DOCUMENT).fileName(fileName);
    return sha256 == null ? b.build() : b.sha256(sha256).build();
  }

  private static Dossier withAnnex(Evidence... annex) {
    return Dossier.builder().from(Fixtures.DOSSIER).evidence(List.of(annex)).build();
  }

  @Test
  void intactFilesGiveNoFinding() throws Exception {
    Files.writeString(folder.resolve("convention.pdf"), "convention signée");
    Files.createDirectories(folder.resolve("annexes"));
    Files.writeString(folder.resolve("annexes/bilan.pdf"), "bilan");
    Dossier dossier = withAnnex(file("P-01", "convention.pdf", sha256("convention signée")),
        file("P-02", "annexes/bilan.pdf", sha256("bilan")), file("P-03", "convention.pdf", null),
        Evidence.builder().id("P-04").title("Visite").kind(EvidenceKind.DOCUMENT).build());
    assertThat(LdmValidation.validate(dossier)).isEmpty();
    assertThat(EvidenceIntegrity.verify(dossier, folder)).isEmpty();
  }

  @Test
  void aMissingFileIsToCompleteAtItsFileName() throws Exception {
    Dossier dossier = withAnnex(file("P-01", "convention.pdf", sha256("x")), file("P-02", "absent.pdf", null));
    Files.writeString(folder.resolve("convention.pdf"), "x");
    List<Finding> findings = EvidenceIntegrity.verify(dossier, folder);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(EvidenceIntegrity.MISSING_FILE).isEqualTo("LDM-I-001");
      assertThat(f.severity()).isEqualTo(Severity.TO_COMPLETE);
      assertThat(f.pointer()).hasToString("/evidence/1/fileName");
      assertThat(f.criterionId()).isEmpty();
      assertThat(f.message()).isEqualTo("Preuve P-02 : le fichier « absent.pdf » est absent du dossier de preuves.");
      assertThat(f.messageKey()).isEqualTo("LDM-I-001.missing");
      assertThat(f.arguments()).containsExactly("P-02", "absent.pdf");
    });
  }

  @Test
  void anAlteredFileIsToCompleteAtItsDigest() throws Exception {
    String declared = sha256("convention signée");
    Files.writeString(folder.resolve("convention.pdf"), "convention modifiée");
    Dossier dossier = withAnnex(file("P-01", "convention.pdf", declared));
    List<Finding> findings = EvidenceIntegrity.verify(dossier, folder, Locale.ENGLISH);
    String actual = sha256("convention modifiée");
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(EvidenceIntegrity.ALTERED_FILE).isEqualTo("LDM-I-002");
      assertThat(f.pointer()).hasToString("/evidence/0/sha256");
      assertThat(f.message()).isEqualTo("Evidence P-01: file “convention.pdf” has been altered; its SHA-256 digest is "
          + actual + " instead of " + declared + ".");
    });
  }

  @Test
  void aNameLeadingOutOfTheFolderIsNotRead() throws Exception {
    Path inside = Files.createDirectories(folder.resolve("preuves"));
    Files.writeString(folder.resolve("secret.txt"), "hors du dossier");
    Dossier dossier = withAnnex(file("P-01", "../secret.txt", sha256("hors du dossier")),
        file("P-02", folder.resolve("secret.txt").toString(), null), file("P-03", "a/../..", null));
    assertThat(EvidenceIntegrity.verify(dossier, inside))
        .extracting(f -> f.pointer().toString(), Finding::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/evidence/0/fileName", "LDM-I-001.outside"),
            org.assertj.core.groups.Tuple.tuple("/evidence/1/fileName", "LDM-I-001.outside"),
            org.assertj.core.groups.Tuple.tuple("/evidence/2/fileName", "LDM-I-001.outside"));
  }

  @Test
  void aSymbolicLinkOutOfTheFolderIsNeitherReadNorHashed() throws Exception {
    Path inside = Files.createDirectories(folder.resolve("preuves"));
    Path secret = Files.writeString(folder.resolve("secret.txt"), "hors du dossier");
    Path outsideDir = Files.createDirectories(folder.resolve("ailleurs"));
    Files.writeString(outsideDir.resolve("note.pdf"), "note");
    Files.createSymbolicLink(inside.resolve("lien.pdf"), secret);
    Files.createSymbolicLink(inside.resolve("dossier-lie"), outsideDir);
    Files.createSymbolicLink(inside.resolve("casse.pdf"), folder.resolve("nulle-part.pdf"));
    Dossier dossier = withAnnex(file("P-01", "lien.pdf", sha256("autre chose")),
        file("P-02", "dossier-lie/note.pdf", sha256("autre chose")), file("P-03", "casse.pdf", null));

    List<Finding> found = EvidenceIntegrity.verify(dossier, inside);

    assertThat(found).extracting(f -> f.pointer().toString(), Finding::messageKey).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/evidence/0/fileName", "LDM-I-001.outside"),
        org.assertj.core.groups.Tuple.tuple("/evidence/1/fileName", "LDM-I-001.outside"),
        org.assertj.core.groups.Tuple.tuple("/evidence/2/fileName", "LDM-I-001.outside"));
    // No oracle: the real digest of the outside file appears nowhere.
    String outsideDigest = sha256("hors du dossier");
    assertThat(found).noneMatch(f -> f.message().contains(outsideDigest));
  }

  @Test
  void aLinkThatStaysInTheFolderIsFollowed() throws Exception {
    Path real = Files.writeString(folder.resolve("convention.pdf"), "convention signée");
    Files.createSymbolicLink(folder.resolve("alias.pdf"), real);

    assertThat(EvidenceIntegrity.verify(withAnnex(file("P-01", "alias.pdf", sha256("convention signée"))), folder))
        .isEmpty();
  }

  @Test
  void filesBeyondTheBoundsAreReportedAndNotRead() throws Exception {
    Files.writeString(folder.resolve("a.pdf"), "0123456789");
    Files.writeString(folder.resolve("b.pdf"), "0123456789");
    Files.writeString(folder.resolve("c.pdf"), "01234567890123456789");
    Dossier dossier = withAnnex(file("P-01", "a.pdf", sha256("0123456789")), file("P-02", "b.pdf", sha256("x")),
        file("P-03", "c.pdf", sha256("x")));

    // 15 bytes per file, 15 in all: a.pdf is read; b.pdf would pass the total; c.pdf is too large alone.
    List<Finding> found = EvidenceIntegrity.verify(dossier, folder, Locale.ENGLISH, 15, 15);

    assertThat(found).extracting(Finding::messageKey).containsExactly("LDM-I-001.tooLarge", "LDM-I-001.tooLarge");
    assertThat(found.get(0).message()).isEqualTo(
        "Evidence P-02: file “b.pdf” has 10 bytes, more than the 5 that may still be read; it was not read.");
    assertThat(found.get(1).arguments()).containsExactly("P-03", "c.pdf", "20", "5");
  }

  @Test
  void aFolderInsteadOfAFileIsMissing() throws Exception {
    Files.createDirectories(folder.resolve("convention.pdf"));
    assertThat(EvidenceIntegrity.verify(withAnnex(file("P-01", "convention.pdf", null)), folder))
        .extracting(Finding::messageKey).containsExactly("LDM-I-001.missing");
  }

  @Test
  void theFolderMustExist() {
    assertThatThrownBy(() -> EvidenceIntegrity.verify(Fixtures.DOSSIER, folder.resolve("nowhere")))
        .isInstanceOf(NotDirectoryException.class);
  }

  @Test
  void findingsAreAddedToTheReportWithCountsVerdictAndReadiness() throws IOException {
    ConformityReport report = Fixtures.check(Fixtures.DOSSIER);
    assertThat(report.readyForAudit()).isTrue();
    Dossier dossier = withAnnex(file("P-01", "absent.pdf", null));
    List<Finding> integrity = EvidenceIntegrity.verify(dossier, folder);

    ConformityReport merged = EvidenceIntegrity.addTo(report, integrity);

    assertThat(merged.findings()).containsAll(report.findings()).containsAll(integrity)
        .hasSize(report.findings().size() + 1);
    assertThat(merged.counts().toComplete()).isEqualTo(report.counts().toComplete() + 1);
    assertThat(merged.verdict()).isEqualTo(Verdict.NON_CONFORMING);
    // A file to add does not stop the audit: nothing in the guide makes it block the dossier.
    assertThat(merged.readyForAudit()).isTrue();
    assertThat(merged.ruleIds()).contains("LDM-I-001").containsAll(report.ruleIds());
    assertThat(merged.criteria()).isEqualTo(report.criteria());
    // Findings on no criterion come first, so the integrity finding precedes every criterion's.
    int at = merged.findings().indexOf(integrity.get(0));
    assertThat(merged.findings().subList(0, at)).allSatisfy(f -> assertThat(f.criterionId()).isEmpty());
    assertThat(EvidenceIntegrity.addTo(report, List.of())).isSameAs(report);
    assertThatThrownBy(() -> EvidenceIntegrity.addTo(report,
        List.of(Finding.builder().from(integrity.get(0)).criterionId("C1").build())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bigFilesAreDigestedAsStreams() throws Exception {
    Path big = folder.resolve("video.mp4");
    byte[] block = new byte[1 << 20];
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (var out = Files.newOutputStream(big)) {
      for (int i = 0; i < 8; i++) {
        block[0] = (byte) i;
        out.write(block);
        digest.update(block);
      }
    }
    String sha = HexFormat.of().formatHex(digest.digest());
    assertThat(EvidenceIntegrity.verify(withAnnex(file("P-01", "video.mp4", sha)), folder)).isEmpty();
  }
}
