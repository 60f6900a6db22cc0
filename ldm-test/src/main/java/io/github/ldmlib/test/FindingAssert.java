package io.github.ldmlib.test;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.test.internal.Describe;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on one finding (<i>constat</i>) of a conformity report: its rule, severity, place,
 * criterion, requirement and message. Obtain them with {@link LdmAssertions#assertThat(Finding)}
 * or {@link FindingsAssert#singleFinding()}.
 *
 * <pre>{@code
 * assertThat(report.findings().get(0))
 *     .hasRuleId("LDM-D-003")
 *     .hasSeverity(Severity.NOT_SUBMITTABLE)
 *     .hasPointer("/sections")
 *     .hasCriterionId("C4");
 * }</pre>
 *
 * <p>A failure shows the finding on one line: rule id, severity, pointer and message.
 */
public final class FindingAssert extends AbstractObjectAssert<FindingAssert, Finding> {

  FindingAssert(Finding actual) {
    super(actual, FindingAssert.class);
  }

  private FindingAssert expect(boolean holds, String expected, Object found) {
    isNotNull();
    if (!holds) {
      failWithMessage("%s", "Expecting the finding\n  " + Describe.line(actual) + "\nto " + expected
          + ",\nbut it is " + found + ".");
    }
    return myself;
  }

  /**
   * Verifies the id of the rule that made the finding.
   *
   * @param ruleId the rule id, for example {@code LDM-D-020}
   * @return this assertion
   */
  public FindingAssert hasRuleId(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    isNotNull();
    return expect(actual.ruleId().equals(ruleId), "be of rule " + ruleId, "of rule " + actual.ruleId());
  }

  /**
   * Verifies the severity.
   *
   * @param severity the severity
   * @return this assertion
   */
  public FindingAssert hasSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    isNotNull();
    return expect(actual.severity() == severity, "have severity " + severity, "a " + actual.severity());
  }

  /**
   * Verifies the place in the checked document.
   *
   * @param pointer the JSON Pointer's text; empty for the document as a whole
   * @return this assertion
   */
  public FindingAssert hasPointer(String pointer) {
    return hasPointer(JsonPointer.parse(pointer));
  }

  /**
   * Verifies the place in the checked document.
   *
   * @param pointer the place; the root for the document as a whole
   * @return this assertion
   */
  public FindingAssert hasPointer(JsonPointer pointer) {
    Objects.requireNonNull(pointer, "pointer");
    isNotNull();
    return expect(actual.pointer().equals(pointer), "be at " + Describe.place(pointer),
        "at " + Describe.place(actual.pointer()));
  }

  /**
   * Verifies the criterion the finding concerns.
   *
   * @param criterionId the criterion id, for example {@code C4}
   * @return this assertion
   */
  public FindingAssert hasCriterionId(String criterionId) {
    Objects.requireNonNull(criterionId, "criterionId");
    isNotNull();
    return expect(actual.criterionId().equals(Optional.of(criterionId)), "concern criterion " + criterionId,
        actual.criterionId().map(c -> "about criterion " + c).orElse("about no criterion"));
  }

  /**
   * Verifies the requirement (<i>attendu</i>) the finding concerns.
   *
   * @param requirementId the requirement id, for example {@code C4.R7}
   * @return this assertion
   */
  public FindingAssert hasRequirementId(String requirementId) {
    Objects.requireNonNull(requirementId, "requirementId");
    isNotNull();
    return expect(actual.requirementId().equals(Optional.of(requirementId)), "concern requirement " + requirementId,
        actual.requirementId().map(r -> "about requirement " + r).orElse("about no requirement"));
  }

  /**
   * Verifies the key of the message.
   *
   * @param messageKey the full key, for example {@code LDM-D-020.missing}
   * @return this assertion
   */
  public FindingAssert hasMessageKey(String messageKey) {
    Objects.requireNonNull(messageKey, "messageKey");
    isNotNull();
    return expect(actual.messageKey().equals(messageKey), "have message key " + messageKey,
        "keyed " + actual.messageKey());
  }

  /**
   * Verifies that the message contains a text.
   *
   * @param text the text
   * @return this assertion
   */
  public FindingAssert hasMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    isNotNull();
    return expect(actual.message().contains(text), "have a message containing \"" + text + "\"",
        "\"" + actual.message() + "\"");
  }


}
