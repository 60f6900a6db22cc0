package io.github.ldmlib.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.office.OfficeProblem.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;

/** A team edits the exported document as people do: the edits come back, the mistakes are placed. */
class EditedDocxTest {

  static Dossier dossier;
  static byte[] exported;

  @BeforeAll
  static void export() throws Exception {
    dossier = Examples.dossier(Examples.DIR.resolve("dossier-complete.json"));
    exported = DossierDocxTest.export(dossier);
  }

  /** The table whose caption carries the bookmark. */
  static XWPFTable table(XWPFDocument doc, String anchor) {
    boolean next = false;
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        for (CTBookmark b : p.getCTP().getBookmarkStartList()) {
          next |= anchor.equals(b.getName());
        }
      } else if (e instanceof XWPFTable t && next) {
        return t;
      }
    }
    throw new AssertionError("no table " + anchor);
  }

  static void set(XWPFTableCell cell, String text) {
    while (cell.getParagraphs().size() > 1) {
      cell.removeParagraph(1);
    }
    XWPFParagraph p = cell.getParagraphs().get(0);
    while (!p.getRuns().isEmpty()) {
      p.removeRun(0);
    }
    p.createRun().setText(text);
  }

  interface Edit {
    void apply(XWPFDocument doc) throws Exception;
  }

  static OfficeImport<Dossier> edited(Edit edit) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(exported))) {
      edit.apply(doc);
      doc.write(out);
    }
    return DossierDocx.french().read(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void aChangedMeasureAnAddedActionAndADeletedTitleAreReadAsSuch() throws Exception {
    OfficeImport<Dossier> read = edited(doc -> {
      XWPFTable objectives = table(doc, "ldm_s0_objectives");
      // Row 3: A1.1, second indicator « Nombre d'inscrits… »; its N+5 measure becomes 15.
      set(objectives.getRow(2).getCell(9), "15 (2024-2025)");
      XWPFTable actions = table(doc, "ldm_s0_actions");
      set(actions.getRow(1).getCell(2), "");                        // A1's title deleted
      XWPFTableRow added = actions.createRow();
      set(added.getCell(0), "A2");
      set(added.getCell(2), "Forum des métiers de la maintenance");
      set(added.getCell(4), "2025-2026");
      XWPFTableRow objective = objectives.createRow();
      set(objective.getCell(0), "A2.1");
      set(objective.getCell(1), "Faire connaître les métiers aux collégiens");
      set(objective.getCell(2), "Collégiens accueillis");
      set(objective.getCell(4), "nombre");
      set(objective.getCell(5), "à la hausse");
      set(objective.getCell(7), "120");                           // year N from the action
    });

    Action a1 = read.value().sections().get(0).actions().get(0);
    Indicator enrolled = a1.objectives().get(0).indicators().get(1);
    assertThat(enrolled.measure(Milestone.END)).contains(
        Measure.of(SchoolYear.parse("2024-2025"), Milestone.END, new BigDecimal("15")));
    assertThat(a1.title()).isEqualTo(dossier.sections().get(0).actions().get(0).title());

    Action a2 = read.value().sections().get(0).actions().get(1);
    assertThat(a2.title()).isEqualTo("Forum des métiers de la maintenance");
    assertThat(a2.objectives().get(0).indicators().get(0).measures()).containsExactly(
        Measure.of(SchoolYear.parse("2025-2026"), Milestone.START, new BigDecimal("120")));

    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.place()).isEqualTo("Critère C1 › Actions › ligne 2 › Intitulé");
      assertThat(p.pointer()).isEqualTo(JsonPointer.parse("/sections/0/actions/0/title"));
      assertThat(p.message()).contains("cellule obligatoire vide");
    });
    assertThat(read.hasErrors()).isTrue();
    assertThatThrownBy(read::valueOrThrow).isInstanceOf(OfficeFormatException.class)
        .hasMessageContaining("/sections/0/actions/0/title");
  }

  @Test
  void anEditedDocumentSavedAgainByLibreOfficeReadsTheSame(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(exported))) {
      set(table(doc, "ldm_s0_objectives").getRow(2).getCell(9), "15 (2024-2025)");
      set(table(doc, "ldm_s0_actions").getRow(1).getCell(2), "");
      XWPFTableRow added = table(doc, "ldm_s0_actions").createRow();
      set(added.getCell(0), "A2");
      set(added.getCell(2), "Forum des métiers de la maintenance");
      doc.write(out);
    }
    Path edited = Files.createDirectories(dir.resolve("in")).resolve("edited.docx");
    Files.write(edited, out.toByteArray());
    OfficeImport<Dossier> direct = DossierDocx.french().read(edited);
    OfficeImport<Dossier> saved = DossierDocx.french().read(Examples.resave(edited, "docx", dir));
    assertThat(saved.value()).isEqualTo(direct.value());
    assertThat(saved.problems()).isEqualTo(direct.problems()).hasSize(1);
    assertThat(saved.value().sections().get(0).actions()).hasSize(2);
  }

  @Test
  void whatHasNoPlaceInTheDossierIsReportedNotDropped() throws Exception {
    OfficeImport<Dossier> read = edited(doc -> {
      doc.createParagraph().createRun().setText("Remarque du proviseur : relire le critère 4.");
      doc.createTable(2, 2).getRow(1).getCell(1).setText("Tableau ajouté");
      XWPFTableRow team = table(doc, "ldm_s0_team").createRow();
      set(team.getCell(0), "Membre");
      set(team.getCell(2), "Alice");                              // no last name
      XWPFTable objectives = table(doc, "ldm_s0_objectives");
      set(objectives.getRow(1).getCell(7), "beaucoup");
    });
    assertThat(read.value().sections().get(0).team()).isEqualTo(dossier.sections().get(0).team());
    assertThat(read.problems()).extracting(OfficeProblem::severity, OfficeProblem::place,
        p -> p.pointer().toString()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Severity.WARNING,
            "Liste des preuves, texte hors des tableaux", ""),
        org.assertj.core.groups.Tuple.tuple(Severity.WARNING,
            "Liste des preuves, tableau sans repère", ""),
        org.assertj.core.groups.Tuple.tuple(Severity.ERROR,
            "Critère C1 › Équipe responsable › ligne 5 › Nom", "/sections/0/team/members/2/lastName"),
        org.assertj.core.groups.Tuple.tuple(Severity.ERROR,
            "Critère C1 › Objectifs, indicateurs et mesures › ligne 2 › N",
            "/sections/0/actions/0/objectives/0/indicators/0/measures/0"));
    assertThat(read.problems().get(0).message()).contains("Remarque du proviseur");
  }

  @Test
  void englishMessagesOnRequest() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(exported))) {
      set(table(doc, "ldm_s0_actions").getRow(1).getCell(5), "cinq");
      doc.write(out);
    }
    OfficeImport<Dossier> read = DossierDocx.of(Locale.ENGLISH)
        .read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p.place()).isEqualTo("Criterion C1 › Actions › row 2 › Durée (années)");
      assertThat(p.message()).contains("expected a whole number of years");
    });
    assertThat(read.value()).isEqualTo(dossier);
  }

  @Test
  void boundsRefuseAZipBombAndOversizedDocuments(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 300; i++) {
        zip.write(zeros);                                          // 300 MiB of zeros
      }
    }
    assertThat(bomb.size()).isLessThan(1 << 20);
    assertThatThrownBy(() -> DossierDocx.french().read(new ByteArrayInputStream(bomb.toByteArray())))
        .isInstanceOf(OfficeFormatException.class).hasMessageContaining("bombe ZIP");

    OfficeLimits small = new OfficeLimits(exported.length - 1, 2_000, 200L << 20, 5_000, 20_000);
    assertThatThrownBy(() -> DossierDocx.french().withLimits(small)
        .read(new ByteArrayInputStream(exported)))
        .isInstanceOf(OfficeFormatException.class).hasMessageContaining("fichier trop grand");
    OfficeLimits fewEntries = new OfficeLimits(20L << 20, 5, 200L << 20, 5_000, 20_000);
    assertThatThrownBy(() -> DossierDocx.french().withLimits(fewEntries)
        .read(new ByteArrayInputStream(exported)))
        .isInstanceOf(OfficeFormatException.class).hasMessageContaining("plus de 5 entrées");
    OfficeLimits fewRows = new OfficeLimits(20L << 20, 2_000, 200L << 20, 3, 20_000);
    assertThatThrownBy(() -> DossierDocx.french().withLimits(fewRows)
        .read(new ByteArrayInputStream(exported)))
        .isInstanceOf(OfficeFormatException.class).hasMessageContaining("plus de 3 lignes");
    OfficeLimits shortCells = new OfficeLimits(20L << 20, 2_000, 200L << 20, 5_000, 100);
    assertThatThrownBy(() -> DossierDocx.french().withLimits(shortCells)
        .read(new ByteArrayInputStream(exported)))
        .isInstanceOf(OfficeFormatException.class).hasMessageContaining("dépasse 100 caractères");
    Path file = dir.resolve("d.docx");
    Files.write(file, exported);
    assertThat(DossierDocx.french().read(file).value()).isEqualTo(dossier);
  }

  @Test
  void aDeletedRowRemovesTheActionAndSaysSo() throws Exception {
    OfficeImport<Dossier> read = edited(doc -> table(doc, "ldm_s0_actions").removeRow(1));
    assertThat(read.value().sections().get(0).actions()).isEmpty();
    assertThat(read.problems()).first().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.pointer()).isEqualTo(JsonPointer.parse("/sections/0/actions/0"));
      assertThat(p.message()).contains("A1", "retiré du dossier");
    });
    // Its assessment, objective rows and implementation are still there: said, not imported.
    assertThat(read.problems()).extracting(OfficeProblem::place).containsExactly(
        "Critère C1 › Actions",
        "Critère C1 › Bilan des actions › ligne 2 › N°",
        "Critère C1 › Mise en œuvre › ligne 2 › N°",
        "Critère C1 › Objectifs, indicateurs et mesures › ligne 2 › N°",
        "Critère C1 › Objectifs, indicateurs et mesures › ligne 3 › N°");
    assertThat(read.hasErrors()).isFalse();
  }
}
