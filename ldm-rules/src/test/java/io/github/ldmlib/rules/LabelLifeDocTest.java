package io.github.ldmlib.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.LabelStatus;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.Assessment;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.AuditorPool;
import io.github.ldmlib.model.audit.DashboardEntry;
import io.github.ldmlib.model.audit.Gap;
import io.github.ldmlib.model.audit.HeldAudit;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.audit.ScheduledAudit;
import io.github.ldmlib.model.conformity.AsOfBasis;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.BodyPresentation;
import io.github.ldmlib.model.review.IndicatorHistory;
import io.github.ldmlib.model.review.ReviewFile;
import io.github.ldmlib.model.review.IndicatorStatus;
import io.github.ldmlib.model.review.SchoolBody;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/label-life.md: the life of the label of the fictional Lycée professionnel Marie-Marvingt,
 * from its dossier to the renewal of its label, on the documents of {@code examples/}. Every Java
 * block of the page is a marked region of {@link #theLifeOfTheLabel()}, compiled and run here, and
 * what the page's comments say each line gives is asserted between the regions.
 */
class LabelLifeDocTest {

  private static final Path DOC = Path.of("..", "docs", "label-life.md");
  private static final Path SOURCE = Path.of("src", "test", "java", "io", "github", "ldmlib", "rules",
      "LabelLifeDocTest.java");
  private static final Path EXAMPLES = Path.of("..", "examples");

  /** Rewrites the example reports when run with {@code -Dldm.rewriteExamples=true}. */
  private static void assertExample(String fileName, String written) throws IOException {
    Path file = EXAMPLES.resolve(fileName);
    if (Boolean.getBoolean("ldm.rewriteExamples")) {
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("examples/%s differs from what the checker writes; run mvn -pl ldm-rules -am test"
            + " -Dtest=LabelLifeDocTest -Dldm.rewriteExamples=true", fileName)
        .isEqualTo(written);
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.pointer()).toList();
  }

  @Test
  void theLifeOfTheLabel() throws IOException {
    Path examples = EXAMPLES;

    // --- label-life: referential ---
    LdmJson json = LdmJson.defaults();
    Referential national = Referentials.load("ldm-national-2023", "2026-01");
    Referential aixMarseille = Referentials.load("aix-marseille-2012", "2012-01");
    ProcessParameters campaign = Referentials.profile("nouvelle-aquitaine-2023").parameters().orElseThrow();
    ProcessParameters procedure = ProcessParameters.builder()
        .from(aixMarseille.parameters())                                     // the 2012 procedure
        .engagementDecisionRequired(Optional.empty())   // but not its form LDM 01, which 2023 does not name
        .dossierNoticeWeeks(campaign.dossierNoticeWeeks())   // a 2023 campaign's calendar: 3 weeks
        .majorGapsBlockLabel(national.parameters().majorGapsBlockLabel())    // 2023: lift them first
        .labelValidityYears(5)                                 // stated by no bundled source: yours
        .build();
    Referential referential = Referential.builder().from(national)  // the 2023 criteria, requirements
        .parameters(procedure)             // the text stays the guide's: its rules apply
        .build();
    // --- end ---

    assertThat(procedure.auditPlanNoticeDays()).hasValue(15);
    assertThat(aixMarseille.parameters().engagementDecisionRequired()).contains(true);
    assertThat(procedure.engagementDecisionRequired()).isEmpty();
    assertThat(procedure.dossierNoticeWeeks()).hasValue(3);
    assertThat(procedure.majorGapsBlockLabel()).contains(true);
    assertThat(procedure.followUpAuditYears()).containsExactly(1, 3);
    assertThat(procedure.renewalAuditYears()).hasValue(5);
    assertThat(aixMarseille.parameters().labelValidityYears()).isEmpty();
    assertThat(national.parameters().labelValidityYears()).isEmpty();

    // --- label-life: dossier ---
    Dossier dossier = json.read(Dossier.class, examples.resolve("dossier-complete.json"));
    Checker<Dossier> checker = Checker.of(referential);
    ConformityReport dossierReport = checker.check(dossier);   // as of its submission date, 2026-03-16
    dossierReport.verdict();                // CONFORMING_WITH_OBSERVATIONS
    dossierReport.readyForAudit();          // true: nothing makes it not submittable
    dossierReport.counts().advice();        // 12 pieces of advice
    String dossierReportJson = json.writeString(dossierReport);  // conformity-report-marie-marvingt.json
    // --- end ---

    assertThat(dossierReport.asOf()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(dossierReport.asOfBasis()).isEqualTo(AsOfBasis.DOCUMENT_DATE);
    assertThat(dossierReport.stage()).contains(Stage.CANDIDATURE);
    assertThat(dossierReport.verdict()).isEqualTo(Verdict.CONFORMING_WITH_OBSERVATIONS);
    assertThat(dossierReport.readyForAudit()).isTrue();
    assertThat(dossierReport.counts().advice()).isEqualTo(12);
    assertThat(dossierReport.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ADVICE));
    assertThat(dossierReport.findings()).extracting(Finding::ruleId, f -> f.requirementId().orElse(""))
        .containsExactly(
            tuple("LDM-D-062", ""), tuple("LDM-D-090", "C1.R4"), tuple("LDM-D-090", "C3.R5"),
            tuple("LDM-D-090", "C3.R6"), tuple("LDM-D-090", "C3.R7"), tuple("LDM-D-090", "C4.R2"),
            tuple("LDM-D-090", "C4.R5"), tuple("LDM-D-090", "C5.R3"),
            tuple("LDM-D-090", "C5.R4"), tuple("LDM-D-090", "C5.R6"), tuple("LDM-D-090", "C7.R3"),
            tuple("LDM-D-090", "C7.R5"));
    // The improvement axes are chosen at the audit: the dossier is checked as against the national referential.
    assertThat(Checker.of(national).check(dossier, LocalDate.of(2026, 3, 16), Stage.CANDIDATURE).findings())
        .isEqualTo(dossierReport.findings());
    assertExample("conformity-report-marie-marvingt.json", dossierReportJson);

    // --- label-life: plan ---
    AuditPlan plan = json.read(AuditPlan.class, examples.resolve("audit-plan-marie-marvingt.json"));
    AuditorPool auditors = json.read(AuditorPool.class, examples.resolve("auditor-pool-normandie.json"));
    Checker<AuditFile> auditChecker = Checker.of(DocumentKind.AUDIT_FILE, referential);
    AuditFile planned = AuditFile.builder().plan(plan).auditorPool(auditors).build();
    auditChecker.check(planned, LocalDate.of(2026, 4, 21)).findings();   // none

    AuditPlan late = AuditPlan.builder().from(plan).sentDate(LocalDate.of(2026, 5, 4)).build();
    auditChecker.check(AuditFile.builder().from(planned).plan(late).build(), LocalDate.of(2026, 5, 4))
        .findings();   // MINOR_GAP LDM-A-010 /plan/sentDate: to be sent by 2026-04-27
    // --- end ---

    assertThat(auditChecker.check(planned, LocalDate.of(2026, 4, 21)).findings()).isEmpty();
    List<Finding> latePlan = auditChecker.check(AuditFile.builder().from(planned).plan(late).build(),
        LocalDate.of(2026, 5, 4)).findings();
    assertThat(describe(latePlan)).containsExactly("MINOR_GAP LDM-A-010 /plan/sentDate");
    assertThat(latePlan.get(0).message()).contains("2026-05-04", "2026-04-27");

    // --- label-life: prefill ---
    AuditDashboard prefilled = DashboardPrefill.from(referential, dossier, plan);
    prefilled.entries().size();        // 51: each criterion, then each of its requirements
    DashboardEntry foquale = prefilled.entries().stream()
        .filter(e -> e.requirementId().equals(Optional.of("C7.R3")))
        .findFirst().orElseThrow();
    foquale.assessment();              // NOT_ASSESSED, prefilled: the auditors assess it on the day
    foquale.comment();                 // "Revue documentaire : aucune action ni aucun engagement [...]"
    // --- end ---

    assertThat(prefilled.entries()).hasSize(51)
        .allSatisfy(e -> assertThat(e.assessment()).isEqualTo(Assessment.NOT_ASSESSED))
        .allSatisfy(e -> assertThat(e.prefilled()).isTrue());
    assertThat(foquale.evidenceSeen()).isEmpty();
    assertThat(foquale.comment()).contains("Revue documentaire : aucune action ni aucun engagement du dossier"
        + " ne déclare répondre à cet attendu.");

    // --- label-life: audit day ---
    DashboardEntry assessed = DashboardEntry.builder().from(foquale)
        .assessment(Assessment.NON_CONFORMING)
        .prefilled(false)                  // assessed during the audit, not on the documents
        .comment("Aucune participation au réseau FOQUALE du bassin n'est formalisée ; les jeunes sortis"
            + " sans diplôme ne sont pas signalés à la plateforme de suivi.")
        .build();
    AuditDashboard dashboard = json.read(AuditDashboard.class,
        examples.resolve("audit-dashboard-marie-marvingt.json"));   // every line assessed
    // --- end ---

    assertThat(dashboard.entries()).contains(assessed).hasSameSizeAs(prefilled.entries());
    // The lines the auditors kept from the document review have the evidence the pre-fill found.
    assertThat(dashboard.entries()).filteredOn(DashboardEntry::prefilled).hasSize(31).allSatisfy(kept ->
        assertThat(prefilled.entries()).anySatisfy(line -> {
          assertThat(line.criterionId()).isEqualTo(kept.criterionId());
          assertThat(line.requirementId()).isEqualTo(kept.requirementId());
          assertThat(line.evidenceSeen()).isEqualTo(kept.evidenceSeen());
        }));

    // --- label-life: summary ---
    AuditSummary summary = json.read(AuditSummary.class, examples.resolve("audit-summary-marie-marvingt.json"));
    summary.gaps();                          // E-01 MAJOR_GAP on C7.R3, E-02 and E-03 MINOR_GAP
    summary.axesAddressing("E-01");          // AX-01, owner Samira Benali, deadline 2026-12-18
    summary.majorGapsOpenOn(LocalDate.of(2026, 5, 22));   // E-01: not lifted when the report is sent
    AuditFile audited = AuditFile.builder().from(planned).dashboard(dashboard).summary(summary).build();
    auditChecker.check(audited, LocalDate.of(2026, 5, 22)).findings();   // none
    // --- end ---

    assertThat(summary.gaps()).extracting(Gap::id, Gap::severity, Gap::requirementId).containsExactly(
        tuple("E-01", Severity.MAJOR_GAP, "C7.R3"), tuple("E-02", Severity.MINOR_GAP, "C6.R2"),
        tuple("E-03", Severity.MINOR_GAP, "C5.R3"));
    assertThat(summary.axesAddressing("E-01")).singleElement().satisfies(axis -> {
      assertThat(axis.id()).isEqualTo("AX-01");
      assertThat(axis.owner().orElseThrow().lastName()).isEqualTo("Benali");
      assertThat(axis.deadline()).contains(LocalDate.of(2026, 12, 18));
    });
    assertThat(summary.majorGapsOpenOn(LocalDate.of(2026, 5, 22))).extracting(Gap::id).containsExactly("E-01");
    assertThat(summary.submissionDate()).contains(LocalDate.of(2026, 5, 22));
    assertThat(auditChecker.check(audited, LocalDate.of(2026, 5, 22)).findings()).isEmpty();

    // --- label-life: decision ---
    LabelDecision decision = json.read(LabelDecision.class, examples.resolve("label-decision-marie-marvingt.json"));
    LabelRecord record = LabelRecord.builder()
        .uai(decision.uai())
        .establishmentName(decision.establishmentName())
        .addAudits(HeldAudit.of(Stage.CANDIDATURE, plan.auditDate()))
        .addDecisions(decision)
        .build();                                                   // label-record-marie-marvingt.json
    AuditFile file = AuditFile.builder().from(audited).decision(decision).labelRecord(record).build();
    String fileJson = json.writeString(file);                      // audit-file-marie-marvingt.json
    ConformityReport report = auditChecker.check(file, LocalDate.of(2026, 7, 2));
    report.findings();                     // none
    report.labelStatus();                  // LABELLED

    LabelDecision tooEarly = LabelDecision.builder().from(decision).date(LocalDate.of(2026, 6, 1)).build();
    auditChecker.check(AuditFile.builder().from(file).decision(tooEarly).build(), LocalDate.of(2026, 6, 1))
        .findings();   // MAJOR_GAP LDM-A-040 /summary/gaps/0/liftedOn: E-01 is lifted on 2026-06-08 only
    // --- end ---

    assertThat(record).isEqualTo(json.read(LabelRecord.class, examples.resolve("label-record-marie-marvingt.json")));
    assertThat(fileJson).isEqualTo(Files.readString(examples.resolve("audit-file-marie-marvingt.json")));
    assertThat(report.findings()).isEmpty();
    assertThat(report.labelStatus()).contains(LabelStatus.LABELLED);
    List<Finding> early = auditChecker.check(AuditFile.builder().from(file).decision(tooEarly).build(),
        LocalDate.of(2026, 6, 1)).findings();
    assertThat(describe(early)).containsExactly("MAJOR_GAP LDM-A-040 /summary/gaps/0/liftedOn");
    assertThat(early.get(0).requirementId()).contains("C7.R3");

    // --- label-life: record ---
    record.schedule(procedure);
    // FOLLOW_UP_1_YEAR due 2027-07-02 (school year 2026-2027), FOLLOW_UP_3_YEARS 2029-07-02,
    // RENEWAL 2031-07-02: the decision date plus followUpAuditYears and renewalAuditYears
    decision.expiryDate(procedure);                      // 2031-07-02: plus labelValidityYears
    record.status(LocalDate.of(2026, 6, 1), procedure);  // AUDITED: the decision is awaited
    record.status(LocalDate.of(2026, 7, 2), procedure);  // LABELLED
    record.status(LocalDate.of(2026, 9, 1), procedure);  // FOLLOW_UP_DUE: in school year 2026-2027
    record.status(LocalDate.of(2027, 9, 1), procedure);  // OVERDUE, if no follow-up audit is recorded
    ConformityReport due = auditChecker.check(file, LocalDate.of(2026, 9, 1));
    due.findings();          // INFO LDM-A-050 /labelRecord/audits: the one-year follow-up audit is due
    String dueJson = json.writeString(due);                        // conformity-report-audit-marie-marvingt.json
    // --- end ---

    assertThat(record.schedule(procedure))
        .extracting(ScheduledAudit::stage, ScheduledAudit::dueDate, s -> s.schoolYear().toString())
        .containsExactly(
            tuple(Stage.FOLLOW_UP_1_YEAR, LocalDate.of(2027, 7, 2), "2026-2027"),
            tuple(Stage.FOLLOW_UP_3_YEARS, LocalDate.of(2029, 7, 2), "2028-2029"),
            tuple(Stage.RENEWAL, LocalDate.of(2031, 7, 2), "2030-2031"));
    assertThat(decision.expiryDate(procedure)).contains(LocalDate.of(2031, 7, 2));
    assertThat(record.status(LocalDate.of(2026, 6, 1), procedure)).isEqualTo(LabelStatus.AUDITED);
    assertThat(record.status(LocalDate.of(2026, 7, 2), procedure)).isEqualTo(LabelStatus.LABELLED);
    assertThat(record.status(LocalDate.of(2026, 9, 1), procedure)).isEqualTo(LabelStatus.FOLLOW_UP_DUE);
    assertThat(record.status(LocalDate.of(2027, 9, 1), procedure)).isEqualTo(LabelStatus.OVERDUE);
    assertThat(describe(due.findings())).containsExactly("INFO LDM-A-050 /labelRecord/audits");
    assertThat(due.findings().get(0).source()).contains(national.source());
    assertThat(due.labelStatus()).contains(LabelStatus.FOLLOW_UP_DUE);
    assertThat(describe(auditChecker.check(file, LocalDate.of(2027, 9, 1)).findings()))
        .containsExactly("MINOR_GAP LDM-A-051 /labelRecord/audits");
    assertExample("conformity-report-audit-marie-marvingt.json", dueJson);

    // --- label-life: annual review ---
    AnnualReview review = json.read(AnnualReview.class,
        examples.resolve("annual-review-marie-marvingt-2026-2027.json"));   // school year 2026-2027
    Checker<AnnualReview> reviewChecker = Checker.of(DocumentKind.ANNUAL_REVIEW, referential);
    reviewChecker.check(review).findings();       // none, as of its date, 2027-07-02

    AnnualReview unpresented = AnnualReview.builder().from(review)
        .presentations(review.presentations().subList(0, 1))   // to the teaching council only
        .build();
    reviewChecker.check(unpresented).findings();  // TO_COMPLETE LDM-R-010 /presentations

    IndicatorHistory history = IndicatorHistory.of(dossier, List.of(review));
    history.indicatorIds();        // C4.A1.I1, C4.E1.I1, C7.A1.I1, then C7.N1, which the review adds
    history.series("C4.A1.I1").orElseThrow().values();   // 3 in 2019-2020, 14, 22, then 24 in 2026-2027
    LocalDate reviewed = review.date().orElseThrow();
    history.status("C4.E1.I1", reviewed);   // ON_TRACK: 4, above the 2.8 of the line from 2 (N) to 6 (N+5)
    history.status("C4.A1.I1", reviewed);   // BEHIND: 24, short of the target 25 due at N+5
    history.status("C7.N1", reviewed);      // ON_TRACK: no target, and no worse than its first value
    history.status("C4.A1.I1", LocalDate.of(2028, 9, 1));   // NO_RECENT_MEASURE: no 2027-2028 review
    // --- end ---

    assertThat(review.presentations()).extracting(BodyPresentation::body)
        .containsExactly(SchoolBody.TEACHING_COUNCIL, SchoolBody.BOARD);
    ConformityReport reviewReport = reviewChecker.check(review);
    assertThat(reviewReport.asOf()).isEqualTo(LocalDate.of(2027, 7, 2));
    assertThat(reviewReport.findings()).isEmpty();
    List<Finding> unpresentedFindings = reviewChecker.check(unpresented).findings();
    assertThat(describe(unpresentedFindings)).containsExactly("TO_COMPLETE LDM-R-010 /presentations");
    assertThat(history.indicatorIds()).containsExactly("C4.A1.I1", "C4.E1.I1", "C7.A1.I1", "C7.N1");
    assertThat(history.series("C4.A1.I1").orElseThrow().values()).containsExactly(
        entry(SchoolYear.parse("2019-2020"), new BigDecimal("3")), entry(SchoolYear.parse("2022-2023"), new BigDecimal("14")),
        entry(SchoolYear.parse("2024-2025"), new BigDecimal("22")), entry(SchoolYear.parse("2026-2027"), new BigDecimal("24")));
    assertThat(history.series("C4.E1.I1").orElseThrow().values()).containsExactly(
        entry(SchoolYear.parse("2025-2026"), new BigDecimal("2")), entry(SchoolYear.parse("2026-2027"), new BigDecimal("4")));
    assertThat(history.series("C4.E1.I1").orElseThrow().target()).contains(new BigDecimal("6"));
    assertThat(history.series("C4.A1.I1").orElseThrow().target()).contains(new BigDecimal("25"));
    assertThat(history.series("C7.N1").orElseThrow().target()).isEmpty();
    assertThat(reviewed).isEqualTo(LocalDate.of(2027, 7, 2));
    assertThat(history.status("C4.E1.I1", reviewed)).contains(IndicatorStatus.ON_TRACK);
    assertThat(history.status("C4.A1.I1", reviewed)).contains(IndicatorStatus.BEHIND);
    assertThat(history.status("C7.N1", reviewed)).contains(IndicatorStatus.ON_TRACK);
    assertThat(history.status("C4.A1.I1", LocalDate.of(2028, 9, 1))).contains(IndicatorStatus.NO_RECENT_MEASURE);

    // --- label-life: follow-up ---
    AuditPlan followUpPlan = AuditPlan.builder().from(plan)   // the same team and interviewees
        .stage(Stage.FOLLOW_UP_1_YEAR)
        .auditDate(LocalDate.of(2027, 5, 18))
        .sentDate(LocalDate.of(2027, 4, 27))
        .dossierReceivedDate(LocalDate.of(2027, 4, 6))
        .build();
    AuditDashboard followUp = AuditDashboard.builder()
        .from(followUpPlan)                // establishment, referential, stage and date of the audit
        .addEntries(
            DashboardEntry.builder().criterionId("C7").requirementId("C7.R3")
                .assessment(Assessment.CONFORMING).addReassessedGapIds("E-01").addReassessedAxisIds("AX-01")
                .comment("Convention signée avec le réseau FOQUALE du bassin ; signalements mensuels.").build(),
            DashboardEntry.builder().criterionId("C6").requirementId("C6.R2")
                .assessment(Assessment.PARTLY_CONFORMING).addReassessedGapIds("E-02").addReassessedAxisIds("AX-02")
                .comment("Deux professeurs d'atelier ont préparé les mobilités ; à étendre.").build(),
            DashboardEntry.builder().criterionId("C5").requirementId("C5.R3")
                .assessment(Assessment.CONFORMING).addReassessedGapIds("E-03").addReassessedAxisIds("AX-03")
                .build(),
            DashboardEntry.builder().criterionId("C1").requirementId("C1.R4")
                .assessment(Assessment.CONFORMING).addReassessedAxisIds("AX-04").build(),
            DashboardEntry.builder().criterionId("C4").requirementId("C4.R5")
                .assessment(Assessment.CONFORMING).addReassessedAxisIds("AX-05").build())
        .build();
    LabelRecord followedUp = LabelRecord.builder().from(record)
        .addAudits(HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, followUp.auditDate()))
        .build();
    AuditFile followUpFile = AuditFile.builder()
        .plan(followUpPlan).dashboard(followUp)
        .previousSummary(summary)          // the gaps and axes this audit re-assesses
        .labelRecord(followedUp)
        .build();
    auditChecker.check(followUpFile, LocalDate.of(2027, 5, 18)).findings();   // none; LABELLED

    AuditDashboard forgetful = AuditDashboard.builder().from(followUp)
        .entries(followUp.entries().subList(0, 4))   // AX-05 left out
        .build();
    auditChecker.check(AuditFile.builder().from(file).labelRecord(followedUp).nextDashboard(forgetful).build(),
        LocalDate.of(2027, 5, 18)).findings();   // MINOR_GAP LDM-A-062 /summary/improvementAxes/4
    // --- end ---

    ConformityReport followUpReport = auditChecker.check(followUpFile, LocalDate.of(2027, 5, 18));
    assertThat(followUpReport.findings()).isEmpty();
    assertThat(followUpReport.stage()).contains(Stage.FOLLOW_UP_1_YEAR);
    assertThat(followUpReport.labelStatus()).contains(LabelStatus.LABELLED);
    // Without the previous summary's re-assessment, the loop is open.
    assertThat(describe(auditChecker.check(AuditFile.builder().from(followUpFile).dashboard(forgetful).build(),
        LocalDate.of(2027, 5, 18)).findings()))
        .containsExactly("MINOR_GAP LDM-A-062 /previousSummary/improvementAxes/4");
    List<Finding> loop = auditChecker.check(
        AuditFile.builder().from(file).labelRecord(followedUp).nextDashboard(forgetful).build(),
        LocalDate.of(2027, 5, 18)).findings();
    assertThat(describe(loop)).containsExactly("MINOR_GAP LDM-A-062 /summary/improvementAxes/4");
    assertThat(loop.get(0).arguments()).contains("AX-05");
    assertThat(auditChecker.check(AuditFile.builder().from(file).labelRecord(followedUp).nextDashboard(followUp)
        .build(), LocalDate.of(2027, 5, 18)).findings()).isEmpty();

    // --- label-life: three years ---
    LabelRecord followedUpTwice = LabelRecord.builder().from(followedUp)
        .addAudits(HeldAudit.of(Stage.FOLLOW_UP_3_YEARS, LocalDate.of(2029, 3, 13)))
        .build();
    followedUpTwice.status(LocalDate.of(2029, 3, 13), procedure);   // LABELLED
    followedUpTwice.status(LocalDate.of(2030, 9, 1), procedure);    // FOLLOW_UP_DUE: the renewal audit
    followedUpTwice.status(LocalDate.of(2031, 7, 2), procedure);    // EXPIRED, if it is not renewed
    // --- end ---

    assertThat(followedUpTwice.status(LocalDate.of(2029, 3, 13), procedure)).isEqualTo(LabelStatus.LABELLED);
    assertThat(followedUpTwice.status(LocalDate.of(2030, 9, 1), procedure)).isEqualTo(LabelStatus.FOLLOW_UP_DUE);
    assertThat(followedUpTwice.status(LocalDate.of(2031, 7, 2), procedure)).isEqualTo(LabelStatus.EXPIRED);
    assertThat(followedUpTwice.schedule(procedure)).extracting(ScheduledAudit::isDone)
        .containsExactly(true, true, false);
    assertThat(describe(auditChecker.check(AuditFile.builder().from(file).labelRecord(followedUpTwice).build(),
        LocalDate.of(2031, 7, 2)).findings())).containsExactly("INFO LDM-A-052 /labelRecord/decisions/0");

    // --- label-life: review file ---
    ReviewFile followed = json.read(ReviewFile.class, examples.resolve("review-file-marie-marvingt.json"));
    Checker<ReviewFile> fileChecker = Checker.of(DocumentKind.REVIEW_FILE, referential);
    fileChecker.check(followed).findings();   // none, as of its date, 2028-09-20
    followed.indicatorHistory().orElseThrow()
        .status("C4.A1.I1", LocalDate.of(2028, 9, 20));   // REACHED: 25 in 2027-2028, the target

    ReviewFile oneMissing = ReviewFile.builder().from(followed)
        .reviews(followed.reviews().subList(1, 2))   // the review of 2027-2028 only
        .build();
    fileChecker.check(oneMissing).findings();   // TO_COMPLETE LDM-R-110 /reviews: none for 2026-2027
    // --- end ---

    assertThat(fileChecker.check(followed).findings()).isEmpty();
    assertThat(fileChecker.check(followed).asOf()).isEqualTo(LocalDate.of(2028, 9, 20));
    assertThat(followed.indicatorHistory().orElseThrow().status("C4.A1.I1", LocalDate.of(2028, 9, 20)))
        .contains(IndicatorStatus.REACHED);
    List<Finding> missing = fileChecker.check(oneMissing).findings();
    assertThat(describe(missing)).containsExactly("TO_COMPLETE LDM-R-110 /reviews");
    assertThat(missing.get(0).arguments()).first().hasToString("2026-2027");

    // --- label-life: renewal ---
    Dossier renewalDossier = Dossier.builder().from(dossier)
        .dossierKind(DossierKind.RENEWAL)
        .submissionDate(LocalDate.of(2031, 1, 12))
        .build();
    checker.check(renewalDossier)   // as of its submission date, at the renewal
        .counts().toComplete();   // 3: LDM-D-096, the N+5 measures of perennial actions are due

    LabelDecision renewal = LabelDecision.builder().from(decision)
        .date(LocalDate.of(2031, 6, 26))
        .dossierKind(DossierKind.RENEWAL)
        .labelTitle("Lycée des métiers de la maintenance des matériels, de l'énergie et des agroéquipements")
        .comment("Label renouvelé par le recteur après l'audit de renouvellement du 18 mars 2031.")
        .build();
    LabelRecord renewed = LabelRecord.builder().from(followedUpTwice)
        .addAudits(HeldAudit.of(Stage.RENEWAL, LocalDate.of(2031, 3, 18)))
        .addDecisions(renewal)
        .build();
    renewed.status(LocalDate.of(2031, 7, 2), procedure);   // LABELLED: a new cycle from 2031-06-26
    renewed.schedule(procedure);  // follow-ups due 2032-06-26 and 2034-06-26, renewal 2036-06-26
    // --- end ---

    ConformityReport renewalReport = checker.check(renewalDossier);
    assertThat(renewalReport.asOf()).isEqualTo(LocalDate.of(2031, 1, 12));
    assertThat(renewalReport.asOfBasis()).isEqualTo(AsOfBasis.DOCUMENT_DATE);
    assertThat(renewalReport.stage()).contains(Stage.RENEWAL);
    assertThat(renewalReport.findings())
        .isEqualTo(checker.check(renewalDossier, LocalDate.of(2031, 1, 12), Stage.RENEWAL).findings());
    assertThat(renewalReport.counts().toComplete()).isEqualTo(3);
    assertThat(renewalReport.counts().notSubmittable()).isZero();
    assertThat(renewalReport.readyForAudit()).isTrue();
    assertThat(renewalReport.findings()).filteredOn(f -> f.severity() == Severity.TO_COMPLETE)
        .extracting(Finding::ruleId).containsOnly("LDM-D-096");
    assertThat(renewed.status(LocalDate.of(2031, 7, 2), procedure)).isEqualTo(LabelStatus.LABELLED);
    assertThat(renewed.lastGrant(LocalDate.of(2031, 7, 2))).contains(renewal);
    assertThat(renewed.schedule(procedure)).extracting(ScheduledAudit::stage, ScheduledAudit::dueDate, ScheduledAudit::isDone)
        .containsExactly(
            tuple(Stage.FOLLOW_UP_1_YEAR, LocalDate.of(2032, 6, 26), false),
            tuple(Stage.FOLLOW_UP_3_YEARS, LocalDate.of(2034, 6, 26), false),
            tuple(Stage.RENEWAL, LocalDate.of(2036, 6, 26), false));
    assertThat(renewal.expiryDate(procedure)).contains(LocalDate.of(2036, 6, 26));
  }

  /**
   * The Java blocks of docs/label-life.md are, in order, the marked regions of the test above,
   * after the imports that open each block (ldm-architecture's DocSnippetsTest checks those); but
   * those after {@code <!-- compiled by ldm-report ... -->}, which need the reports, are
   * ldm-report's FollowUpDocTest's.
   */
  @Test
  void theJavaOfThePageIsTheCodeOfThisTest() throws IOException {
    List<String> blocks = new ArrayList<>();
    // A block marked as compiled in ldm-report (the follow-up report) is that module's test's.
    Matcher m = Pattern.compile("(<!-- compiled by ldm-report[^>]*-->\n)?```java\n(?:import [^\n]*\n)*\n?(.*?)```",
            Pattern.DOTALL)
        .matcher(Files.readString(DOC));
    while (m.find()) {
      if (m.group(1) == null) {
        blocks.add(m.group(2));
      }
    }
    List<String> regions = new ArrayList<>();
    Matcher r = Pattern.compile("\n( *)// --- label-life: [a-z -]+ ---\n(.*?)\n *// --- end ---", Pattern.DOTALL)
        .matcher(Files.readString(SOURCE));
    while (r.find()) {
      String indent = r.group(1);
      StringBuilder region = new StringBuilder();
      for (String line : r.group(2).split("\n", -1)) {
        region.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
      }
      regions.add(region.toString());
    }
    assertThat(regions).hasSize(13);
    assertThat(blocks).containsExactlyElementsOf(regions);
  }
}
