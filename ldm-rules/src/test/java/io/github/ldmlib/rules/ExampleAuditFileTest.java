package io.github.ldmlib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.LabelStatus;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.Referential;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The complete audit of {@code examples/audit-file-marie-marvingt.json}, checked by the audit
 * checker against the referential it was drawn up for ({@code ldm-national-2023}, edition
 * {@code 2026-01}) with the procedure parameters of the bundled Aix-Marseille 2012 referential. No
 * bundled source states how long a label is valid: as the README says, the caller supplies {@code
 * labelValidityYears} (5 here).
 *
 * <p>The audit of 12 May 2026 leads to the label granted on 2 July 2026; its one-year follow-up
 * audit falls due on 2 July 2027, in school year 2026-2027.
 */
class ExampleAuditFileTest {

  private static final Path FILE = Path.of("..", "examples", "audit-file-marie-marvingt.json");

  private static AuditFile audit;
  private static Referential national;
  private static Referential aixMarseille;
  private static ProcessParameters aixMarseille2012;
  private static Checker<AuditFile> checker;

  @BeforeAll
  static void read() throws IOException {
    audit = LdmJson.defaults().read(AuditFile.class, FILE);
    national = Referentials.load("ldm-national-2023", "2026-01");
    aixMarseille = Referentials.load("aix-marseille-2012", "2012-01");
    aixMarseille2012 = aixMarseille.parameters();
    checker = Checker.of(DocumentKind.AUDIT_FILE, withParameters(ProcessParameters.builder().from(aixMarseille2012)
        .labelValidityYears(5).build()));
  }

  /** The national referential with other parameters, citing the source they come from. */
  private static Referential withParameters(ProcessParameters parameters) {
    return Referential.builder().from(national).parameters(parameters).source(aixMarseille.source()).build();
  }

  private static List<String> describe(ConformityReport report) {
    List<String> lines = new ArrayList<>();
    for (Finding f : report.findings()) {
      lines.add(f.severity() + " " + f.ruleId() + " " + f.pointer());
    }
    return lines;
  }

  @Test
  void afterTheDecisionTheAuditGivesNoFinding() {
    for (LocalDate asOf : List.of(LocalDate.of(2026, 7, 2), LocalDate.of(2026, 8, 31))) {
      ConformityReport report = checker.check(audit, asOf);
      assertThat(report.findings()).as("as of %s", asOf).isEmpty();
      assertThat(report.verdict()).isEqualTo(Verdict.CONFORMING);
      assertThat(report.labelStatus()).contains(LabelStatus.LABELLED);
    }
    ConformityReport report = checker.check(audit, LocalDate.of(2026, 7, 2));
    assertThat(report.referentialId()).isEqualTo("ldm-national-2023");
    assertThat(report.referentialEdition()).isEqualTo("2026-01");
    assertThat(report.establishmentUai()).hasValueSatisfying(uai -> assertThat(uai).hasToString("0619876D"));
    assertThat(report.establishmentName()).contains("Lycée professionnel Marie-Marvingt");
    assertThat(report.stage()).contains(Stage.CANDIDATURE);
    assertThat(report.documentDate()).contains(LocalDate.of(2026, 5, 12));
    assertThat(report.criteria()).hasSize(8).allSatisfy(c -> assertThat(c.verdict()).isEqualTo(Verdict.CONFORMING));
    // Every built-in audit rule ran: the file satisfies the whole 2012 procedure.
    assertThat(report.ruleIds()).hasSize(BuiltInRules.of(DocumentKind.AUDIT_FILE).size() + 1);
  }

  @Test
  void inTheSchoolYearOfTheOneYearFollowUpTheOnlyFindingIsANoteThatItIsDue() {
    ConformityReport report = checker.check(audit, LocalDate.of(2026, 9, 1));
    assertThat(describe(report)).containsExactly("INFO LDM-A-050 /labelRecord/audits");
    Finding due = report.findings().get(0);
    assertThat(due.message()).isEqualTo(
        "L’audit de suivi à un an est à réaliser pendant l’année scolaire 2026-2027 (échéance le 2027-07-02).");
    assertThat(due.arguments()).containsExactly("audit de suivi à un an", "2026-2027", "2027-07-02");
    assertThat(due.source()).contains(aixMarseille.source());
    assertThat(report.verdict()).isEqualTo(Verdict.CONFORMING);
    assertThat(report.labelStatus()).contains(LabelStatus.FOLLOW_UP_DUE);
    assertThat(checker.check(audit, LocalDate.of(2027, 8, 31), Locale.ENGLISH).findings())
        .singleElement().satisfies(f -> assertThat(f.message())
            .isEqualTo("The one-year follow-up audit is due in school year 2026-2027 (due date 2027-07-02)."));
  }

  @Test
  void aFollowUpAuditNotRecordedByTheEndOfItsSchoolYearIsOverdue() {
    ConformityReport report = checker.check(audit, LocalDate.of(2027, 9, 1));
    assertThat(describe(report)).containsExactly("MINOR_GAP LDM-A-051 /labelRecord/audits");
    assertThat(report.verdict()).isEqualTo(Verdict.NON_CONFORMING);
    assertThat(report.labelStatus()).contains(LabelStatus.OVERDUE);
  }

  @Test
  void beforeTheDecisionTheLabelIsAwaitedAndTheOpenMajorGapIsNotAFinding() {
    ConformityReport report = checker.check(audit, LocalDate.of(2026, 5, 22));
    assertThat(report.findings()).isEmpty();
    assertThat(report.labelStatus()).contains(LabelStatus.AUDITED);
  }

  @Test
  void theNationalCampaignsRulesApplyToTheFileAndHoldToo() {
    // The 2023 campaign adds the dossier's notice (3 weeks) and that major gaps block the label.
    Checker<AuditFile> both = Checker.of(DocumentKind.AUDIT_FILE, withParameters(ProcessParameters.builder().from(aixMarseille2012)
        .dossierNoticeWeeks(national.parameters().dossierNoticeWeeks())
        .majorGapsBlockLabel(national.parameters().majorGapsBlockLabel())
        .labelValidityYears(5).build()));
    assertThat(both.check(audit, LocalDate.of(2026, 7, 2)).findings()).isEmpty();
    // They do apply: a label granted before the major gap E-01 was lifted (2026-06-08) is refused.
    LabelDecision early = LabelDecision.builder().from(audit.decision().orElseThrow())
        .date(LocalDate.of(2026, 6, 5)).build();
    ConformityReport report = both.check(AuditFile.builder().from(audit).decision(early).build(), LocalDate.of(2026, 6, 5));
    assertThat(describe(report)).containsExactly("MAJOR_GAP LDM-A-040 /summary/gaps/0/liftedOn");
    assertThat(report.findings().get(0).criterionId()).contains("C7");
  }

  @Test
  void withTheBundledParametersAloneTheLabelsStatusIsNotGuessed() {
    ConformityReport report = Checker.of(DocumentKind.AUDIT_FILE, withParameters(aixMarseille2012)).check(audit, LocalDate.of(2026, 9, 1));
    assertThat(report.labelStatus()).isEmpty();
    // The schedule needs no validity: the follow-up audit is still noted as due.
    assertThat(describe(report)).containsExactly("INFO LDM-A-050 /labelRecord/audits");
  }

  @Test
  void theReportReadsAndWritesAsAConformityReportOfAnAuditFile() {
    ConformityReport report = checker.check(audit, LocalDate.of(2026, 9, 1));
    LdmJson json = LdmJson.defaults();
    String text = json.writeString(report);
    assertThat(text).startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"kind\": \"conformity-report\",\n"
        + "  \"documentKind\": \"audit-file\",\n");
    assertThat(json.read(ConformityReport.class, text)).isEqualTo(report);
  }
}
