package io.github.ldmlib.test;

import static io.github.ldmlib.model.conformity.Severity.ADVICE;
import static io.github.ldmlib.model.conformity.Severity.NOT_SUBMITTABLE;
import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;
import static io.github.ldmlib.test.LdmAssertions.assertThat;
import static io.github.ldmlib.test.LdmAssertions.assertThatThrownBy;
import static io.github.ldmlib.test.LdmAssertions.tuple;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.EvidenceKind;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each report assertion passes when it should, and fails with a message that lists the findings. */
class ConformityReportAssertTest {

  static final DossierFixture FIXTURE = DossierFixtures.conforming(TestData.NATIONAL_2026);
  static final ConformityReport CLEAN = FIXTURE.check();
  /** One finding that makes the dossier not submittable: the mandatory criterion C3 has no section. */
  static final ConformityReport BLOCKING = FIXTURE.withoutSection("C3").check();
  /** One point to complete: the coordinator of C3 is missing. */
  static final ConformityReport MAJOR = FIXTURE.withoutCoordinator("C3").check();
  /** One point to complete: the first engagement of C2 has no lead. */
  static final ConformityReport MINOR = FIXTURE.withFirstEngagement("C2",
      g -> Engagement.builder().from(g).lead(Optional.empty()).build()).check();
  /** One piece of advice: a piece of evidence nobody cites. */
  static final ConformityReport OBSERVED = FIXTURE.withDossier(d -> Dossier.builder().from(d)
      .addEvidence(Evidence.builder().id("P-900").title("Pièce jamais citée").kind(EvidenceKind.OTHER).build()).build())
      .check();

  static String header(ConformityReport report) {
    return "Expecting the conformity report of " + report.establishmentName().orElseThrow()
        + " (ldm-national-2023@2026-01, as of 2026-03-16, CANDIDATURE)\n";
  }

  static String line(Finding f) {
    return "  " + f.ruleId() + " " + f.severity() + " " + f.pointer() + ": " + f.message();
  }

  static String listing(ConformityReport report) {
    StringBuilder b = new StringBuilder("\nIts findings (" + report.findings().size() + "):");
    report.findings().forEach(f -> b.append('\n').append(line(f)));
    return b.toString();
  }

  @Test
  void theFixturesAreWhatTheseTestsNeed() {
    assertThat(BLOCKING.findings()).extracting(Finding::ruleId, Finding::severity)
        .containsExactly(tuple("LDM-D-003", NOT_SUBMITTABLE));
    assertThat(MAJOR.findings()).extracting(Finding::ruleId, Finding::severity)
        .containsExactly(tuple("LDM-D-020", TO_COMPLETE));
    assertThat(MINOR.findings()).extracting(Finding::severity).containsExactly(TO_COMPLETE);
    assertThat(OBSERVED.findings()).extracting(Finding::severity).containsExactly(ADVICE);
    assertThat(OBSERVED.verdict()).isEqualTo(Verdict.CONFORMING_WITH_OBSERVATIONS);
  }

  @Test
  void isReadyForAudit() {
    assertThat(MINOR).isReadyForAudit();
    assertThat(MAJOR).isReadyForAudit();   // a point to complete does not stop the audit
    assertThatThrownBy(() -> assertThat(BLOCKING).isReadyForAudit())
        .isInstanceOf(AssertionError.class)
        .hasMessage(header(BLOCKING) + "to be ready for audit,\nbut it has 1 blocking point." + listing(BLOCKING));
  }

  @Test
  void isNotReadyForAudit() {
    assertThat(BLOCKING).isNotReadyForAudit();
    assertThatThrownBy(() -> assertThat(MINOR).isNotReadyForAudit())
        .hasMessage(header(MINOR) + "not to be ready for audit,\nbut it has no blocking point." + listing(MINOR));
  }

  @Test
  void hasNothingBlockingAndItsAuditorsName() {
    assertThat(OBSERVED).hasNothingBlocking().hasNoMajorGap();
    assertThat(MINOR).hasNothingBlocking().hasNoMajorGap();
    assertThatThrownBy(() -> assertThat(BLOCKING).hasNothingBlocking())
        .hasMessage(header(BLOCKING) + "to have no blocking point,\nbut it has 1 blocking point." + listing(BLOCKING));
    assertThatThrownBy(() -> assertThat(BLOCKING).hasNoMajorGap())
        .hasMessage(header(BLOCKING) + "to have no blocking point,\nbut it has 1 blocking point." + listing(BLOCKING));
  }

  @Test
  void hasNothingToCorrectAndItsAuditorsName() {
    assertThat(OBSERVED).hasNothingToCorrect().hasNoGap();
    assertThatThrownBy(() -> assertThat(MINOR).hasNothingToCorrect())
        .hasMessage(header(MINOR) + "to have no blocking point and no point to complete,\n"
            + "but it has 0 blocking points and 1 point to complete." + listing(MINOR));
    assertThatThrownBy(() -> assertThat(BLOCKING).hasNoGap())
        .hasMessage(header(BLOCKING) + "to have no blocking point and no point to complete,\n"
            + "but it has 1 blocking point and 0 points to complete." + listing(BLOCKING));
  }

  @Test
  void hasNoFindings() {
    assertThat(CLEAN).hasNoFindings();
    assertThatThrownBy(() -> assertThat(OBSERVED).hasNoFindings())
        .hasMessage(header(OBSERVED) + "to have no finding,\nbut it has 1 finding." + listing(OBSERVED));
  }

  @Test
  void hasVerdictAndItsShortcuts() {
    assertThat(CLEAN).isConforming().hasVerdict(Verdict.CONFORMING);
    assertThat(MAJOR).isNonConforming();
    assertThat(OBSERVED).hasVerdict(Verdict.CONFORMING_WITH_OBSERVATIONS);
    assertThatThrownBy(() -> assertThat(OBSERVED).isConforming())
        .hasMessage(header(OBSERVED) + "to have the verdict CONFORMING,\nbut it is CONFORMING_WITH_OBSERVATIONS."
            + listing(OBSERVED));
    assertThatThrownBy(() -> assertThat(CLEAN).isNonConforming())
        .hasMessage(header(CLEAN) + "to have the verdict NON_CONFORMING,\nbut it is CONFORMING.\nIts findings: none");
  }

  @Test
  void hasOnlyFindingsOf() {
    assertThat(MAJOR).hasOnlyFindingsOf("LDM-D-020");
    assertThat(MAJOR).hasOnlyFindingsOf("LDM-D-003", "LDM-D-020");
    assertThat(CLEAN).hasOnlyFindingsOf("LDM-D-020");
    assertThatThrownBy(() -> assertThat(MAJOR).hasOnlyFindingsOf("LDM-D-003"))
        .hasMessage(header(MAJOR) + "to have findings of LDM-D-003 only,\nbut it also has findings of LDM-D-020."
            + listing(MAJOR));
  }

  @Test
  void hasNoFindingsOf() {
    assertThat(MAJOR).hasNoFindingsOf("LDM-D-003");
    assertThatThrownBy(() -> assertThat(MAJOR).hasNoFindingsOf("LDM-D-020"))
        .hasMessage(header(MAJOR) + "to have no finding of rule LDM-D-020,\nbut it has 1." + listing(MAJOR));
  }

  @Test
  void hasFindingsOf() {
    assertThat(MAJOR).hasFindingsOf("LDM-D-020").at(JsonPointer.parse("/sections/2/team/coordinator")).withSeverity(TO_COMPLETE).exactly(1);
    assertThat(BLOCKING).hasFindingsOf("LDM-D-003").at("/sections").onCriterion("C3").withSeverity(NOT_SUBMITTABLE).exactly(1);
    assertThatThrownBy(() -> assertThat(MAJOR).hasFindingsOf("LDM-D-003"))
        .hasMessage(header(MAJOR) + "to have a finding of rule LDM-D-003,\nbut it has none." + listing(MAJOR));
  }

  @Test
  void hasFindingsAt() {
    assertThat(MAJOR).hasFindingsAt("/sections/2/team/coordinator").ofRule("LDM-D-020");
    assertThatThrownBy(() -> assertThat(MAJOR).hasFindingsAt("/sections/2/team"))
        .hasMessage(header(MAJOR) + "to have a finding at /sections/2/team,\nbut it has none." + listing(MAJOR));
    assertThatThrownBy(() -> assertThat(CLEAN).hasFindingsAt(""))
        .hasMessage(header(CLEAN) + "to have a finding at <document>,\nbut it has none.\nIts findings: none");
  }

  @Test
  void criterion() {
    assertThat(MAJOR).criterion("C3").isNonConforming();
    assertThatThrownBy(() -> assertThat(MAJOR).criterion("C11"))
        .hasMessage(header(MAJOR) + "to have a result for criterion C11,\nbut the criterion does not apply to the "
            + "dossier; the report's criteria are C1, C2, C3, C4, C5, C6, C7, C8.");
  }

  @Test
  void theDescriptionIsKept() {
    assertThatThrownBy(() -> assertThat(MAJOR).as("dossier du lycée").hasFindingsOf("LDM-D-020").at(JsonPointer.parse("/x")))
        .hasMessageStartingWith("[dossier du lycée] Expecting");
    assertThatThrownBy(() -> assertThat(MAJOR).as("dossier du lycée").hasFindingsOf("LDM-D-001"))
        .hasMessageStartingWith("[dossier du lycée] Expecting");
    assertThatThrownBy(() -> assertThat(MAJOR).as("dossier du lycée").criterion("C3").isConforming())
        .hasMessageStartingWith("[dossier du lycée] Expecting");
  }

  @Test
  void aLongListIsCut() {
    ConformityReport many = DossierGenerator.of(TestData.NATIONAL_2026, 3).withSize(DossierGenerator.Size.M)
        .generateFixture().checkedAsOf(LocalDate.of(2015, 1, 5)).check();

    assertThat(many.findings().size()).isGreaterThan(60);
    assertThatThrownBy(() -> assertThat(many).hasNoFindings())
        .hasMessageContaining("\nIts findings (" + many.findings().size() + "):\n  " + line(many.findings().get(0)).strip())
        .hasMessageContaining(line(many.findings().get(49)))
        .hasMessageNotContaining(line(many.findings().get(50)))
        .hasMessageEndingWith("\n  … and " + (many.findings().size() - 50) + " more");
  }

  @Test
  void aNullReportFails() {
    assertThatThrownBy(() -> assertThat((ConformityReport) null).hasNoFindings())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }
}
