package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.Fixtures.AS_OF;
import static io.github.ldmlib.rules.Fixtures.DOSSIER;
import static io.github.ldmlib.rules.Fixtures.REFERENTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.AsOfBasis;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.GradingScale;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.model.referential.StructureElement;
import io.github.ldmlib.model.referential.StructureScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CheckerTest {

  private static final Dossier NO_ADDED_VALUE = Fixtures.changeAction(DOSSIER, 0,
      a -> Action.builder().from(a).addedValue(Optional.empty()).build());

  @Nested
  class Tailoring {
    @Test
    void aDisabledRuleDoesNotRun() {
      Checker<Dossier> checker = Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL)
          .tailor(RuleTailoring.disable("LDM-D-030")).build();

      assertThat(checker.check(NO_ADDED_VALUE, AS_OF, Stage.CANDIDATURE).findings()).isEmpty();
      assertThat(checker.check(NO_ADDED_VALUE, AS_OF, Stage.CANDIDATURE).ruleIds()).doesNotContain("LDM-D-030");
      assertThat(checker.severity("LDM-D-030")).isEmpty();
    }

    @Test
    void aChangedSeverityChangesFindingsAndVerdicts() {
      Checker<Dossier> checker = Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL)
          .tailorings(List.of(RuleTailoring.withSeverity("LDM-D-030", Severity.ADVICE))).build();

      ConformityReport report = checker.check(NO_ADDED_VALUE, AS_OF, Stage.CANDIDATURE);
      assertThat(report.findings()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("LDM-D-030");
        assertThat(f.severity()).isEqualTo(Severity.ADVICE);
      });
      assertThat(report.verdict()).isEqualTo(Verdict.CONFORMING_WITH_OBSERVATIONS);
      assertThat(report.criterion("C1").orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING_WITH_OBSERVATIONS);
      assertThat(checker.severity("LDM-D-030")).contains(Severity.ADVICE);
    }

    @Test
    void theDefaultSeverityMakesTheCriterionNonConforming() {
      ConformityReport report = Fixtures.check(NO_ADDED_VALUE);
      assertThat(report.verdict()).isEqualTo(Verdict.NON_CONFORMING);
      assertThat(report.readyForAudit()).isTrue();
      assertThat(report.criterion("C1").orElseThrow().verdict()).isEqualTo(Verdict.NON_CONFORMING);
      assertThat(report.criterion("C4").orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(report.counts().toComplete()).isEqualTo(1);
      assertThat(report.counts().minorGaps()).isZero();
    }

    @Test
    void aTailoringOfAnUnknownRuleIsAnError() {
      assertThatThrownBy(() -> Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).tailor(RuleTailoring.disable("LDM-D-999")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("tailoring of unknown rule LDM-D-999");
    }

    @Test
    void aTailoringOfAnotherKindsBuiltInRuleIsKnownAndChangesNothingHere() {
      // One set of tailorings serves the checkers of every kind: a dossier checker knows the audit
      // and review rules' ids without running them.
      Checker<Dossier> tailored = Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL)
          .tailor(RuleTailoring.disable("LDM-A-010"))
          .tailor(RuleTailoring.withSeverity("LDM-R-111", Severity.ADVICE))
          .build();
      assertThat(tailored.rules()).isEqualTo(Checker.of(REFERENTIAL).rules());
      assertThat(tailored.severity("LDM-A-010")).isEmpty();
    }

    @Test
    void theNationalCoreIsProtected() {
      assertThatThrownBy(() -> Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL)
          .tailor(RuleTailoring.disable("LDM-D-003"))
          .tailor(RuleTailoring.withSeverity("LDM-V-001", Severity.INFO))
          .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("rule LDM-D-003 is protected and cannot be tailored")
          .hasMessageContaining("rule LDM-V-001 is protected and cannot be tailored");
      assertThat(BuiltInRules.isProtected("LDM-D-003")).isTrue();
      assertThat(BuiltInRules.isProtected("LDM-D-030")).isFalse();
    }

    @Test
    void aRuleTailoredTwiceIsAnError() {
      assertThatThrownBy(() -> Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL)
          .tailor(RuleTailoring.disable("LDM-D-030"))
          .tailor(RuleTailoring.withSeverity("LDM-D-030", Severity.INFO)).build())
          .hasMessageContaining("rule LDM-D-030 is tailored twice");
    }
  }

  @Nested
  class Scale {
    @Test
    void aDossierRuleGradedOnTheAuditScaleIsRefusedNamingTheRuleTheSeverityAndTheScale() {
      Rule<Dossier> minorGap = new TestRule<>(DocumentKind.DOSSIER, "TEST-001", Severity.MINOR_GAP, Optional.empty(),
          (c, f) -> { });
      assertThatThrownBy(() -> Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).addRule(minorGap).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Cannot build the dossier checker:")
          .hasMessageContaining("rule TEST-001: severity MINOR_GAP is not on the scale of dossier checks "
              + "[NOT_SUBMITTABLE, TO_COMPLETE, ADVICE, INFO]");
    }

    @Test
    void aTailoringOfADossierRuleToAnAuditGradeIsRefusedNamingTheRuleTheSeverityAndTheScale() {
      assertThatThrownBy(() -> Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL)
          .tailor(RuleTailoring.withSeverity("LDM-D-030", Severity.MAJOR_GAP)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Cannot build the dossier checker:")
          .hasMessageContaining("tailoring of rule LDM-D-030: severity MAJOR_GAP is not on the scale of dossier checks "
              + "[NOT_SUBMITTABLE, TO_COMPLETE, ADVICE, INFO]");
      assertThatThrownBy(() -> Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL)
          .tailor(RuleTailoring.withSeverity("LDM-D-090", Severity.OBSERVATION)).build())
          .hasMessageContaining("tailoring of rule LDM-D-090: severity OBSERVATION is not on the scale of dossier checks");
    }

    @Test
    void everyGradeOfTheDossierScaleMayBeGivenAndTheBlockingOneStopsTheAudit() {
      for (Severity severity : List.of(Severity.NOT_SUBMITTABLE, Severity.TO_COMPLETE, Severity.ADVICE, Severity.INFO)) {
        Checker<Dossier> checker = Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL)
            .tailor(RuleTailoring.withSeverity("LDM-D-030", severity)).build();
        ConformityReport report = checker.check(NO_ADDED_VALUE, AS_OF, Stage.CANDIDATURE);
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(severity));
        assertThat(report.counts().count(severity)).as(severity.name()).isEqualTo(1);
        assertThat(report.readyForAudit()).as(severity.name()).isEqualTo(severity != Severity.NOT_SUBMITTABLE);
      }
    }

    @Test
    void everyBuiltInDossierRuleIsGradedOnTheDossierScale() {
      assertThat(Fixtures.CHECKER.rules()).isNotEmpty().allSatisfy(rule ->
          assertThat(GradingScale.DOSSIER_CHECK.contains(rule.defaultSeverity()))
              .as(rule.id() + " " + rule.defaultSeverity()).isTrue());
    }
  }

  @Nested
  class DateOfTheCheck {
    private final LocalDate submitted = LocalDate.of(2023, 9, 1);
    private final Dossier withoutFollowUp = Dossier.builder().from(Fixtures.changeAction(DOSSIER, 0,
        a -> Action.builder().from(a).objectives(List.of(Objective.builder().from(a.objectives().get(0)).indicators(List.of(
            Indicator.builder().from(a.objectives().get(0).indicators().get(0))
                .measures(List.of(Fixtures.measure(2019, Milestone.START, "70"))).build())).build())).build()))
        .submissionDate(submitted).build();

    @Test
    void aDossierIsJudgedAtItsSubmissionDateByDefault() {
      ConformityReport report = Fixtures.CHECKER.check(withoutFollowUp);

      assertThat(report.asOf()).isEqualTo(submitted);
      assertThat(report.asOfBasis()).isEqualTo(AsOfBasis.DOCUMENT_DATE);
      assertThat(report.documentDate()).contains(submitted);
      assertThat(report.stage()).contains(Stage.CANDIDATURE);
      assertThat(report.findings())
          .isEqualTo(Fixtures.CHECKER.check(withoutFollowUp, submitted, Stage.CANDIDATURE).findings());
      // the follow-up measure was due on the submission date; it was not yet a day earlier
      assertThat(report.findingsOfRule("LDM-D-096")).isNotEmpty();
      assertThat(Fixtures.CHECKER.check(withoutFollowUp, submitted.minusDays(1)).findingsOfRule("LDM-D-096")).isEmpty();
    }

    @Test
    void everyOverloadWithoutADateUsesTheSubmissionDate() {
      ConformityReport english = Fixtures.CHECKER.check(withoutFollowUp, Locale.ENGLISH);
      assertThat(english.asOf()).isEqualTo(submitted);
      assertThat(english.asOfBasis()).isEqualTo(AsOfBasis.DOCUMENT_DATE);
      assertThat(english.language()).isEqualTo("en");

      ConformityReport renewal = Fixtures.CHECKER.check(withoutFollowUp, Stage.RENEWAL, Locale.FRENCH);
      assertThat(renewal.asOf()).isEqualTo(submitted);
      assertThat(renewal.asOfBasis()).isEqualTo(AsOfBasis.DOCUMENT_DATE);
      assertThat(renewal.stage()).contains(Stage.RENEWAL);
    }

    @Test
    void aDateGivenOverridesTheSubmissionDateAndIsRecordedAsGiven() {
      ConformityReport report = Fixtures.CHECKER.check(withoutFollowUp, AS_OF);
      assertThat(report.asOf()).isEqualTo(AS_OF);
      assertThat(report.asOfBasis()).isEqualTo(AsOfBasis.GIVEN);
      assertThat(report.documentDate()).contains(submitted);

      ConformityReport earlier = Fixtures.CHECKER.check(withoutFollowUp, submitted.minusDays(1), Stage.CANDIDATURE,
          Locale.ENGLISH);
      assertThat(earlier.asOf()).isEqualTo(submitted.minusDays(1));
      assertThat(earlier.asOfBasis()).isEqualTo(AsOfBasis.GIVEN);
    }

    @Test
    void aDossierWithoutSubmissionDateIsJudgedOnTheDayOfTheCheck() {
      assertThat(DOSSIER.submissionDate()).isEmpty();
      LocalDate before = LocalDate.now();
      ConformityReport report = Fixtures.CHECKER.check(DOSSIER);
      LocalDate after = LocalDate.now();

      assertThat(report.asOf()).isBetween(before, after);
      assertThat(report.asOfBasis()).isEqualTo(AsOfBasis.DAY_OF_CHECK);
      assertThat(report.documentDate()).isEmpty();
    }
  }

  @Nested
  class CustomRules {
    @Test
    void aRulePassedDirectlyRunsAndIsAttributedToItsSection() {
      Rule<Dossier> rule = TestRule.of("TEST-001", (c, f) -> f.report(JsonPointer.parse("/sections/2/diagnosis"), "found", "A1"));
      ConformityReport report = Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).addRule(rule).build()
          .check(DOSSIER, AS_OF, Stage.CANDIDATURE, Locale.ENGLISH);

      assertThat(report.findings()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("TEST-001");
        assertThat(f.criterionId()).contains("A1");
        assertThat(f.message()).isEqualTo("Test finding on A1.");
        assertThat(f.messageKey()).isEqualTo("TEST-001.found");
      });
      assertThat(report.ruleIds()).contains("TEST-001");
    }

    @Test
    void aDraftCarriesCriterionRequirementAndSource() {
      SourceRef source = SourceRef.of("Note académique", "Annexe 1");
      Rule<Dossier> rule = TestRule.of("TEST-001", (c, f) ->
          f.at(JsonPointer.root()).criterion("C4").requirement("C4.R2").source(source).report("found", 42));
      Finding finding = Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).addRule(rule).builtInRules(false).build()
          .check(DOSSIER, AS_OF, Stage.CANDIDATURE).findings().get(0);

      assertThat(finding.criterionId()).contains("C4");
      assertThat(finding.requirementId()).contains("C4.R2");
      assertThat(finding.source()).contains(source);
      assertThat(finding.arguments()).containsExactly("42");
    }

    @Test
    void onlyCustomRulesRunWithoutTheBuiltInOnes() {
      Checker<Dossier> checker = Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).builtInRules(false)
          .addRule(TestRule.of("TEST-001", (c, f) -> { })).build();
      assertThat(checker.rules()).extracting(Rule::id).containsExactly("TEST-001");
      assertThat(checker.check(NO_ADDED_VALUE, AS_OF, Stage.CANDIDATURE).ruleIds())
          .containsExactly("LDM-E-001", "TEST-001");
    }

    @Test
    void ruleIdsMustBeUniqueAndLdmIdsAreReserved() {
      assertThatThrownBy(() -> Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL)
          .addRule(TestRule.of("TEST-001", (c, f) -> { }))
          .addRule(TestRule.of("TEST-001", (c, f) -> { }))
          .addRule(TestRule.of("LDM-D-500", (c, f) -> { }))
          .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("rule TEST-001 is defined twice")
          .hasMessageContaining("rule LDM-D-500 (io.github.ldmlib.rules.TestRule): ids starting with LDM- are reserved");
    }

    @Test
    void aRuleWithoutTitleOrWithABadIdIsRefusedWhenTheCheckerIsBuilt() {
      assertThatThrownBy(() -> Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL)
          .addRule(TestRule.of("TEST-999", (c, f) -> { }))
          .addRule(TestRule.of("not an id", (c, f) -> { }))
          .addRule(new TestRule<>(DocumentKind.DOSSIER, "TEST-002", null, Optional.empty(), (c, f) -> { }))
          .build())
          .hasMessageContaining("rule TEST-999 (io.github.ldmlib.rules.TestRule): no entry TEST-999.title in the French messages")
          .hasMessageContaining("id 'not an id' is not an identifier")
          .hasMessageContaining("rule TEST-002 (io.github.ldmlib.rules.TestRule): kind, defaultSeverity, criterionId, source, messages, referentialSources and stages must not be null");
    }

    @Test
    void aProviderFoundByServiceLoaderContributesItsRules() {
      Checker<Dossier> checker = Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).discoverRules().build();
      assertThat(checker.rules()).extracting(Rule::id).contains("ACAD-A1-001");

      Finding f = Fixtures.findings(checker.check(DOSSIER, AS_OF, Stage.CANDIDATURE), "ACAD-A1-001").get(0);
      assertThat(f.pointer()).hasToString("/sections/2/engagements");
      assertThat(f.criterionId()).contains("A1");
      assertThat(f.message()).isEqualTo("Le critère A1 ne présente que 1 engagement(s) ; l’académie en attend deux.");

      assertThat(Fixtures.CHECKER.rules()).extracting(Rule::id).doesNotContain("ACAD-A1-001");
    }

    @Test
    void aDiscoveredRuleCanBeTailoredLikeAnyOther() {
      Checker<Dossier> checker = Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).discoverRules()
          .tailor(RuleTailoring.withSeverity("ACAD-A1-001", Severity.NOT_SUBMITTABLE)).build();
      ConformityReport report = checker.check(DOSSIER, AS_OF, Stage.CANDIDATURE);
      assertThat(Fixtures.findings(report, "ACAD-A1-001").get(0).severity()).isEqualTo(Severity.NOT_SUBMITTABLE);
      assertThat(report.readyForAudit()).isFalse();
    }
  }

  @Nested
  class ReferentialData {
    private StructureElement element(StructureScope scope, String field, boolean required) {
      return StructureElement.builder().id("E." + scope + "." + field.replace('/', '.')).scope(scope).field(field)
          .title("Élément " + field).required(required)
          .source(SourceRef.of("Guide", "janvier 2026", "E. V)")).build();
    }

    @Test
    void theReferentialsDossierStructureDecidesWhatIsRequired() {
      Referential withStructure = Referential.builder().from(REFERENTIAL).dossierStructure(List.of(
          element(StructureScope.CRITERION_SECTION, "team/members", true),
          element(StructureScope.CRITERION_SECTION, "diagnosis", false),
          element(StructureScope.ACTION, "objectives/indicators/measures", true))).build();
      Dossier d = Fixtures.changeSection(NO_ADDED_VALUE, 2, s -> CriterionSection.builder().from(s)
          .diagnosis(Optional.empty())
          .team(CriterionTeam.builder().from(s.team().orElseThrow()).members(List.of()).build()).build());

      ConformityReport report = Checker.of(withStructure).check(d, AS_OF, Stage.CANDIDATURE);

      // added value and diagnosis are no longer required; members are
      assertThat(report.findings()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("LDM-D-020");
        assertThat(f.pointer()).hasToString("/sections/2/team/members");
        assertThat(f.source()).contains(SourceRef.of("Guide", "janvier 2026", "E. V)"));
        assertThat(f.arguments()).containsExactly("Élément team/members", "E.CRITERION_SECTION.team.members", "A1");
      });
    }

    @Test
    void aStructureFieldThatNamesNoPropertyIsAnError() {
      Referential bad = Referential.builder().from(REFERENTIAL).dossierStructure(List.of(
          element(StructureScope.ACTION, "addedValue", true),
          element(StructureScope.ACTION, "implementation/budget", true),
          element(StructureScope.CRITERION_SECTION, "diagnosis/text", true))).build();

      assertThatThrownBy(() -> Checker.of(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("referential dossierStructure[1].field (E.ACTION.implementation.budget): "
              + "'implementation/budget': Implementation has no property 'budget'")
          .hasMessageContaining("referential dossierStructure[2].field (E.CRITERION_SECTION.diagnosis.text): "
              + "'diagnosis/text': nothing lies below a String");
    }

    @Test
    void aMalformedReferentialIsRefused() {
      Referential bad = Referential.builder().from(REFERENTIAL).addNotes(" padded ").build();
      assertThatThrownBy(() -> Checker.of(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("referential notes[0]");
    }

    @Test
    void aCheckerNeedsAReferential() {
      assertThatThrownBy(() -> Checker.builder(DocumentKind.DOSSIER).build()).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void checkerAndReportRejectNulls() {
    assertThatThrownBy(() -> Fixtures.CHECKER.check(null, AS_OF, Stage.CANDIDATURE)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Fixtures.CHECKER.check(DOSSIER, null, Stage.CANDIDATURE)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Fixtures.CHECKER.check(DOSSIER, AS_OF, (Stage) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void measuresAreDueAtTheirMilestones() {
    assertThat(Milestone.FOLLOW_UP.yearsAfterStart()).isEqualTo(3);
  }
}
