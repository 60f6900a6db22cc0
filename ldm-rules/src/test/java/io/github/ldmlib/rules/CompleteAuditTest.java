package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.AuditFixtures.AS_OF;
import static io.github.ldmlib.rules.AuditFixtures.CHECKER;
import static io.github.ldmlib.rules.AuditFixtures.FILE;
import static io.github.ldmlib.rules.AuditFixtures.FOLLOW_UP_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.LabelStatus;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.validation.LdmValidation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The complete audit files, from which every defective one in {@link AuditRulesTest} derives, give
 * no finding at all: each rule's passing case.
 */
class CompleteAuditTest {

  @Test
  void theCompleteCandidatureAuditGivesNoFinding() {
    ConformityReport report = CHECKER.check(FILE, AS_OF);
    assertThat(report.findings()).isEmpty();
    assertThat(report.verdict()).isEqualTo(Verdict.CONFORMING);
    assertThat(report.establishmentUai()).contains(AuditFixtures.UAI);
    assertThat(report.establishmentName()).contains(AuditFixtures.NAME);
    assertThat(report.stage()).contains(Stage.CANDIDATURE);
    assertThat(report.documentDate()).contains(AuditFixtures.AUDIT_DATE);
    assertThat(report.asOf()).isEqualTo(AS_OF);
    assertThat(report.language()).isEqualTo("fr");
    assertThat(report.referentialId()).isEqualTo("aix-marseille-test");
    assertThat(report.referentialEdition()).isEqualTo("2012-01");
    assertThat(report.labelStatus()).contains(LabelStatus.LABELLED);
    assertThat(LdmValidation.validate(report)).isEmpty();
  }

  @Test
  void theCompleteFollowUpAuditGivesNoFinding() {
    ConformityReport report = CHECKER.check(FOLLOW_UP_FILE, LocalDate.of(2026, 6, 30), Locale.ENGLISH);
    assertThat(report.findings()).isEmpty();
    assertThat(report.stage()).contains(Stage.FOLLOW_UP_1_YEAR);
    assertThat(report.language()).isEqualTo("en");
    assertThat(report.labelStatus()).contains(LabelStatus.LABELLED);
  }

  @Test
  void everyBuiltInAuditRuleRunsAndEveryMandatoryCriterionHasAResult() {
    ConformityReport report = CHECKER.check(FILE, AS_OF);
    List<String> expected = new ArrayList<>();
    BuiltInRules.of(DocumentKind.AUDIT_FILE).forEach(r -> expected.add(r.id()));
    expected.add(BuiltInRules.RULE_FAILED);
    assertThat(report.ruleIds()).containsExactlyInAnyOrderElementsOf(expected).isSorted();
    assertThat(report.criteria()).extracting(CriterionResult::criterionId)
        .containsExactly("C1", "C2", "C3", "C4", "C5", "C6");
    assertThat(report.criteria()).extracting(CriterionResult::verdict).containsOnly(Verdict.CONFORMING);
  }

  @Test
  void anEmptyFileGivesNoFindingAndNoIdentity() {
    ConformityReport report = CHECKER.check(AuditFile.builder().build(), AS_OF);
    assertThat(report.findings()).isEmpty();
    assertThat(report.establishmentUai()).isEmpty();
    assertThat(report.stage()).isEmpty();
    assertThat(report.labelStatus()).isEmpty();
  }
}
