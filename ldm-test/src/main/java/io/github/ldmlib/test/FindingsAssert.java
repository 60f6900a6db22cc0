package io.github.ldmlib.test;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.test.internal.Describe;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.Description;

/**
 * Assertions on a selection of findings (<i>constats</i>) of a conformity report or of one rule's
 * check, obtained from {@link ConformityReportAssert#hasFindingsOf(String)}, {@link
 * ConformityReportAssert#hasFindingsAt(String)} or {@link RuleAssert#flags(DossierFixture)}.
 *
 * <p>Each method narrows the selection and fails at once when nothing is left, so that a chain
 * reads as the finding it expects:
 *
 * <pre>{@code
 * assertThat(report).hasFindingsOf("LDM-D-020")
 *     .at("/sections/2/team/coordinator")
 *     .withSeverity(Severity.TO_COMPLETE)
 *     .exactly(1);
 * }</pre>
 *
 * <p>A failure says what was expected and lists, one per line, every finding the report (or the
 * rule's check) holds: rule id, severity, pointer and message.
 */
public final class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {

  private final String subject;
  private final String selection;
  private final List<Finding> all;

  FindingsAssert(List<Finding> selected, String subject, String selection, List<Finding> all) {
    super(List.copyOf(selected), FindingsAssert.class);
    this.subject = subject;
    this.selection = selection;
    this.all = all;
  }

  /**
   * Starts a selection and fails if it is empty.
   *
   * @param subject what holds the findings, for example {@code the conformity report of …}
   * @param selection how they are selected, for example {@code of rule LDM-D-020}
   * @param all every finding of the subject
   * @param filter the selection
   * @param description the description of the caller's assertion, or null
   * @return the assertion
   */
  static FindingsAssert select(String subject, String selection, List<Finding> all, Predicate<Finding> filter,
      Description description) {
    FindingsAssert start = new FindingsAssert(all, subject, "", all);
    return (description == null ? start : start.as(description)).narrow(selection, filter);
  }

  private FindingsAssert narrow(String more, Predicate<Finding> filter) {
    String described = selection.isEmpty() ? more : selection + " " + more;
    List<Finding> selected = actual.stream().filter(filter).toList();
    if (selected.isEmpty()) {
      failWithMessage("%s", "Expecting " + subject + "\nto have a finding " + described + ",\nbut it has none."
          + Describe.findings("Its findings", all));
    }
    FindingsAssert next = new FindingsAssert(selected, subject, described, all);
    return info.hasDescription() ? next.as(info.description()) : next;
  }

  /**
   * Keeps the findings at a place of the dossier.
   *
   * @param pointer the JSON Pointer's text, for example {@code /sections/2/team/coordinator}; empty for the
   *     dossier as a whole
   * @return the narrowed selection
   */
  public FindingsAssert at(String pointer) {
    return at(JsonPointer.parse(pointer));
  }

  /**
   * Narrows to the findings at one place.
   *
   * @param pointer the place; the root for the document as a whole
   * @return the narrowed assertion
   */
  public FindingsAssert at(JsonPointer pointer) {
    Objects.requireNonNull(pointer, "pointer");
    return narrow("at " + Describe.place(pointer), f -> f.pointer().equals(pointer));
  }

  /**
   * Keeps the findings of a severity.
   *
   * @param severity the severity, for example {@link Severity#NOT_SUBMITTABLE}
   * @return the narrowed selection
   */
  public FindingsAssert withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return narrow("with severity " + severity, f -> f.severity() == severity);
  }

  /**
   * Keeps the findings of a rule.
   *
   * @param ruleId the rule id, for example {@code LDM-D-020}
   * @return the narrowed selection
   */
  public FindingsAssert ofRule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return narrow("of rule " + ruleId, f -> f.ruleId().equals(ruleId));
  }

  /**
   * Keeps the findings that concern a criterion.
   *
   * @param criterionId the criterion id, for example {@code C4}
   * @return the narrowed selection
   */
  public FindingsAssert onCriterion(String criterionId) {
    Objects.requireNonNull(criterionId, "criterionId");
    return narrow("on criterion " + criterionId, f -> f.criterionId().filter(criterionId::equals).isPresent());
  }

  /**
   * Keeps the findings that concern a requirement (<i>attendu</i>).
   *
   * @param requirementId the requirement id, for example {@code C4.R7}
   * @return the narrowed selection
   */
  public FindingsAssert onRequirement(String requirementId) {
    Objects.requireNonNull(requirementId, "requirementId");
    return narrow("on requirement " + requirementId, f -> f.requirementId().filter(requirementId::equals).isPresent());
  }

  /**
   * Keeps the findings whose message has a key.
   *
   * @param messageKey the full key, for example {@code LDM-D-020.missing}
   * @return the narrowed selection
   */
  public FindingsAssert withMessageKey(String messageKey) {
    Objects.requireNonNull(messageKey, "messageKey");
    return narrow("with message key " + messageKey, f -> f.messageKey().equals(messageKey));
  }

  /**
   * Keeps the findings whose message contains a text.
   *
   * @param text the text, for example {@code coordonnateur}
   * @return the narrowed selection
   */
  public FindingsAssert withMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    return narrow("with a message containing \"" + text + "\"", f -> f.message().contains(text));
  }

  /**
   * Verifies that the selection holds exactly a number of findings.
   *
   * @param count the number expected, 1 or more
   * @return this assertion
   */
  public FindingsAssert exactly(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("exactly(" + count + "): a selection holds at least one finding; "
          + "assert that there is none with ConformityReportAssert.hasNoFindingsOf or RuleAssert.accepts");
    }
    if (actual.size() != count) {
      failWithMessage("%s", "Expecting " + subject + "\nto have exactly " + Describe.count(count, "finding") + " "
          + selection + ",\nbut it has " + actual.size() + "." + Describe.findings("Its findings", all));
    }
    return myself;
  }

  /**
   * Verifies that the selection holds exactly one finding and returns assertions on it.
   *
   * @return the assertions on the finding
   */
  public FindingAssert singleFinding() {
    exactly(1);
    FindingAssert single = new FindingAssert(actual.get(0));
    return info.hasDescription() ? single.as(info.description()) : single;
  }
}
