package io.github.ldmlib.test;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.test.internal.Describe;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.description.Description;

/**
 * Assertions on a conformity report (<i>rapport de conformité</i>): readiness for audit, gaps,
 * verdicts, the findings of a rule at a place, and the result of each criterion. Obtain them with
 * {@link LdmAssertions#assertThat(ConformityReport)}.
 *
 * <pre>{@code
 * assertThat(report)
 *     .isNotReadyForAudit()
 *     .hasOnlyFindingsOf("LDM-D-003")
 *     .hasFindingsOf("LDM-D-003").at("/sections").onCriterion("C4").withSeverity(MAJOR_GAP).exactly(1);
 * assertThat(report).criterion("C1").isConforming();
 * }</pre>
 *
 * <p>Every failure names the report (establishment, referential and edition, date, stage), says
 * what was expected, and lists the findings the report holds, one per line: rule id, severity,
 * pointer and message.
 */
public final class ConformityReportAssert extends AbstractObjectAssert<ConformityReportAssert, ConformityReport> {

  ConformityReportAssert(ConformityReport actual) {
    super(actual, ConformityReportAssert.class);
  }

  private ConformityReportAssert expect(boolean holds, String expected) {
    if (!holds) {
      failWithMessage("%s", "Expecting " + Describe.report(actual) + "\n" + expected
          + Describe.findings("Its findings", actual.findings()));
    }
    return myself;
  }

  /**
   * Verifies that the dossier is ready for audit: no finding is a major gap (<i>écart majeur</i>).
   *
   * @return this assertion
   */
  public ConformityReportAssert isReadyForAudit() {
    isNotNull();
    return expect(actual.readyForAudit(), "to be ready for audit,\nbut it has "
        + Describe.count(actual.counts().majorGaps(), "major gap") + ".");
  }

  /**
   * Verifies that the dossier is not ready for audit: at least one finding is a major gap.
   *
   * @return this assertion
   */
  public ConformityReportAssert isNotReadyForAudit() {
    isNotNull();
    return expect(!actual.readyForAudit(), "not to be ready for audit,\nbut it has no major gap.");
  }

  /**
   * Verifies that no finding is a major gap (<i>écart majeur</i>); the same as {@link #isReadyForAudit()}.
   *
   * @return this assertion
   */
  public ConformityReportAssert hasNoMajorGap() {
    isNotNull();
    return expect(actual.counts().majorGaps() == 0, "to have no major gap,\nbut it has "
        + Describe.count(actual.counts().majorGaps(), "major gap") + ".");
  }

  /**
   * Verifies that no finding is a gap, major or minor: observations and notes may remain.
   *
   * @return this assertion
   */
  public ConformityReportAssert hasNoGap() {
    isNotNull();
    int gaps = actual.counts().majorGaps() + actual.counts().minorGaps();
    return expect(gaps == 0, "to have no gap,\nbut it has " + Describe.count(actual.counts().majorGaps(), "major gap")
        + " and " + Describe.count(actual.counts().minorGaps(), "minor gap") + ".");
  }

  /**
   * Verifies that the report holds no finding at all, not even an observation or a note.
   *
   * @return this assertion
   */
  public ConformityReportAssert hasNoFindings() {
    isNotNull();
    return expect(actual.findings().isEmpty(), "to have no finding,\nbut it has "
        + Describe.count(actual.findings().size(), "finding") + ".");
  }

  /**
   * Verifies the overall verdict.
   *
   * @param verdict the verdict expected
   * @return this assertion
   */
  public ConformityReportAssert hasVerdict(Verdict verdict) {
    Objects.requireNonNull(verdict, "verdict");
    isNotNull();
    return expect(actual.verdict() == verdict, "to have the verdict " + verdict + ",\nbut it is " + actual.verdict() + ".");
  }

  /**
   * Verifies that the dossier is conforming (<i>conforme</i>): no gap and no observation.
   *
   * @return this assertion
   */
  public ConformityReportAssert isConforming() {
    return hasVerdict(Verdict.CONFORMING);
  }

  /**
   * Verifies that the dossier is non-conforming (<i>non conforme</i>): at least one gap.
   *
   * @return this assertion
   */
  public ConformityReportAssert isNonConforming() {
    return hasVerdict(Verdict.NON_CONFORMING);
  }

  /**
   * Verifies that every finding comes from one of the given rules, so that a test shows that its
   * defect triggers these rules and no other.
   *
   * @param ruleIds the rule ids, for example {@code "LDM-D-020"}
   * @return this assertion
   */
  public ConformityReportAssert hasOnlyFindingsOf(String... ruleIds) {
    Objects.requireNonNull(ruleIds, "ruleIds");
    isNotNull();
    Set<String> allowed = Set.copyOf(Arrays.asList(ruleIds));
    List<String> others = actual.findings().stream().map(Finding::ruleId).filter(id -> !allowed.contains(id))
        .distinct().toList();
    return expect(others.isEmpty(), "to have findings of " + String.join(", ", ruleIds) + " only,\nbut it also has findings of "
        + String.join(", ", others) + ".");
  }

  /**
   * Verifies that no finding comes from a rule.
   *
   * @param ruleId the rule id
   * @return this assertion
   */
  public ConformityReportAssert hasNoFindingsOf(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    isNotNull();
    long found = actual.findings().stream().filter(f -> f.ruleId().equals(ruleId)).count();
    return expect(found == 0, "to have no finding of rule " + ruleId + ",\nbut it has " + found + ".");
  }

  /**
   * Selects the findings of a rule, and fails if there is none; narrow the selection further with
   * {@link FindingsAssert#at(String)}, {@link FindingsAssert#withSeverity(Severity)}, {@link
   * FindingsAssert#exactly(int)}…
   *
   * @param ruleId the rule id, for example {@code LDM-D-020}
   * @return the assertions on the selection
   */
  public FindingsAssert hasFindingsOf(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    isNotNull();
    return FindingsAssert.select(Describe.report(actual), "of rule " + ruleId, actual.findings(),
        f -> f.ruleId().equals(ruleId), description());
  }

  /**
   * Selects the findings at a place in the checked document, whatever their rule, and fails if there
   * is none.
   *
   * @param pointer the JSON Pointer's text, for example {@code /sections/3/commonStrategy}; empty for
   *     the document as a whole
   * @return the assertions on the selection
   */
  public FindingsAssert hasFindingsAt(String pointer) {
    return hasFindingsAt(JsonPointer.parse(pointer));
  }

  /**
   * Selects the findings at a place in the checked document, whatever their rule, and fails if there
   * is none.
   *
   * @param pointer the place; the root for the document as a whole
   * @return the assertions on the selection
   */
  public FindingsAssert hasFindingsAt(JsonPointer pointer) {
    Objects.requireNonNull(pointer, "pointer");
    isNotNull();
    return FindingsAssert.select(Describe.report(actual), "at " + Describe.place(pointer),
        actual.findings(), f -> f.pointer().equals(pointer), description());
  }

  /**
   * Returns assertions on the result of a criterion, and fails if the criterion does not apply to
   * the dossier (an optional criterion the dossier does not address, or an unknown id).
   *
   * @param criterionId the criterion id, for example {@code C4}
   * @return the assertions on the criterion's result
   */
  public CriterionResultAssert criterion(String criterionId) {
    Objects.requireNonNull(criterionId, "criterionId");
    isNotNull();
    CriterionResult result = actual.criterion(criterionId).orElse(null);
    if (result == null) {
      failWithMessage("%s", "Expecting " + Describe.report(actual) + "\nto have a result for criterion " + criterionId
          + ",\nbut the criterion does not apply to the dossier; the report's criteria are "
          + actual.criteria().stream().map(CriterionResult::criterionId).collect(Collectors.joining(", ")) + ".");
    }
    CriterionResultAssert criterion = new CriterionResultAssert(result, actual);
    return info.hasDescription() ? criterion.as(info.description()) : criterion;
  }

  private Description description() {
    return info.hasDescription() ? info.description() : null;
  }
}
