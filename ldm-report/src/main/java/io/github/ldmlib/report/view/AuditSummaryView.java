package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An audit summary report (<i>rapport de synthèse</i>, LDM 05), ready to render: its head with the
 * audit team's opinion, a tile per criterion, the remarks on the establishment as a whole, then each
 * criterion's strengths, weaknesses, gaps and improvement axes.
 *
 * @param page the page frame
 * @param labels the fixed words of the report in its language
 * @param establishment the establishment, for example « Lycée professionnel Marie-Marvingt (UAI 0619876D) »,
 *     or « UAI 0619876D » when the document does not name it
 * @param facts the facts of the audit: referential, stage, date of the audit
 * @param opinionFacts the facts of the opinion: the team's opinion (or that it is not given yet),
 *     the proposed label title and the date the report was handed over, when known
 * @param opinion the team's opinion as a status, when given
 * @param opinionText the team's opinion in its own words, when written
 * @param tiles one tile per criterion: the referential's, then any other the document names
 * @param strengths the strengths noted on the establishment as a whole
 * @param weaknesses the weaknesses noted on the establishment as a whole
 * @param criteria one part per tile, in the same order
 */
public record AuditSummaryView(PageView page, Labels labels, String establishment, List<Fact> facts,
    List<Fact> opinionFacts, Optional<Status> opinion, Optional<String> opinionText, List<TileView> tiles,
    List<String> strengths, List<String> weaknesses, List<SummaryCriterionView> criteria) {

  /** Checks that no component is null and copies the lists. */
  public AuditSummaryView {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(establishment, "establishment");
    facts = List.copyOf(facts);
    opinionFacts = List.copyOf(opinionFacts);
    Objects.requireNonNull(opinion, "opinion");
    Objects.requireNonNull(opinionText, "opinionText");
    tiles = List.copyOf(tiles);
    strengths = List.copyOf(strengths);
    weaknesses = List.copyOf(weaknesses);
    criteria = List.copyOf(criteria);
  }

  /**
   * The fixed words of an audit summary report: its title, headings and column names.
   *
   * @param title the title, « Rapport de synthèse de l’audit »
   * @param criteria the heading of the tiles and of the table of criteria, « Critères »
   * @param criterion the column of criterion ids, « Critère »
   * @param criterionTitle the column of criterion titles, « Intitulé »
   * @param status the column of statuses, « Verdict »
   * @param counts the column of counts, « Constats »
   * @param whole the heading of the remarks on the establishment as a whole
   * @param strengths the heading of strengths, « Points forts »
   * @param weaknesses the heading of weaknesses, « Points faibles »
   * @param gaps the heading of gaps, « Écarts »
   * @param gap the column of gap ids, « Écart »
   * @param severity the column of severities, « Gravité »
   * @param finding the column of what was found, « Constat »
   * @param lifted the column of the dates gaps were lifted, « Levé le »
   * @param requirements the heading of the requirements concerned, « Attendus concernés (texte officiel) »
   * @param axes the heading of improvement axes, « Axes de progrès »
   * @param axis the column of axes, « Axe »
   * @param owner the column of owners, « Responsable »
   * @param deadline the column of deadlines, « Échéance »
   * @param treatedGaps the column of the gaps an axis addresses, « Écarts traités »
   * @param colon the colon with its spacing in the language
   */
  public record Labels(String title, String criteria, String criterion, String criterionTitle, String status,
      String counts, String whole, String strengths, String weaknesses, String gaps, String gap, String severity,
      String finding, String lifted, String requirements, String axes, String axis, String owner, String deadline,
      String treatedGaps, String colon) {

    /** Checks that no component is null. */
    public Labels {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(criteria, "criteria");
      Objects.requireNonNull(criterion, "criterion");
      Objects.requireNonNull(criterionTitle, "criterionTitle");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(counts, "counts");
      Objects.requireNonNull(whole, "whole");
      Objects.requireNonNull(strengths, "strengths");
      Objects.requireNonNull(weaknesses, "weaknesses");
      Objects.requireNonNull(gaps, "gaps");
      Objects.requireNonNull(gap, "gap");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(finding, "finding");
      Objects.requireNonNull(lifted, "lifted");
      Objects.requireNonNull(requirements, "requirements");
      Objects.requireNonNull(axes, "axes");
      Objects.requireNonNull(axis, "axis");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(treatedGaps, "treatedGaps");
      Objects.requireNonNull(colon, "colon");
    }
  }
}
