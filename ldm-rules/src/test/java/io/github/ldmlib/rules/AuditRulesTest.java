package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.AuditFixtures.AS_OF;
import static io.github.ldmlib.rules.AuditFixtures.AUDIT_DATE;
import static io.github.ldmlib.rules.AuditFixtures.CHECKER;
import static io.github.ldmlib.rules.AuditFixtures.DASHBOARD;
import static io.github.ldmlib.rules.AuditFixtures.DECISION;
import static io.github.ldmlib.rules.AuditFixtures.FILE;
import static io.github.ldmlib.rules.AuditFixtures.FOLLOW_UP_DASHBOARD;
import static io.github.ldmlib.rules.AuditFixtures.FOLLOW_UP_FILE;
import static io.github.ldmlib.rules.AuditFixtures.LEAD;
import static io.github.ldmlib.rules.AuditFixtures.PLAN;
import static io.github.ldmlib.rules.AuditFixtures.POOL;
import static io.github.ldmlib.rules.AuditFixtures.RECORD;
import static io.github.ldmlib.rules.AuditFixtures.REFERENTIAL;
import static io.github.ldmlib.rules.AuditFixtures.SUMMARY;
import static io.github.ldmlib.rules.AuditFixtures.UAI;
import static io.github.ldmlib.rules.AuditFixtures.check;
import static io.github.ldmlib.rules.AuditFixtures.withAuditor;
import static io.github.ldmlib.rules.AuditFixtures.withPlan;
import static io.github.ldmlib.rules.AuditFixtures.withSummary;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditParticipation;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.AuditRole;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.AuditTeamMember;
import io.github.ldmlib.model.audit.Auditor;
import io.github.ldmlib.model.audit.AuditorCategory;
import io.github.ldmlib.model.audit.AuditorPool;
import io.github.ldmlib.model.audit.DashboardEntry;
import io.github.ldmlib.model.audit.DecisionOutcome;
import io.github.ldmlib.model.audit.Gap;
import io.github.ldmlib.model.audit.ImprovementAxis;
import io.github.ldmlib.model.audit.Interviewee;
import io.github.ldmlib.model.audit.IntervieweeKind;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.audit.Remark;
import io.github.ldmlib.model.audit.TrainingSession;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.Referential;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each built-in audit rule against a defect made for it, in a file derived from the complete one of
 * {@link AuditFixtures}, which {@link CompleteAuditTest} shows gives no finding; boundary cases that
 * must pass are checked too.
 */
class AuditRulesTest {

  /** Asserts that the report holds exactly these findings ("rule pointer"), in this order, and returns them. */
  private static List<Finding> only(ConformityReport report, String... rulePointers) {
    assertThat(report.findings().stream().map(f -> f.ruleId() + " " + f.pointer()).toList())
        .containsExactly(rulePointers);
    return report.findings();
  }

  private static Finding single(ConformityReport report, String ruleId, String pointer) {
    return only(report, ruleId + " " + pointer).get(0);
  }

  private static String english(AuditFile file, LocalDate asOf) {
    return CHECKER.check(file, asOf, Locale.ENGLISH).findings().get(0).message();
  }

  private static Checker<AuditFile> checker(UnaryParameters change) {
    return Checker.of(DocumentKind.AUDIT_FILE, AuditFixtures.referential(change.apply(AuditFixtures.aixMarseille2012()).build()));
  }

  /** Changes the test referential's parameters. */
  private interface UnaryParameters {
    ProcessParameters.Builder apply(ProcessParameters.Builder builder);
  }

  @Nested
  class AuditFileAsAWhole {
    @Test
    void a001_aViolationOfTheModelIsAMajorGapAtItsPointer() {
      AuditFile file = withPlan(p -> p.team(List.of(
          AuditTeamMember.builder().from(LEAD).person(Person.of(" ", "Hélène", "IEN")).build(),
          AuditFixtures.AUDITOR)));
      // the blank name is also how the other rules name the member; only the violation is reported
      Finding f = single(check(file), "LDM-A-001", "/plan/team/0/person/lastName");
      assertThat(f.severity()).isEqualTo(Severity.MAJOR_GAP);
      assertThat(f.message()).startsWith("Valeur invalide : ");
      assertThat(BuiltInRules.isProtected("LDM-A-001")).isTrue();
    }

    @Test
    void a002_documentsOfAnotherReferential() {
      AuditFile file = AuditFile.builder().from(FILE)
          .decision(LabelDecision.builder().from(DECISION).referentialId("ldm-national-2023").build()).build();
      Finding f = single(check(file), "LDM-A-002", "/decision/referentialId");
      assertThat(f.severity()).isEqualTo(Severity.MAJOR_GAP);
      assertThat(f.message()).isEqualTo("Le référentiel cité par la décision est « ldm-national-2023 », "
          + "et non « aix-marseille-test » utilisé pour la vérification.");
      assertThat(english(file, AS_OF)).isEqualTo(
          "The referential named by the decision is “ldm-national-2023”, not “aix-marseille-test” used for the check.");
    }

    @Test
    void a003_anotherEdition() {
      Finding f = single(check(withPlan(p -> p.referentialEdition("2016-01"))), "LDM-A-003", "/plan/referentialEdition");
      assertThat(f.severity()).isEqualTo(Severity.OBSERVATION);
      assertThat(f.arguments()).containsExactly("le plan d’audit", "2016-01", "2012-01");
    }

    @Test
    void a004_theDocumentsOfOneAuditDisagree() {
      AuditFile file = AuditFile.builder().from(FILE)
          .dashboard(AuditDashboard.builder().from(DASHBOARD).uai(Fixtures.uai("0130002"))
              .stage(Stage.RENEWAL).build())
          .summary(AuditSummary.builder().from(SUMMARY).auditDate(AUDIT_DATE.plusDays(1)).build())
          .build();
      List<Finding> found = only(check(file),
          "LDM-A-004 /dashboard/stage", "LDM-A-004 /dashboard/uai", "LDM-A-004 /summary/auditDate");
      assertThat(found.get(0).message()).isEqualTo(
          "L’étape citée par le tableau de bord (audit de renouvellement) n’est pas celle citée par le plan d’audit "
              + "(audit de labellisation).");
      assertThat(found.get(2).message()).isEqualTo(
          "La date d’audit citée par le rapport de synthèse (2025-03-19) n’est pas celle citée par le plan d’audit "
              + "(2025-03-18).");
    }

    @Test
    void a005_aDocumentOfAnotherEstablishment() {
      LabelDecision other = LabelDecision.builder().from(DECISION).uai(Fixtures.uai("0130002")).build();
      AuditFile file = AuditFile.builder().from(FILE)
          .labelRecord(LabelRecord.builder().from(RECORD).decisions(List.of(other)).build())
          .nextDashboard(AuditDashboard.builder().from(FOLLOW_UP_DASHBOARD).uai(Fixtures.uai("0130003")).build())
          .build();
      List<Finding> found = only(check(file),
          "LDM-A-005 /labelRecord/decisions/0/uai", "LDM-A-005 /nextDashboard/uai");
      assertThat(found.get(0).severity()).isEqualTo(Severity.MAJOR_GAP);
      assertThat(found.get(0).message()).isEqualTo("L’établissement cité par une décision de la vie du label ("
          + Fixtures.uai("0130002") + ") n’est pas l’établissement audité (" + UAI + ").");
    }

    @Test
    void a006_documentsOutOfOrder() {
      AuditFile file = AuditFile.builder().from(FILE)
          .decision(AuditFixtures.decision(DecisionOutcome.REFUSED, AUDIT_DATE.minusDays(1), DossierKind.INITIAL))
          .labelRecord(Optional.empty())
          .previousSummary(AuditSummary.builder().from(SUMMARY).gaps(List.of()).improvementAxes(List.of()).build())
          .nextDashboard(AuditDashboard.builder().from(FOLLOW_UP_DASHBOARD).auditDate(AUDIT_DATE).build())
          .build();
      List<Finding> found = only(check(file),
          "LDM-A-006 /decision/date", "LDM-A-006 /nextDashboard/auditDate", "LDM-A-006 /previousSummary/auditDate");
      assertThat(found).extracting(Finding::severity).containsOnly(Severity.MINOR_GAP);
      assertThat(found.get(0).message()).isEqualTo("La décision du 2025-03-17 précède l’audit du 2025-03-18 sur lequel elle se fonde.");
    }

    @Test
    void a006_atAFollowUpTheDecisionInTheFileIsTheEarlierGrant() {
      assertThat(CHECKER.check(FOLLOW_UP_FILE, LocalDate.of(2026, 6, 30)).findingsOfRule("LDM-A-006")).isEmpty();
    }

    @Test
    void a007_duplicateIds() {
      AuditFile file = AuditFile.builder().from(withSummary(s -> s
              .addGaps(AuditFixtures.gap("E-02", Severity.MINOR_GAP, "C5", "C5.R1", "Un autre écart"))
              .addImprovementAxes(AuditFixtures.axis("AX-01", "C6", "Un autre axe", "E-02"))))
          .auditorPool(AuditorPool.builder().from(POOL).addAuditors(Auditor.builder().from(AuditFixtures.ROUX).build()).build())
          .build();
      List<Finding> found = only(check(file),
          "LDM-A-007 /auditorPool/auditors/2/id",
          "LDM-A-007 /summary/gaps/2/id",
          "LDM-A-007 /summary/improvementAxes/6/id");
      assertThat(found.get(1).message())
          .isEqualTo("L’identifiant d’écart « E-02 » est déjà celui de l’écart n° 2 ; l’écart n° 3 doit en changer.");
      // the duplicate gap is attributed to its own criterion, C5, the duplicate axis to C6
      assertThat(found.get(1).criterionId()).contains("C5");
      assertThat(found.get(2).criterionId()).contains("C6");
    }

    @Test
    void a008_unknownCriteriaAndRequirements() {
      AuditFile file = AuditFile.builder().from(FILE)
          .plan(AuditPlan.builder().from(PLAN).addInterviewees(Interviewee.builder().criterionId("C9")
              .group("Équipe du critère 9").kind(IntervieweeKind.STAFF).build()).build())
          .dashboard(AuditDashboard.builder().from(DASHBOARD)
              .addEntries(DashboardEntry.builder().criterionId("C4").requirementId("C3.R2")
                  .assessment(io.github.ldmlib.model.audit.Assessment.CONFORMING).build()).build())
          .summary(AuditSummary.builder().from(SUMMARY)
              .addWeaknesses(Remark.of("C12", "Une faiblesse sur un critère inconnu"))
              .addGaps(AuditFixtures.gap("E-03", Severity.MINOR_GAP, "C2", "C2.R9", "Un écart sur un attendu inconnu"))
              .build())
          .build();
      List<Finding> found = only(check(file),
          "LDM-A-008 /plan/interviewees/8/criterionId",
          "LDM-A-008 /summary/weaknesses/1/criterionId",
          "LDM-A-060 /summary/gaps/2",
          "LDM-A-008 /summary/gaps/2/requirementId",
          "LDM-A-008 /dashboard/entries/6/requirementId");
      assertThat(found.get(0).message()).isEqualTo("Le critère « C9 » n’existe pas dans le référentiel aix-marseille-test.");
      assertThat(found.get(3).message()).isEqualTo("L’attendu « C2.R9 » n’existe pas dans le référentiel aix-marseille-test.");
      assertThat(found.get(4).message()).isEqualTo("L’attendu C3.R2 relève du critère C3, et non du critère C4.");
      assertThat(found.get(4).criterionId()).contains("C4");
    }

    @Test
    void a009_referencesBetweenDocumentsThatDoNotResolve() {
      AuditFile file = AuditFile.builder().from(withSummary(s -> s.improvementAxes(List.of(
              ImprovementAxis.builder().from(SUMMARY.improvementAxes().get(0)).addGapIds("E-09").build()))
              .gaps(List.of(Gap.builder().from(SUMMARY.gaps().get(0)).build()))))
          .nextDashboard(AuditDashboard.builder().from(FOLLOW_UP_DASHBOARD).build())
          .build();
      ConformityReport report = check(file);
      assertThat(AuditFixtures.findings(report, "LDM-A-009")).extracting(f -> f.pointer().toString()).containsExactly(
          "/summary/improvementAxes/0/gapIds/0",          // C1
          "/nextDashboard/entries/1/reassessedAxisIds/0", // C2: AX-02
          "/nextDashboard/entries/2/reassessedAxisIds/0", // C3: AX-03
          "/nextDashboard/entries/3/reassessedAxisIds/0", // C4: AX-04
          "/nextDashboard/entries/3/reassessedAxisIds/1", // C4: AX-05
          "/nextDashboard/entries/3/reassessedGapIds/0",  // C4: E-02
          "/nextDashboard/entries/4/reassessedAxisIds/0"); // C5: AX-06
      assertThat(AuditFixtures.findings(report, "LDM-A-009").get(0).message())
          .isEqualTo("L’axe de progrès AX-01 cite l’écart « E-09 », que le rapport de synthèse ne contient pas.");
      assertThat(AuditFixtures.findings(report, "LDM-A-009").get(5).message())
          .isEqualTo("Cette ligne du tableau de bord réévalue l’écart « E-02 », que le rapport de synthèse ne contient pas.");
    }

    @Test
    void a009_theFollowUpDashboardReassessesThePreviousSummarysGaps() {
      AuditFile file = AuditFile.builder().from(FOLLOW_UP_FILE).previousSummary(AuditSummary.builder().from(SUMMARY)
          .gaps(List.of(SUMMARY.gaps().get(0))).improvementAxes(SUMMARY.improvementAxes().subList(0, 3)).build()).build();
      List<Finding> found = CHECKER.check(file, LocalDate.of(2026, 6, 30)).findingsOfRule("LDM-A-009");
      assertThat(found).extracting(f -> f.pointer().toString()).containsExactly(
          "/dashboard/entries/3/reassessedAxisIds/0",
          "/dashboard/entries/3/reassessedAxisIds/1",
          "/dashboard/entries/3/reassessedGapIds/0",
          "/dashboard/entries/4/reassessedAxisIds/0");
      assertThat(found.get(0).message()).isEqualTo("Cette ligne du tableau de bord réévalue l’axe de progrès « AX-04 », "
          + "que le rapport de synthèse de l’audit précédent ne contient pas.");
    }
  }

  @Nested
  class Timing {
    @Test
    void a010_thePlanSentFourteenDaysBeforeIsLate() {
      Finding f = single(check(withPlan(p -> p.sentDate(LocalDate.of(2025, 3, 4)))), "LDM-A-010", "/plan/sentDate");
      assertThat(f.severity()).isEqualTo(Severity.MINOR_GAP);
      assertThat(f.source()).contains(REFERENTIAL.source());
      assertThat(f.message()).isEqualTo("Le plan d’audit a été envoyé le 2025-03-04 pour un audit le 2025-03-18 ; "
          + "il doit l’être 15 jours au moins avant, soit au plus tard le 2025-03-03.");
      assertThat(english(withPlan(p -> p.sentDate(LocalDate.of(2025, 3, 4))), AS_OF)).isEqualTo(
          "The audit plan was sent on 2025-03-04 for an audit on 2025-03-18; it must be sent at least 15 days before, "
              + "that is by 2025-03-03.");
    }

    @Test
    void a010_aPlanNotSentIsLateOnlyOnceItsLastDayIsPast() {
      AuditFile file = withPlan(p -> p.sentDate(Optional.empty()));
      assertThat(CHECKER.check(file, LocalDate.of(2025, 3, 3)).findingsOfRule("LDM-A-010")).isEmpty();
      Finding f = CHECKER.check(file, LocalDate.of(2025, 3, 4)).findingsOfRule("LDM-A-010").get(0);
      assertThat(f.pointer()).hasToString("/plan/sentDate");
      assertThat(f.messageKey()).isEqualTo("LDM-A-010.notSent");
      assertThat(f.arguments()).containsExactly("2025-03-18", "2025-03-03", "15");
    }

    @Test
    void a010_withoutTheParameterTheRuleDoesNotApply() {
      Checker<AuditFile> noNotice = checker(p -> p.auditPlanNoticeDays(java.util.OptionalInt.empty()));
      assertThat(noNotice.check(withPlan(p -> p.sentDate(AUDIT_DATE)), AS_OF).findings()).isEmpty();
    }

    @Test
    void a011_theDossierReceivedTwentyDaysBeforeIsLate() {
      Finding f = single(check(withPlan(p -> p.dossierReceivedDate(LocalDate.of(2025, 2, 26)))),
          "LDM-A-011", "/plan/dossierReceivedDate");
      assertThat(f.message()).isEqualTo("Le dossier et ses preuves ont été reçus le 2025-02-26 pour un audit le "
          + "2025-03-18 ; ils doivent l’être 3 semaines au moins avant, soit au plus tard le 2025-02-25.");
      Finding notReceived = single(check(withPlan(p -> p.dossierReceivedDate(Optional.empty()))),
          "LDM-A-011", "/plan/dossierReceivedDate");
      assertThat(notReceived.messageKey()).isEqualTo("LDM-A-011.notReceived");
    }

    @Test
    void a012_theReportSubmittedSixteenDaysAfterIsLate() {
      Finding f = single(check(withSummary(s -> s.submissionDate(LocalDate.of(2025, 4, 3)))),
          "LDM-A-012", "/summary/submissionDate");
      assertThat(f.message()).isEqualTo("Le rapport de synthèse a été transmis le 2025-04-03, plus de 15 jours après "
          + "l’audit du 2025-03-18 (au plus tard le 2025-04-02).");
    }

    @Test
    void a012_aReportDatedBeforeTheAuditOrNotSubmitted() {
      assertThat(single(check(withSummary(s -> s.submissionDate(AUDIT_DATE.minusDays(1)))),
          "LDM-A-012", "/summary/submissionDate").messageKey()).isEqualTo("LDM-A-012.beforeAudit");
      AuditFile notSubmitted = withSummary(s -> s.submissionDate(Optional.empty()));
      assertThat(CHECKER.check(notSubmitted, LocalDate.of(2025, 4, 2)).findings()).isEmpty();
      assertThat(CHECKER.check(notSubmitted, LocalDate.of(2025, 4, 3)).findings()).singleElement()
          .satisfies(f -> assertThat(f.message()).isEqualTo("Le rapport de synthèse de l’audit du 2025-03-18 n’est "
              + "pas indiqué comme transmis ; il devait l’être au plus tard le 2025-04-02 (15 jours après l’audit)."));
    }
  }

  @Nested
  class Team {
    @Test
    void a020_noLeadAuditor() {
      AuditFile file = withPlan(p -> p.team(List.of(AuditFixtures.AUDITOR,
          AuditTeamMember.builder().from(LEAD).role(AuditRole.AUDITOR).build())));
      Finding f = single(check(file), "LDM-A-020", "/plan/team");
      assertThat(f.severity()).isEqualTo(Severity.MAJOR_GAP);
      assertThat(f.message()).isEqualTo("L’équipe d’audit n’a pas de responsable d’audit.");
    }

    @Test
    void a020_twoLeadAuditors() {
      AuditFile file = withPlan(p -> p.team(List.of(LEAD,
          AuditTeamMember.builder().from(AuditFixtures.AUDITOR).role(AuditRole.LEAD_AUDITOR).build())));
      // Karim Roux, now a lead, took part in one audit only before this one
      List<Finding> found = only(check(file), "LDM-A-024 /auditorPool/auditors/1/participations",
          "LDM-A-020 /plan/team/1/role");
      assertThat(found.get(1).message()).isEqualTo(
          "L’équipe d’audit a déjà un responsable d’audit (Hélène Martin) ; Karim Roux ne peut l’être aussi.");
    }

    @Test
    void a021_a022_a023_aLeadAuditorAlone() {
      AuditFile file = withPlan(p -> p.team(List.of(AuditTeamMember.builder().from(LEAD)
          .category(AuditorCategory.PROFESSIONAL).build())));
      List<Finding> found = only(check(file), "LDM-A-021 /plan/team", "LDM-A-022 /plan/team");
      assertThat(found.get(0).message()).isEqualTo("L’équipe d’audit compte 1 membre(s) ; l’audit de labellisation "
          + "est conduit par 2 auditeurs au moins.");
      assertThat(found.get(1).message()).isEqualTo(
          "L’équipe d’audit compte 0 représentant(s) du rectorat ; elle doit en compter 1 au moins.");
      assertThat(found).extracting(Finding::severity).containsOnly(Severity.MAJOR_GAP);
    }

    @Test
    void a023_aTeamOfTheRectorateOnly() {
      AuditFile file = withPlan(p -> p.team(List.of(LEAD,
          AuditTeamMember.builder().from(AuditFixtures.AUDITOR).category(AuditorCategory.RECTORATE).build())));
      Finding f = single(check(file), "LDM-A-023", "/plan/team");
      assertThat(f.severity()).isEqualTo(Severity.OBSERVATION);
    }

    @Test
    void a024_aLeadAuditorWithOneAuditBefore() {
      AuditFile file = withAuditor(0, a -> a.participations(List.of(
          AuditFixtures.participation(LocalDate.of(2024, 4, 2), AuditRole.AUDITOR),
          // the audit itself, and a later one, do not count
          AuditFixtures.participation(AUDIT_DATE, AuditRole.LEAD_AUDITOR),
          AuditFixtures.participation(LocalDate.of(2025, 5, 6), AuditRole.AUDITOR))));
      Finding f = single(check(file), "LDM-A-024", "/auditorPool/auditors/0/participations");
      assertThat(f.message()).isEqualTo("Hélène Martin a participé à 1 audit(s) avant celui du 2025-03-18 ; "
          + "il faut en avoir fait 2 pour être responsable d’audit.");
    }

    @Test
    void a025_anAuditorWithoutCertificateOrCertifiedAfterTheAudit() {
      Finding none = single(check(withAuditor(1, a -> a.trainingCertificateDate(Optional.empty()))),
          "LDM-A-025", "/auditorPool/auditors/1/trainingCertificateDate");
      assertThat(none.message()).isEqualTo("Aucune attestation de formation n’est enregistrée pour l’auditeur Karim Roux.");

      AuditFile late = withAuditor(1, a -> a.trainingCertificateDate(AUDIT_DATE.plusDays(1)));
      Finding after = AuditFixtures.findings(check(late), "LDM-A-025").get(0);
      assertThat(after.messageKey()).isEqualTo("LDM-A-025.certifiedAfter");
      assertThat(CHECKER.check(withAuditor(1, a -> a.trainingCertificateDate(AUDIT_DATE)), AS_OF).findings()).isEmpty();
    }

    @Test
    void a026_anAuditorMoreThanTwoYearsWithoutAudit() {
      AuditFile file = withAuditor(1, a -> a.participations(List.of(
          AuditFixtures.participation(LocalDate.of(2023, 3, 17), AuditRole.AUDITOR))));
      ConformityReport report = check(file);
      Finding f = AuditFixtures.findings(report, "LDM-A-026").get(0);
      assertThat(f.pointer()).hasToString("/auditorPool/auditors/1/participations");
      assertThat(f.message()).isEqualTo("Le dernier audit de Karim Roux date du 2023-03-17, plus de 2 an(s) avant "
          + "l’audit du 2025-03-18 : il a perdu la qualité d’auditeur.");
      // two years to the day is still within the limit
      AuditFile twoYears = withAuditor(1, a -> a.participations(List.of(
          AuditFixtures.participation(LocalDate.of(2023, 3, 18), AuditRole.AUDITOR))));
      assertThat(check(twoYears).findingsOfRule("LDM-A-026")).isEmpty();
    }

    @Test
    void a026_aNewAuditorCountsFromTheCertificate() {
      AuditFile recent = withAuditor(1, a -> a.participations(List.of()).trainingCertificateDate(LocalDate.of(2024, 9, 1))
          .continuingTraining(List.of()));
      assertThat(check(recent).findings()).isEmpty();
      AuditFile stale = withAuditor(1, a -> a.participations(List.of()).trainingCertificateDate(LocalDate.of(2023, 1, 10)));
      assertThat(AuditFixtures.findings(check(stale), "LDM-A-026")).singleElement()
          .satisfies(f -> assertThat(f.messageKey()).isEqualTo("LDM-A-026.inactiveSinceCertificate"));
      AuditFile nothing = withAuditor(1, a -> a.participations(List.of()).trainingCertificateDate(Optional.empty()));
      assertThat(AuditFixtures.findings(check(nothing), "LDM-A-026")).singleElement()
          .satisfies(f -> assertThat(f.messageKey()).isEqualTo("LDM-A-026.noActivity"));
    }

    @Test
    void a027_anAuditorWithoutAnAuditInTheLastYear() {
      AuditFile file = withAuditor(1, a -> a.participations(List.of(
          AuditFixtures.participation(LocalDate.of(2024, 3, 17), AuditRole.AUDITOR))));
      Finding f = single(check(file), "LDM-A-027", "/auditorPool/auditors/1/participations");
      assertThat(f.severity()).isEqualTo(Severity.OBSERVATION);
      assertThat(f.message()).isEqualTo("Karim Roux a participé à 0 audit(s) du 2024-03-18 au 2025-03-18 ; "
          + "un auditeur s’engage à en faire 1 au moins par an.");
      AuditFile sameDayAYearBefore = withAuditor(1, a -> a.participations(List.of(
          AuditFixtures.participation(LocalDate.of(2024, 3, 18), AuditRole.AUDITOR))));
      assertThat(check(sameDayAYearBefore).findings()).isEmpty();
    }

    @Test
    void a028_anAuditorWithTooLittleContinuingTraining() {
      AuditFile file = withAuditor(0, a -> a.continuingTraining(List.of(
          TrainingSession.of(LocalDate.of(2024, 3, 1), new BigDecimal("1")),
          TrainingSession.of(LocalDate.of(2024, 6, 4), new BigDecimal("0.25")))));
      Finding f = single(check(file), "LDM-A-028", "/auditorPool/auditors/0/continuingTraining");
      assertThat(f.severity()).isEqualTo(Severity.OBSERVATION);
      assertThat(f.message()).isEqualTo("Hélène Martin a suivi 0.25 jour(s) de formation continue du 2024-03-18 au "
          + "2025-03-18 ; un auditeur s’engage à en suivre 0.5 par an.");
      AuditFile twoQuarters = withAuditor(0, a -> a.continuingTraining(List.of(
          TrainingSession.of(LocalDate.of(2024, 3, 18), new BigDecimal("0.25")),
          TrainingSession.of(AUDIT_DATE, new BigDecimal("0.25")))));
      assertThat(check(twoQuarters).findings()).isEmpty();
    }

    @Test
    void a027_a028_anAuditorCertifiedLessThanAYearAgoIsNotYetBound() {
      AuditFile file = withAuditor(1, a -> a.trainingCertificateDate(LocalDate.of(2024, 6, 1))
          .participations(List.of()).continuingTraining(List.of()));
      assertThat(check(file).findings()).isEmpty();
    }

    @Test
    void a029_membersWithoutOrWithAnUnknownAuditorRecord() {
      AuditFile file = withPlan(p -> p.team(List.of(
          AuditTeamMember.builder().from(LEAD).auditorId("AUD-099").build(),
          AuditTeamMember.builder().from(AuditFixtures.AUDITOR).auditorId(Optional.empty()).build())));
      List<Finding> found = only(check(file), "LDM-A-029 /plan/team/0/auditorId", "LDM-A-029 /plan/team/1/auditorId");
      assertThat(found.get(0).message()).isEqualTo("Hélène Martin renvoie à l’auditeur « AUD-099 », absent du groupe des auditeurs.");
      assertThat(found.get(1).message()).isEqualTo(
          "Karim Roux ne renvoie à aucune fiche du groupe des auditeurs : sa qualification ne peut être vérifiée.");
      // without the pool, the team cannot be matched and the qualification rules do not apply
      assertThat(check(AuditFile.builder().from(file).auditorPool(Optional.empty()).build()).findings()).isEmpty();
    }
  }

  /**
   * The team of each stage, from the Aix-Marseille 2012 note: the labelling audit, « Le responsable d'audit et
   * un auditeur conduisent l'audit. L'équipe d'audit doit être constituée par au moins un représentant du
   * rectorat et si possible une personne extérieure »; « 2ème audit de suivi à 3 ans conduit par l'inspecteur
   * référent »; « Audit de renouvellement à 5 ans conduit par deux auditeurs LM »; and nothing on who conducts
   * the « 1er audit de suivi à un an sur le terrain ».
   */
  @Nested
  class TeamByStage {
    private static final AuditTeamMember REFERENT_INSPECTOR = AuditFixtures.member("Martin", "Hélène",
        "IEN économie-gestion, inspectrice référente du lycée", AuditRole.LEAD_AUDITOR, AuditorCategory.RECTORATE,
        "AUD-001");

    /** A file with the plan of an audit at a stage, the auditor pool, and nothing else. */
    private AuditFile planAt(Stage stage, LocalDate date, AuditTeamMember... team) {
      return AuditFile.builder()
          .plan(AuditPlan.builder().from(PLAN).stage(stage).auditDate(date).sentDate(date.minusDays(15))
              .dossierReceivedDate(date.minusWeeks(3)).team(List.of(team)).build())
          .auditorPool(POOL)
          .build();
    }

    private List<String> teamRules(AuditFile file) {
      return CHECKER.check(file, file.plan().orElseThrow().auditDate()).findings().stream()
          .map(f -> f.ruleId() + " " + f.pointer()).filter(r -> r.startsWith("LDM-A-02")).toList();
    }

    @Test
    void theThreeYearFollowUpConductedByTheReferentInspectorAloneIsRight() {
      LocalDate threeYears = LocalDate.of(2028, 3, 14);
      // Hélène Martin's last audit as a pool auditor was on 2024-04-02: at a stage not conducted by pool
      // auditors her qualification is not checked, whatever her role is recorded as
      assertThat(CHECKER.check(planAt(Stage.FOLLOW_UP_3_YEARS, threeYears, REFERENT_INSPECTOR), threeYears)
          .findings()).isEmpty();
      AuditTeamMember asAuditor = AuditTeamMember.builder().from(REFERENT_INSPECTOR).role(AuditRole.AUDITOR)
          .auditorId(Optional.empty()).build();
      assertThat(CHECKER.check(planAt(Stage.FOLLOW_UP_3_YEARS, threeYears, asAuditor), threeYears).findings())
          .isEmpty();
    }

    @Test
    void theThreeYearFollowUpConductedByNoOneOfTheRectorateIsReported() {
      AuditTeamMember professional = AuditTeamMember.builder().from(AuditFixtures.AUDITOR)
          .category(AuditorCategory.PROFESSIONAL).build();
      AuditFile file = planAt(Stage.FOLLOW_UP_3_YEARS, LocalDate.of(2028, 3, 14), professional);
      assertThat(teamRules(file)).containsExactly("LDM-A-022 /plan/team");
    }

    @Test
    void theRenewalConductedByTwoPoolAuditorsIsRight() {
      AuditTeamMember martin = AuditTeamMember.builder().from(LEAD).role(AuditRole.AUDITOR).build();
      // no lead auditor is named for the renewal, nor a representative of the rectorate
      AuditTeamMember roux = AuditFixtures.AUDITOR;
      assertThat(CHECKER.check(planAt(Stage.RENEWAL, AUDIT_DATE, martin, roux), AUDIT_DATE).findings()).isEmpty();
      assertThat(CHECKER.check(planAt(Stage.RENEWAL, AUDIT_DATE, LEAD, roux), AUDIT_DATE).findings()).isEmpty();
    }

    @Test
    void theRenewalConductedByOneAuditorIsReported() {
      AuditFile file = planAt(Stage.RENEWAL, AUDIT_DATE, AuditFixtures.AUDITOR);
      assertThat(teamRules(file)).containsExactly("LDM-A-021 /plan/team");
      assertThat(CHECKER.check(file, AUDIT_DATE).findings().get(0).message()).isEqualTo(
          "L’équipe d’audit compte 1 membre(s) ; l’audit de renouvellement est conduit par 2 auditeurs au moins.");
      assertThat(CHECKER.check(file, AUDIT_DATE, Locale.ENGLISH).findings().get(0).message()).isEqualTo(
          "The audit team has 1 member(s); the renewal audit is conducted by at least 2 auditors.");
    }

    @Test
    void theRenewalChecksThePoolAuditorsQualification() {
      AuditTeamMember stranger = AuditTeamMember.builder().from(AuditFixtures.AUDITOR).auditorId(Optional.empty()).build();
      AuditFile file = planAt(Stage.RENEWAL, AUDIT_DATE, LEAD, stranger);
      assertThat(teamRules(file)).containsExactly("LDM-A-029 /plan/team/1/auditorId");
    }

    @Test
    void aCandidatureAuditWithoutARepresentativeOfTheRectorateIsReported() {
      AuditTeamMember lead = AuditTeamMember.builder().from(LEAD).category(AuditorCategory.SCHOOL_HEAD).build();
      AuditFile file = planAt(Stage.CANDIDATURE, AUDIT_DATE, lead, AuditFixtures.AUDITOR);
      assertThat(teamRules(file)).containsExactly("LDM-A-022 /plan/team");
      Finding f = AuditFixtures.findings(CHECKER.check(file, AUDIT_DATE), "LDM-A-022").get(0);
      assertThat(f.severity()).isEqualTo(Severity.MAJOR_GAP);
      assertThat(f.source()).contains(REFERENTIAL.source());
    }

    @Test
    void aCandidatureAuditWithoutALeadAuditorIsReported() {
      AuditTeamMember martin = AuditTeamMember.builder().from(LEAD).role(AuditRole.AUDITOR).build();
      AuditFile file = planAt(Stage.CANDIDATURE, AUDIT_DATE, martin, AuditFixtures.AUDITOR);
      assertThat(teamRules(file)).containsExactly("LDM-A-020 /plan/team");
    }

    @Test
    void theOneYearFollowUpHasNoStatedTeam() {
      // the note says nothing of who conducts it: no team rule applies
      AuditTeamMember professional = AuditTeamMember.builder().from(AuditFixtures.AUDITOR)
          .role(AuditRole.AUDITOR).category(AuditorCategory.PROFESSIONAL).auditorId(Optional.empty()).build();
      AuditFile file = planAt(Stage.FOLLOW_UP_1_YEAR, LocalDate.of(2026, 3, 10), professional);
      assertThat(teamRules(file)).isEmpty();
    }

    @Test
    void theNationalReferentialStatesNoTeam() {
      Referential national = io.github.ldmlib.io.Referentials.load("ldm-national-2023", "2026-01");
      assertThat(national.parameters().auditTeams()).isEmpty();
      AuditTeamMember alone = AuditTeamMember.builder().from(AuditFixtures.AUDITOR).category(AuditorCategory.OTHER)
          .auditorId("AUD-002").build();
      AuditFile file = planAt(Stage.CANDIDATURE, AUDIT_DATE, alone);
      assertThat(Checker.of(DocumentKind.AUDIT_FILE, national).check(file, AUDIT_DATE).findings())
          .extracting(Finding::ruleId).noneMatch(id -> id.startsWith("LDM-A-02"));
    }
  }

  @Nested
  class Hearing {
    @Test
    void a030_a031_noStudentAndNoExternalPartnerHeard() {
      AuditFile file = withPlan(p -> p.interviewees(PLAN.interviewees().subList(0, 6)));
      List<Finding> found = only(check(file), "LDM-A-030 /plan/interviewees", "LDM-A-031 /plan/interviewees");
      assertThat(found).extracting(Finding::severity).containsOnly(Severity.MAJOR_GAP);
      assertThat(found.get(0).message()).isEqualTo("Le plan d’audit ne prévoit d’entendre aucun élève, apprenti ou "
          + "stagiaire ; la procédure exige que des élèves soient auditionnés.");
    }

    @Test
    void a031_parentsAreExternalPartners() {
      List<Interviewee> interviewees = new java.util.ArrayList<>(PLAN.interviewees().subList(0, 7));
      interviewees.add(Interviewee.builder().group("Représentants des parents d'élèves").kind(IntervieweeKind.PARENT).build());
      assertThat(check(withPlan(p -> p.interviewees(interviewees))).findings()).isEmpty();
    }

    @Test
    void a030_withoutTheParameterTheRuleDoesNotApply() {
      Checker<AuditFile> national = checker(p -> p.studentsMustBeHeard(Optional.empty()));
      AuditFile file = withPlan(p -> p.interviewees(PLAN.interviewees().stream()
          .filter(i -> i.kind() != IntervieweeKind.STUDENT).toList()));
      assertThat(national.check(file, AS_OF).findings()).isEmpty();
    }

    @Test
    void a032_noInterlocutorForAMandatoryCriterion() {
      AuditFile file = withPlan(p -> p.interviewees(PLAN.interviewees().subList(1, 8)));
      Finding f = single(check(file), "LDM-A-032", "/plan/interviewees");
      assertThat(f.severity()).isEqualTo(Severity.OBSERVATION);
      assertThat(f.criterionId()).contains("C1");
      assertThat(f.source()).contains(REFERENTIAL.criterion("C1").orElseThrow().source());
      assertThat(f.message()).isEqualTo("Aucun interlocuteur n’est proposé pour le critère C1 : « Critère d'essai n° 1 ».");
    }
  }

  @Nested
  class Decision {
    @Test
    void a040_aLabelGrantedBeforeTheMajorGapIsLifted() {
      AuditFile file = withSummary(s -> s.gaps(List.of(
          Gap.builder().from(SUMMARY.gaps().get(0)).liftedOn(AuditFixtures.DECISION_DATE.plusDays(1)).build(),
          SUMMARY.gaps().get(1))));
      Finding f = single(check(file), "LDM-A-040", "/summary/gaps/0/liftedOn");
      assertThat(f.severity()).isEqualTo(Severity.MAJOR_GAP);
      assertThat(f.criterionId()).contains("C3");
      assertThat(f.requirementId()).contains("C3.R1");
      assertThat(f.message()).isEqualTo(
          "Le label est attribué le 2025-06-12 alors que l’écart majeur E-01 (critère C3, attendu C3.R1) n’est pas levé.");
      assertThat(english(file, AS_OF)).isEqualTo(
          "The label is granted on 2025-06-12 while major gap E-01 (criterion C3, requirement C3.R1) is not lifted.");
    }

    @Test
    void a040_liftedOnTheDayOfTheDecisionOrARefusalIsFine() {
      AuditFile sameDay = withSummary(s -> s.gaps(List.of(
          Gap.builder().from(SUMMARY.gaps().get(0)).liftedOn(AuditFixtures.DECISION_DATE).build(), SUMMARY.gaps().get(1))));
      assertThat(check(sameDay).findings()).isEmpty();
      AuditFile refused = AuditFile.builder().from(withSummary(s -> s.gaps(List.of(
              Gap.builder().from(SUMMARY.gaps().get(0)).liftedOn(Optional.empty()).build(), SUMMARY.gaps().get(1)))))
          .decision(AuditFixtures.decision(DecisionOutcome.REFUSED, AuditFixtures.DECISION_DATE, DossierKind.INITIAL))
          .labelRecord(Optional.empty())
          .build();
      // the open major gap still needs an improvement axis, which it has (AX-03)
      assertThat(check(refused).findings()).isEmpty();
    }

    @Test
    void a040_withoutTheParameterTheRuleDoesNotApply() {
      AuditFile file = withSummary(s -> s.gaps(List.of(
          Gap.builder().from(SUMMARY.gaps().get(0)).liftedOn(Optional.empty()).build(), SUMMARY.gaps().get(1))));
      assertThat(checker(p -> p.majorGapsBlockLabel(Optional.empty())).check(file, AS_OF).findings()).isEmpty();
    }

    @Test
    void a041_aGrantWithoutLabelTitle() {
      LabelDecision untitled = LabelDecision.builder().from(DECISION).labelTitle(Optional.empty()).build();
      AuditFile file = AuditFile.builder().from(FILE).decision(untitled)
          .labelRecord(LabelRecord.builder().from(RECORD).decisions(List.of(untitled)).build()).build();
      List<Finding> found = only(check(file), "LDM-A-041 /decision/labelTitle", "LDM-A-041 /labelRecord/decisions/0/labelTitle");
      assertThat(found.get(0).message()).isEqualTo("Le label attribué le 2025-06-12 n’a pas d’intitulé.");
    }

    @Test
    void a042_improvementAxesOnFourCriteriaOnly() {
      AuditFile file = withSummary(s -> s.improvementAxes(SUMMARY.improvementAxes().subList(0, 5)));
      Finding f = single(check(file), "LDM-A-042", "/summary/improvementAxes");
      assertThat(f.severity()).isEqualTo(Severity.MAJOR_GAP);
      assertThat(f.message()).isEqualTo(
          "Au moins 5 critères nationaux doivent avoir de 1–2 axes de progrès ; le rapport de synthèse en a 4.");
    }

    @Test
    void a042_a043_threeAxesOnACriterionDoNotCount() {
      AuditFile file = withSummary(s -> s.addImprovementAxes(AuditFixtures.axis("AX-07", "C4", "Un troisième axe")));
      List<Finding> found = only(check(file), "LDM-A-042 /summary/improvementAxes", "LDM-A-043 /summary/improvementAxes/6");
      // « un ou deux axes de progrès »: a third one departs from the text, a minor gap
      assertThat(found.get(1).severity()).isEqualTo(Severity.MINOR_GAP);
      assertThat(found.get(1).criterionId()).contains("C4");
      assertThat(found.get(1).message()).isEqualTo("Critère C4 : 3 axes de progrès, pour 2 au plus.");
    }

    @Test
    void a042_axesOnAnOptionalCriterionDoNotCount() {
      List<ImprovementAxis> axes = new java.util.ArrayList<>(SUMMARY.improvementAxes().subList(0, 5));
      axes.add(AuditFixtures.axis("AX-10", "C10", "Un axe sur le critère facultatif"));
      assertThat(check(withSummary(s -> s.improvementAxes(axes))).findingsOfRule("LDM-A-042")).hasSize(1);
    }

    @Test
    void a042_atAFollowUpNoAxesAreChosen() {
      AuditFile file = AuditFile.builder().from(FILE)
          .summary(AuditSummary.builder().from(SUMMARY).improvementAxes(List.of()).gaps(List.of()).build()).build();
      assertThat(check(file).findingsOfRule("LDM-A-042")).hasSize(1);
      assertThat(CHECKER.check(FOLLOW_UP_FILE, LocalDate.of(2026, 6, 30)).findingsOfRule("LDM-A-042")).isEmpty();
    }
  }

  @Test
  void aFindingOnATeamMembersRecordNamesThePersonInEnglishToo() {
    AuditFile file = withAuditor(1, a -> a.participations(List.of(
        AuditFixtures.participation(LocalDate.of(2023, 3, 17), AuditRole.AUDITOR))));
    assertThat(CHECKER.check(file, AS_OF, Locale.ENGLISH).findingsOfRule("LDM-A-026").get(0).message()).isEqualTo(
        "Karim Roux’s last audit was on 2023-03-17, more than 2 year(s) before the audit of 2025-03-18: "
            + "they have lost the quality of auditor.");
  }

  @Test
  void everyParticipationCountsWhateverTheRole() {
    List<AuditParticipation> asLead = MARTIN_PARTICIPATIONS.stream()
        .map(p -> AuditParticipation.builder().from(p).role(AuditRole.LEAD_AUDITOR).build()).toList();
    assertThat(check(withAuditor(0, a -> a.participations(asLead))).findings()).isEmpty();
  }

  private static final List<AuditParticipation> MARTIN_PARTICIPATIONS = AuditFixtures.MARTIN.participations();

  @Test
  void aReferentialWithoutParametersAppliesOnlyTheRulesThatNeedNone() {
    Referential bare = AuditFixtures.referential(ProcessParameters.none());
    AuditFile file = withPlan(p -> p.sentDate(Optional.empty()).dossierReceivedDate(Optional.empty())
        .team(List.of(AuditTeamMember.builder().from(LEAD).role(AuditRole.AUDITOR).build())).interviewees(List.of()));
    List<String> rules = Checker.of(DocumentKind.AUDIT_FILE, bare).check(file, AS_OF).findings().stream().map(Finding::ruleId).distinct().toList();
    // no one to answer on each criterion: the rule that reads no parameter; without a team composition,
    // a plan without a lead auditor is not faulted
    assertThat(rules).containsExactly("LDM-A-032");
  }
}
