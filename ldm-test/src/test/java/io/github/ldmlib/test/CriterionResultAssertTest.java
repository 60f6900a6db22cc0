package io.github.ldmlib.test;

import static io.github.ldmlib.test.LdmAssertions.assertThat;
import static io.github.ldmlib.test.LdmAssertions.assertThatThrownBy;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Verdict;
import org.junit.jupiter.api.Test;

/** Each assertion on a criterion's result passes when it should, and fails listing the criterion's findings. */
class CriterionResultAssertTest {

  /** C3 has a point to complete; C4 a piece of advice (an unaddressed requirement); the others nothing. */
  static final ConformityReport REPORT = ConformityReportAssertTest.FIXTURE
      .withoutCoordinator("C3").withUnaddressedRequirement("C4.R2").check();

  private static String failure(String criterion, String expected) {
    StringBuilder b = new StringBuilder("Expecting criterion " + criterion + " in the conformity report of "
        + REPORT.establishmentName().orElseThrow() + " (ldm-national-2023@2026-01, as of 2026-03-16, CANDIDATURE)\n" + expected);
    var findings = REPORT.findingsOf(criterion);
    if (findings.isEmpty()) {
      return b.append("\nIts findings: none").toString();
    }
    b.append("\nIts findings (").append(findings.size()).append("):");
    findings.forEach(f -> b.append("\n  ").append(f.ruleId()).append(' ').append(f.severity()).append(' ')
        .append(f.pointer()).append(": ").append(f.message()));
    return b.toString();
  }

  @Test
  void isConforming() {
    assertThat(REPORT).criterion("C1").isConforming();
    assertThatThrownBy(() -> assertThat(REPORT).criterion("C3").isConforming())
        .hasMessage(failure("C3", "to be CONFORMING,\nbut it is NON_CONFORMING."));
  }

  @Test
  void isConformingWithObservations() {
    assertThat(REPORT).criterion("C4").isConformingWithObservations();
    assertThatThrownBy(() -> assertThat(REPORT).criterion("C1").isConformingWithObservations())
        .hasMessage(failure("C1", "to be CONFORMING_WITH_OBSERVATIONS,\nbut it is CONFORMING."));
  }

  @Test
  void isNonConforming() {
    assertThat(REPORT).criterion("C3").isNonConforming().hasVerdict(Verdict.NON_CONFORMING);
    assertThatThrownBy(() -> assertThat(REPORT).criterion("C4").isNonConforming())
        .hasMessage(failure("C4", "to be NON_CONFORMING,\nbut it is CONFORMING_WITH_OBSERVATIONS."));
  }

  @Test
  void hasNoFindings() {
    assertThat(REPORT).criterion("C2").hasNoFindings();
    assertThatThrownBy(() -> assertThat(REPORT).criterion("C4").hasNoFindings())
        .hasMessage(failure("C4", "to have no finding,\nbut it has 1 finding."));
  }
}
