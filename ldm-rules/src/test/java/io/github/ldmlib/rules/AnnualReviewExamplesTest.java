package io.github.ldmlib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.IndicatorHistory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The annual review of {@code examples/} and its defective variant, checked as the examples'
 * README says, and the ids it names found in {@code dossier-complete.json}.
 */
class AnnualReviewExamplesTest {

  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final LdmJson JSON = LdmJson.defaults();

  private static ConformityReport check(String file) throws IOException {
    AnnualReview review = JSON.read(AnnualReview.class, EXAMPLES.resolve(file));
    return Checker.of(DocumentKind.ANNUAL_REVIEW, Referentials.load("ldm-national-2023", "2026-01")).check(review);
  }

  @Test
  void theReviewHasNoFinding() throws IOException {
    ConformityReport report = check("annual-review-marie-marvingt-2026-2027.json");

    assertThat(report.findings()).isEmpty();
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2027, 7, 2));
    assertThat(report.criterionIds()).contains("C4", "C7");
  }

  @Test
  void theDefectiveReviewWasNotPresentedToTheBoard() throws IOException {
    ConformityReport report = check("defective/review-not-presented-to-the-board.json");

    assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.pointer() + " " + f.severity())
        .containsExactly("LDM-R-010 /presentations " + Severity.TO_COMPLETE);
  }

  @Test
  void theReviewNamesOnlyIdsOfTheDossierOrNewIndicatorsWithTheirDescription() throws IOException {
    Dossier dossier = JSON.read(Dossier.class, EXAMPLES.resolve("dossier-complete.json"));
    AnnualReview review = JSON.read(AnnualReview.class, EXAMPLES.resolve("annual-review-marie-marvingt-2026-2027.json"));
    List<String> initiatives = dossier.sections().stream()
        .flatMap(s -> java.util.stream.Stream.concat(s.actions().stream(), s.engagements().stream()))
        .flatMap(i -> i.id().stream()).toList();

    review.sections().forEach(s -> s.progress().forEach(p -> assertThat(initiatives).contains(p.initiativeId())));
    IndicatorHistory history = IndicatorHistory.of(dossier, List.of(review));
    assertThat(history.indicatorIds()).containsExactly("C4.A1.I1", "C4.E1.I1", "C7.A1.I1", "C7.N1");
    assertThat(history.indicatorIds()).allSatisfy(id ->
        assertThat(history.series(id).orElseThrow().direction()).isPresent());
  }
}
