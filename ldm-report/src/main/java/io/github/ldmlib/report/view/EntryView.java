package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry of an audit dashboard: how the auditors assessed a requirement, or a criterion as a whole.
 *
 * @param requirementId the requirement assessed, for example {@code C4.R3}; empty for the criterion as a whole
 * @param requirement the requirement in its official wording with its source, when the referential has it
 * @param assessment the name of the {@link io.github.ldmlib.model.audit.Assessment}, for example
 *     {@code PARTLY_CONFORMING}
 * @param status the assessment as a status, its word and colour
 * @param prefilled whether the entry was pre-filled during the document review
 * @param evidenceSeen the ids of the evidence the auditors saw
 * @param evidence the same ids joined by commas, or « — » when there is none
 * @param comment the auditors' comment, if any
 * @param reassessed the gaps and axes of an earlier audit the entry re-assesses, in words, if any
 */
public record EntryView(Optional<String> requirementId, Optional<RequirementView> requirement, String assessment,
    Status status, boolean prefilled, List<String> evidenceSeen, String evidence, Optional<String> comment, Optional<String> reassessed) {

  /** Checks that no component is null and copies the list. */
  public EntryView {
    Objects.requireNonNull(requirementId, "requirementId");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(status, "status");
    evidenceSeen = List.copyOf(evidenceSeen);
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(reassessed, "reassessed");
  }
}
