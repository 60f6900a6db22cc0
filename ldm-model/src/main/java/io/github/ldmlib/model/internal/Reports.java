package io.github.ldmlib.model.internal;

import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the two conformity reports share, the dossier's ({@link
 * io.github.ldmlib.model.conformity.ConformityReport}) and the audit's ({@link
 * io.github.ldmlib.model.audit.AuditReport}): the check that their counts and verdict follow from
 * their findings, and the look-ups of a criterion's findings and result.
 *
 * <p>This class is internal: it is public only so that the packages of the model can share it. It
 * is not part of the supported API.
 */
public final class Reports {

  private Reports() {}

  /**
   * Checks that a report's counts are those of its findings, and its verdict the one they give.
   *
   * @param findings the report's findings
   * @param counts the report's counts
   * @param verdict the report's overall verdict
   * @throws IllegalStateException if either does not follow from the findings
   */
  public static void checkCounts(List<Finding> findings, FindingCounts counts, Verdict verdict) {
    FindingCounts actual = FindingCounts.of(findings);
    if (!counts.equals(actual)) {
      throw new IllegalStateException(
          "counts " + counts + " differ from the findings, which give " + actual);
    }
    if (verdict != Verdict.of(counts)) {
      throw new IllegalStateException("verdict " + verdict
          + " does not follow from the counts, which give " + Verdict.of(counts));
    }
  }

  /**
   * Returns the findings that concern a criterion.
   *
   * @param findings the report's findings
   * @param criterionId the criterion id, not null
   * @return those findings, in report order
   */
  public static List<Finding> findingsOf(List<Finding> findings, String criterionId) {
    Objects.requireNonNull(criterionId, "criterionId");
    return findings.stream()
        .filter(f -> f.criterionId().filter(criterionId::equals).isPresent())
        .toList();
  }

  /**
   * Finds the result of a criterion.
   *
   * @param criteria the report's criterion results
   * @param criterionId the criterion id, not null
   * @return the result, or empty
   */
  public static Optional<CriterionResult> criterion(List<CriterionResult> criteria, String criterionId) {
    Objects.requireNonNull(criterionId, "criterionId");
    return criteria.stream().filter(c -> c.criterionId().equals(criterionId)).findFirst();
  }
}
