package io.github.ldmlib.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.review.ReviewFile;
import io.github.ldmlib.report.view.ConformityReportView;
import io.github.ldmlib.rules.Checker;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The conformity report of a review file is rendered as that of a dossier, with the school years
 * reviewed in place of the readiness for audit and places named from the part of the file first.
 */
class ReviewFileReportTest {

  static final Checker<ReviewFile> CHECKER = Checker.of(DocumentKind.REVIEW_FILE, Examples.NATIONAL);

  @Test
  void theExampleHistoryIsRenderedInEveryFormat() {
    ReviewFile file = Examples.read(ReviewFile.class, "review-file-marie-marvingt.json");
    ConformityReport report = CHECKER.check(file);
    ReportRenderer fr = ReportRenderer.french();

    String text = fr.text(report, Examples.NATIONAL, file);
    assertThat(text).startsWith("Lycée professionnel Marie-Marvingt (UAI 0619876D)\n")
        .contains(" · vérifié au 2028-09-20 (date du dossier de suivi)\n")
        .doesNotContain("Prêt pour l’audit");
    assertThat(text.lines().reduce((a, b) -> b).orElseThrow()).startsWith("Verdict : Conforme")
        .endsWith("Bilans annuels : 2026-2027, 2027-2028.");

    String html = fr.render(ReportFormat.HTML, report, Examples.NATIONAL, file);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<dt>Bilans annuels</dt>")
        .contains("<dt>Date du dossier de suivi</dt>");
    assertThat(fr.render(ReportFormat.MARKDOWN, report, Examples.NATIONAL, file))
        .contains("| Bilans annuels | 2026-2027, 2027-2028 |");
  }

  @Test
  void aFindingIsPlacedInTheReviewItConcerns() {
    ReviewFile file = Examples.read(ReviewFile.class, "defective/review-file-indicator-not-measured.json");
    ConformityReport report = CHECKER.check(file, Locale.ENGLISH);

    ConformityReportView view = ReportRenderer.english().view(report, Examples.NATIONAL, file);

    assertThat(view.groups()).flatExtracting(g -> g.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("LDM-R-111");
      assertThat(f.place()).isEqualTo("Review 2027-2028 › Section C4 › Measures");
    });
    assertThat(ReportRenderer.english().text(report, Examples.NATIONAL, file))
        .contains(" (the review file’s date)\n").contains("Annual reviews: 2026-2027, 2027-2028.");
  }

  @Test
  void aDossiersReportIsNotAReviewFilesReport() {
    ConformityReport report = Examples.check(Examples.complete(), Locale.FRENCH);

    assertThatThrownBy(() -> ReportRenderer.french().text(report, Examples.NATIONAL,
        Examples.read(ReviewFile.class, "review-file-marie-marvingt.json")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("review file");
  }
}
