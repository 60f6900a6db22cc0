package io.github.ldmlib.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.InitiativeProgress;
import io.github.ldmlib.model.review.ProgressStatus;
import io.github.ldmlib.model.review.ReviewSection;
import io.github.ldmlib.report.view.ConformityReportView;
import io.github.ldmlib.rules.Checker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The conformity report of an annual review is rendered as that of a dossier, with whether it was
 * presented to the board in place of the readiness for audit, places in the review, and no
 * indicators.
 */
class AnnualReviewReportTest {

  static final Checker<AnnualReview> CHECKER = Checker.of(DocumentKind.ANNUAL_REVIEW, Examples.NATIONAL);

  static AnnualReview example() {
    return Examples.read(AnnualReview.class, "annual-review-marie-marvingt-2026-2027.json");
  }

  static AnnualReview notPresented() {
    return Examples.read(AnnualReview.class, "defective/review-not-presented-to-the-board.json");
  }

  @Test
  void theExampleIsRenderedInEveryFormat() {
    AnnualReview review = example();
    ConformityReport report = CHECKER.check(review);
    ReportRenderer fr = ReportRenderer.french();

    String text = fr.text(report, Examples.NATIONAL, review);
    assertThat(text).startsWith("Lycée professionnel Marie-Marvingt (UAI 0619876D)\n")
        .contains(" · vérifié au " + review.date().orElseThrow() + " (date du bilan)\n")
        .doesNotContain("Prêt pour l’audit");
    assertThat(text.lines().reduce((a, b) -> b).orElseThrow()).startsWith("Verdict : Conforme")
        .endsWith("Présenté au conseil d’administration : oui.");

    String html = fr.render(ReportFormat.HTML, report, Examples.NATIONAL, review);
    assertThat(html).startsWith("<!DOCTYPE html>")
        .contains("<title>Rapport de conformité — Lycée professionnel Marie-Marvingt</title>")
        .contains("<dt>Année scolaire</dt>").contains("2026-2027").contains("<dt>Date du bilan</dt>")
        .doesNotContain("<svg ");

    String md = fr.render(ReportFormat.MARKDOWN, report, Examples.NATIONAL, review);
    assertThat(md).startsWith("# Rapport de conformité — Lycée professionnel Marie-Marvingt (UAI 0619876D)\n")
        .contains("| Année scolaire | 2026-2027 |");
  }

  @Test
  void aReviewNotPresentedToTheBoardSaysSo() {
    AnnualReview review = notPresented();
    ConformityReport report = CHECKER.check(review, Locale.ENGLISH);

    ConformityReportView view = ReportRenderer.english().view(report, Examples.NATIONAL, review);

    assertThat(view.groups()).flatExtracting(g -> g.findings())
        .anySatisfy(f -> {
          assertThat(f.ruleId()).isEqualTo("LDM-R-010");
          assertThat(f.place()).isEqualTo("Presentations to the bodies");
        });
    assertThat(view.groups()).allSatisfy(g -> assertThat(g.indicators()).isEmpty());
    assertThat(ReportRenderer.english().text(report, Examples.NATIONAL, review)).contains("[LDM-R-010]")
        .contains("Presented to the board: no.").contains(" (the review’s date)\n");
  }

  @Test
  void aStoppedInitiativeIsPlacedInWords() {
    AnnualReview review = example();
    List<ReviewSection> sections = new ArrayList<>(review.sections());
    ReviewSection first = sections.get(0);
    List<InitiativeProgress> progress = new ArrayList<>(first.progress());
    progress.set(0, InitiativeProgress.builder().from(progress.get(0)).status(ProgressStatus.STOPPED)
        .reason(Optional.empty()).build());
    sections.set(0, ReviewSection.builder().from(first).progress(progress).build());
    AnnualReview stopped = AnnualReview.builder().from(review).sections(sections).build();

    ConformityReport report = CHECKER.check(stopped);
    ConformityReportView view = ReportRenderer.french().view(report, Examples.NATIONAL, stopped);

    assertThat(view.groups()).flatExtracting(g -> g.findings())
        .anySatisfy(f -> {
          assertThat(f.ruleId()).isEqualTo("LDM-R-020");
          assertThat(f.place()).isEqualTo("Section " + first.criterionId() + " › Avancement « "
              + progress.get(0).initiativeId() + " » › Raison");
        });
  }

  @Test
  void aDossiersReportIsNotAnAnnualReviewsReport() {
    ConformityReport report = Examples.check(Examples.complete(), Locale.FRENCH);

    assertThatThrownBy(() -> ReportRenderer.french().text(report, Examples.NATIONAL, example()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("annual review");
  }
}
