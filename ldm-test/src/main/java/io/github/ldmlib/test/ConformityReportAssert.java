package io.github.ldmlib.test;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Gravity;
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
 * Assertions on a conformity report (<i>rapport de conformité</i>): readiness for audit, what blocks
 * or is to correct, verdicts, the findings of a rule at a place, and the result of each criterion.
 * Obtain them with {@link LdmAssertions#assertThat(ConformityReport)}.
 *
 * <pre>{@code
 * assertThat(report)
 *     .isNotReadyForAudit()
 *     .hasOnlyFindingsOf("LDM-D-003")
 *     .hasFindingsOf("LDM-D-003").at("/sections").onCriterion("C4").withSeverity(NOT_SUBMITTABLE).exactly(1);
 * assertThat(report).criterion("C1").isConforming();
 * }</pre>
 *
 * <p>A report speaks the scale its kind of document grades on: a dossier check's ({@link
 * Severity#NOT_SUBMITTABLE}, {@link Severity#TO_COMPLETE}, {@link Severity#ADVICE}) or an audit's
 * ({@link Severity#MAJOR_GAP}, {@link Severity#MINOR_GAP}, {@link Severity#OBSERVATION}). Readiness
 * and verdicts are drawn from the findings' {@link Gravity}, so that they mean the same for both.
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
   * Verifies that the document is ready for audit: no finding is {@linkplain Gravity#BLOCKING
   * blocking}. For a dossier, nothing makes it {@linkplain Severity#NOT_SUBMITTABLE not submittable}
   * (<i>non recevable en l'état</i>); what is {@linkplain Severity#TO_COMPLETE to complete} does not
   * stop the audit. For an audit file, no finding is a {@linkplain Severity#MAJOR_GAP major gap}.
   *
   * @return this assertion
   */
  public ConformityReportAssert isReadyForAudit() {
    isNotNull();
    return expect(actual.readyForAudit(), "to be ready for audit,\nbut it has "
        + Describe.count(actual, Gravity.BLOCKING) + ".");
  }

  /**
   * Verifies that the document is not ready for audit: at least one finding is {@linkplain
   * Gravity#BLOCKING blocking} (for a dossier, {@link Severity#NOT_SUBMITTABLE}; for an audit file,
   * {@link Severity#MAJOR_GAP}).
   *
   * @return this assertion
   */
  public ConformityReportAssert isNotReadyForAudit() {
    isNotNull();
    return expect(!actual.readyForAudit(), "not to be ready for audit,\nbut it has "
        + Describe.none(actual, Gravity.BLOCKING) + ".");
  }

  /**
   * Verifies that no finding is {@linkplain Gravity#BLOCKING blocking}: nothing makes a dossier
   * {@linkplain Severity#NOT_SUBMITTABLE not submittable}, no {@linkplain Severity#MAJOR_GAP major
   * gap} in an audit file; the same as {@link #isReadyForAudit()}, said of the findings.
   *
   * @return this assertion
   */
  public ConformityReportAssert hasNothingBlocking() {
    isNotNull();
    int blocking = actual.counts().count(Gravity.BLOCKING);
    return expect(blocking == 0, "to have " + Describe.none(actual, Gravity.BLOCKING) + ",\nbut it has "
        + Describe.count(actual, Gravity.BLOCKING) + ".");
  }

  /**
   * Verifies that no finding is {@linkplain Gravity#BLOCKING blocking}, in the auditors' words: the
   * same as {@link #hasNothingBlocking()}, which a dossier's report reads better with.
   *
   * @return this assertion
   */
  public ConformityReportAssert hasNoMajorGap() {
    return hasNothingBlocking();
  }

  /**
   * Verifies that no finding blocks or is to correct: for a dossier, nothing {@linkplain
   * Severity#NOT_SUBMITTABLE not submittable} and nothing {@linkplain Severity#TO_COMPLETE to
   * complete}; for an audit file, no gap, major or minor. Advice, observations and notes may remain.
   *
   * @return this assertion
   */
  public ConformityReportAssert hasNothingToCorrect() {
    isNotNull();
    int toCorrect = actual.counts().count(Gravity.BLOCKING) + actual.counts().count(Gravity.TO_CORRECT);
    String expected = Describe.isAudit(actual) ? "no gap"
        : Describe.none(actual, Gravity.BLOCKING) + " and " + Describe.none(actual, Gravity.TO_CORRECT);
    return expect(toCorrect == 0, "to have " + expected + ",\nbut it has " + Describe.count(actual, Gravity.BLOCKING)
        + " and " + Describe.count(actual, Gravity.TO_CORRECT) + ".");
  }

  /**
   * Verifies that no finding blocks or is to correct, in the auditors' words (no gap, major or
   * minor): the same as {@link #hasNothingToCorrect()}, which a dossier's report reads better with.
   *
   * @return this assertion
   */
  public ConformityReportAssert hasNoGap() {
    return hasNothingToCorrect();
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
   * Verifies that the document is conforming (<i>conforme</i>): nothing blocks, nothing is to
   * correct, and there is no advice or observation.
   *
   * @return this assertion
   */
  public ConformityReportAssert isConforming() {
    return hasVerdict(Verdict.CONFORMING);
  }

  /**
   * Verifies that the document is non-conforming (<i>non conforme</i>): at least one finding blocks
   * or is to correct (for a dossier, not submittable or to complete; for an audit file, a gap).
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
