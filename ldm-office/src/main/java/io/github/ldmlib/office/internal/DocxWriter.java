package io.github.ldmlib.office.internal;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.Implementation;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.dossier.Transversality;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** Writes a dossier as a Word document in the guide's section-E layout. */
public final class DocxWriter {

  /** The format named in the document's custom properties. */
  public static final String FORMAT = "ldm-dossier-docx/1";
  /** The bookmark of the title and of the note under it. */
  public static final String TITLE_ANCHOR = "ldm_title";

  private final XWPFDocument doc = new XWPFDocument();
  private long bookmarkId;

  private DocxWriter() {}

  /** Writes the dossier to the stream (not closed). */
  public static void write(Dossier dossier, Referential referential, OutputStream out)
      throws IOException {
    DocxWriter w = new DocxWriter();
    w.document(dossier, referential);
    w.doc.write(out);
    w.doc.close();
  }

  private void document(Dossier d, Referential referential) {
    landscape();
    POIXMLProperties props = doc.getProperties();
    props.getCoreProperties().setTitle("Dossier de labellisation — " + d.establishment().name());
    HiddenCopy.write(props, FORMAT, LdmJson.defaults().withPrettyPrint(false).writeString(d));

    XWPFParagraph title = heading(TITLE_ANCHOR, "Dossier de labellisation « Lycée des métiers » — "
        + d.establishment().name(), 18);
    XWPFRun note = title.getDocument().createParagraph().createRun();
    note.setItalic(true);
    note.setFontSize(9);
    note.setText(NOTE);
    bookmark((XWPFParagraph) note.getParent(), TITLE_ANCHOR + "_note");

    keyValues(DossierTable.GENERAL, 0, List.of(
        d.labelTitle().orElse(""), String.join("\n", d.trades()), d.context().orElse("")));
    d.articulation().ifPresent(a -> keyValues(DossierTable.ARTICULATION, 0, List.of(
        a.selfEvaluation().orElse(""), a.establishmentProject().orElse(""),
        a.objectivesContract().orElse(""), String.join("\n", a.otherLabels()))));

    for (int i = 0; i < d.sections().size(); i++) {
      section(i, d.sections().get(i), referential.criterion(d.sections().get(i).criterionId()));
    }
    List<List<String>> evidence = new ArrayList<>();
    for (Evidence e : d.evidence()) {
      evidence.add(List.of(e.id(), e.title(), Cells.kind(e.kind()), e.fileName().orElse(""),
          e.sha256().orElse("")));
    }
    table(DossierTable.EVIDENCE, 0, evidence);
  }

  /** The note under the title, telling people what they may change. */
  public static final String NOTE = "Document produit par ldm. Complétez les cellules des tableaux "
      + "et ajoutez-y des lignes ; le texte écrit hors des tableaux n'est pas relu. Dans les colonnes "
      + "N, N+3 et N+5, une mesure s'écrit « valeur (année scolaire) », par exemple « 58 (2019-2020) ».";

  private void section(int i, CriterionSection s, Optional<Criterion> criterion) {
    String text = criterion.map(c -> "Critère " + c.number() + " — " + c.title())
        .orElse("Critère " + s.criterionId());
    XWPFParagraph h = heading(DossierTable.sectionAnchor(i), text, 14);
    h.setPageBreak(true);
    keyValues(DossierTable.TEXT, i, List.of(s.diagnosis().orElse(""),
        s.generalObjective().orElse(""), s.commonStrategy().orElse("")));
    Transversality t = s.transversality().orElse(null);
    keyValues(DossierTable.LINKS, i, t == null ? List.of("", "", "", "", "") : List.of(
        Cells.ids(t.evaluationDomainIds()), Cells.ids(t.qualeducSheetIds()),
        t.establishmentProjectAxis().orElse(""), t.objectivesContractAxis().orElse(""),
        t.cmqCriterion().orElse("")));

    List<List<String>> team = new ArrayList<>();
    s.team().ifPresent(tm -> {
      tm.coordinator().ifPresent(c -> team.add(person(DocxReader.COORDINATOR, c)));
      tm.members().forEach(m -> team.add(person(DocxReader.MEMBER, m)));
    });
    table(DossierTable.TEAM, i, team);

    List<List<String>> actions = new ArrayList<>();
    List<List<String>> review = new ArrayList<>();
    for (int k = 0; k < s.actions().size(); k++) {
      Action a = s.actions().get(k);
      String ref = "A" + (k + 1);
      actions.add(List.of(ref, a.id().orElse(""), a.title(), a.description().orElse(""),
          a.startYear().map(Object::toString).orElse(""),
          a.durationYears().isPresent() ? String.valueOf(a.durationYears().getAsInt()) : "",
          Cells.ids(a.requirementIds()), Cells.ids(a.evidenceIds())));
      review.add(List.of(ref, a.addedValue().orElse(""), a.strengths().orElse(""),
          a.improvementAreas().orElse(""), a.conclusion().orElse(""),
          a.perennial().map(Cells::yesNo).orElse("")));
    }
    table(DossierTable.ACTIONS, i, actions);
    table(DossierTable.REVIEW, i, review);

    List<List<String>> engagements = new ArrayList<>();
    List<List<String>> leads = new ArrayList<>();
    for (int k = 0; k < s.engagements().size(); k++) {
      Engagement e = s.engagements().get(k);
      String ref = "E" + (k + 1);
      engagements.add(List.of(ref, e.id().orElse(""), e.title(), e.description().orElse(""),
          e.referenceYear().map(Object::toString).orElse(""),
          e.durationYears().isPresent() ? String.valueOf(e.durationYears().getAsInt()) : "",
          Cells.ids(e.requirementIds()), Cells.ids(e.evidenceIds())));
      e.lead().ifPresent(p -> leads.add(person(ref, p)));
    }
    table(DossierTable.ENGAGEMENTS, i, engagements);
    table(DossierTable.LEADS, i, leads);

    List<List<String>> objectives = new ArrayList<>();
    List<List<String>> implementation = new ArrayList<>();
    initiatives(s.actions(), "A", objectives, implementation);
    initiatives(s.engagements(), "E", objectives, implementation);
    table(DossierTable.OBJECTIVES, i, objectives);
    table(DossierTable.IMPLEMENTATION, i, implementation);
  }

  private static void initiatives(List<? extends Initiative> list, String letter,
      List<List<String>> objectives, List<List<String>> implementation) {
    for (int k = 0; k < list.size(); k++) {
      Initiative in = list.get(k);
      for (int j = 0; j < in.objectives().size(); j++) {
        Objective o = in.objectives().get(j);
        String ref = letter + (k + 1) + "." + (j + 1);
        if (o.indicators().isEmpty()) {
          objectives.add(List.of(ref, o.text(), "", "", "", "", "", "", "", ""));
        }
        for (Indicator ind : o.indicators()) {
          objectives.add(List.of(ref, o.text(), ind.label(), ind.id().orElse(""),
              Cells.unit(ind.unit()), Cells.direction(ind.direction()),
              ind.target().map(Cells::number).orElse(""),
              measures(ind, Milestone.START), measures(ind, Milestone.FOLLOW_UP),
              measures(ind, Milestone.END)));
        }
      }
      if (in.implementation().isPresent()) {
        Implementation im = in.implementation().get();
        implementation.add(List.of(letter + (k + 1), im.resources().orElse(""),
            im.schedule().orElse(""), im.places().orElse(""), im.organisation().orElse("")));
      }
    }
  }

  /** The measures of one milestone, one a line: {@code 58 (2019-2020)}. */
  static String measures(Indicator indicator, Milestone milestone) {
    return indicator.measures().stream().filter(m -> m.milestone() == milestone)
        .map(DocxWriter::measure).collect(Collectors.joining("\n"));
  }

  private static String measure(Measure m) {
    return Cells.number(m.value()) + " (" + m.schoolYear() + ")";
  }

  private static List<String> person(String role, Person p) {
    return List.of(role, p.lastName(), p.firstName().orElse(""), p.function().orElse(""));
  }

  private void keyValues(DossierTable kind, int section, List<String> values) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < values.size(); r++) {
      rows.add(List.of(kind.keys().get(r), values.get(r)));
    }
    table(kind, section, rows);
  }

  private void table(DossierTable kind, int section, List<List<String>> rows) {
    XWPFParagraph caption = doc.createParagraph();
    caption.setSpacingBefore(240);
    XWPFRun run = caption.createRun();
    run.setBold(true);
    run.setFontSize(11);
    run.setText(kind.caption());
    bookmark(caption, kind.anchor(section));

    XWPFTable table = doc.createTable(1 + rows.size(), kind.headers().size());
    table.setWidth("100%");
    int[] widths = kind.widths();
    var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
        : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * w / 100));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int c = 0; c < widths.length; c++) {
        row.getCell(c).setWidth(String.valueOf(TEXT_WIDTH * widths[c] / 100));
      }
    }
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    for (int c = 0; c < kind.headers().size(); c++) {
      XWPFTableCell cell = header.getCell(c);
      cell.setColor("D9E2F3");
      fill(cell, kind.headers().get(c), true);
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        fill(table.getRow(r + 1).getCell(c), values.get(c), false);
      }
    }
  }

  private static void fill(XWPFTableCell cell, String text, boolean bold) {
    String[] lines = text.split("\n", -1);
    XWPFParagraph p = cell.getParagraphs().get(0);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        p = cell.addParagraph();
      }
      XWPFRun run = p.createRun();
      run.setFontSize(9);
      run.setBold(bold);
      run.setText(lines[i]);
    }
  }

  /** The width between the margins of a landscape A4 page, in twentieths of a point. */
  private static final int TEXT_WIDTH = 16838 - 2 * 1000;

  private XWPFParagraph heading(String anchor, String text, int size) {
    XWPFParagraph p = doc.createParagraph();
    XWPFRun run = p.createRun();
    run.setBold(true);
    run.setFontSize(size);
    run.setText(text);
    bookmark(p, anchor);
    return p;
  }

  private void bookmark(XWPFParagraph p, String name) {
    BigInteger id = BigInteger.valueOf(bookmarkId++);
    CTBookmark start = p.getCTP().insertNewBookmarkStart(0);
    start.setName(name);
    start.setId(id);
    p.getCTP().addNewBookmarkEnd().setId(id);
  }

  private void landscape() {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(16838));
    size.setH(BigInteger.valueOf(11906));
    size.setOrient(STPageOrientation.LANDSCAPE);
    CTPageMar mar = sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(1000));
    mar.setBottom(BigInteger.valueOf(1000));
    mar.setLeft(BigInteger.valueOf(1000));
    mar.setRight(BigInteger.valueOf(1000));
  }
}
