package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.Fixtures.AS_OF;
import static io.github.ldmlib.rules.Fixtures.DOSSIER;
import static io.github.ldmlib.rules.Fixtures.REFERENTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.model.referential.StructureElement;
import io.github.ldmlib.model.referential.StructureScope;
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
          .tailorings(List.of(RuleTailoring.withSeverity("LDM-D-030", Severity.OBSERVATION))).build();

      ConformityReport report = checker.check(NO_ADDED_VALUE, AS_OF, Stage.CANDIDATURE);
      assertThat(report.findings()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("LDM-D-030");
        assertThat(f.severity()).isEqualTo(Severity.OBSERVATION);
      });
      assertThat(report.verdict()).isEqualTo(Verdict.CONFORMING_WITH_OBSERVATIONS);
      assertThat(report.criterion("C1").orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING_WITH_OBSERVATIONS);
      assertThat(checker.severity("LDM-D-030")).contains(Severity.OBSERVATION);
    }

    @Test
    void theDefaultSeverityMakesTheCriterionNonConforming() {
      ConformityReport report = Fixtures.check(NO_ADDED_VALUE);
      assertThat(report.verdict()).isEqualTo(Verdict.NON_CONFORMING);
      assertThat(report.readyForAudit()).isTrue();
      assertThat(report.criterion("C1").orElseThrow().verdict()).isEqualTo(Verdict.NON_CONFORMING);
      assertThat(report.criterion("C4").orElseThrow().verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(report.counts().minorGaps()).isEqualTo(1);
    }

    @Test
    void aTailoringOfAnUnknownRuleIsAnError() {
      assertThatThrownBy(() -> Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).tailor(RuleTailoring.disable("LDM-D-999")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("tailoring of unknown rule LDM-D-999");
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
          .hasMessageContaining("rule TEST-002 (io.github.ldmlib.rules.TestRule): kind, defaultSeverity, criterionId, source and messages must not be null");
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
          .tailor(RuleTailoring.withSeverity("ACAD-A1-001", Severity.MAJOR_GAP)).build();
      ConformityReport report = checker.check(DOSSIER, AS_OF, Stage.CANDIDATURE);
      assertThat(Fixtures.findings(report, "ACAD-A1-001").get(0).severity()).isEqualTo(Severity.MAJOR_GAP);
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
