package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;

/**
 * An audit dashboard (<i>tableau de bord</i>, LDM 04), ready to render: its head, a tile per
 * criterion coloured by its least favourable assessment, then each criterion's entries.
 *
 * @param page the page frame
 * @param labels the fixed words of the dashboard in its language
 * @param establishment the establishment, for example « Lycée professionnel Marie-Marvingt (UAI 0619876D) »,
 *     or « UAI 0619876D » when the document does not name it
 * @param facts the facts of the audit: referential, stage, date of the audit
 * @param tiles one tile per criterion: the referential's, then any other the dashboard names
 * @param criteria one part per tile, in the same order
 */
public record AuditDashboardView(PageView page, Labels labels, String establishment, List<Fact> facts,
    List<TileView> tiles, List<DashboardCriterionView> criteria) {

  /** Checks that no component is null and copies the lists. */
  public AuditDashboardView {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(establishment, "establishment");
    facts = List.copyOf(facts);
    tiles = List.copyOf(tiles);
    criteria = List.copyOf(criteria);
  }

  /**
   * The fixed words of an audit dashboard: its title, headings and column names.
   *
   * @param title the title, « Tableau de bord de l’audit »
   * @param criteria the heading of the tiles and of the table of criteria, « Critères »
   * @param criterion the column of criterion ids, « Critère »
   * @param criterionTitle the column of criterion titles, « Intitulé »
   * @param assessment the column of assessments, « Appréciation »
   * @param counts the column of counts, « Constats »
   * @param noEntry what a criterion without entries says, « aucune appréciation »
   * @param item the column of what is assessed, « Attendu »
   * @param evidence the column of evidence seen, « Preuves vues »
   * @param comment the column of comments, « Commentaire »
   * @param wholeCriterion what an entry on the criterion as a whole assesses, « Critère dans son ensemble »
   * @param prefilled the note on a pre-filled entry, « pré-rempli lors de la revue documentaire »
   * @param colon the colon with its spacing in the language
   */
  public record Labels(String title, String criteria, String criterion, String criterionTitle, String assessment,
      String counts, String noEntry, String item, String evidence, String comment, String wholeCriterion,
      String prefilled, String colon) {

    /** Checks that no component is null. */
    public Labels {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(criteria, "criteria");
      Objects.requireNonNull(criterion, "criterion");
      Objects.requireNonNull(criterionTitle, "criterionTitle");
      Objects.requireNonNull(assessment, "assessment");
      Objects.requireNonNull(counts, "counts");
      Objects.requireNonNull(noEntry, "noEntry");
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(comment, "comment");
      Objects.requireNonNull(wholeCriterion, "wholeCriterion");
      Objects.requireNonNull(prefilled, "prefilled");
      Objects.requireNonNull(colon, "colon");
    }
  }
}
