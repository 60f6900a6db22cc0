package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.AuditFixtures.AS_OF;
import static io.github.ldmlib.rules.AuditFixtures.CHECKER;
import static io.github.ldmlib.rules.AuditFixtures.FILE;
import static io.github.ldmlib.rules.AuditFixtures.REFERENTIAL;
import static io.github.ldmlib.rules.AuditFixtures.withPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditTeamMember;
import io.github.ldmlib.model.audit.AuditorCategory;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.RuleTailoring;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The audit checker: tailoring, custom and discovered audit rules, misbehaving rules, determinism. */
class AuditFileCheckerTest {

  /** The plan sent 14 days before the audit: one minor gap, LDM-A-010. */
  private static final AuditFile LATE_PLAN = withPlan(p -> p.sentDate(LocalDate.of(2025, 3, 4)));

  @Nested
  class Tailoring {
    @Test
    void aDisabledRuleDoesNotRunAndAChangedSeverityChangesTheVerdict() {
      Checker<AuditFile> off = Checker.builder(DocumentKind.AUDIT_FILE).referential(REFERENTIAL).tailor(RuleTailoring.disable("LDM-A-010")).build();
      assertThat(off.check(LATE_PLAN, AS_OF).findings()).isEmpty();
      assertThat(off.check(LATE_PLAN, AS_OF).ruleIds()).doesNotContain("LDM-A-010");
      assertThat(off.severity("LDM-A-010")).isEmpty();

      Checker<AuditFile> observation = Checker.builder(DocumentKind.AUDIT_FILE).referential(REFERENTIAL)
          .tailor(RuleTailoring.withSeverity("LDM-A-010", Severity.OBSERVATION)).build();
      ConformityReport report = observation.check(LATE_PLAN, AS_OF);
      assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.OBSERVATION));
      assertThat(report.verdict()).isEqualTo(Verdict.CONFORMING_WITH_OBSERVATIONS);
      assertThat(CHECKER.check(LATE_PLAN, AS_OF).verdict()).isEqualTo(Verdict.NON_CONFORMING);
    }

    @Test
    void theWellFormednessAndTheReferentialRulesAreProtected() {
      assertThatThrownBy(() -> Checker.builder(DocumentKind.AUDIT_FILE).referential(REFERENTIAL)
          .tailor(RuleTailoring.disable("LDM-A-001"))
          .tailor(RuleTailoring.withSeverity("LDM-A-002", Severity.INFO))
          .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Cannot build the audit checker:")
          .hasMessageContaining("rule LDM-A-001 is protected and cannot be tailored")
          .hasMessageContaining("rule LDM-A-002 is protected and cannot be tailored");
      assertThat(BuiltInRules.isProtected("LDM-A-002")).isTrue();
      assertThat(BuiltInRules.isProtected("LDM-A-010")).isFalse();
    }

    @Test
    void aProfilesTailoringsOfBothKindsOfRuleArePassedWholeToBothCheckers() {
      List<RuleTailoring> profile = List.of(
          RuleTailoring.withSeverity("LDM-D-090", Severity.MINOR_GAP),
          RuleTailoring.withSeverity("LDM-A-032", Severity.MINOR_GAP));
      Checker<AuditFile> audits = Checker.builder(DocumentKind.AUDIT_FILE).referential(REFERENTIAL).tailorings(profile).build();
      Checker<Dossier> dossiers = Checker.builder(DocumentKind.DOSSIER).referential(Fixtures.REFERENTIAL).tailorings(profile).build();

      assertThat(audits.severity("LDM-A-032")).contains(Severity.MINOR_GAP);
      assertThat(audits.severity("LDM-D-090")).isEmpty();
      assertThat(dossiers.severity("LDM-D-090")).contains(Severity.MINOR_GAP);
      assertThat(dossiers.severity("LDM-A-032")).isEmpty();
    }

    @Test
    void aTailoringOfAnUnknownRuleOrTwiceIsAnError() {
      assertThatThrownBy(() -> Checker.builder(DocumentKind.AUDIT_FILE).referential(REFERENTIAL)
          .tailor(RuleTailoring.disable("LDM-A-999"))
          .tailor(RuleTailoring.disable("LDM-A-023"))
          .tailor(RuleTailoring.disable("LDM-A-023"))
          .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("tailoring of unknown rule LDM-A-999")
          .hasMessageContaining("rule LDM-A-023 is tailored twice");
      assertThatThrownBy(() -> Checker.builder(DocumentKind.DOSSIER).referential(Fixtures.REFERENTIAL)
          .tailor(RuleTailoring.disable("LDM-A-999")).build())
          .hasMessageContaining("tailoring of unknown rule LDM-A-999");
    }
  }

  @Nested
  class CustomRules {
    @Test
    void anAuditRulePassedDirectlyRunsAndItsFindingBelongsToTheCriterionOfItsPlace() {
      Rule<AuditFile> rule = TestRule.audit("TEST-A-001", (c, f) -> f.report(JsonPointer.parse("/summary/gaps/1/text"), "found", "E-02"));
      ConformityReport report = Checker.builder(DocumentKind.AUDIT_FILE).referential(REFERENTIAL).addRule(rule).build()
          .check(FILE, AS_OF, Locale.ENGLISH);
      assertThat(report.findings()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("TEST-A-001");
        assertThat(f.criterionId()).contains("C4");
        assertThat(f.message()).isEqualTo("Test audit finding on E-02.");
      });
      assertThat(report.criterion("C4").orElseThrow().verdict()).isEqualTo(Verdict.NON_CONFORMING);
      assertThat(report.ruleIds()).contains("TEST-A-001", "LDM-A-001", "LDM-E-001");
    }

    @Test
    void onlyCustomRulesRunWithoutTheBuiltInOnes() {
      Checker<AuditFile> checker = Checker.builder(DocumentKind.AUDIT_FILE).referential(REFERENTIAL).builtInRules(false)
          .addRules(List.of(TestRule.audit("TEST-A-001", (c, f) -> { }))).build();
      assertThat(checker.rules()).extracting(Rule::id).containsExactly("TEST-A-001");
      assertThat(checker.check(LATE_PLAN, AS_OF).ruleIds()).containsExactly("LDM-E-001", "TEST-A-001");
      assertThat(checker.check(LATE_PLAN, AS_OF).findings()).isEmpty();
    }

    @Test
    void idsAreVettedAsForDossierRules() {
      assertThatThrownBy(() -> Checker.builder(DocumentKind.AUDIT_FILE).referential(REFERENTIAL)
          .addRule(TestRule.audit("TEST-A-001", (c, f) -> { }))
          .addRule(TestRule.audit("TEST-A-001", (c, f) -> { }))
          .addRule(TestRule.audit("LDM-A-500", (c, f) -> { }))
          .addRule(TestRule.audit("TEST-A-999", (c, f) -> { }))
          .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("rule TEST-A-001 is defined twice")
          .hasMessageContaining("rule LDM-A-500 (io.github.ldmlib.rules.TestRule): ids starting with LDM- are reserved")
          .hasMessageContaining("no entry TEST-A-999.title in the French messages");
    }

    @Test
    void aProviderSuppliesAuditRulesToTheAuditCheckerOnly() {
      Checker<AuditFile> audits = Checker.builder(DocumentKind.AUDIT_FILE).referential(REFERENTIAL).discoverRules().build();
      assertThat(audits.rules()).extracting(Rule::id).contains("ACAD-AUDIT-001").doesNotContain("ACAD-A1-001");
      Checker<Dossier> dossiers = Checker.builder(DocumentKind.DOSSIER).referential(Fixtures.REFERENTIAL).discoverRules().build();
      assertThat(dossiers.rules()).extracting(Rule::id).contains("ACAD-A1-001").doesNotContain("ACAD-AUDIT-001");

      AuditFile threeYears = withPlan(p -> p.stage(Stage.FOLLOW_UP_3_YEARS).team(List.of(
          AuditTeamMember.builder().from(AuditFixtures.LEAD).category(AuditorCategory.SCHOOL_HEAD).build(),
          AuditTeamMember.builder().from(AuditFixtures.AUDITOR).category(AuditorCategory.RECTORATE).build())));
      List<Finding> found = audits.check(threeYears, AS_OF).findingsOfRule("ACAD-AUDIT-001");
      assertThat(found).singleElement().satisfies(f -> {
        assertThat(f.pointer()).hasToString("/plan/team/0");
        assertThat(f.message()).isEqualTo(
            "L’audit de suivi à trois ans est conduit par une personne extérieure au rectorat : Martin.");
      });
    }
  }

  @Nested
  class MisbehavingRules {
    private Finding failureOf(Rule<AuditFile> rule) {
      ConformityReport report = Checker.builder(DocumentKind.AUDIT_FILE).referential(REFERENTIAL).builtInRules(false).addRule(rule).build()
          .check(FILE, AS_OF);
      assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.ruleId()).isEqualTo("LDM-E-001"));
      assertThat(report.verdict()).isEqualTo(Verdict.NON_CONFORMING);
      return report.findings().get(0);
    }

    @Test
    void aPlaceThatIsNotInTheAuditFileDropsTheRulesFindings() {
      for (String pointer : List.of("/sections/0", "/plan/team/2", "/plan/colour", "/summary/gaps/0/text/x")) {
        Finding f = failureOf(TestRule.audit("TEST-A-001", (c, s) -> {
          s.report(JsonPointer.parse("/plan"), "found", "ok");
          s.report(JsonPointer.parse(pointer), "found", "ko");
        }));
        assertThat(f.messageKey()).as(pointer).isEqualTo("LDM-E-001.invalidAuditPointer");
        assertThat(f.arguments().get(1)).as(pointer).startsWith(pointer + " (");
      }
      Finding f = failureOf(TestRule.audit("TEST-A-001", (c, s) -> s.report(JsonPointer.parse("/sections/0"), "found", "x")));
      assertThat(f.message()).startsWith("La règle TEST-A-001 a signalé un emplacement qui n’existe pas dans le dossier "
          + "d’audit ; ses constats ont été écartés (/sections/0 (");
    }

    @Test
    void aPlaceInAnAbsentDocumentIsWhereTheMissingDocumentBelongs() {
      List<String> pointers = List.of("", "/decision/labelTitle", "/nextDashboard/entries", "/plan/team/1/auditorId",
          "/auditorPool/auditors/0/continuingTraining");
      Rule<AuditFile> rule = TestRule.audit("TEST-A-001", (c, s) -> pointers.forEach(p -> s.report(JsonPointer.parse(p), "found", p)));
      AuditFile noDecision = AuditFile.builder().from(FILE).decision(Optional.empty()).build();
      ConformityReport report = Checker.builder(DocumentKind.AUDIT_FILE).referential(REFERENTIAL).builtInRules(false).addRule(rule).build()
          .check(noDecision, AS_OF);
      assertThat(report.findings()).extracting(f -> f.pointer().toString()).containsExactlyInAnyOrderElementsOf(pointers);
    }

    @Test
    void aRuleThatThrowsIsReportedAndTheOthersStillRun() {
      Rule<AuditFile> throwing = TestRule.audit("TEST-A-001", (c, s) -> {
        throw new IllegalStateException("boom");
      });
      ConformityReport report = Checker.builder(DocumentKind.AUDIT_FILE).referential(REFERENTIAL).addRule(throwing).build().check(LATE_PLAN, AS_OF);
      assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("LDM-E-001", "LDM-A-010");
      assertThat(report.findings().get(0).message()).isEqualTo("La règle TEST-A-001 a échoué et n’a pas été appliquée ; "
          + "la vérification est incomplète (java.lang.IllegalStateException: boom).");
    }
  }

  @Test
  void theSameFileGivesAnEqualReportEvenFromManyThreads() throws Exception {
    AuditFile defective = withPlan(p -> p.sentDate(LocalDate.of(2025, 3, 4)).interviewees(List.of())
        .team(List.of(AuditFixtures.AUDITOR)));
    ConformityReport expected = CHECKER.check(defective, AS_OF);
    assertThat(expected.findings()).hasSizeGreaterThan(8);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ConformityReport>> reports = pool.invokeAll(java.util.Collections.nCopies(16,
          () -> CHECKER.check(defective, AS_OF)));
      for (Future<ConformityReport> r : reports) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void findingsOnNoCriterionComeFirstThenByCriterionInReferentialOrder() {
    AuditFile defective = withPlan(p -> p.sentDate(LocalDate.of(2025, 3, 4)).interviewees(List.of()));
    List<String> order = CHECKER.check(defective, AS_OF).findings().stream()
        .map(f -> f.criterionId().orElse("-") + " " + f.ruleId()).toList();
    // on no criterion, by pointer: /plan/interviewees before /plan/sentDate
    assertThat(order).containsExactly("- LDM-A-030", "- LDM-A-031", "- LDM-A-010",
        "C1 LDM-A-032", "C2 LDM-A-032", "C3 LDM-A-032", "C4 LDM-A-032", "C5 LDM-A-032", "C6 LDM-A-032");
  }

  @Test
  void configurationAndArgumentsAreChecked() {
    assertThatThrownBy(() -> Checker.builder(DocumentKind.AUDIT_FILE).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("An audit checker needs a referential");
    Referential malformed = Referential.builder().from(REFERENTIAL).id("not an id").build();
    assertThatThrownBy(() -> Checker.of(DocumentKind.AUDIT_FILE, malformed))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("referential id: ");
    Referential twoYears = AuditFixtures.referential(AuditFixtures.aixMarseille2012().followUpAuditYears(List.of(1, 2)).build());
    assertThatThrownBy(() -> Checker.of(DocumentKind.AUDIT_FILE, twoYears))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("referential parameters.followUpAuditYears: a follow-up audit at 2 years has no audit stage");
    assertThatThrownBy(() -> CHECKER.check(null, AS_OF)).isInstanceOf(NullPointerException.class).hasMessage("document");
    assertThatThrownBy(() -> CHECKER.check(FILE, (LocalDate) null)).isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThat(CHECKER.referential()).isSameAs(REFERENTIAL);
    assertThat(CHECKER).hasToString("Checker[audit-file, aix-marseille-test@2012-01, 35 rules]");
    assertThat(BuiltInRules.byId("LDM-A-040")).isPresent();
    assertThat(BuiltInRules.of(DocumentKind.AUDIT_FILE)).extracting(Rule::id).isSorted()
        .allMatch(id -> id.startsWith("LDM-A-")).contains("LDM-A-040").doesNotContain("LDM-D-030");
  }

  @Test
  void aContextCanBeMadeToUnitTestARule() {
    CheckContext<AuditFile> context = CheckContext.of(DocumentKind.AUDIT_FILE, REFERENTIAL, FILE, AS_OF,
        FILE.stage(), Locale.UK);
    assertThat(context.language()).isEqualTo(Locale.ENGLISH);
    assertThat(context.parameters()).isSameAs(REFERENTIAL.parameters());
    assertThat(context.document()).isSameAs(FILE);
    assertThat(context).hasToString("CheckContext[audit-file, aix-marseille-test@2012-01, asOf=2025-06-30, stage=CANDIDATURE]");
  }
}
