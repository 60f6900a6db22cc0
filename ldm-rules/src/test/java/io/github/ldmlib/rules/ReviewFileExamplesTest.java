package io.github.ldmlib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.conformity.AsOfBasis;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.IndicatorStatus;
import io.github.ldmlib.model.review.ReviewFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The review file of {@code examples/} and its defective variants, each checked against the
 * referential it names at its own date, as the examples' README says: the example history has no
 * finding, and each variant exactly the finding it was made for.
 */
class ReviewFileExamplesTest {

  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final LdmJson JSON = LdmJson.defaults();

  private static ReviewFile read(String file) throws IOException {
    return JSON.read(ReviewFile.class, EXAMPLES.resolve(file));
  }

  private static ConformityReport check(ReviewFile file) {
    Referential referential = Referentials.load(file.referentialId().orElseThrow(),
        file.referentialEdition().orElseThrow());
    return Checker.of(DocumentKind.REVIEW_FILE, referential).check(file);
  }

  @Test
  void theExampleHistoryHasNoFinding() throws IOException {
    ReviewFile file = read("review-file-marie-marvingt.json");

    ConformityReport report = check(file);

    assertThat(report.findings()).isEmpty();
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2028, 9, 20));
    assertThat(report.asOfBasis()).isEqualTo(AsOfBasis.DOCUMENT_DATE);
    assertThat(report.documentKind()).isSameAs(DocumentKind.REVIEW_FILE);
    assertThat(report.criterionIds()).contains("C4", "C7");
  }

  @Test
  void theExampleHistoryReusesTheExampleDocumentsOfTheLycee() throws IOException {
    ReviewFile file = read("review-file-marie-marvingt.json");

    assertThat(file.dossier()).contains(JSON.read(io.github.ldmlib.model.dossier.Dossier.class,
        EXAMPLES.resolve("dossier-complete.json")));
    assertThat(file.reviews().get(0)).isEqualTo(JSON.read(AnnualReview.class,
        EXAMPLES.resolve("annual-review-marie-marvingt-2026-2027.json")));
    assertThat(file.labelRecord().orElseThrow().decisions()).hasSize(1);
    // Followed by both reviews: conventions reached their target; absenteeism in PFMP, at 5.2 % for a
    // target of 5 % due at N+5 (2024-2025), is still behind it without moving away from it.
    assertThat(file.indicatorHistory().orElseThrow().status("C4.A1.I1", LocalDate.of(2028, 9, 20)))
        .contains(IndicatorStatus.REACHED);
    assertThat(file.indicatorHistory().orElseThrow().status("C7.A1.I1", LocalDate.of(2028, 9, 20)))
        .contains(IndicatorStatus.BEHIND);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      defective/review-file-missing-review.json            | LDM-R-110 /reviews TO_COMPLETE
      defective/review-file-indicator-not-measured.json    | LDM-R-111 /reviews/1/sections/0/measures ADVICE
      defective/review-file-action-without-end-measure.json | LDM-R-112 /dossier/sections/6/actions/1/objectives/0/indicators/0/measures TO_COMPLETE
      defective/review-file-axis-not-addressed.json        | LDM-R-113 /reviews/1/axes ADVICE
      defective/review-file-indicator-moving-away.json     | LDM-R-114 /reviews/1/sections/2/measures/0 ADVICE
      """)
  void eachDefectiveVariantHasExactlyTheFindingItWasMadeFor(String file, String finding) throws IOException {
    ConformityReport report = check(read(file));

    assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.pointer() + " " + f.severity())
        .containsExactly(finding);
  }

  @Test
  void everyDefectiveReviewFileIsListedHere() throws IOException {
    try (var files = Files.list(EXAMPLES.resolve("defective"))) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("review-file")))
          .hasSize(5);
    }
  }

  @Test
  void theAxisVariantAnswersTheReferentialOfThe2012NoteWhoseFollowUpAuditsCheckTheAxes() throws IOException {
    ReviewFile file = read("defective/review-file-axis-not-addressed.json");

    assertThat(file.referentialId()).contains("aix-marseille-2012");
    assertThat(check(file).findings()).singleElement()
        .satisfies(f -> assertThat(f.criterionId()).contains("C5"))
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ADVICE));
  }
}
