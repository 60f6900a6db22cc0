package io.github.ldmlib.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.audit.Assessment;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.office.OfficeProblem.Severity;
import io.github.ldmlib.rules.DashboardPrefill;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardXlsxTest {

  static AuditDashboard example() throws Exception {
    return LdmJson.defaults().read(AuditDashboard.class,
        Examples.DIR.resolve("audit-dashboard-marie-marvingt.json"));
  }

  static Referential referential(AuditDashboard d) {
    return Referentials.load(d.referentialId(), d.referentialEdition().orElseThrow());
  }

  static byte[] export(AuditDashboard d) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DashboardXlsx.french().write(d, referential(d), out);
    return out.toByteArray();
  }

  @Test
  void theFilledExampleComesBackEqual() throws Exception {
    AuditDashboard d = example();
    OfficeImport<AuditDashboard> read = DashboardXlsx.french().read(new ByteArrayInputStream(export(d)));
    assertThat(read.problems()).isEmpty();
    assertThat(read.value()).isEqualTo(d);
  }

  @Test
  void thePrefilledDashboardHasOneLockedRowPerEntryAndAListForTheAssessment() throws Exception {
    Dossier dossier = Examples.dossier(Examples.DIR.resolve("dossier-complete.json"));
    AuditPlan plan = LdmJson.defaults().read(AuditPlan.class,
        Examples.DIR.resolve("audit-plan-marie-marvingt.json"));
    Referential referential = Examples.referential(dossier);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DashboardXlsx.french().write(referential, dossier, plan, out);
    AuditDashboard prefilled = DashboardPrefill.from(referential, dossier, plan);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet sheet = wb.getSheet("Tableau de bord");
      assertThat(sheet.getLastRowNum()).isEqualTo(prefilled.entries().size());
      assertThat(sheet.getProtect()).isTrue();
      assertThat(sheet.getRow(2).getCell(1).getCellStyle().getLocked()).isTrue();
      assertThat(sheet.getRow(2).getCell(3).getCellStyle().getLocked()).isFalse();
      assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("non évalué");
      assertThat(sheet.getDataValidations()).singleElement().satisfies(v ->
          assertThat(v.getValidationConstraint().getExplicitListValues())
              .containsExactly("conforme", "partiellement conforme", "non conforme", "non évalué"));
    }
    assertThat(DashboardXlsx.french().read(new ByteArrayInputStream(out.toByteArray())).value())
        .isEqualTo(prefilled);
  }

  @Test
  void filledCellsAreReadAndAWrongValueIsReportedAtItsCell() throws Exception {
    AuditDashboard d = example();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export(d)))) {
      XSSFSheet sheet = wb.getSheet("Tableau de bord");
      sheet.getRow(1).getCell(3).setCellValue("non conforme");
      sheet.getRow(1).getCell(5).setCellValue("Aucune trace de l'étude des besoins.");
      sheet.getRow(3).getCell(3).setCellValue("plutôt bien");
      wb.write(out);
    }
    OfficeImport<AuditDashboard> read = DashboardXlsx.french().read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(read.value().entries().get(0).assessment()).isEqualTo(Assessment.NON_CONFORMING);
    assertThat(read.value().entries().get(0).comment()).contains("Aucune trace de l'étude des besoins.");
    assertThat(read.value().entries().get(2)).isEqualTo(d.entries().get(2));
    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.place()).isEqualTo("'Tableau de bord'!D4");
      assertThat(p.pointer()).isEqualTo(JsonPointer.parse("/entries/2/assessment"));
      assertThat(p.message()).contains("plutôt bien", "conforme");
    });
  }

  @Test
  void aWorkbookNotExportedByLdmIsRefused() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Feuil1").createRow(0).createCell(0).setCellValue("Critère");
      wb.write(out);
    }
    assertThatThrownBy(() -> DashboardXlsx.french().read(new ByteArrayInputStream(out.toByteArray())))
        .isInstanceOf(OfficeFormatException.class).hasMessageContaining("pas été produit par ldm");
  }

  @Test
  void theDashboardComesBackEqualAfterLibreOfficeSavedIt(@TempDir Path dir) throws Exception {
    AuditDashboard d = example();
    Path xlsx = Files.createDirectories(dir.resolve("in")).resolve("tdb.xlsx");
    Files.write(xlsx, export(d));
    Path saved = Examples.resave(xlsx, "xlsx", dir);
    OfficeImport<AuditDashboard> read = DashboardXlsx.french().read(saved);
    assertThat(read.problems()).isEmpty();
    assertThat(read.value()).isEqualTo(d);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(saved))) {
      assertThat(wb.getSheet("Tableau de bord").getProtect()).isTrue();
      assertThat(wb.getSheet("Tableau de bord").getDataValidations()).isNotEmpty();
    }
  }
}
