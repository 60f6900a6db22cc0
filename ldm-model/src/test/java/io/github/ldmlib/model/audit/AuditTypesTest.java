package io.github.ldmlib.model.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditTypesTest {

  private static List<String> pointers(Object object) {
    return LdmValidation.validate(object, Locale.ENGLISH).stream().map(v -> v.pointer().toString()).toList();
  }

  @Test
  void stageHasExactlyTheFourStagesOfTheLabelsLife() {
    assertThat(Arrays.stream(Stage.values()).map(Enum::name))
        .containsExactly("CANDIDATURE", "FOLLOW_UP_1_YEAR", "FOLLOW_UP_3_YEARS", "RENEWAL");
  }

  @Test
  void sampleDocumentsAreValid() {
    assertThat(LdmValidation.validate(SampleAudits.plan())).isEmpty();
    assertThat(LdmValidation.validate(SampleAudits.dashboard())).isEmpty();
    assertThat(LdmValidation.validate(SampleAudits.summary())).isEmpty();
    assertThat(LdmValidation.validate(SampleAudits.auditor())).isEmpty();
    assertThat(LdmValidation.validate(AuditorPool.builder().academy("Aix-Marseille")
        .addAuditors(SampleAudits.auditor()).build())).isEmpty();
    assertThat(LdmValidation.validate(LabelRecord.builder().uai(SampleAudits.UAI)
        .addDecisions(SampleAudits.granted(LocalDate.of(2024, 6, 3)))
        .addAudits(HeldAudit.of(Stage.CANDIDATURE, LocalDate.of(2024, 3, 12)))
        .build())).isEmpty();
  }

  @Test
  void aMissingIdentityFailsAtBuildNamingEveryMissingAttribute() {
    assertThatThrownBy(() -> AuditPlan.builder().uai(SampleAudits.UAI).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AuditPlan")
        .hasMessageContaining("referentialId")
        .hasMessageContaining("stage")
        .hasMessageContaining("auditDate");
    assertThatThrownBy(() -> Gap.builder().id("E-01").criterionId("C4").text("Écart").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("severity")
        .hasMessageContaining("requirementId");
    assertThatThrownBy(() -> LabelDecision.builder().uai(SampleAudits.UAI).referentialId("r").build())
        .hasMessageContaining("outcome")
        .hasMessageContaining("date")
        .hasMessageContaining("dossierKind");
    assertThatThrownBy(() -> Interviewee.builder().group("Élèves").build())
        .hasMessageContaining("kind");
    assertThatThrownBy(() -> new HeldAudit(Stage.RENEWAL, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
    assertThatThrownBy(() -> new ScheduledAudit(Stage.RENEWAL, LocalDate.of(2029, 1, 1), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("heldOn");
  }

  @Test
  void optionalPartsAreEmptyAndCollectionsUnmodifiable() {
    AuditPlan draft = AuditPlan.builder().uai(SampleAudits.UAI).referentialId("ldm-national-2023")
        .stage(Stage.CANDIDATURE).auditDate(SampleAudits.AUDIT_DATE).build();
    assertThat(draft.sentDate()).isEmpty();
    assertThat(draft.team()).isEmpty();
    assertThat(draft.leadAuditor()).isEmpty();
    assertThat(LdmValidation.validate(draft)).as("a plan still being drawn up is well-formed").isEmpty();
    AuditSummary summary = SampleAudits.summary();
    assertThatThrownBy(() -> summary.gaps().clear()).isInstanceOf(UnsupportedOperationException.class);
    DashboardEntry entry = DashboardEntry.builder().criterionId("C1").assessment(Assessment.NOT_ASSESSED).build();
    assertThat(entry.prefilled()).as("filled during the audit unless said otherwise").isFalse();
    assertThat(entry.evidenceSeen()).isEmpty();
  }

  @Test
  void copyModifyAndEqualityByValue() {
    AuditSummary summary = SampleAudits.summary();
    assertThat(summary).isEqualTo(SampleAudits.summary()).hasSameHashCodeAs(SampleAudits.summary());
    AuditSummary renamed = AuditSummary.builder().from(summary).proposedLabelTitle("Lycée des métiers du nautisme").build();
    assertThat(renamed).isNotEqualTo(summary);
    assertThat(renamed.gaps()).isEqualTo(summary.gaps());
  }

  @Test
  void thePlanTellsItsLeadAndWhetherStudentsAndExternalPartnersAreHeard() {
    AuditPlan plan = SampleAudits.plan();
    assertThat(plan.leadAuditor()).contains(SampleAudits.lead());
    assertThat(plan.hearsStudents()).isTrue();
    assertThat(plan.hearsExternalPartners()).isTrue();

    AuditPlan staffOnly = AuditPlan.builder().from(plan)
        .interviewees(List.of(plan.interviewees().get(0))).build();
    assertThat(staffOnly.hearsStudents()).isFalse();
    assertThat(staffOnly.hearsExternalPartners()).isFalse();

    AuditPlan parents = AuditPlan.builder().from(staffOnly)
        .addInterviewees(Interviewee.builder().group("Représentants des parents d'élèves")
            .kind(IntervieweeKind.PARENT).build())
        .build();
    assertThat(parents.hearsExternalPartners()).as("parents count as external partners").isTrue();
    assertThat(IntervieweeKind.STAFF.isExternalPartner()).isFalse();
    assertThat(IntervieweeKind.STUDENT.isExternalPartner()).isFalse();
  }

  @Test
  void anIntervieweeNamesAPersonOrAGroup() {
    Interviewee nobody = Interviewee.builder().criterionId("C4").kind(IntervieweeKind.STAFF).build();
    AuditPlan plan = AuditPlan.builder().from(SampleAudits.plan()).addInterviewees(nobody).build();

    List<Violation> violations = LdmValidation.validate(plan);

    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).pointer()).hasToString("/interviewees/3");
    assertThat(violations.get(0).constraint()).isEqualTo("PersonOrGroup");
    assertThat(violations.get(0).message()).isEqualTo("doit nommer une personne ou un groupe");
    assertThat(LdmValidation.validate(plan, Locale.ENGLISH).get(0).message())
        .isEqualTo("must name a person or a group");
    Interviewee both = Interviewee.builder().from(nobody).group("Équipe du bureau des entreprises")
        .person(Person.builder().lastName("Blanc").build()).build();
    assertThat(LdmValidation.validate(both)).isEmpty();
  }

  @Test
  void theTeamAndIntervieweesAreValidatedInDepth() {
    AuditPlan plan = AuditPlan.builder().from(SampleAudits.plan())
        .addTeam(AuditTeamMember.builder().person(Person.builder().lastName(" Durand").build())
            .role(AuditRole.AUDITOR).category(AuditorCategory.PROFESSIONAL).auditorId("AUD 3").build())
        .addInterviewees(Interviewee.builder().criterionId("critère 4").group("").kind(IntervieweeKind.OTHER).build())
        .establishmentName("")
        .referentialEdition("janvier 2026")
        .build();
    assertThat(pointers(plan)).containsExactly(
        "/establishmentName",
        "/interviewees/3/criterionId",
        "/interviewees/3/group",
        "/referentialEdition",
        "/team/2/auditorId",
        "/team/2/person/lastName");
  }

  @ParameterizedTest
  @ValueSource(strings = {"OBSERVATION", "INFO"})
  void aGapIsMajorOrMinorOnly(String severity) {
    Gap gap = Gap.builder().from(SampleAudits.summary().gaps().get(1)).severity(Severity.valueOf(severity)).build();
    AuditSummary summary = AuditSummary.builder().from(SampleAudits.summary()).addGaps(gap).build();

    List<Violation> violations = LdmValidation.validate(summary);

    assertThat(violations).extracting(v -> v.pointer().toString()).containsExactly("/gaps/2/severity");
    assertThat(violations.get(0).constraint()).isEqualTo("GapSeverity");
    assertThat(violations.get(0).message()).isEqualTo("doit être un écart majeur (MAJOR_GAP) ou un écart mineur (MINOR_GAP)");
    assertThat(LdmValidation.validate(summary, Locale.ENGLISH).get(0).message())
        .isEqualTo("must be a major gap (MAJOR_GAP) or a minor gap (MINOR_GAP)");
  }

  @Test
  void theSummaryIsValidatedInDepth() {
    AuditSummary summary = AuditSummary.builder().from(SampleAudits.summary())
        .addStrengths(Remark.builder().criterionId("C 4").text("\u0007").build())
        .addGaps(Gap.builder().id("E 3").severity(Severity.MINOR_GAP).criterionId("C1").requirementId("C1.R1")
            .text("x".repeat(4_001)).build())
        .addImprovementAxes(ImprovementAxis.builder().id("AX-03").criterionId("C1").text("Axe")
            .owner(Person.builder().lastName("").build()).addGapIds("E/3").build())
        .proposedLabelTitle("x".repeat(301))
        .build();
    assertThat(pointers(summary)).containsExactly(
        "/gaps/2/id",
        "/gaps/2/text",
        "/improvementAxes/2/gapIds/0",
        "/improvementAxes/2/owner/lastName",
        "/proposedLabelTitle",
        "/strengths/2/criterionId",
        "/strengths/2/text");
  }

  @Test
  void theDashboardIsValidatedInDepth() {
    AuditDashboard dashboard = AuditDashboard.builder().from(SampleAudits.dashboard())
        .addEntries(DashboardEntry.builder().criterionId("C1").requirementId("").assessment(Assessment.CONFORMING)
            .addEvidenceSeen("P 1").comment(" ").addReassessedGapIds("E-01").addReassessedAxisIds("AX 1").build())
        .build();
    assertThat(pointers(dashboard)).containsExactly(
        "/entries/3/comment",
        "/entries/3/evidenceSeen/0",
        "/entries/3/reassessedAxisIds/0",
        "/entries/3/requirementId");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.5", "0.125", "1000"})
  void trainingDaysArePositiveWithAtMostTwoDecimals(String days) {
    Auditor auditor = Auditor.builder().from(SampleAudits.auditor())
        .addContinuingTraining(TrainingSession.of(LocalDate.of(2025, 1, 8), new BigDecimal(days)))
        .build();
    assertThat(pointers(auditor)).containsExactly("/continuingTraining/1/days");
  }

  @Test
  void anAuditorRecordIsValidatedInDepth() {
    Auditor auditor = Auditor.builder().from(SampleAudits.auditor()).id("AUD/1")
        .addParticipations(AuditParticipation.builder().date(LocalDate.of(2023, 1, 10)).role(AuditRole.LEAD_AUDITOR)
            .uai(SampleAudits.UAI).establishmentName("  ").build())
        .build();
    assertThat(pointers(auditor)).containsExactly("/id", "/participations/1/establishmentName");
    AuditorPool pool = AuditorPool.builder().addAuditors(SampleAudits.auditor()).build();
    assertThat(pool.auditor("AUD-001")).contains(SampleAudits.auditor());
    assertThat(pool.auditor("AUD-999")).isEmpty();
  }

  @Test
  void aDecisionAndARecordAreValidatedInDepth() {
    LabelDecision decision = LabelDecision.builder().from(SampleAudits.granted(LocalDate.of(2024, 6, 3)))
        .labelTitle("").comment("Motif\u0000").referentialId("").build();
    assertThat(pointers(decision)).containsExactly("/comment", "/labelTitle", "/referentialId");
    LabelRecord record = LabelRecord.builder().uai(SampleAudits.UAI).addDecisions(decision).establishmentName("").build();
    assertThat(pointers(record)).containsExactly(
        "/decisions/0/comment", "/decisions/0/labelTitle", "/decisions/0/referentialId", "/establishmentName");
  }

  @Test
  void summaryLookupsFollowTheLoopFromGapToAxis() {
    AuditSummary summary = SampleAudits.summary();
    assertThat(summary.gap("E-01")).map(Gap::isMajor).contains(true);
    assertThat(summary.gap("E-99")).isEmpty();
    assertThat(summary.improvementAxis("AX-02")).map(ImprovementAxis::criterionId).contains("C4");
    assertThat(summary.axesAddressing("E-02")).extracting(ImprovementAxis::id).containsExactly("AX-02");
    assertThat(summary.axesAddressing("E-99")).isEmpty();
  }

  @Test
  void aMajorGapIsOpenUntilTheDayItIsLifted() {
    AuditSummary summary = SampleAudits.summary();
    Gap major = summary.gap("E-01").orElseThrow();
    assertThat(major.isLiftedBy(LocalDate.of(2025, 5, 11))).isFalse();
    assertThat(major.isLiftedBy(LocalDate.of(2025, 5, 12))).isTrue();
    assertThat(summary.majorGapsOpenOn(LocalDate.of(2025, 5, 11))).extracting(Gap::id).containsExactly("E-01");
    assertThat(summary.majorGapsOpenOn(LocalDate.of(2025, 5, 12))).isEmpty();
    Gap minor = summary.gap("E-02").orElseThrow();
    assertThat(minor.isMajor()).isFalse();
    assertThat(minor.isLiftedBy(LocalDate.of(2100, 1, 1))).as("never lifted").isFalse();
  }

  @Test
  void dashboardLookups() {
    AuditDashboard dashboard = AuditDashboard.builder().from(SampleAudits.dashboard())
        .stage(Stage.FOLLOW_UP_1_YEAR)
        .addEntries(DashboardEntry.builder().criterionId("C7").assessment(Assessment.CONFORMING)
            .addReassessedGapIds("E-01").addReassessedAxisIds("AX-01").build())
        .build();
    assertThat(dashboard.entriesFor("C4")).hasSize(2);
    assertThat(dashboard.entriesFor("C7")).extracting(DashboardEntry::assessment)
        .containsExactly(Assessment.NON_CONFORMING, Assessment.CONFORMING);
    assertThat(dashboard.entriesFor("C1")).isEmpty();
    assertThat(dashboard.entriesReassessingGap("E-01")).extracting(DashboardEntry::criterionId).containsExactly("C7");
    assertThat(dashboard.entriesReassessingGap("E-02")).isEmpty();
  }

  @Test
  void aGrantedLabelExpiresAfterTheStatedValidity() {
    ProcessParameters parameters = SampleAudits.aixMarseille2012();
    assertThat(SampleAudits.granted(LocalDate.of(2024, 2, 29)).expiryDate(parameters))
        .contains(LocalDate.of(2029, 2, 28));
    assertThat(SampleAudits.granted(LocalDate.of(2024, 2, 29))
        .expiryDate(ProcessParameters.builder().labelValidityYears(4).build()))
        .as("29 February plus four years is 29 February").contains(LocalDate.of(2028, 2, 29));
    LabelDecision refused = SampleAudits.decision(DecisionOutcome.REFUSED, LocalDate.of(2024, 6, 3), DossierKind.INITIAL);
    assertThat(refused.isGranted()).isFalse();
    assertThat(refused.expiryDate(ProcessParameters.none())).as("a refusal grants nothing").isEmpty();
    assertThatThrownBy(() -> SampleAudits.granted(LocalDate.of(2024, 6, 3)).expiryDate(ProcessParameters.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("labelValidityYears")
        .hasMessageContaining("2024-06-03");
  }
}
