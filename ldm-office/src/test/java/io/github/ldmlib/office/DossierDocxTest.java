package io.github.ldmlib.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.dossier.Dossier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DossierDocxTest {

  static List<Path> dossiers() throws Exception {
    return Examples.dossiers();
  }

  static byte[] export(Dossier d) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DossierDocx.french().write(d, Examples.referential(d), out);
    return out.toByteArray();
  }

  @Test
  void theExamplesIncludeEveryDossier() throws Exception {
    assertThat(dossiers()).extracting(p -> p.getFileName().toString())
        .contains("dossier-complete.json", "dossier-network.json", "percentage-over-100.json");
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void aDossierComesBackEqualFromItsWordDocument(Path file) throws Exception {
    Dossier d = Examples.dossier(file);
    OfficeImport<Dossier> read = DossierDocx.french().read(new ByteArrayInputStream(export(d)));
    assertThat(read.problems()).isEmpty();
    assertThat(read.value()).isEqualTo(d);
  }

  @Test
  void everyDossierComesBackEqualAfterLibreOfficeSavedIt(@TempDir Path dir) throws Exception {
    List<Path> exported = new java.util.ArrayList<>();
    Path in = Files.createDirectories(dir.resolve("in"));
    for (Path file : dossiers()) {
      Path docx = in.resolve(file.getFileName().toString().replace(".json", ".docx"));
      Files.write(docx, export(Examples.dossier(file)));
      exported.add(docx);
    }
    List<Path> saved = Examples.resave(exported, "docx", dir);        // one LibreOffice run for all
    for (int i = 0; i < saved.size(); i++) {
      Path file = dossiers().get(i);
      assertThat(Files.readAllBytes(saved.get(i))).as(file.toString())
          .isNotEqualTo(Files.readAllBytes(exported.get(i)));
      OfficeImport<Dossier> read = DossierDocx.french().read(saved.get(i));
      assertThat(read.problems()).as(file.toString()).isEmpty();
      assertThat(read.value()).as(file.toString()).isEqualTo(Examples.dossier(file));
    }
  }

  @Test
  void aForeignDocumentIsRefusedClearly() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
        new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
      doc.createParagraph().createRun().setText("Compte rendu du conseil pédagogique");
      doc.write(out);
    }
    assertThatThrownBy(() -> DossierDocx.french().read(new ByteArrayInputStream(out.toByteArray())))
        .isInstanceOf(OfficeFormatException.class)
        .hasMessageContaining("n'a pas été produit par ldm");
    assertThatThrownBy(() -> DossierDocx.of(java.util.Locale.ENGLISH)
        .read(new ByteArrayInputStream("{\"kind\":\"dossier\"}".getBytes())))
        .isInstanceOf(OfficeFormatException.class)
        .hasMessageContaining("no ZIP container");
  }
}
