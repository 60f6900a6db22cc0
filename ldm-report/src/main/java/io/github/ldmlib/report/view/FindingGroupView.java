package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A part of a conformity report: the findings on the dossier as a whole, or those on one criterion
 * with the requirements they concern and the criterion's indicators.
 *
 * @param anchor the id of the part in the HTML page: {@code dossier} for the dossier as a whole,
 *     else for example {@code criterion-C4}
 * @param markdownAnchor the same in lower case, as Markdown renderers name anchors
 * @param heading the heading: « Dossier dans son ensemble », or « C4 — » and the criterion's
 *     title, or the criterion's id alone when the referential lacks it
 * @param verdict the criterion's verdict; empty for the dossier as a whole and for a criterion the
 *     report has no result for
 * @param findings the findings, in the report's order
 * @param requirements the requirements the findings concern, each once, in the order they are first concerned
 * @param indicators the indicators of the dossier's sections about the criterion, in dossier order
 */
public record FindingGroupView(String anchor, String markdownAnchor, String heading, Optional<Status> verdict,
    List<FindingView> findings, List<RequirementView> requirements, List<IndicatorView> indicators) {

  /** Checks that no component is null and copies the lists. */
  public FindingGroupView {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(markdownAnchor, "markdownAnchor");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(verdict, "verdict");
    findings = List.copyOf(findings);
    requirements = List.copyOf(requirements);
    indicators = List.copyOf(indicators);
  }
}
