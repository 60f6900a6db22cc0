package io.github.ldmlib.test;

import static io.github.ldmlib.model.conformity.Severity.NOT_SUBMITTABLE;
import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;
import static io.github.ldmlib.test.ConformityReportAssertTest.header;
import static io.github.ldmlib.test.ConformityReportAssertTest.listing;
import static io.github.ldmlib.test.LdmAssertions.assertThat;
import static io.github.ldmlib.test.LdmAssertions.assertThatThrownBy;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.conformity.ConformityReport;
import org.junit.jupiter.api.Test;

/** Each narrowing of a selection of findings passes when it should, and fails listing the report's findings. */
class FindingsAssertTest {

  /** Two sections without coordinator, and a section without its diagnosis. */
  static final ConformityReport REPORT = ConformityReportAssertTest.FIXTURE
      .withoutCoordinator("C1").withoutCoordinator("C4").withoutDiagnosis("C4").withUnaddressedRequirement("C4.R3")
      .check();

  private static String failure(String expected) {
    return header(REPORT) + expected + listing(REPORT);
  }

  @Test
  void at() {
    assertThat(REPORT).hasFindingsOf("LDM-D-020").at(JsonPointer.parse("/sections/3/diagnosis")).exactly(1);
    assertThatThrownBy(() -> assertThat(REPORT).hasFindingsOf("LDM-D-020").at(JsonPointer.parse("/sections/2/diagnosis")))
        .hasMessage(failure("to have a finding of rule LDM-D-020 at /sections/2/diagnosis,\nbut it has none."));
  }

  @Test
  void withSeverity() {
    assertThat(REPORT).hasFindingsOf("LDM-D-020").withSeverity(TO_COMPLETE).exactly(3);
    assertThatThrownBy(() -> assertThat(REPORT).hasFindingsOf("LDM-D-020").withSeverity(NOT_SUBMITTABLE))
        .hasMessage(failure("to have a finding of rule LDM-D-020 with severity NOT_SUBMITTABLE,\nbut it has none."));
  }

  @Test
  void ofRule() {
    assertThat(REPORT).hasFindingsAt("/sections/3").ofRule("LDM-D-090").exactly(1);
    assertThatThrownBy(() -> assertThat(REPORT).hasFindingsAt("/sections/3").ofRule("LDM-D-020"))
        .hasMessage(failure("to have a finding at /sections/3 of rule LDM-D-020,\nbut it has none."));
  }

  @Test
  void onCriterion() {
    assertThat(REPORT).hasFindingsOf("LDM-D-020").onCriterion("C4").exactly(2);
    assertThatThrownBy(() -> assertThat(REPORT).hasFindingsOf("LDM-D-020").onCriterion("C2"))
        .hasMessage(failure("to have a finding of rule LDM-D-020 on criterion C2,\nbut it has none."));
  }

  @Test
  void onRequirement() {
    assertThat(REPORT).hasFindingsOf("LDM-D-090").onRequirement("C4.R3").exactly(1);
    assertThatThrownBy(() -> assertThat(REPORT).hasFindingsOf("LDM-D-090").onRequirement("C4.R2"))
        .hasMessage(failure("to have a finding of rule LDM-D-090 on requirement C4.R2,\nbut it has none."));
  }

  @Test
  void withMessageKey() {
    assertThat(REPORT).hasFindingsOf("LDM-D-020").withMessageKey("LDM-D-020.missing").exactly(3);
    assertThatThrownBy(() -> assertThat(REPORT).hasFindingsOf("LDM-D-020").withMessageKey("LDM-D-020.other"))
        .hasMessage(failure("to have a finding of rule LDM-D-020 with message key LDM-D-020.other,\nbut it has none."));
  }

  @Test
  void withMessageContaining() {
    String message = REPORT.findings().get(0).message();
    assertThat(REPORT).hasFindingsAt(REPORT.findings().get(0).pointer()).withMessageContaining(message).exactly(1);
    assertThatThrownBy(() -> assertThat(REPORT).hasFindingsOf("LDM-D-020").withMessageContaining("100 %"))
        .hasMessage(failure("to have a finding of rule LDM-D-020 with a message containing \"100 %\",\nbut it has none."));
  }

  @Test
  void exactly() {
    assertThat(REPORT).hasFindingsOf("LDM-D-020").exactly(3);
    assertThatThrownBy(() -> assertThat(REPORT).hasFindingsOf("LDM-D-020").at(JsonPointer.parse("/sections/0/team/coordinator")).exactly(2))
        .hasMessage(failure("to have exactly 2 findings of rule LDM-D-020 at /sections/0/team/coordinator,\nbut it has 1."));
    assertThatThrownBy(() -> assertThat(REPORT).hasFindingsOf("LDM-D-020").exactly(1))
        .hasMessage(failure("to have exactly 1 finding of rule LDM-D-020,\nbut it has 3."));
    assertThatThrownBy(() -> assertThat(REPORT).hasFindingsOf("LDM-D-020").exactly(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hasNoFindingsOf");
  }

  @Test
  void singleFinding() {
    assertThat(REPORT).hasFindingsOf("LDM-D-090").singleFinding().hasRequirementId("C4.R3");
    assertThatThrownBy(() -> assertThat(REPORT).hasFindingsOf("LDM-D-020").singleFinding())
        .hasMessage(failure("to have exactly 1 finding of rule LDM-D-020,\nbut it has 3."));
  }
}
