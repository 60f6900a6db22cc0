package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;

/**
 * The entries of an audit dashboard on one criterion.
 *
 * @param criterionId the criterion's id, for example {@code C4}
 * @param anchor the id of the criterion's part of the HTML page, for example {@code criterion-C4}
 * @param heading « C4 — » and the criterion's title, or the id alone when the referential lacks it
 * @param status the least favourable assessment of the entries: not conforming, else partly
 *     conforming, else not assessed (also when there is no entry), else conforming
 * @param entries the entries, in the dashboard's order
 */
public record DashboardCriterionView(String criterionId, String anchor, String heading, Status status,
    List<EntryView> entries) {

  /** Checks that no component is null and copies the list. */
  public DashboardCriterionView {
    Objects.requireNonNull(criterionId, "criterionId");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(status, "status");
    entries = List.copyOf(entries);
  }
}
