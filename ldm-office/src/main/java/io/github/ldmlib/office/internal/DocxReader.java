package io.github.ldmlib.office.internal;

import io.github.ldmlib.io.LdmFormatException;
import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Articulation;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.EvidenceKind;
import io.github.ldmlib.model.dossier.Implementation;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.IndicatorUnit;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.dossier.Transversality;
import io.github.ldmlib.office.OfficeFormatException;
import io.github.ldmlib.office.OfficeImport;
import io.github.ldmlib.office.OfficeLimits;
import io.github.ldmlib.office.OfficeProblem;
import io.github.ldmlib.office.OfficeProblem.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;

/**
 * Reads back a dossier written by {@link DocxWriter}: the tables are found by the bookmarks on
 * their captions, their rows by their number (« A2 », « E1.3 »), and every value is taken from the
 * cells; the exported dossier, hidden in the document's custom properties, gives what the document
 * does not show (the establishment, the dates) and the value kept when a cell cannot be read.
 */
public final class DocxReader {

  /** The role of the coordinator in the team table. */
  public static final String COORDINATOR = "Coordonnateur";
  /** The role of a member in the team table. */
  public static final String MEMBER = "Membre";

  private static final Pattern SECTION_ANCHOR = Pattern.compile("ldm_s(\\d+)");
  private static final Pattern TABLE_ANCHOR = Pattern.compile("ldm_(?:d|s(\\d+))_([a-z]+)");
  private static final Pattern INITIATIVE_REF = Pattern.compile("([AE])(\\d{1,4})");
  private static final Pattern OBJECTIVE_REF = Pattern.compile("([AE])(\\d{1,4})\\.(\\d{1,4})");
  private static final Pattern MEASURE =
      Pattern.compile("(.*?)\\s*(?:\\(\\s*(\\d{4}\\s*-\\s*\\d{4})\\s*\\))?\\s*");

  private final OfficeLimits limits;
  private final Msg msg;
  private final List<OfficeProblem> problems = new ArrayList<>();
  private final Map<String, Grid> tables = new HashMap<>();
  private final Set<Integer> sectionsSeen = new HashSet<>();
  private Dossier base;

  private DocxReader(OfficeLimits limits, Locale locale) {
    this.limits = limits;
    this.msg = Msg.of(locale);
  }

  /** Reads a checked container. */
  public static OfficeImport<Dossier> read(byte[] bytes, OfficeLimits limits, Locale locale) {
    return new DocxReader(limits, locale).read(bytes);
  }

  private OfficeImport<Dossier> read(byte[] bytes) {
    try (XWPFDocument doc = open(bytes)) {
      base = hidden(doc.getProperties());
      walk(doc);
    } catch (IOException e) {
      throw new OfficeFormatException(msg.t("document Word illisible : %s",
          "unreadable Word document: %s", e.getMessage()), e);
    }
    return new OfficeImport<>(dossier(), problems);
  }

  private XWPFDocument open(byte[] bytes) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new OfficeFormatException(msg.t(
          "ce n'est pas un document Word (DOCX) lisible : %s",
          "not a readable Word document (DOCX): %s", e.getMessage()), e);
    }
  }

  private Dossier hidden(POIXMLProperties props) {
    String json = HiddenCopy.read(props, DocxWriter.FORMAT, msg);
    try {
      return LdmJson.defaults().read(Dossier.class, json);
    } catch (LdmFormatException e) {
      throw new OfficeFormatException(msg.t(
          "la description cachée du dossier exporté est abîmée : %s",
          "the hidden description of the exported dossier is damaged: %s", e.getMessage()), e);
    }
  }

  // ---------------------------------------------------------------- walking the body

  private void walk(XWPFDocument doc) {
    String pending = null;
    String where = msg.t("début du document", "start of the document");
    JsonPointer whereAt = JsonPointer.root();
    for (IBodyElement element : doc.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        List<String> anchors = anchors(p);
        boolean ours = false;
        for (String a : anchors) {
          Matcher s = SECTION_ANCHOR.matcher(a);
          Matcher t = TABLE_ANCHOR.matcher(a);
          if (s.matches()) {
            int i = Integer.parseInt(s.group(1));
            sectionsSeen.add(i);
            where = sectionPlace(i);
            whereAt = JsonPointer.of("sections").append(i);
            ours = true;
          } else if (t.matches()) {
            pending = a;
            ours = true;
          } else if (a.startsWith(DocxWriter.TITLE_ANCHOR)) {
            ours = true;
          }
        }
        String text = p.getText();
        if (!ours && !text.isBlank()) {
          warn(msg.t("%s, texte hors des tableaux", "%s, text outside the tables", where),
              whereAt, msg.t("texte hors des tableaux, non importé : « %s »",
                  "text outside the tables, not imported: \"%s\"", excerpt(text)));
        }
      } else if (element instanceof XWPFTable table) {
        if (pending == null) {
          warn(msg.t("%s, tableau sans repère", "%s, table without anchor", where), whereAt,
              msg.t("tableau inconnu (sans le repère d'un tableau exporté), non importé : « %s »",
                  "unknown table (without the anchor of an exported table), not imported: \"%s\"",
                  excerpt(table.getText())));
        } else if (tables.containsKey(pending)) {
          error(msg.t("%s, tableau en double", "%s, duplicated table", where), whereAt,
              msg.t("deux tableaux portent le repère %s ; le second n'est pas importé",
                  "two tables carry the anchor %s; the second is not imported", pending));
        } else {
          tables.put(pending, grid(pending, table));
          where = tables.get(pending).name;
          whereAt = tables.get(pending).at;
        }
        pending = null;
      } else if (element instanceof XWPFSDT sdt && !sdt.getContent().getText().isBlank()) {
        warn(where, whereAt, msg.t("contenu inconnu, non importé : « %s »",
            "unknown content, not imported: \"%s\"", excerpt(sdt.getContent().getText())));
      }
    }
  }

  private static List<String> anchors(XWPFParagraph p) {
    List<String> out = new ArrayList<>();
    for (CTBookmark b : p.getCTP().getBookmarkStartList()) {
      if (b.getName() != null && b.getName().startsWith("ldm_")) {
        out.add(b.getName());
      }
    }
    return out;
  }

  private static String excerpt(String text) {
    String t = text.strip().replace('\n', ' ');
    return t.length() > 60 ? t.substring(0, 60) + "…" : t;
  }

  private String sectionPlace(int i) {
    String id = i < base.sections().size() ? base.sections().get(i).criterionId() : "#" + (i + 1);
    return msg.t("Critère %s", "Criterion %s", id);
  }

  /** The cells of one table, checked against its kind. */
  private final class Grid {
    final DossierTable kind;
    final String name;
    final JsonPointer at;
    final List<Row> rows = new ArrayList<>();
    boolean usable = true;

    Grid(DossierTable kind, String name, JsonPointer at) {
      this.kind = kind;
      this.name = name;
      this.at = at;
    }

    String place(Row row, int column) {
      return name + " › " + msg.t("ligne %d", "row %d", row.number) + " › "
          + kind.headers().get(column);
    }

    String place(Row row) {
      return name + " › " + msg.t("ligne %d", "row %d", row.number);
    }
  }

  /** One row: its number in the table (the header is row 1) and its cells. */
  private record Row(int number, List<String> cells) {
    String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }

    boolean blank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  private Grid grid(String anchor, XWPFTable table) {
    Matcher m = TABLE_ANCHOR.matcher(anchor);
    m.matches();
    DossierTable kind;
    try {
      kind = DossierTable.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      kind = null;
    }
    int section = m.group(1) == null ? -1 : Integer.parseInt(m.group(1));
    String name = (section < 0 ? "" : sectionPlace(section) + " › ")
        + (kind == null ? anchor : kind.caption());
    JsonPointer at = section < 0 ? JsonPointer.root() : JsonPointer.of("sections").append(section);
    Grid grid = new Grid(kind == null ? DossierTable.GENERAL : kind, name, at);
    if (kind == null || kind.dossierLevel() != (section < 0)) {
      grid.usable = false;
      warn(name, at, msg.t("repère de tableau inconnu %s, tableau non importé",
          "unknown table anchor %s, table not imported", anchor));
      return grid;
    }
    List<XWPFTableRow> rows = table.getRows();
    if (rows.size() > limits.maxRows()) {
      throw new OfficeFormatException(msg.t("%s : plus de %d lignes", "%s: over %d rows",
          name, limits.maxRows()));
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell cell : rows.get(r).getTableCells()) {
        cells.add(cellText(cell, name));
      }
      Row row = new Row(r + 1, cells);
      if (r == 0) {
        if (cells.size() != kind.headers().size()) {
          grid.usable = false;
          error(name, at, msg.t(
              "le tableau a %d colonnes au lieu de %d : il n'est pas importé, le dossier exporté "
                  + "est gardé pour lui", "the table has %d columns instead of %d: it is not "
                  + "imported, the exported dossier is kept for it",
              cells.size(), kind.headers().size()));
          return grid;
        }
        continue;
      }
      for (int c = kind.headers().size(); c < cells.size(); c++) {
        if (!cells.get(c).isBlank()) {
          warn(grid.place(row) + " › " + msg.t("colonne %d", "column %d", c + 1), at,
              msg.t("cellule hors des colonnes du tableau, non importée : « %s »",
                  "cell outside the table's columns, not imported: \"%s\"",
                  excerpt(cells.get(c))));
        }
      }
      if (!row.blank()) {
        grid.rows.add(row);
      }
    }
    return grid;
  }

  private String cellText(XWPFTableCell cell, String table) {
    if (!cell.getTables().isEmpty()) {
      warn(table, JsonPointer.root(), msg.t("tableau dans une cellule, non importé",
          "table inside a cell, not imported"));
    }
    StringBuilder text = new StringBuilder();
    List<XWPFParagraph> paragraphs = cell.getParagraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        text.append('\n');
      }
      text.append(paragraphs.get(i).getText());
      if (text.length() > limits.maxCellChars()) {
        throw new OfficeFormatException(msg.t("%s : une cellule dépasse %d caractères",
            "%s: a cell exceeds %d characters", table, limits.maxCellChars()));
      }
    }
    return text.toString();
  }

  // ---------------------------------------------------------------- building the dossier

  private Optional<Grid> table(DossierTable kind, int section, boolean expected) {
    Grid g = tables.get(kind.anchor(section));
    if (g == null) {
      if (expected) {
        String name = (section < 0 || kind.dossierLevel() ? "" : sectionPlace(section) + " › ")
            + kind.caption();
        error(name, kind.dossierLevel() ? JsonPointer.root()
                : JsonPointer.of("sections").append(section),
            msg.t("tableau introuvable (son repère a disparu) : le dossier exporté est gardé pour lui",
                "table not found (its anchor is gone): the exported dossier is kept for it"));
      }
      return Optional.empty();
    }
    return g.usable ? Optional.of(g) : Optional.empty();
  }

  private Dossier dossier() {
    Dossier.Builder b = Dossier.builder().from(base);
    table(DossierTable.GENERAL, 0, true).ifPresent(g -> {
      Map<Integer, Row> rows = keyed(g);
      b.labelTitle(optional(rows, 0, base.labelTitle()));
      b.trades(rows.containsKey(1) ? Cells.lines(rows.get(1).cell(1)) : base.trades());
      b.context(optional(rows, 2, base.context()));
    });
    table(DossierTable.ARTICULATION, 0, base.articulation().isPresent()).ifPresent(g -> {
      Map<Integer, Row> rows = keyed(g);
      Articulation a = base.articulation().orElse(Articulation.builder().build());
      b.articulation(Articulation.builder()
          .selfEvaluation(optional(rows, 0, a.selfEvaluation()))
          .establishmentProject(optional(rows, 1, a.establishmentProject()))
          .objectivesContract(optional(rows, 2, a.objectivesContract()))
          .otherLabels(rows.containsKey(3) ? Cells.lines(rows.get(3).cell(1)) : a.otherLabels())
          .build());
    });
    List<CriterionSection> sections = new ArrayList<>();
    for (int i = 0; i < base.sections().size(); i++) {
      if (!sectionsSeen.contains(i)) {
        error(sectionPlace(i), JsonPointer.of("sections").append(i), msg.t(
            "titre du critère introuvable (son repère a disparu)",
            "criterion heading not found (its anchor is gone)"));
      }
      sections.add(section(i, base.sections().get(i)));
    }
    for (String anchor : tables.keySet()) {
      Matcher m = TABLE_ANCHOR.matcher(anchor);
      if (m.matches() && m.group(1) != null
          && Integer.parseInt(m.group(1)) >= base.sections().size()) {
        warn(tables.get(anchor).name, JsonPointer.of("sections"), msg.t(
            "tableau d'un critère qui n'était pas dans le dossier exporté, non importé",
            "table of a criterion that was not in the exported dossier, not imported"));
      }
    }
    b.sections(sections);
    table(DossierTable.EVIDENCE, 0, true).ifPresent(g -> b.evidence(evidence(g)));
    return b.build();
  }

  /** The rows of a key/value table by their key's position; an unknown key is reported. */
  private Map<Integer, Row> keyed(Grid g) {
    Map<Integer, Row> out = new HashMap<>();
    List<String> keys = g.kind.keys();
    for (Row row : g.rows) {
      int k = keys.indexOf(row.cell(0).strip());
      if (k < 0) {
        error(g.place(row, 0), g.at, msg.t(
            "rubrique inconnue « %s » (attendu : %s), ligne non importée",
            "unknown heading \"%s\" (expected: %s), row not imported",
            excerpt(row.cell(0)), String.join(", ", keys)));
      } else if (out.containsKey(k)) {
        error(g.place(row, 0), g.at, msg.t("rubrique « %s » en double, ligne non importée",
            "heading \"%s\" twice, row not imported", keys.get(k)));
      } else {
        out.put(k, row);
      }
    }
    return out;
  }

  private static Optional<String> optional(Map<Integer, Row> rows, int k, Optional<String> kept) {
    return rows.containsKey(k) ? Cells.text(rows.get(k).cell(1)) : kept;
  }

  private CriterionSection section(int i, CriterionSection s) {
    CriterionSection.Builder b = CriterionSection.builder().from(s);
    JsonPointer at = JsonPointer.of("sections").append(i);
    table(DossierTable.TEXT, i, true).ifPresent(g -> {
      Map<Integer, Row> rows = keyed(g);
      b.diagnosis(optional(rows, 0, s.diagnosis()));
      b.generalObjective(optional(rows, 1, s.generalObjective()));
      b.commonStrategy(optional(rows, 2, s.commonStrategy()));
    });
    table(DossierTable.LINKS, i, true).ifPresent(g -> {
      Map<Integer, Row> rows = keyed(g);
      Transversality t = s.transversality().orElse(Transversality.builder().build());
      Transversality read = Transversality.builder()
          .evaluationDomainIds(rows.containsKey(0) ? Cells.ids(rows.get(0).cell(1))
              : t.evaluationDomainIds())
          .qualeducSheetIds(rows.containsKey(1) ? Cells.ids(rows.get(1).cell(1))
              : t.qualeducSheetIds())
          .establishmentProjectAxis(optional(rows, 2, t.establishmentProjectAxis()))
          .objectivesContractAxis(optional(rows, 3, t.objectivesContractAxis()))
          .cmqCriterion(optional(rows, 4, t.cmqCriterion()))
          .build();
      b.transversality(read.equals(Transversality.builder().build()) && s.transversality().isEmpty()
          ? Optional.empty() : Optional.of(read));
    });
    table(DossierTable.TEAM, i, true).ifPresent(g -> b.team(team(g, s, at)));

    Initiatives<Action> actions = new Initiatives<>("A", s.actions(), at.append("actions"));
    Initiatives<Engagement> engagements =
        new Initiatives<>("E", s.engagements(), at.append("engagements"));
    table(DossierTable.ACTIONS, i, true).ifPresent(g -> actions.rows(g, 2));
    table(DossierTable.ENGAGEMENTS, i, true).ifPresent(g -> engagements.rows(g, 2));
    Optional<Grid> review = table(DossierTable.REVIEW, i, true);
    Optional<Grid> leads = table(DossierTable.LEADS, i, true);
    Optional<Grid> objectives = table(DossierTable.OBJECTIVES, i, true);
    Optional<Grid> implementation = table(DossierTable.IMPLEMENTATION, i, true);
    Map<String, List<Row>> reviewRows = review.map(g -> byRef(g, actions, null)).orElse(Map.of());
    Map<String, List<Row>> leadRows = leads.map(g -> byRef(g, null, engagements)).orElse(Map.of());
    Map<String, List<Row>> implRows =
        implementation.map(g -> byRef(g, actions, engagements)).orElse(Map.of());
    Map<String, List<Row>> objectiveRows = new LinkedHashMap<>();
    objectives.ifPresent(g -> {
      for (Row row : g.rows) {
        Matcher m = OBJECTIVE_REF.matcher(row.cell(0).strip());
        Initiatives<?> owner = m.matches() ? (m.group(1).equals("A") ? actions : engagements) : null;
        if (owner != null && owner.removed.contains(m.group(1) + m.group(2))) {
          removedRow(g, row, m.group(1) + m.group(2));
          continue;
        }
        if (owner == null || !owner.index.containsKey(m.group(1) + m.group(2))) {
          error(g.place(row, 0), at, msg.t(
              "numéro « %s » : attendu le numéro d'un objectif d'une action ou d'un engagement "
                  + "du critère, comme A1.2 ; ligne non importée",
              "number \"%s\": expected the number of an objective of one of the criterion's "
                  + "actions or engagements, such as A1.2; row not imported", row.cell(0).strip()));
          continue;
        }
        objectiveRows.computeIfAbsent(row.cell(0).strip(), k -> new ArrayList<>()).add(row);
      }
    });

    if (actions.read) {
      List<Action> list = new ArrayList<>();
      for (int k = 0; k < actions.refs.size(); k++) {
        String ref = actions.refs.get(k);
        Action kept = actions.kept.get(k);
        Row row = actions.rows.get(k);
        JsonPointer p = actions.at.append(k);
        Grid g = actions.grid;
        Action.Builder ab = kept == null ? Action.builder() : Action.builder().from(kept);
        ab.id(Cells.text(row.cell(1)).map(String::strip));
        ab.title(kept == null ? row.cell(2) : required(g, row, 2, p.append("title"), kept.title()));
        ab.description(Cells.text(row.cell(3)));
        ab.startYear(year(g, row, 4, p.append("startYear"),
            kept == null ? Optional.empty() : kept.startYear()));
        duration(g, row, 5, p.append("durationYears"), kept).ifPresentOrElse(ab::durationYears,
            () -> ab.durationYears(java.util.OptionalInt.empty()));
        ab.requirementIds(Cells.ids(row.cell(6)));
        ab.evidenceIds(Cells.ids(row.cell(7)));
        List<Row> rev = reviewRows.getOrDefault(ref, List.of());
        if (review.isPresent()) {
          Row r = rev.isEmpty() ? null : rev.get(0);
          ab.addedValue(r == null ? Optional.empty() : Cells.text(r.cell(1)));
          ab.strengths(r == null ? Optional.empty() : Cells.text(r.cell(2)));
          ab.improvementAreas(r == null ? Optional.empty() : Cells.text(r.cell(3)));
          ab.conclusion(r == null ? Optional.empty() : Cells.text(r.cell(4)));
          ab.perennial(r == null || r.cell(5).isBlank() ? Optional.empty()
              : yesNo(review.get(), r, 5, p.append("perennial"),
                  kept == null ? Optional.empty() : kept.perennial()));
        }
        Action draft = ab.build();
        ab.objectives(objectives.isPresent()
            ? objectives(objectives.get(), objectiveRows, ref, draft, kept, p)
            : draft.objectives());
        if (implementation.isPresent()) {
          ab.implementation(implementation(implementation.get(), implRows.get(ref), p));
        }
        list.add(ab.build());
      }
      b.actions(list);
    }
    if (engagements.read) {
      List<Engagement> list = new ArrayList<>();
      for (int k = 0; k < engagements.refs.size(); k++) {
        String ref = engagements.refs.get(k);
        Engagement kept = engagements.kept.get(k);
        Row row = engagements.rows.get(k);
        JsonPointer p = engagements.at.append(k);
        Grid g = engagements.grid;
        Engagement.Builder eb = kept == null ? Engagement.builder() : Engagement.builder().from(kept);
        eb.id(Cells.text(row.cell(1)).map(String::strip));
        eb.title(kept == null ? row.cell(2) : required(g, row, 2, p.append("title"), kept.title()));
        eb.description(Cells.text(row.cell(3)));
        eb.referenceYear(year(g, row, 4, p.append("referenceYear"),
            kept == null ? Optional.empty() : kept.referenceYear()));
        duration(g, row, 5, p.append("durationYears"), kept).ifPresentOrElse(eb::durationYears,
            () -> eb.durationYears(java.util.OptionalInt.empty()));
        eb.requirementIds(Cells.ids(row.cell(6)));
        eb.evidenceIds(Cells.ids(row.cell(7)));
        if (leads.isPresent()) {
          List<Row> l = leadRows.getOrDefault(ref, List.of());
          eb.lead(l.isEmpty() ? Optional.empty() : person(leads.get(), l.get(0), p.append("lead"),
              kept == null ? Optional.empty() : kept.lead()));
        } else if (kept == null) {
          eb.lead(Optional.empty());
        }
        Engagement draft = eb.build();
        eb.objectives(objectives.isPresent()
            ? objectives(objectives.get(), objectiveRows, ref, draft, kept, p)
            : draft.objectives());
        if (implementation.isPresent()) {
          eb.implementation(implementation(implementation.get(), implRows.get(ref), p));
        }
        list.add(eb.build());
      }
      b.engagements(list);
    }
    return b.build();
  }

  /** The rows of the actions or engagements table, matched to the exported ones by number. */
  private final class Initiatives<T extends Initiative> {
    final String letter;
    final List<T> exported;
    final JsonPointer at;
    Grid grid;
    boolean read;
    final List<String> refs = new ArrayList<>();
    final List<T> kept = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    /** Number in the document → index in the result. */
    final Map<String, Integer> index = new HashMap<>();
    /** Numbers of exported ones no longer in the table. */
    final Set<String> removed = new HashSet<>();

    Initiatives(String letter, List<T> exported, JsonPointer at) {
      this.letter = letter;
      this.exported = exported;
      this.at = at;
    }

    void rows(Grid g, int titleColumn) {
      grid = g;
      read = true;
      Set<Integer> used = new HashSet<>();
      int added = 0;
      for (Row row : g.rows) {
        String ref = row.cell(0).strip();
        Matcher m = INITIATIVE_REF.matcher(ref);
        T was = null;
        if (m.matches() && m.group(1).equals(letter)) {
          int n = Integer.parseInt(m.group(2));
          if (index.containsKey(ref)) {
            error(g.place(row, 0), at, msg.t("numéro « %s » en double, ligne non importée",
                "number \"%s\" twice, row not imported", ref));
            continue;
          }
          if (n >= 1 && n <= exported.size() && used.add(n)) {
            was = exported.get(n - 1);
          }
        } else if (!ref.isEmpty()) {
          error(g.place(row, 0), at, msg.t(
              "numéro « %s » : attendu %s suivi d'un nombre, ligne non importée",
              "number \"%s\": expected %s followed by a number, row not imported", ref, letter));
          continue;
        }
        JsonPointer p = at.append(refs.size());
        if (was == null && row.cell(titleColumn).isBlank()) {
          error(g.place(row, titleColumn), p.append("title"), msg.t(
              "intitulé obligatoire : ligne non importée", "title required: row not imported"));
          continue;
        }
        if (ref.isEmpty()) {
          ref = letter + "+" + (++added);
        }
        index.put(ref, refs.size());
        refs.add(ref);
        kept.add(was);
        rows.add(row);
      }
      for (int n = 1; n <= exported.size(); n++) {
        if (!used.contains(n)) {
          removed.add(letter + n);
          warn(g.name, at.append(n - 1), msg.t(
              "%s%d (« %s ») n'est plus dans le tableau : il est retiré du dossier",
              "%s%d (\"%s\") is no longer in the table: it is removed from the dossier",
              letter, n, excerpt(exported.get(n - 1).title())));
        }
      }
    }
  }

  private Map<String, List<Row>> byRef(Grid g, Initiatives<?> actions, Initiatives<?> engagements) {
    Map<String, List<Row>> out = new HashMap<>();
    for (Row row : g.rows) {
      String ref = row.cell(0).strip();
      Initiatives<?> owner = ref.startsWith("A") ? actions : ref.startsWith("E") ? engagements : null;
      if (owner != null && owner.removed.contains(ref)) {
        removedRow(g, row, ref);
        continue;
      }
      if (owner == null || !owner.index.containsKey(ref)) {
        error(g.place(row, 0), g.at, msg.t(
            "numéro « %s » : aucune action ni aucun engagement de ce numéro, ligne non importée",
            "number \"%s\": no action or engagement has this number, row not imported", ref));
        continue;
      }
      List<Row> rows = out.computeIfAbsent(ref, k -> new ArrayList<>());
      if (!rows.isEmpty()) {
        error(g.place(row, 0), g.at, msg.t("numéro « %s » en double, ligne non importée",
            "number \"%s\" twice, row not imported", ref));
        continue;
      }
      rows.add(row);
    }
    return out;
  }

  private void removedRow(Grid g, Row row, String ref) {
    warn(g.place(row, 0), g.at, msg.t(
        "ligne de %s, retiré du tableau des actions ou des engagements : non importée",
        "row of %s, removed from the table of actions or engagements: not imported", ref));
  }

  private Optional<Implementation> implementation(Grid g, List<Row> rows, JsonPointer p) {
    if (rows == null || rows.isEmpty()) {
      return Optional.empty();
    }
    Row r = rows.get(0);
    return Optional.of(Implementation.builder().resources(Cells.text(r.cell(1)))
        .schedule(Cells.text(r.cell(2))).places(Cells.text(r.cell(3)))
        .organisation(Cells.text(r.cell(4))).build());
  }

  private List<Objective> objectives(Grid g, Map<String, List<Row>> all, String ref,
      Initiative draft, Initiative kept, JsonPointer p) {
    List<Objective> out = new ArrayList<>();
    Optional<SchoolYear> start = draft instanceof Action a ? a.startYear()
        : ((Engagement) draft).referenceYear();
    for (Map.Entry<String, List<Row>> e : all.entrySet()) {
      Matcher m = OBJECTIVE_REF.matcher(e.getKey());
      m.matches();
      if (!ref.equals(m.group(1) + m.group(2))) {
        continue;
      }
      int j = Integer.parseInt(m.group(3));
      Objective was = kept != null && j >= 1 && j <= kept.objectives().size()
          ? kept.objectives().get(j - 1) : null;
      JsonPointer op = p.append("objectives").append(out.size());
      List<Row> rows = e.getValue();
      Row first = rows.get(0);
      String text = first.cell(1);
      if (text.isBlank()) {
        if (was == null) {
          error(g.place(first, 1), op.append("text"), msg.t(
              "objectif obligatoire : lignes de %s non importées",
              "objective required: rows of %s not imported", e.getKey()));
          continue;
        }
        text = required(g, first, 1, op.append("text"), was.text());
      }
      List<Indicator> indicators = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        Row row = rows.get(r);
        if (r > 0 && !row.cell(1).isBlank() && !row.cell(1).equals(first.cell(1))) {
          warn(g.place(row, 1), op.append("text"), msg.t(
              "objectif différent de celui de la première ligne de %s : seul le premier est gardé",
              "objective differs from the one on the first row of %s: only the first is kept",
              e.getKey()));
        }
        boolean noIndicator = true;
        for (int c = 2; c < 10; c++) {
          noIndicator &= row.cell(c).isBlank();
        }
        if (noIndicator) {
          continue;
        }
        Indicator wasInd = was != null && indicators.size() < was.indicators().size()
            ? was.indicators().get(indicators.size()) : null;
        indicator(g, row, op.append("indicators").append(indicators.size()), wasInd, start)
            .ifPresent(indicators::add);
      }
      out.add(Objective.builder().text(text).indicators(indicators).build());
    }
    return out;
  }

  private Optional<Indicator> indicator(Grid g, Row row, JsonPointer p, Indicator was,
      Optional<SchoolYear> start) {
    String label = row.cell(2);
    if (label.isBlank()) {
      if (was == null) {
        error(g.place(row, 2), p.append("label"), msg.t(
            "indicateur obligatoire : ligne non importée", "indicator required: row not imported"));
        return Optional.empty();
      }
      label = required(g, row, 2, p.append("label"), was.label());
    }
    Optional<IndicatorUnit> unit = constant(g, row, 4, p.append("unit"), Cells::unit,
        IndicatorUnit.class, was == null ? null : was.unit());
    Optional<Direction> direction = constant(g, row, 5, p.append("direction"), Cells::direction,
        Direction.class, was == null ? null : was.direction());
    if (unit.isEmpty() || direction.isEmpty()) {
      return Optional.empty();
    }
    Indicator.Builder b = Indicator.builder().label(label).unit(unit.get())
        .direction(direction.get()).id(Cells.text(row.cell(3)).map(String::strip));
    if (!row.cell(6).isBlank()) {
      Optional<BigDecimal> target = Cells.number(row.cell(6));
      if (target.isEmpty()) {
        error(g.place(row, 6), p.append("target"), msg.t(
            "cible « %s » : attendu un nombre ; la valeur exportée est gardée",
            "target \"%s\": expected a number; the exported value is kept", row.cell(6).strip()));
        b.target(was == null ? Optional.empty() : was.target());
      } else {
        b.target(target);
      }
    }
    List<Measure> measures = new ArrayList<>();
    Optional<SchoolYear> n = start;
    if (n.isEmpty()) {
      n = inferStart(row);
    }
    Milestone[] milestones = Milestone.values();
    for (int c = 0; c < milestones.length; c++) {
      Milestone milestone = milestones[c];
      for (String line : Cells.lines(row.cell(7 + c))) {
        Matcher m = MEASURE.matcher(line);
        m.matches();
        JsonPointer mp = p.append("measures").append(measures.size());
        Optional<BigDecimal> value = Cells.number(m.group(1));
        Optional<SchoolYear> year = m.group(2) == null ? n.map(y -> y.plusYears(milestone.yearsAfterStart()))
            : Cells.schoolYear(m.group(2).replace(" ", ""));
        if (value.isEmpty() || year.isEmpty()) {
          error(g.place(row, 7 + c), mp, msg.t(
              "mesure « %s » : attendu « valeur (année scolaire) », par exemple « 58 (2019-2020) »%s ; "
                  + "mesure non importée",
              "measure \"%s\": expected \"value (school year)\", for example \"58 (2019-2020)\"%s; "
                  + "measure not imported", line,
              value.isPresent() && m.group(2) == null ? msg.t(
                  " (l'année N n'est connue ni de l'action ni d'une autre mesure)",
                  " (year N is known neither from the action nor from another measure)") : ""));
          continue;
        }
        measures.add(Measure.of(year.get(), milestone, value.get()));
      }
    }
    if (was != null && new HashSet<>(measures).equals(new HashSet<>(was.measures()))
        && measures.size() == was.measures().size()) {
      measures = was.measures();
    }
    return Optional.of(b.measures(measures).build());
  }

  /** Year N from a measure of the row written with its year. */
  private static Optional<SchoolYear> inferStart(Row row) {
    Milestone[] milestones = Milestone.values();
    for (int c = 0; c < milestones.length; c++) {
      for (String line : Cells.lines(row.cell(7 + c))) {
        Matcher m = MEASURE.matcher(line);
        if (m.matches() && m.group(2) != null) {
          Optional<SchoolYear> y = Cells.schoolYear(m.group(2).replace(" ", ""));
          int back = milestones[c].yearsAfterStart();
          if (y.isPresent()) {
            try {
              return Optional.of(y.get().plusYears(-back));
            } catch (IllegalArgumentException e) {
              return Optional.empty();
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private <E> Optional<E> constant(Grid g, Row row, int column, JsonPointer p,
      Function<String, Optional<E>> parse, Class<E> type, E kept) {
    String text = row.cell(column);
    Optional<E> value = text.isBlank() ? Optional.empty() : parse.apply(text);
    if (value.isPresent()) {
      return value;
    }
    String words = Cells.words(type);
    if (kept != null) {
      error(g.place(row, column), p, text.isBlank()
          ? msg.t("cellule obligatoire vide (attendu : %s) ; la valeur exportée est gardée",
              "required cell empty (expected: %s); the exported value is kept", words)
          : msg.t("« %s » : attendu l'un de %s ; la valeur exportée est gardée",
              "\"%s\": expected one of %s; the exported value is kept", text.strip(), words));
      return Optional.of(kept);
    }
    error(g.place(row, column), p, text.isBlank()
        ? msg.t("cellule obligatoire vide (attendu : %s) ; ligne non importée",
            "required cell empty (expected: %s); row not imported", words)
        : msg.t("« %s » : attendu l'un de %s ; ligne non importée",
            "\"%s\": expected one of %s; row not imported", text.strip(), words));
    return Optional.empty();
  }

  private String required(Grid g, Row row, int column, JsonPointer p, String kept) {
    String text = row.cell(column);
    if (!text.isBlank()) {
      return text;
    }
    error(g.place(row, column), p, msg.t(
        "cellule obligatoire vide : la valeur exportée « %s » est gardée",
        "required cell empty: the exported value \"%s\" is kept", excerpt(kept)));
    return kept;
  }

  private Optional<SchoolYear> year(Grid g, Row row, int column, JsonPointer p,
      Optional<SchoolYear> kept) {
    String text = row.cell(column);
    if (text.isBlank()) {
      return Optional.empty();
    }
    Optional<SchoolYear> y = Cells.schoolYear(text);
    if (y.isEmpty()) {
      error(g.place(row, column), p, msg.t(
          "« %s » : attendu une année scolaire comme 2024-2025 ; la valeur exportée est gardée",
          "\"%s\": expected a school year such as 2024-2025; the exported value is kept",
          text.strip()));
      return kept;
    }
    return y;
  }

  private Optional<Integer> duration(Grid g, Row row, int column, JsonPointer p, Initiative kept) {
    String text = row.cell(column);
    if (text.isBlank()) {
      return Optional.empty();
    }
    Optional<Integer> n = Cells.whole(text);
    if (n.isEmpty()) {
      error(g.place(row, column), p, msg.t(
          "« %s » : attendu un nombre entier d'années ; la valeur exportée est gardée",
          "\"%s\": expected a whole number of years; the exported value is kept", text.strip()));
      return kept == null || kept.durationYears().isEmpty() ? Optional.empty()
          : Optional.of(kept.durationYears().getAsInt());
    }
    return n;
  }

  private Optional<Boolean> yesNo(Grid g, Row row, int column, JsonPointer p,
      Optional<Boolean> kept) {
    Optional<Boolean> v = Cells.yesNo(row.cell(column));
    if (v.isEmpty()) {
      error(g.place(row, column), p, msg.t(
          "« %s » : attendu oui ou non ; la valeur exportée est gardée",
          "\"%s\": expected oui or non; the exported value is kept", row.cell(column).strip()));
      return kept;
    }
    return v;
  }

  private Optional<CriterionTeam> team(Grid g, CriterionSection s, JsonPointer at) {
    CriterionTeam was = s.team().orElse(null);
    Optional<Person> coordinator = Optional.empty();
    List<Person> members = new ArrayList<>();
    for (Row row : g.rows) {
      String role = row.cell(0).strip();
      if (role.equalsIgnoreCase(COORDINATOR) && coordinator.isEmpty()) {
        coordinator = person(g, row, at.append("team").append("coordinator"),
            was == null ? Optional.empty() : was.coordinator());
      } else if (role.equalsIgnoreCase(MEMBER) || role.isEmpty()) {
        int k = members.size();
        person(g, row, at.append("team").append("members").append(k),
            was != null && k < was.members().size() ? Optional.of(was.members().get(k))
                : Optional.empty()).ifPresent(members::add);
      } else {
        error(g.place(row, 0), at.append("team"), msg.t(
            "rôle « %s » : attendu %s (une seule fois) ou %s ; ligne non importée",
            "role \"%s\": expected %s (once) or %s; row not imported", role, COORDINATOR, MEMBER));
      }
    }
    CriterionTeam read = CriterionTeam.builder().coordinator(coordinator).members(members).build();
    if (coordinator.isEmpty() && members.isEmpty()) {
      return was != null && was.equals(read) ? Optional.of(read) : Optional.empty();
    }
    return Optional.of(read);
  }

  private Optional<Person> person(Grid g, Row row, JsonPointer p, Optional<Person> kept) {
    String last = row.cell(1);
    if (last.isBlank()) {
      if (kept.isEmpty()) {
        error(g.place(row, 1), p.append("lastName"), msg.t(
            "nom obligatoire : ligne non importée", "last name required: row not imported"));
        return Optional.empty();
      }
      last = required(g, row, 1, p.append("lastName"), kept.get().lastName());
    }
    return Optional.of(Person.builder().lastName(last).firstName(Cells.text(row.cell(2)))
        .function(Cells.text(row.cell(3))).build());
  }

  private List<Evidence> evidence(Grid g) {
    List<Evidence> out = new ArrayList<>();
    JsonPointer at = JsonPointer.of("evidence");
    for (Row row : g.rows) {
      JsonPointer p = at.append(out.size());
      Evidence was = base.evidence(row.cell(0).strip()).orElse(null);
      if (row.cell(0).isBlank() || row.cell(1).isBlank()) {
        int column = row.cell(0).isBlank() ? 0 : 1;
        error(g.place(row, column), p.append(column == 0 ? "id" : "title"), msg.t(
            "cellule obligatoire vide : preuve non importée",
            "required cell empty: evidence not imported"));
        continue;
      }
      Optional<EvidenceKind> kind = constant(g, row, 2, p.append("kind"), Cells::kind,
          EvidenceKind.class, was == null ? null : was.kind());
      if (kind.isEmpty()) {
        continue;
      }
      out.add(Evidence.builder().id(row.cell(0).strip()).title(row.cell(1)).kind(kind.get())
          .fileName(Cells.text(row.cell(3))).sha256(Cells.text(row.cell(4)).map(String::strip))
          .build());
    }
    return out;
  }

  private void error(String place, JsonPointer pointer, String message) {
    problems.add(new OfficeProblem(Severity.ERROR, place, pointer, message));
  }

  private void warn(String place, JsonPointer pointer, String message) {
    problems.add(new OfficeProblem(Severity.WARNING, place, pointer, message));
  }
}
