package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One criterion of a follow-up report: the progress of its actions and engagements, the history of
 * its indicators and its latest collective self-evaluation.
 *
 * @param criterionId the criterion's id, for example {@code C4}
 * @param anchor the id of the criterion's part of the HTML page, for example {@code criterion-C4}
 * @param markdownAnchor the same in lower case, as Markdown renderers name anchors
 * @param heading « C4 — title » from the referential, or the id alone for a criterion it lacks
 * @param initiatives the dossier's actions then engagements for this criterion, in its order
 * @param indicators the indicators with a history for this criterion: the dossier's in its order,
 *     then those the reviews add
 * @param selfEvaluation the self-evaluation of the latest review that gives one, its school year as
 *     the fact's name
 */
public record FollowUpCriterionView(String criterionId, String anchor, String markdownAnchor, String heading,
    List<ProgressView> initiatives, List<SeriesView> indicators, Optional<Fact> selfEvaluation) {

  /** Checks that no component is null and copies the lists. */
  public FollowUpCriterionView {
    Objects.requireNonNull(criterionId, "criterionId");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(markdownAnchor, "markdownAnchor");
    Objects.requireNonNull(heading, "heading");
    initiatives = List.copyOf(initiatives);
    indicators = List.copyOf(indicators);
    Objects.requireNonNull(selfEvaluation, "selfEvaluation");
  }
}
