package io.github.ldmlib.office.internal;

import io.github.ldmlib.io.LdmFormatException;
import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.audit.Assessment;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.DashboardEntry;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.office.OfficeFormatException;
import io.github.ldmlib.office.OfficeImport;
import io.github.ldmlib.office.OfficeLimits;
import io.github.ldmlib.office.OfficeProblem;
import io.github.ldmlib.office.OfficeProblem.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The audit dashboard as a workbook: one row per entry (a criterion, then each of its
 * requirements), the reference columns locked, the auditors' columns open, the assessment chosen
 * from a list. Rows are matched back by their criterion and requirement.
 */
public final class XlsxDashboard {

  /** The format named in the workbook's custom properties. */
  public static final String FORMAT = "ldm-dashboard-xlsx/1";
  /** The sheet of the entries. */
  public static final String SHEET = "Tableau de bord";

  /** The columns, in order. */
  static final List<String> HEADERS = List.of("Critère", "Exigence", "Libellé", "Évaluation",
      "Preuves vues", "Commentaire", "Écarts réévalués", "Axes réévalués");
  private static final int ASSESSMENT = 3;
  private static final int FIRST_OPEN = 3;

  private static final Map<Assessment, String> WORDS = new LinkedHashMap<>();

  static {
    WORDS.put(Assessment.CONFORMING, "conforme");
    WORDS.put(Assessment.PARTLY_CONFORMING, "partiellement conforme");
    WORDS.put(Assessment.NON_CONFORMING, "non conforme");
    WORDS.put(Assessment.NOT_ASSESSED, "non évalué");
  }

  private XlsxDashboard() {}

  /** Writes the dashboard. */
  public static void write(AuditDashboard dashboard, Referential referential, OutputStream out)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.getProperties().getCoreProperties().setTitle("Tableau de bord de l'audit — "
          + dashboard.establishmentName().orElse(dashboard.uai().toString()));
      HiddenCopy.write(wb.getProperties(), FORMAT,
          LdmJson.defaults().withPrettyPrint(false).writeString(dashboard));
      XSSFSheet sheet = wb.createSheet(SHEET);
      CellStyle header = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setWrapText(true);
      CellStyle locked = wb.createCellStyle();
      locked.setWrapText(true);
      locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle open = wb.createCellStyle();
      open.setLocked(false);
      open.setWrapText(true);
      Row top = sheet.createRow(0);
      for (int c = 0; c < HEADERS.size(); c++) {
        Cell cell = top.createCell(c);
        cell.setCellValue(HEADERS.get(c));
        cell.setCellStyle(header);
      }
      List<DashboardEntry> entries = dashboard.entries();
      for (int k = 0; k < entries.size(); k++) {
        DashboardEntry e = entries.get(k);
        Row row = sheet.createRow(k + 1);
        List<String> values = List.of(e.criterionId(), e.requirementId().orElse(""),
            label(e, referential), WORDS.get(e.assessment()), Cells.ids(e.evidenceSeen()),
            e.comment().orElse(""), Cells.ids(e.reassessedGapIds()),
            Cells.ids(e.reassessedAxisIds()));
        for (int c = 0; c < values.size(); c++) {
          Cell cell = row.createCell(c);
          cell.setCellValue(values.get(c));
          cell.setCellStyle(c < FIRST_OPEN ? locked : open);
        }
      }
      int[] widths = {9, 10, 60, 22, 16, 50, 16, 16};
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      sheet.createFreezePane(0, 1);
      sheet.setFitToPage(true);                          // printed: landscape, one page wide
      sheet.getPrintSetup().setLandscape(true);
      sheet.getPrintSetup().setFitWidth((short) 1);
      sheet.getPrintSetup().setFitHeight((short) 0);
      sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
      if (!entries.isEmpty()) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidation list = helper.createValidation(
            helper.createExplicitListConstraint(WORDS.values().toArray(String[]::new)),
            new CellRangeAddressList(1, entries.size(), ASSESSMENT, ASSESSMENT));
        list.setShowErrorBox(true);
        list.setSuppressDropDownArrow(true);
        list.createErrorBox("Évaluation", "Choisissez : " + String.join(", ", WORDS.values()));
        sheet.addValidationData(list);
      }
      sheet.enableLocking();
      sheet.lockFormatColumns(false);
      wb.write(out);
    }
  }

  private static String label(DashboardEntry e, Referential referential) {
    Optional<Criterion> c = referential.criterion(e.criterionId());
    if (e.requirementId().isPresent()) {
      return referential.requirement(e.requirementId().get()).map(r -> r.text()).orElse("");
    }
    return c.map(x -> "Critère " + x.number() + " — " + x.title()).orElse("");
  }

  /** Reads back a checked container. */
  public static OfficeImport<AuditDashboard> read(byte[] bytes, OfficeLimits limits, Locale locale) {
    Msg msg = Msg.of(locale);
    XSSFWorkbook wb;
    try {
      wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new OfficeFormatException(msg.t("ce n'est pas un classeur Excel (XLSX) lisible : %s",
          "not a readable Excel workbook (XLSX): %s", e.getMessage()), e);
    }
    try (wb) {
      AuditDashboard base;
      try {
        base = LdmJson.defaults().read(AuditDashboard.class,
            HiddenCopy.read(wb.getProperties(), FORMAT, msg));
      } catch (LdmFormatException e) {
        throw new OfficeFormatException(msg.t(
            "la description cachée du tableau de bord exporté est abîmée : %s",
            "the hidden description of the exported dashboard is damaged: %s", e.getMessage()), e);
      }
      XSSFSheet sheet = wb.getSheet(SHEET);
      if (sheet == null) {
        throw new OfficeFormatException(msg.t("feuille « %s » introuvable",
            "sheet \"%s\" not found", SHEET));
      }
      return new Reader(base, sheet, limits, msg).read();
    } catch (IOException e) {
      throw new OfficeFormatException(e.getMessage(), e);
    }
  }

  private static final class Reader {
    final AuditDashboard base;
    final XSSFSheet sheet;
    final OfficeLimits limits;
    final Msg msg;
    final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    final List<OfficeProblem> problems = new ArrayList<>();

    Reader(AuditDashboard base, XSSFSheet sheet, OfficeLimits limits, Msg msg) {
      this.base = base;
      this.sheet = sheet;
      this.limits = limits;
      this.msg = msg;
    }

    String ref(int row, int column) {
      return new CellReference(SHEET, row, column, false, false).formatAsString();
    }

    String text(Row row, int column) {
      if (row == null) {
        return "";
      }
      Cell cell = row.getCell(column);
      String t = cell == null ? "" : formatter.formatCellValue(cell);
      if (t.length() > limits.maxCellChars()) {
        throw new OfficeFormatException(msg.t("%s : la cellule dépasse %d caractères",
            "%s: the cell exceeds %d characters", ref(row.getRowNum(), column),
            limits.maxCellChars()));
      }
      return t;
    }

    OfficeImport<AuditDashboard> read() {
      if (sheet.getLastRowNum() > limits.maxRows()) {
        throw new OfficeFormatException(msg.t("%s : plus de %d lignes", "%s: over %d rows",
            SHEET, limits.maxRows()));
      }
      for (int c = 0; c < HEADERS.size(); c++) {
        if (!HEADERS.get(c).equals(text(sheet.getRow(0), c).strip())) {
          throw new OfficeFormatException(msg.t(
              "%s : en-tête « %s » attendu ; ce n'est pas un tableau de bord exporté par ldm",
              "%s: heading \"%s\" expected; this is not a dashboard exported by ldm",
              ref(0, c), HEADERS.get(c)));
        }
      }
      Map<String, Integer> exported = new HashMap<>();
      for (int k = 0; k < base.entries().size(); k++) {
        exported.put(key(base.entries().get(k)), k);
      }
      Map<Integer, DashboardEntry> read = new HashMap<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        boolean blank = true;
        for (int c = 0; c < HEADERS.size() + 8; c++) {
          blank &= text(row, c).isBlank();
        }
        if (blank) {
          continue;
        }
        for (int c = HEADERS.size(); c < HEADERS.size() + 8; c++) {
          if (!text(row, c).isBlank()) {
            problems.add(new OfficeProblem(Severity.WARNING, ref(r, c), JsonPointer.of("entries"),
                msg.t("cellule hors des colonnes du tableau de bord, non importée",
                    "cell outside the dashboard's columns, not imported")));
          }
        }
        String key = text(row, 0).strip() + "|" + text(row, 1).strip();
        Integer k = exported.get(key);
        if (k == null || read.containsKey(k)) {
          problems.add(new OfficeProblem(Severity.ERROR, ref(r, 0), JsonPointer.of("entries"),
              msg.t(k == null
                  ? "critère et exigence « %s » absents du tableau de bord exporté : ligne non importée"
                  : "critère et exigence « %s » en double : ligne non importée",
                  k == null
                  ? "criterion and requirement \"%s\" not in the exported dashboard: row not imported"
                  : "criterion and requirement \"%s\" twice: row not imported",
                  key.replace("|", " "))));
          continue;
        }
        read.put(k, entry(base.entries().get(k), row, JsonPointer.of("entries").append(k)));
      }
      List<DashboardEntry> entries = new ArrayList<>();
      for (int k = 0; k < base.entries().size(); k++) {
        DashboardEntry e = read.get(k);
        if (e == null) {
          problems.add(new OfficeProblem(Severity.ERROR, SHEET, JsonPointer.of("entries").append(k),
              msg.t("ligne de « %s » introuvable : l'entrée exportée est gardée",
                  "row of \"%s\" not found: the exported entry is kept",
                  key(base.entries().get(k)).replace("|", " "))));
          e = base.entries().get(k);
        }
        entries.add(e);
      }
      return new OfficeImport<>(AuditDashboard.builder().from(base).entries(entries).build(),
          problems);
    }

    DashboardEntry entry(DashboardEntry was, Row row, JsonPointer p) {
      DashboardEntry.Builder b = DashboardEntry.builder().from(was);
      String word = text(row, ASSESSMENT).strip().toLowerCase(Locale.ROOT);
      Optional<Assessment> assessment = WORDS.entrySet().stream()
          .filter(w -> w.getValue().equals(word) || w.getKey().name().equalsIgnoreCase(word))
          .map(Map.Entry::getKey).findFirst();
      if (assessment.isPresent()) {
        b.assessment(assessment.get());
      } else {
        problems.add(new OfficeProblem(Severity.ERROR, ref(row.getRowNum(), ASSESSMENT),
            p.append("assessment"), msg.t(
                "évaluation « %s » : attendu l'un de %s ; la valeur exportée « %s » est gardée",
                "assessment \"%s\": expected one of %s; the exported value \"%s\" is kept",
                text(row, ASSESSMENT).strip(), String.join(", ", WORDS.values()),
                WORDS.get(was.assessment()))));
      }
      b.evidenceSeen(Cells.ids(text(row, 4)));
      b.comment(Cells.text(text(row, 5)));
      b.reassessedGapIds(Cells.ids(text(row, 6)));
      b.reassessedAxisIds(Cells.ids(text(row, 7)));
      return b.build();
    }

    static String key(DashboardEntry e) {
      return e.criterionId() + "|" + e.requirementId().orElse("");
    }
  }
}
