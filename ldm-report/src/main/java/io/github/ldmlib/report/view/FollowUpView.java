package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;

/**
 * The follow-up report of a label (<i>tableau de bord du suivi entre deux audits</i>), ready to
 * render: its head, then for each criterion the progress of its actions and engagements and the
 * history of its indicators against their trajectory, then what the next follow-up audit will look at.
 *
 * @param page the page frame
 * @param labels the fixed words of the report in its language
 * @param establishment the establishment, for example « Lycée professionnel Marie-Marvingt (UAI 0619876D) »
 * @param facts the facts at the head: referential, label title, the school years reviewed, the date
 *     of the report
 * @param criteria one part per criterion the dossier or a review has a section for, in the
 *     referential's order, then any other criterion they name
 * @param nextAudit what the next follow-up audit will look at
 */
public record FollowUpView(PageView page, Labels labels, String establishment, List<Fact> facts,
    List<FollowUpCriterionView> criteria, NextAuditView nextAudit) {

  /** Checks that no component is null and copies the lists. */
  public FollowUpView {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(establishment, "establishment");
    facts = List.copyOf(facts);
    criteria = List.copyOf(criteria);
    Objects.requireNonNull(nextAudit, "nextAudit");
  }

  /**
   * The fixed words of a follow-up report: its title, headings and column names.
   *
   * @param title the title, « Suivi du label »
   * @param progress the heading of the actions and engagements, « Avancement des actions et engagements »
   * @param noProgress what a criterion without actions or engagements says
   * @param noIdNote the note under a table of actions and engagements some of which have no id
   * @param initiative the column of actions and engagements, « Action ou engagement »
   * @param latest the column of the latest status, « Dernier état »
   * @param timeline the column of the statuses year by year, « Bilans (du plus récent au plus ancien) »
   * @param indicators the heading of the indicators, « Indicateurs »
   * @param noIndicator what a criterion without followed-up indicator says
   * @param schoolYear the column of school years, « Année scolaire »
   * @param milestone the column of the years after N, « Repère »
   * @param measure the column of measures, « Mesure »
   * @param trajectory the column of the trajectory's values, « Trajectoire »
   * @param status the column of statuses, « Statut »
   * @param direction the word before the direction, « Sens »
   * @param target the word before the target, « Cible »
   * @param selfEvaluation the heading of the latest self-evaluation, « Auto-évaluation collective »
   * @param nextAudit the heading of the closing part, « Ce que regardera le prochain audit de suivi »
   * @param watch the heading of the points to watch, « À regarder en priorité »
   * @param nothingToWatch what the closing part says when there is nothing to watch
   * @param axes the heading of the improvement axes, « Axes de progrès du dernier audit »
   * @param axis the column of axes, « Axe »
   * @param criterion the column of criteria, « Critère »
   * @param gaps the heading of the gaps, « Écarts du dernier audit »
   * @param gap the column of gaps, « Écart »
   * @param treatedGaps the column of the gaps an axis addresses, « Écarts traités »
   * @param inReviews the column saying what the reviews did, « Dans les bilans »
   * @param lifted the column of the gaps' lifting, « Levé le »
   * @param severity the column of severities, « Gravité »
   * @param colon the colon with its spacing in the language
   */
  public record Labels(String title, String progress, String noProgress, String noIdNote, String initiative,
      String latest, String timeline, String indicators, String noIndicator, String schoolYear, String milestone,
      String measure, String trajectory, String status, String direction, String target, String selfEvaluation,
      String nextAudit, String watch, String nothingToWatch, String axes, String axis, String criterion, String gaps,
      String gap, String treatedGaps, String inReviews, String lifted, String severity, String colon) {

    /** Checks that no component is null. */
    public Labels {
      for (String s : new String[] {title, progress, noProgress, noIdNote, initiative, latest, timeline, indicators,
          noIndicator, schoolYear, milestone, measure, trajectory, status, direction, target, selfEvaluation, nextAudit,
          watch, nothingToWatch, axes, axis, criterion, gaps, gap, treatedGaps, inReviews, lifted, severity, colon}) {
        Objects.requireNonNull(s, "label");
      }
    }
  }
}
