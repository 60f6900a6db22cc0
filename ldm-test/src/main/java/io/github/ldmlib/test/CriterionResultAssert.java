package io.github.ldmlib.test;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.test.internal.Describe;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on the result of one criterion in a conformity report (<i>résultat par critère</i>):
 * its verdict and its findings. Obtain them with {@link ConformityReportAssert#criterion(String)}.
 *
 * <pre>{@code
 * assertThat(report).criterion("C4").isNonConforming();
 * assertThat(report).criterion("C9").isConforming();
 * }</pre>
 *
 * <p>A failure names the report and the criterion, and lists the criterion's findings one per line.
 */
public final class CriterionResultAssert extends AbstractObjectAssert<CriterionResultAssert, CriterionResult> {

  private final ConformityReport report;

  CriterionResultAssert(CriterionResult actual, ConformityReport report) {
    super(actual, CriterionResultAssert.class);
    this.report = report;
  }

  private CriterionResultAssert expect(boolean holds, String expected) {
    if (!holds) {
      failWithMessage("%s", "Expecting criterion " + actual.criterionId() + " in " + Describe.report(report) + "\n"
          + expected + Describe.findings("Its findings", report.findingsOf(actual.criterionId())));
    }
    return myself;
  }

  /**
   * Verifies the verdict on the criterion.
   *
   * @param verdict the verdict expected
   * @return this assertion
   */
  public CriterionResultAssert hasVerdict(Verdict verdict) {
    Objects.requireNonNull(verdict, "verdict");
    isNotNull();
    return expect(actual.verdict() == verdict, "to be " + verdict + ",\nbut it is " + actual.verdict() + ".");
  }

  /**
   * Verifies that the criterion is conforming (<i>conforme</i>): nothing blocks, nothing is to
   * correct, and there is no advice or observation.
   *
   * @return this assertion
   */
  public CriterionResultAssert isConforming() {
    return hasVerdict(Verdict.CONFORMING);
  }

  /**
   * Verifies that the criterion is conforming with observations (<i>conforme avec observations</i>).
   *
   * @return this assertion
   */
  public CriterionResultAssert isConformingWithObservations() {
    return hasVerdict(Verdict.CONFORMING_WITH_OBSERVATIONS);
  }

  /**
   * Verifies that the criterion is non-conforming (<i>non conforme</i>): at least one finding blocks
   * or is to correct (for a dossier, not submittable or to complete; for an audit file, a gap).
   *
   * @return this assertion
   */
  public CriterionResultAssert isNonConforming() {
    return hasVerdict(Verdict.NON_CONFORMING);
  }

  /**
   * Verifies that no finding concerns the criterion, not even a note.
   *
   * @return this assertion
   */
  public CriterionResultAssert hasNoFindings() {
    isNotNull();
    int n = report.findingsOf(actual.criterionId()).size();
    return expect(n == 0, "to have no finding,\nbut it has " + Describe.count(n, "finding") + ".");
  }
}
