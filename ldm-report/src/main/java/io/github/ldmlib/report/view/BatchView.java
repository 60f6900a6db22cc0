package io.github.ldmlib.report.view;

import java.util.Objects;

/**
 * The summary of a batch of dossiers, ready to render: how many inputs were read and how many have
 * gaps, one row per input, and per criterion across all the dossiers how many conform, have
 * observations or gaps, so that an academy sees which criteria its schools struggle with.
 *
 * @param page the page frame
 * @param labels the fixed words of the summary in its language
 * @param totals the counts in one sentence, for example « 4 entrées : 3 dossiers vérifiés dont 2 avec
 *     des écarts, 1 illisibles. »
 * @param dossiers one row per input, in the batch's order: the input, the establishment, its UAI,
 *     the referential ({@code id@edition}), the verdict (or « illisible »), the numbers of major
 *     gaps, minor gaps and observations, whether the dossier is ready for the audit, and why an
 *     input could not be read; the cells a row has nothing for are empty
 * @param criteria one row per criterion, in the order the reports first name them: its id, its
 *     title, the number of dossiers with a result for it, how many of them conform, conform with
 *     observations and do not conform, and the total numbers of major gaps, minor gaps and
 *     observations on it
 */
public record BatchView(PageView page, Labels labels, String totals, TableView dossiers, TableView criteria) {

  /** Checks that no component is null. */
  public BatchView {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(dossiers, "dossiers");
    Objects.requireNonNull(criteria, "criteria");
  }

  /**
   * The fixed words of a batch summary.
   *
   * @param title the title, « Vérification d’un lot de dossiers »
   * @param perDossier the heading of the table of inputs, « Par dossier »
   * @param perCriterion the heading of the table of criteria, « Par critère, sur l’ensemble des dossiers »
   */
  public record Labels(String title, String perDossier, String perCriterion) {

    /** Checks that no component is null. */
    public Labels {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(perDossier, "perDossier");
      Objects.requireNonNull(perCriterion, "perCriterion");
    }
  }
}
