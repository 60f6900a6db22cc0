package io.github.ldmlib.test;

import static io.github.ldmlib.test.LdmAssertions.assertThat;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.BuiltInRules;
import io.github.ldmlib.rules.Checker;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dossiers of the repository's {@code examples/} folder, checked as their README says: with the
 * bundled referential each names (edition included), as of its submission date, at the
 * candidature. The complete dossiers produce no gap; each defective dossier produces the finding
 * it was made for, once, at its place.
 */
class ExamplesTest {

  static final Path EXAMPLES = Path.of("..", "examples");

  static Dossier read(String file) throws IOException {
    return LdmJson.defaults().read(Dossier.class, EXAMPLES.resolve(file));
  }

  static ConformityReport check(Dossier dossier) {
    Referential referential = Referentials.load(dossier.referentialId(), dossier.referentialEdition().orElseThrow());
    ConformityReport report = Checker.of(referential).check(dossier);   // as of its submission date
    assertThat(report.asOf()).isEqualTo(dossier.submissionDate().orElseThrow());
    assertThat(report.stage()).contains(Stage.CANDIDATURE);
    return report;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"dossier-complete.json", "dossier-network.json"})
  void theCompleteDossiersProduceNoGap(String file) throws IOException {
    Dossier dossier = read(file);
    ConformityReport report = check(dossier);

    assertThat(report).isReadyForAudit().hasNothingToCorrect().hasOnlyFindingsOf("LDM-D-062", "LDM-D-090");
    assertThat(report.criteria()).extracting(c -> c.verdict()).doesNotContain(Verdict.NON_CONFORMING).hasSize(8);
  }

  @Test
  void theNetworkDossierIsANetworkCandidatureWithItsCommonStrategies() throws IOException {
    Dossier network = read("dossier-network.json");

    assertThat(network.isNetworkCandidature()).isTrue();
    assertThat(check(network)).hasNoFindingsOf("LDM-D-074").hasNoFindingsOf("LDM-D-072").hasNoFindingsOf("LDM-D-073");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "defective/missing-section-c4.json,              LDM-D-003, NOT_SUBMITTABLE, /sections,                                                             C4",
      "defective/section-without-coordinator.json,     LDM-D-020, TO_COMPLETE,     /sections/0/team/coordinator,                                          C2",
      "defective/measure-in-the-future.json,           LDM-D-052, TO_COMPLETE,     /sections/0/actions/0/objectives/0/indicators/0/measures/2/schoolYear, C8",
      "defective/percentage-over-100.json,             LDM-V-001, TO_COMPLETE,     /sections/0/actions/0/objectives/0/indicators/0/measures/1/value,      C8",
      "defective/unresolved-evidence.json,             LDM-D-060, TO_COMPLETE,     /sections/0/actions/0/evidenceIds/1,                                   C8",
      "defective/network-ineligible-co-applicant.json, LDM-D-071, NOT_SUBMITTABLE, /network/coApplicants/1/sector,",
      "defective/network-without-common-strategy-c4.json, LDM-D-074, TO_COMPLETE,  /sections/0/commonStrategy,                                     C4",
  })
  void eachDefectiveDossierProducesTheFindingItWasMadeFor(String file, String ruleId, Severity severity, String pointer,
      String criterion) throws IOException {
    Dossier dossier = read(file);
    ConformityReport report = check(dossier);

    assertThat(report).isNotReadyForAudit()
        .hasFindingsOf(ruleId).at(pointer).withSeverity(severity).exactly(1);
    if (criterion != null) {
      assertThat(report).hasFindingsOf(ruleId).at(pointer).singleFinding().hasCriterionId(criterion);
      assertThat(report).criterion(criterion).isNonConforming();
    }
    // The rule alone, as an academy would test its own: the same finding.
    assertThat(BuiltInRules.byId(DocumentKind.DOSSIER, ruleId).orElseThrow()).flags(dossier).at(pointer).exactly(1);
  }

  @Test
  void theFutureMeasureIsDatedOnItsMilestoneYear() throws IOException {
    assertThat(check(read("defective/measure-in-the-future.json"))).hasNoFindingsOf("LDM-D-053");
  }

  @Test
  void theIneligibleCoApplicantIsOnlyIneligibleUnderAReferentialThatListsEligibleSectors() throws IOException {
    Dossier dossier = read("defective/network-ineligible-co-applicant.json");
    Dossier national = Dossier.builder().from(dossier).referentialId("ldm-national-2023").referentialEdition("2026-01").build();

    assertThat(BuiltInRules.byId(DocumentKind.DOSSIER, "LDM-D-071").orElseThrow()).accepts(national);
    // « un réseau d'établissements de l'enseignement public ou privé sous contrat »: the 2012 note sets no type
    // for the establishments of a network, so the lycée général et technologique is not what is ineligible
    assertThat(BuiltInRules.byId(DocumentKind.DOSSIER, "LDM-D-070").orElseThrow()).accepts(dossier);
  }
}
