package io.github.ldmlib.test;

import static io.github.ldmlib.model.conformity.Severity.ADVICE;
import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;
import static io.github.ldmlib.test.LdmAssertions.assertThat;
import static io.github.ldmlib.test.LdmAssertions.assertThatThrownBy;

import io.github.ldmlib.model.conformity.Finding;
import org.junit.jupiter.api.Test;

/** Each assertion on one finding passes when it should, and fails showing the finding. */
class FindingAssertTest {

  static final Finding COORDINATOR = ConformityReportAssertTest.MAJOR.findings().get(0);
  static final Finding REQUIREMENT = FindingsAssertTest.REPORT.findings().stream()
      .filter(f -> f.ruleId().equals("LDM-D-090")).findFirst().orElseThrow();

  private static String failure(Finding f, String expected) {
    return "Expecting the finding\n  " + f.ruleId() + " " + f.severity() + " " + f.pointer() + ": " + f.message()
        + "\nto " + expected + ".";
  }

  @Test
  void hasRuleId() {
    assertThat(COORDINATOR).hasRuleId("LDM-D-020");
    assertThatThrownBy(() -> assertThat(COORDINATOR).hasRuleId("LDM-D-021"))
        .hasMessage(failure(COORDINATOR, "be of rule LDM-D-021,\nbut it is of rule LDM-D-020"));
  }

  @Test
  void hasSeverity() {
    assertThat(COORDINATOR).hasSeverity(TO_COMPLETE);
    assertThatThrownBy(() -> assertThat(COORDINATOR).hasSeverity(ADVICE))
        .hasMessage(failure(COORDINATOR, "have severity ADVICE,\nbut it is a TO_COMPLETE"));
  }

  @Test
  void hasPointer() {
    assertThat(COORDINATOR).hasPointer("/sections/2/team/coordinator");
    assertThatThrownBy(() -> assertThat(COORDINATOR).hasPointer(""))
        .hasMessage(failure(COORDINATOR, "be at <document>,\nbut it is at /sections/2/team/coordinator"));
  }

  @Test
  void hasCriterionId() {
    assertThat(COORDINATOR).hasCriterionId("C3");
    assertThatThrownBy(() -> assertThat(COORDINATOR).hasCriterionId("C4"))
        .hasMessage(failure(COORDINATOR, "concern criterion C4,\nbut it is about criterion C3"));
  }

  @Test
  void hasRequirementId() {
    assertThat(REQUIREMENT).hasRequirementId("C4.R3");
    assertThatThrownBy(() -> assertThat(COORDINATOR).hasRequirementId("C3.R1"))
        .hasMessage(failure(COORDINATOR, "concern requirement C3.R1,\nbut it is about no requirement"));
  }

  @Test
  void hasMessageKey() {
    assertThat(COORDINATOR).hasMessageKey("LDM-D-020.missing");
    assertThatThrownBy(() -> assertThat(COORDINATOR).hasMessageKey("LDM-D-020.absent"))
        .hasMessage(failure(COORDINATOR, "have message key LDM-D-020.absent,\nbut it is keyed LDM-D-020.missing"));
  }

  @Test
  void hasMessageContaining() {
    assertThat(COORDINATOR).hasMessageContaining("C3");
    assertThatThrownBy(() -> assertThat(COORDINATOR).hasMessageContaining("C9"))
        .hasMessage(failure(COORDINATOR, "have a message containing \"C9\",\nbut it is \"" + COORDINATOR.message() + "\""));
  }
}
