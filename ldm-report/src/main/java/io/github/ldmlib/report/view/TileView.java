package io.github.ldmlib.report.view;

import java.util.Objects;
import java.util.Optional;

/**
 * The tile of a criterion at the head of a report: its id, title and status, and what was found on
 * it; it links to the criterion's part of the report.
 *
 * @param criterionId the criterion's id, for example {@code C4}
 * @param anchor the id of the criterion's part of the HTML page, for example {@code criterion-C4}
 * @param markdownAnchor the same in lower case, as Markdown renderers name anchors: {@code criterion-c4}
 * @param title the criterion's title; empty for a criterion the referential lacks
 * @param status the criterion's status, its word and colour
 * @param verdict the name of the criterion's {@link io.github.ldmlib.model.conformity.Verdict} in a
 *     conformity report, for example {@code NON_CONFORMING}; empty in audit documents
 * @param counts what was found, for example « 1 écart majeur, 2 observations »
 */
public record TileView(String criterionId, String anchor, String markdownAnchor, String title, Status status,
    Optional<String> verdict, String counts) {

  /** Checks that no component is null. */
  public TileView {
    Objects.requireNonNull(criterionId, "criterionId");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(markdownAnchor, "markdownAnchor");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(counts, "counts");
  }
}
