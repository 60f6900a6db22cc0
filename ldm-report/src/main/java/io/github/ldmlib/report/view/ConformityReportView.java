package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;

/**
 * The conformity report of a dossier or of an audit file (<i>rapport de conformité</i>), ready to
 * render: its head, a tile per criterion, then the findings grouped by criterion with the
 * requirements they concern and, for a dossier, the criterion's indicators.
 *
 * @param page the page frame
 * @param labels the fixed words of the report in its language
 * @param establishment the establishment, for example « Lycée professionnel Les Tilleuls (UAI 0612345T) »
 * @param facts the facts at the head: referential; for a dossier its kind and proposed label title
 *     (when it has one), for an audit file the date of the audit and the status of the label (when
 *     known); stage, date of the check
 * @param verdict the verdict of the report
 * @param verdictLine the verdict as a sentence, for example « Verdict : Non conforme »
 * @param counts every count, for example « 3 écarts majeurs, 0 écart mineur, 12 observations, 0 information »
 * @param readyForAudit for a dossier, whether it is ready for the audit; for an audit file, the
 *     status of the label; as a sentence
 * @param context one line telling the referential, stage and date, for example « Référentiel
 *     ldm-national-2023@2026-01 · Candidature · vérifié au 2026-11-22 »
 * @param summary the closing line of the plain text, with the verdict, counts and readiness (or
 *     status of the label)
 * @param tiles one tile per criterion the report has a result for, in the report's order
 * @param groups the document as a whole first (when it has findings), then every criterion in the
 *     report's order, then any other criterion a finding names
 */
public record ConformityReportView(PageView page, Labels labels, String establishment, List<Fact> facts,
    Status verdict, String verdictLine, String counts, String readyForAudit, String context, String summary,
    List<TileView> tiles, List<FindingGroupView> groups) {

  /** Checks that no component is null and copies the lists. */
  public ConformityReportView {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(establishment, "establishment");
    facts = List.copyOf(facts);
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(verdictLine, "verdictLine");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(readyForAudit, "readyForAudit");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(summary, "summary");
    tiles = List.copyOf(tiles);
    groups = List.copyOf(groups);
  }

  /**
   * The fixed words of a conformity report: its title, headings and column names.
   *
   * @param title the title, « Rapport de conformité »
   * @param criteria the heading of the tiles and of the table of criteria, « Critères »
   * @param noFinding what a part without findings says, « Aucun constat. »
   * @param severity the column of severities, « Gravité »
   * @param where the column of places, « Où »
   * @param why the column of messages, « Pourquoi »
   * @param rule the column of rules, « Règle »
   * @param criterion the column of criterion ids, « Critère »
   * @param criterionTitle the column of criterion titles, « Intitulé »
   * @param verdict the column of verdicts, « Verdict »
   * @param findings the column of counts, « Constats »
   * @param requirements the heading of the requirements concerned, « Attendus concernés (texte officiel) »
   * @param indicators the heading of the indicators, « Indicateurs »
   * @param indicator the column of indicators, « Indicateur »
   * @param direction the column of directions, « Sens »
   * @param target the column of targets, « Cible »
   * @param trend the column of trends, « Évolution »
   * @param milestones the milestones in words, « N », « N+3 », « N+5 »
   * @param colon the colon with its spacing in the language, « : » with spaces in French
   * @param semicolon the semicolon with its spacing in the language
   */
  public record Labels(String title, String criteria, String noFinding, String severity, String where, String why,
      String rule, String criterion, String criterionTitle, String verdict, String findings, String requirements,
      String indicators, String indicator, String direction, String target, String trend, List<String> milestones,
      String colon, String semicolon) {

    /** Checks that no component is null and copies the list. */
    public Labels {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(criteria, "criteria");
      Objects.requireNonNull(noFinding, "noFinding");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(why, "why");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(criterion, "criterion");
      Objects.requireNonNull(criterionTitle, "criterionTitle");
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(findings, "findings");
      Objects.requireNonNull(requirements, "requirements");
      Objects.requireNonNull(indicators, "indicators");
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(trend, "trend");
      milestones = List.copyOf(milestones);
      Objects.requireNonNull(colon, "colon");
      Objects.requireNonNull(semicolon, "semicolon");
    }
  }
}
