package io.github.ldmlib.test;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.EvidenceKind;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.BodyPresentation;
import io.github.ldmlib.model.review.IndicatorMeasure;
import io.github.ldmlib.model.review.InitiativeProgress;
import io.github.ldmlib.model.review.ProgressStatus;
import io.github.ldmlib.model.review.ReviewSection;
import io.github.ldmlib.model.review.SchoolBody;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Annual reviews (<i>bilans annuels d'essai</i>) of a dossier that the built-in checker finds
 * nothing in, the starting point of a test that then introduces the one defect it is about.
 *
 * <pre>{@code
 * Dossier dossier = LdmJson.defaults().read(Dossier.class, Path.of("examples", "dossier-complete.json"));
 * AnnualReviewFixture review = AnnualReviewFixtures.conforming(dossier, SchoolYear.of(2026));
 *
 * assertThat(review.check()).hasNoFindings();
 * assertThat(review.withoutBoardPresentation().check()).hasOnlyFindingsOf("LDM-R-010");
 * }</pre>
 *
 * <p>A conforming review follows up the dossier's referential and establishment for one school
 * year. It has one section per criterion of the dossier that holds an id: every action and
 * engagement with an {@linkplain Initiative#id() id} is under way, every indicator with an
 * {@linkplain Indicator#id() id} is measured at its latest value in the dossier (zero when the
 * dossier has none), and the section gives its collective self-evaluation. It was presented to the
 * board and to the teaching council, whose minutes are in its evidence annex, and it is dated, and
 * checked as of, 30 June of the school year. The same arguments always give an equal review.
 */
public final class AnnualReviewFixtures {

  private AnnualReviewFixtures() {}

  /** The id of the minutes of the board meeting in a conforming review's annex. */
  static final String BOARD_MINUTES = "B-01";

  /** The id of the minutes of the teaching council in a conforming review's annex. */
  static final String COUNCIL_MINUTES = "B-02";

  /**
   * Returns a conforming review of a dossier, checked against the bundled referential the dossier
   * names (the edition it names, or the latest).
   *
   * @param dossier the dossier followed up
   * @param year the school year reviewed
   * @return the fixture
   * @throws java.util.NoSuchElementException if the dossier's referential is not bundled
   */
  public static AnnualReviewFixture conforming(Dossier dossier, SchoolYear year) {
    Objects.requireNonNull(dossier, "dossier");
    Referential referential = dossier.referentialEdition()
        .map(edition -> Referentials.load(dossier.referentialId(), edition))
        .orElseGet(() -> Referentials.latest(dossier.referentialId()));
    return conforming(dossier, year, referential);
  }

  /**
   * Returns a conforming review of a dossier, checked against a given referential; the review names
   * that referential, so that rule {@code LDM-R-002} accepts it.
   *
   * @param dossier the dossier followed up
   * @param year the school year reviewed
   * @param referential the referential the review is checked against
   * @return the fixture
   */
  public static AnnualReviewFixture conforming(Dossier dossier, SchoolYear year, Referential referential) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(referential, "referential");
    LocalDate date = LocalDate.of(year.endYear(), Month.JUNE, 30);
    AnnualReview.Builder review = AnnualReview.builder()
        .referentialId(referential.id())
        .referentialEdition(referential.edition().id())
        .establishment(dossier.establishment())
        .schoolYear(year)
        .date(date);
    for (CriterionSection section : dossier.sections()) {
      reviewSection(section).ifPresent(review::addSections);
    }
    review.addPresentations(
        BodyPresentation.builder().body(SchoolBody.TEACHING_COUNCIL).date(date.minusDays(14))
            .minutesEvidenceId(COUNCIL_MINUTES).build(),
        BodyPresentation.builder().body(SchoolBody.BOARD).date(date.minusDays(5))
            .minutesEvidenceId(BOARD_MINUTES).build());
    review.addEvidence(
        Evidence.builder().id(BOARD_MINUTES).kind(EvidenceKind.MINUTES)
            .title("Procès-verbal du conseil d'administration : présentation du bilan annuel " + year).build(),
        Evidence.builder().id(COUNCIL_MINUTES).kind(EvidenceKind.MINUTES)
            .title("Compte rendu du conseil pédagogique : présentation du bilan annuel " + year).build());
    return new AnnualReviewFixture(review.build(), referential, date, new AnnualReviewFixture.LazyChecker(referential));
  }

  private static Optional<ReviewSection> reviewSection(CriterionSection section) {
    List<Initiative> work = new ArrayList<>(section.actions());
    work.addAll(section.engagements());
    ReviewSection.Builder b = ReviewSection.builder().criterionId(section.criterionId());
    boolean any = false;
    for (Initiative initiative : work) {
      if (initiative.id().isPresent()) {
        b.addProgress(InitiativeProgress.builder().initiativeId(initiative.id().get())
            .status(ProgressStatus.UNDER_WAY).build());
        any = true;
      }
      for (Objective objective : initiative.objectives()) {
        for (Indicator indicator : objective.indicators()) {
          if (indicator.id().isPresent()) {
            b.addMeasures(IndicatorMeasure.builder().indicatorId(indicator.id().get())
                .value(latest(indicator)).build());
            any = true;
          }
        }
      }
    }
    if (!any) {
      return Optional.empty();
    }
    return Optional.of(b.selfEvaluation("Le groupe de travail qualité a évalué collectivement l'avancée "
        + "du critère " + section.criterionId() + " : les actions se poursuivent comme prévu.").build());
  }

  private static BigDecimal latest(Indicator indicator) {
    return indicator.measures().stream()
        .max(Comparator.comparing(Measure::schoolYear).thenComparing(Measure::milestone))
        .map(Measure::value)
        .orElse(BigDecimal.ZERO);
  }
}
