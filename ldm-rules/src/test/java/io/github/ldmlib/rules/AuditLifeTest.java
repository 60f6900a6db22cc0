package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.AuditFixtures.AS_OF;
import static io.github.ldmlib.rules.AuditFixtures.CHECKER;
import static io.github.ldmlib.rules.AuditFixtures.FILE;
import static io.github.ldmlib.rules.AuditFixtures.FOLLOW_UP_DASHBOARD;
import static io.github.ldmlib.rules.AuditFixtures.FOLLOW_UP_FILE;
import static io.github.ldmlib.rules.AuditFixtures.SUMMARY;
import static io.github.ldmlib.rules.AuditFixtures.UAI;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.LabelStatus;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.DashboardEntry;
import io.github.ldmlib.model.audit.DecisionOutcome;
import io.github.ldmlib.model.audit.Gap;
import io.github.ldmlib.model.audit.HeldAudit;
import io.github.ldmlib.model.audit.ImprovementAxis;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.ProcessParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The label's life: follow-up audits due or overdue on a date (across a leap year and school-year
 * boundaries), expiry and renewal, and the loop from gap to improvement axis to re-assessment.
 */
class AuditLifeTest {

  private static LabelRecord granted(LocalDate date, HeldAudit... audits) {
    return LabelRecord.builder().uai(UAI)
        .addDecisions(AuditFixtures.decision(DecisionOutcome.GRANTED, date, DossierKind.INITIAL))
        .addAudits(audits).build();
  }

  private static ConformityReport recordOnly(LabelRecord record, LocalDate asOf) {
    return CHECKER.check(AuditFile.builder().labelRecord(record).build(), asOf);
  }

  /** The schedule findings as "rule stage-argument school-year due-date". */
  private static List<String> schedule(LabelRecord record, LocalDate asOf) {
    return recordOnly(record, asOf).findings().stream()
        .map(f -> f.ruleId() + " " + String.join(" ", f.arguments())).toList();
  }

  @Nested
  class FollowUp {
    /** Granted on 29 February 2024: the one-year follow-up falls due on 28 February 2025, in 2024-2025. */
    private final LabelRecord leapDay = granted(LocalDate.of(2024, 2, 29));

    @Test
    void nothingIsDueBeforeTheSchoolYearOfTheDueDate() {
      assertThat(schedule(leapDay, LocalDate.of(2024, 8, 31))).isEmpty();
      assertThat(recordOnly(leapDay, LocalDate.of(2024, 8, 31)).labelStatus()).contains(LabelStatus.LABELLED);
    }

    @Test
    void aFollowUpDueOnTheTwentyEighthOfFebruaryIsDueFromTheFirstOfSeptember() {
      ConformityReport report = recordOnly(leapDay, LocalDate.of(2024, 9, 1));
      Finding f = report.findings().get(0);
      assertThat(report.findings()).hasSize(1);
      assertThat(f.ruleId()).isEqualTo("LDM-A-050");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.pointer()).hasToString("/labelRecord/audits");
      assertThat(f.message()).isEqualTo(
          "L’audit de suivi à un an est à réaliser pendant l’année scolaire 2024-2025 (échéance le 2025-02-28).");
      assertThat(CHECKER.check(AuditFile.builder().labelRecord(leapDay).build(), LocalDate.of(2024, 9, 1), Locale.ENGLISH)
          .findings().get(0).message()).isEqualTo("The one-year follow-up audit is due in school year 2024-2025 (due date 2025-02-28).");
      assertThat(report.verdict()).isEqualTo(io.github.ldmlib.model.conformity.Verdict.CONFORMING);
      assertThat(report.labelStatus()).contains(LabelStatus.FOLLOW_UP_DUE);
    }

    @Test
    void itStaysDueToTheLastDayOfThatSchoolYearAndIsOverdueTheDayAfter() {
      assertThat(schedule(leapDay, LocalDate.of(2025, 8, 31)))
          .containsExactly("LDM-A-050 audit de suivi à un an 2024-2025 2025-02-28");
      ConformityReport overdue = recordOnly(leapDay, LocalDate.of(2025, 9, 1));
      assertThat(overdue.findings()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("LDM-A-051");
        assertThat(f.severity()).isEqualTo(Severity.MINOR_GAP);
        assertThat(f.message()).isEqualTo("L’audit de suivi à un an devait être réalisé pendant l’année scolaire "
            + "2024-2025 (échéance le 2025-02-28) ; il n’a pas eu lieu.");
      });
      assertThat(overdue.labelStatus()).contains(LabelStatus.OVERDUE);
    }

    @Test
    void aFollowUpHeldIsNeitherDueNorOverdueAndTheNextOneFollows() {
      LabelRecord held = granted(LocalDate.of(2024, 2, 29), HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, LocalDate.of(2025, 1, 14)));
      assertThat(schedule(held, LocalDate.of(2025, 9, 1))).isEmpty();
      // three years after 29 February 2024 is 28 February 2027, in school year 2026-2027
      assertThat(schedule(held, LocalDate.of(2026, 9, 1)))
          .containsExactly("LDM-A-050 audit de suivi à trois ans 2026-2027 2027-02-28");
    }

    @Test
    void aFollowUpHeldAfterTheDateOfTheCheckDoesNotCountYet() {
      LabelRecord heldLater = granted(LocalDate.of(2024, 2, 29), HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, LocalDate.of(2025, 9, 15)));
      assertThat(schedule(heldLater, LocalDate.of(2025, 9, 1)))
          .containsExactly("LDM-A-051 audit de suivi à un an 2024-2025 2025-02-28");
    }

    @Test
    void aDecisionInJulyMakesTheFollowUpDueInTheNextSchoolYearAlready() {
      LabelRecord july = granted(LocalDate.of(2024, 7, 4));
      assertThat(schedule(july, LocalDate.of(2024, 8, 31))).isEmpty();
      assertThat(schedule(july, LocalDate.of(2024, 9, 1)))
          .containsExactly("LDM-A-050 audit de suivi à un an 2024-2025 2025-07-04");
      assertThat(schedule(july, LocalDate.of(2025, 9, 1)))
          .containsExactly("LDM-A-051 audit de suivi à un an 2024-2025 2025-07-04");
    }

    @Test
    void aDecisionInSeptemberMakesItDueASchoolYearLater() {
      LabelRecord september = granted(LocalDate.of(2024, 9, 10));
      assertThat(schedule(september, LocalDate.of(2025, 8, 31))).isEmpty();
      assertThat(schedule(september, LocalDate.of(2025, 9, 1)))
          .containsExactly("LDM-A-050 audit de suivi à un an 2025-2026 2025-09-10");
    }

    @Test
    void theRenewalAuditFallsDueInTheSchoolYearOfTheFifthAnniversary() {
      LabelRecord followedUp = granted(LocalDate.of(2024, 9, 10),
          HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, LocalDate.of(2025, 10, 1)),
          HeldAudit.of(Stage.FOLLOW_UP_3_YEARS, LocalDate.of(2027, 10, 5)));
      assertThat(schedule(followedUp, LocalDate.of(2029, 8, 31))).isEmpty();
      assertThat(schedule(followedUp, LocalDate.of(2029, 9, 1)))
          .containsExactly("LDM-A-050 audit de renouvellement 2029-2030 2029-09-10");
      // on the fifth anniversary the label expires: the expiry is reported, the schedule no longer
      assertThat(schedule(followedUp, LocalDate.of(2029, 9, 10))).containsExactly("LDM-A-052 2024-09-10 2029-09-10");
    }

    @Test
    void withoutFollowUpParametersTheScheduleRulesDoNotApply() {
      Checker<AuditFile> noFollowUp = Checker.of(DocumentKind.AUDIT_FILE, AuditFixtures.referential(AuditFixtures.aixMarseille2012()
          .followUpAuditYears(List.of()).renewalAuditYears(java.util.OptionalInt.empty()).build()));
      assertThat(noFollowUp.check(AuditFile.builder().labelRecord(leapDay).build(), LocalDate.of(2025, 9, 1)).findings())
          .isEmpty();
    }
  }

  @Nested
  class ExpiryAndRenewal {
    private final LabelRecord old = granted(LocalDate.of(2019, 6, 3),
        HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, LocalDate.of(2020, 5, 12)),
        HeldAudit.of(Stage.FOLLOW_UP_3_YEARS, LocalDate.of(2022, 5, 17)));

    @Test
    void aLabelExpiresAfterItsValidityAndItsScheduleIsNoLongerReported() {
      // the renewal audit was due on 2024-06-03, in school year 2023-2024, and is overdue the day before expiry
      assertThat(schedule(old, LocalDate.of(2024, 6, 2))).containsExactly(
          "LDM-A-050 audit de renouvellement 2023-2024 2024-06-03");
      ConformityReport expired = recordOnly(old, LocalDate.of(2024, 6, 3));
      assertThat(expired.findings()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("LDM-A-052");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.pointer()).hasToString("/labelRecord/decisions/0");
        assertThat(f.message()).isEqualTo("Le label attribué le 2019-06-03 a expiré le 2024-06-03 sans être renouvelé.");
      });
      assertThat(expired.labelStatus()).contains(LabelStatus.EXPIRED);
    }

    @Test
    void aRenewalOpensANewCycleWithANewTitle() {
      LabelRecord renewed = LabelRecord.builder().from(old)
          .addAudits(HeldAudit.of(Stage.RENEWAL, LocalDate.of(2024, 3, 19)))
          .addDecisions(io.github.ldmlib.model.audit.LabelDecision.builder()
              .from(AuditFixtures.decision(DecisionOutcome.GRANTED, LocalDate.of(2024, 5, 28), DossierKind.RENEWAL))
              .labelTitle("Lycée des métiers de la mer et du littoral").build())
          .build();
      assertThat(recordOnly(renewed, LocalDate.of(2024, 6, 3)).findings()).isEmpty();
      assertThat(recordOnly(renewed, LocalDate.of(2024, 6, 3)).labelStatus()).contains(LabelStatus.LABELLED);
      assertThat(schedule(renewed, LocalDate.of(2024, 9, 2)))
          .containsExactly("LDM-A-050 audit de suivi à un an 2024-2025 2025-05-28");
    }

    @Test
    void withoutValidityTheExpiryIsNotReportedAndTheStatusIsUnknown() {
      Checker<AuditFile> noValidity = Checker.of(DocumentKind.AUDIT_FILE, AuditFixtures.referential(AuditFixtures.aixMarseille2012()
          .labelValidityYears(java.util.OptionalInt.empty()).build()));
      ConformityReport report = noValidity.check(AuditFile.builder().labelRecord(old).build(), LocalDate.of(2024, 9, 2));
      // the schedule still applies: the renewal audit, due on 2024-06-03, was not held
      assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("LDM-A-051");
      assertThat(report.labelStatus()).isEmpty();
    }
  }

  @Nested
  class TheLoop {
    private AuditFile withNext(AuditDashboard next) {
      return AuditFile.builder().from(FILE).nextDashboard(next).build();
    }

    @Test
    void everyGapAndAxisReassessedByTheNextDashboardClosesTheLoop() {
      assertThat(CHECKER.check(withNext(FOLLOW_UP_DASHBOARD), AS_OF).findings()).isEmpty();
    }

    @Test
    void aGapLeftOutOfTheNextDashboardIsReported() {
      List<DashboardEntry> entries = new ArrayList<>(FOLLOW_UP_DASHBOARD.entries());
      entries.set(3, DashboardEntry.builder().from(entries.get(3)).reassessedGapIds(List.of()).build());
      ConformityReport report = CHECKER.check(withNext(AuditDashboard.builder().from(FOLLOW_UP_DASHBOARD).entries(entries).build()), AS_OF);
      assertThat(report.findings()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("LDM-A-062");
        assertThat(f.pointer()).hasToString("/summary/gaps/1");
        assertThat(f.criterionId()).contains("C4");
        assertThat(f.requirementId()).contains("C4.R2");
        assertThat(f.message()).isEqualTo("L’écart E-02 n’est réévalué par aucune ligne du tableau de bord de "
            + "l’audit de suivi à un an du 2026-03-10.");
      });
    }

    @Test
    void anAxisLeftOutOfTheFollowUpDashboardIsReportedOnThePreviousSummary() {
      List<DashboardEntry> entries = new ArrayList<>(FOLLOW_UP_DASHBOARD.entries());
      entries.set(0, DashboardEntry.builder().from(entries.get(0)).reassessedAxisIds(List.of()).build());
      AuditFile file = AuditFile.builder().from(FOLLOW_UP_FILE)
          .dashboard(AuditDashboard.builder().from(FOLLOW_UP_DASHBOARD).entries(entries).build()).build();
      assertThat(CHECKER.check(file, LocalDate.of(2026, 6, 30)).findings()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("LDM-A-062");
        assertThat(f.pointer()).hasToString("/previousSummary/improvementAxes/0");
        assertThat(f.criterionId()).contains("C1");
        assertThat(f.messageKey()).isEqualTo("LDM-A-062.axisNotReassessed");
      });
    }

    @Test
    void aGapWithoutAnAxisIsReportedUntilItIsLifted() {
      AuditFile file = AuditFile.builder().from(FILE).summary(AuditSummary.builder().from(SUMMARY)
          .improvementAxes(List.of(SUMMARY.improvementAxes().get(0), SUMMARY.improvementAxes().get(1),
              SUMMARY.improvementAxes().get(2), SUMMARY.improvementAxes().get(4), SUMMARY.improvementAxes().get(5)))
          .build()).build();
      ConformityReport report = CHECKER.check(file, AS_OF);
      assertThat(report.findings()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("LDM-A-060");
        assertThat(f.severity()).isEqualTo(Severity.OBSERVATION);
        assertThat(f.pointer()).hasToString("/summary/gaps/1");
        assertThat(f.criterionId()).contains("C4");
        assertThat(f.message()).isEqualTo("L’écart E-02 ne donne lieu à aucun axe de progrès : la boucle "
            + "d’amélioration n’est pas fermée.");
      });
      // E-01 is addressed by AX-03; without it, E-01, lifted on 2025-05-20, needs no axis from that day on
      AuditFile withoutAx03 = AuditFile.builder().from(file).summary(AuditSummary.builder().from(file.summary().get())
          .improvementAxes(List.of(SUMMARY.improvementAxes().get(0), SUMMARY.improvementAxes().get(1),
              ImprovementAxis.builder().from(SUMMARY.improvementAxes().get(2)).gapIds(List.of()).build(),
              SUMMARY.improvementAxes().get(4), SUMMARY.improvementAxes().get(5))).build()).build();
      assertThat(CHECKER.check(withoutAx03, LocalDate.of(2025, 5, 19)).findingsOfRule("LDM-A-060"))
          .extracting(f -> f.pointer().toString()).containsExactly("/summary/gaps/0", "/summary/gaps/1");
      assertThat(CHECKER.check(withoutAx03, LocalDate.of(2025, 5, 20)).findingsOfRule("LDM-A-060"))
          .extracting(f -> f.pointer().toString()).containsExactly("/summary/gaps/1");
    }

    @Test
    void anAxisWithoutOwnerOrDeadline() {
      List<ImprovementAxis> axes = new ArrayList<>(SUMMARY.improvementAxes());
      axes.set(3, ImprovementAxis.builder().from(axes.get(3)).owner(Optional.empty()).deadline(Optional.empty()).build());
      ConformityReport report = CHECKER.check(AuditFile.builder().from(FILE)
          .summary(AuditSummary.builder().from(SUMMARY).improvementAxes(axes).build()).build(), AS_OF);
      assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.pointer()).containsExactly(
          "LDM-A-061 /summary/improvementAxes/3/deadline", "LDM-A-061 /summary/improvementAxes/3/owner");
      assertThat(report.findings()).extracting(Finding::message).containsExactly(
          "L’axe de progrès AX-04 n’a pas d’échéance.", "L’axe de progrès AX-04 n’a pas de responsable.");
      assertThat(report.criterion("C4").orElseThrow().counts().observations()).isEqualTo(2);
    }

    @Test
    void theWholeLoopFromGapToAxisToTheNextDashboard() {
      // a new minor gap on C6 at the candidature...
      Gap gap = AuditFixtures.gap("E-03", Severity.MINOR_GAP, "C6", "C6.R2", "Le campus n'est pas associé aux actions");
      AuditSummary withGap = AuditSummary.builder().from(SUMMARY).addGaps(gap).build();
      AuditFile open = AuditFile.builder().from(FILE).summary(withGap).nextDashboard(FOLLOW_UP_DASHBOARD).build();
      assertThat(CHECKER.check(open, AS_OF).findings()).extracting(f -> f.ruleId() + " " + f.pointer())
          .containsExactly("LDM-A-060 /summary/gaps/2", "LDM-A-062 /summary/gaps/2");

      // ...leads to an improvement axis with an owner and a deadline...
      ImprovementAxis axis = AuditFixtures.axis("AX-07", "C6", "Associer le campus aux actions de l'établissement", "E-03");
      AuditSummary withAxis = AuditSummary.builder().from(withGap).addImprovementAxes(axis).build();
      AuditFile contracted = AuditFile.builder().from(open).summary(withAxis).build();
      assertThat(CHECKER.check(contracted, AS_OF).findings()).extracting(f -> f.ruleId() + " " + f.pointer())
          .containsExactly("LDM-A-062 /summary/gaps/2", "LDM-A-062 /summary/improvementAxes/6");

      // ...which the next follow-up audit re-assesses
      List<DashboardEntry> entries = new ArrayList<>(FOLLOW_UP_DASHBOARD.entries());
      entries.set(5, DashboardEntry.builder().from(entries.get(5)).requirementId("C6.R2")
          .addReassessedGapIds("E-03").addReassessedAxisIds("AX-07").build());
      AuditFile closed = AuditFile.builder().from(contracted)
          .nextDashboard(AuditDashboard.builder().from(FOLLOW_UP_DASHBOARD).entries(entries).build()).build();
      assertThat(CHECKER.check(closed, AS_OF).findings()).isEmpty();
    }
  }

  @Test
  void theParametersAreReadFromTheReferentialNeverAssumed() {
    ProcessParameters none = ProcessParameters.none();
    Checker<AuditFile> bare = Checker.of(DocumentKind.AUDIT_FILE, AuditFixtures.referential(none));
    LabelRecord record = granted(LocalDate.of(2019, 6, 3));
    ConformityReport report = bare.check(AuditFile.builder().labelRecord(record).build(), LocalDate.of(2030, 1, 1));
    assertThat(report.findings()).isEmpty();
    assertThat(report.labelStatus()).isEmpty();
  }
}
