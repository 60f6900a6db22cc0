package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.Fixtures.REFERENTIAL;
import static io.github.ldmlib.rules.Fixtures.measure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.DecisionOutcome;
import io.github.ldmlib.model.audit.HeldAudit;
import io.github.ldmlib.model.audit.ImprovementAxis;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.IndicatorUnit;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.AxisProgress;
import io.github.ldmlib.model.review.IndicatorMeasure;
import io.github.ldmlib.model.review.InitiativeProgress;
import io.github.ldmlib.model.review.ProgressStatus;
import io.github.ldmlib.model.review.ReviewFile;
import io.github.ldmlib.model.review.ReviewSection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The review file rules, each built from its clause (Fiche 2's « bilan annuel a minima » and « suivi
 * régulier des indicateurs définis », the guide's « Mesure fin (N+5) / Mesure en fin d'action », the
 * 2012 note's follow-up audit « pour vérifier que les axes de progrès sont bien pris en compte »),
 * with the cases they must not report.
 */
class ReviewFileRulesTest {

  private static final Checker<ReviewFile> CHECKER = Checker.of(DocumentKind.REVIEW_FILE, REFERENTIAL);
  private static final Establishment SCHOOL =
      Establishment.builder().uai(Fixtures.uai("0130001")).name("Lycée professionnel des Calanques").build();
  private static final LocalDate GRANTED = LocalDate.of(2024, 7, 4);
  /** In school year 2026-2027: 2024-2025 and 2025-2026 are over. */
  private static final LocalDate FILE_DATE = LocalDate.of(2026, 9, 15);

  /** A two-year action started in 2023-2024: it ends in 2025-2026 (N+2). */
  private static final Action ACTION = Action.builder()
      .id("C4.A1").title("Conventions avec les entreprises du bassin").durationYears(2).perennial(false)
      .startYear(SchoolYear.of(2023))
      .addObjectives(Objective.builder().text("Développer les partenariats")
          .addIndicators(indicator("C4.A1.I1", "Nombre de conventions", Direction.HIGHER_IS_BETTER, "60",
              measure(2023, Milestone.START, "40")))
          .build())
      .build();

  /** A three-year engagement from 2024-2025: it runs up to 2027-2028. */
  private static final Engagement ENGAGEMENT = Engagement.builder()
      .id("C4.E1").title("Prévention de l'absentéisme en PFMP").durationYears(3).referenceYear(SchoolYear.of(2024))
      .addObjectives(Objective.builder().text("Réduire l'absentéisme en PFMP")
          .addIndicators(indicator("C4.E1.I1", "Taux d'absentéisme en PFMP", Direction.LOWER_IS_BETTER, "8",
              measure(2024, Milestone.START, "12.5")))
          .build())
      .build();

  private static Indicator indicator(String id, String label, Direction direction, String target,
      io.github.ldmlib.model.dossier.Measure... measures) {
    IndicatorUnit unit = direction == Direction.HIGHER_IS_BETTER ? IndicatorUnit.COUNT : IndicatorUnit.PERCENT;
    return Indicator.builder().id(id).label(label).unit(unit).direction(direction)
        .target(new BigDecimal(target)).addMeasures(measures).build();
  }

  private static Dossier dossier(Action action, Engagement engagement) {
    return Dossier.builder().referentialId(REFERENTIAL.id()).dossierKind(DossierKind.INITIAL).establishment(SCHOOL)
        .addSections(CriterionSection.builder().criterionId("C4").addActions(action).addEngagements(engagement).build())
        .build();
  }

  private static IndicatorMeasure value(String indicatorId, String value) {
    return IndicatorMeasure.builder().indicatorId(indicatorId).value(new BigDecimal(value)).build();
  }

  private static AnnualReview review(int year, IndicatorMeasure... measures) {
    return review(REFERENTIAL.id(), year, List.of(), measures);
  }

  private static AnnualReview review(String referentialId, int year, List<InitiativeProgress> progress,
      IndicatorMeasure... measures) {
    return AnnualReview.builder().referentialId(referentialId).establishment(SCHOOL).schoolYear(SchoolYear.of(year))
        .date(LocalDate.of(year + 1, 6, 20))
        .addSections(ReviewSection.builder().criterionId("C4").addAllProgress(progress).addMeasures(measures).build())
        .build();
  }

  private static LabelRecord granted(LocalDate on, String referentialId) {
    return LabelRecord.builder().uai(SCHOOL.uai().orElseThrow())
        .addDecisions(LabelDecision.builder().uai(SCHOOL.uai().orElseThrow()).referentialId(referentialId)
            .outcome(DecisionOutcome.GRANTED).date(on).dossierKind(DossierKind.INITIAL).build())
        .build();
  }

  /** The file no rule faults: a review for each of the two school years over, each measuring both indicators. */
  private static final ReviewFile FILE = ReviewFile.builder()
      .date(FILE_DATE)
      .dossier(dossier(ACTION, ENGAGEMENT))
      .labelRecord(granted(GRANTED, REFERENTIAL.id()))
      .addReviews(review(2024, value("C4.A1.I1", "45"), value("C4.E1.I1", "11")),
          review(2025, value("C4.A1.I1", "52"), value("C4.E1.I1", "10")))
      .build();

  private static List<String> found(ReviewFile file) {
    return found(CHECKER, file, FILE_DATE);
  }

  private static List<String> found(Checker<ReviewFile> checker, ReviewFile file, LocalDate asOf) {
    return checker.check(file, asOf).findings().stream().map(f -> f.ruleId() + " " + f.pointer()).toList();
  }

  private static ReviewFile withReviews(AnnualReview... reviews) {
    return ReviewFile.builder().from(FILE).reviews(List.of(reviews)).build();
  }

  @Test
  void aFollowedUpLabelHasNoFinding() {
    assertThat(CHECKER.check(FILE).findings()).isEmpty();
    assertThat(CHECKER.check(FILE).asOf()).isEqualTo(FILE_DATE);
  }

  @Nested
  class AReviewEveryYear {

    @Test
    void aSchoolYearOfTheLabelThatIsOverWithoutItsReviewIsToComplete() {
      List<Finding> findings = CHECKER.check(withReviews(FILE.reviews().get(1)), FILE_DATE).findings();

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("LDM-R-110");
        assertThat(f.severity()).isEqualTo(Severity.TO_COMPLETE);
        assertThat(f.pointer()).hasToString("/reviews");
        assertThat(f.message()).contains("2024-2025").contains("2024-07-04");
      });
    }

    @Test
    void theCurrentSchoolYearIsNotDue() {
      // On 30 June 2026, school year 2025-2026 is not over: its review is not due yet.
      assertThat(found(CHECKER, withReviews(FILE.reviews().get(0)), LocalDate.of(2026, 6, 30)))
          .noneMatch(f -> f.startsWith("LDM-R-110"));
      assertThat(found(CHECKER, withReviews(FILE.reviews().get(0)), LocalDate.of(2026, 9, 1)))
          .contains("LDM-R-110 /reviews");
    }

    @Test
    void aLabelGrantedThisYearAsksNoReviewOfTheYearItWasGrantedIn() {
      ReviewFile file = ReviewFile.builder().from(FILE).labelRecord(granted(LocalDate.of(2026, 7, 2), REFERENTIAL.id()))
          .reviews(List.of()).build();

      assertThat(found(file)).noneMatch(f -> f.startsWith("LDM-R-110"));
    }

    @Test
    void aLabelGrantedOnTheFirstDayOfASchoolYearAsksForThatYear() {
      ReviewFile file = ReviewFile.builder().from(FILE).labelRecord(granted(LocalDate.of(2025, 9, 1), REFERENTIAL.id()))
          .reviews(List.of()).build();

      assertThat(CHECKER.check(file, FILE_DATE).findings()).filteredOn(f -> f.ruleId().equals("LDM-R-110"))
          .extracting(Finding::message).singleElement().asString().contains("2025-2026");
    }

    @Test
    void theYearsAfterTheLabelExpiredAreNotDueWhenItsValidityIsStated() {
      Referential fiveYears = Referential.builder().from(REFERENTIAL)
          .parameters(ProcessParameters.builder().from(REFERENTIAL.parameters()).labelValidityYears(5).build()).build();
      ReviewFile file = ReviewFile.builder().from(FILE).labelRecord(granted(LocalDate.of(2019, 7, 4), REFERENTIAL.id()))
          .reviews(List.of()).build();

      // Valid from 4 July 2019 to 4 July 2024: school years 2019-2020 to 2023-2024, not 2024-2025 or 2025-2026.
      assertThat(Checker.of(DocumentKind.REVIEW_FILE, fiveYears).check(file, FILE_DATE).findings())
          .filteredOn(f -> f.ruleId().equals("LDM-R-110")).extracting(Finding::message)
          .hasSize(5)
          .anySatisfy(m -> assertThat(m).contains("2019-2020"))
          .anySatisfy(m -> assertThat(m).contains("2023-2024"))
          .noneSatisfy(m -> assertThat(m).contains("2024-2025"));
    }

    @Test
    void withoutALabelGrantedNothingIsDue() {
      assertThat(found(ReviewFile.builder().from(FILE).labelRecord(java.util.Optional.empty()).reviews(List.of())
          .build())).noneMatch(f -> f.startsWith("LDM-R-110"));
    }
  }

  @Nested
  class EachIndicatorMeasured {

    @Test
    void anIndicatorOfTheDossierWithoutAMeasureInTheYearsReviewIsReported() {
      ReviewFile file = withReviews(FILE.reviews().get(0), review(2025, value("C4.A1.I1", "52")));

      List<Finding> findings = CHECKER.check(file, FILE_DATE).findings();

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("LDM-R-111");
        assertThat(f.severity()).isEqualTo(Severity.ADVICE);
        assertThat(f.pointer()).hasToString("/reviews/1/sections/0/measures");
        assertThat(f.criterionId()).contains("C4");
        assertThat(f.message()).contains("2025-2026").contains("Taux d'absentéisme en PFMP").contains("C4.E1.I1");
      });
    }

    @Test
    void aValueTheDossierHoldsForTheYearCounts() {
      // The engagement's measure at N (2024-2025) is in the dossier: the first review need not repeat it.
      ReviewFile file = withReviews(review(2024, value("C4.A1.I1", "45")), FILE.reviews().get(1));

      assertThat(found(file)).isEmpty();
    }

    @Test
    void anActionOverOrNotStartedIsNotFollowed() {
      // The action ended in 2025-2026: the review of 2026-2027 need not measure it; the engagement still runs.
      ReviewFile file = ReviewFile.builder().from(FILE).date(LocalDate.of(2027, 9, 15))
          .addReviews(review(2026, value("C4.E1.I1", "9"))).build();

      assertThat(found(CHECKER, file, LocalDate.of(2027, 9, 15))).isEmpty();
    }

    @Test
    void aStoppedEngagementIsNoLongerFollowed() {
      InitiativeProgress stopped = InitiativeProgress.builder().initiativeId("C4.E1").status(ProgressStatus.STOPPED)
          .reason("Le partenaire s'est retiré.").build();
      ReviewFile file = withReviews(
          review(REFERENTIAL.id(), 2024, List.of(stopped), value("C4.A1.I1", "45"), value("C4.E1.I1", "11")),
          review(2025, value("C4.A1.I1", "52")));

      assertThat(found(file)).isEmpty();
    }

    @Test
    void anEngagementDoneIsNotFollowedTheYearsAfterButIsTheYearItEnds() {
      InitiativeProgress done = InitiativeProgress.builder().initiativeId("C4.E1").status(ProgressStatus.DONE).build();
      ReviewFile doneFirst = withReviews(
          review(REFERENTIAL.id(), 2024, List.of(done), value("C4.A1.I1", "45"), value("C4.E1.I1", "11")),
          review(2025, value("C4.A1.I1", "52")));
      ReviewFile doneLast = withReviews(FILE.reviews().get(0),
          review(REFERENTIAL.id(), 2025, List.of(done), value("C4.A1.I1", "52")));

      assertThat(found(doneFirst)).isEmpty();
      assertThat(found(doneLast)).containsExactly("LDM-R-111 /reviews/1/sections/0/measures");
    }

    @Test
    void anIndicatorWithoutAnIdIsNotJudged() {
      Engagement withoutIds = Engagement.builder().from(ENGAGEMENT).objectives(List.of(Objective.builder()
          .text("Réduire l'absentéisme").addIndicators(Indicator.builder().from(ENGAGEMENT.objectives().get(0)
              .indicators().get(0)).id(java.util.Optional.empty()).build()).build())).build();
      ReviewFile file = ReviewFile.builder().from(FILE).dossier(dossier(ACTION, withoutIds))
          .reviews(List.of(review(2024, value("C4.A1.I1", "45")), review(2025, value("C4.A1.I1", "52")))).build();

      assertThat(found(file)).isEmpty();
    }
  }

  @Nested
  class EndMeasure {

    private final ReviewFile withoutEndValue = withReviews(FILE.reviews().get(0),
        review(2025, value("C4.E1.I1", "10")), review(2026, value("C4.E1.I1", "9")));

    @Test
    void anActionOverWithoutItsEndMeasureIsToComplete() {
      List<Finding> findings = CHECKER.check(withoutEndValue, FILE_DATE).findings().stream()
          .filter(f -> f.ruleId().equals("LDM-R-112")).toList();

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.TO_COMPLETE);
        assertThat(f.pointer()).hasToString("/dossier/sections/0/actions/0/objectives/0/indicators/0/measures");
        assertThat(f.message()).contains("N+2").contains("2025-2026").contains("Conventions avec les entreprises");
      });
    }

    @Test
    void theEndMeasureInTheDossierOrInTheReviewOfTheEndYearCounts() {
      Action measuredAtTheEnd = Action.builder().from(ACTION).objectives(List.of(Objective.builder()
          .text("Développer les partenariats").addIndicators(Indicator.builder()
              .from(ACTION.objectives().get(0).indicators().get(0))
              .addMeasures(measure(2025, Milestone.END, "55")).build()).build())).build();

      assertThat(found(FILE)).noneMatch(f -> f.startsWith("LDM-R-112"));
      assertThat(found(ReviewFile.builder().from(withoutEndValue).dossier(dossier(measuredAtTheEnd, ENGAGEMENT))
          .build())).noneMatch(f -> f.startsWith("LDM-R-112"));
    }

    @Test
    void anActionWhoseLastYearIsNotOverIsNotJudged() {
      assertThat(found(CHECKER, withoutEndValue, LocalDate.of(2026, 8, 31))).noneMatch(f -> f.startsWith("LDM-R-112"));
    }

    @Test
    void aStoppedOrPerennialActionIsNotJudged() {
      InitiativeProgress stopped = InitiativeProgress.builder().initiativeId("C4.A1").status(ProgressStatus.STOPPED)
          .reason("Les entreprises du bassin ont fermé.").build();
      ReviewFile stoppedFile = withReviews(
          review(REFERENTIAL.id(), 2024, List.of(stopped), value("C4.A1.I1", "45"), value("C4.E1.I1", "11")),
          review(2025, value("C4.E1.I1", "10")));
      ReviewFile perennial = ReviewFile.builder().from(withoutEndValue)
          .dossier(dossier(Action.builder().from(ACTION).perennial(true).build(), ENGAGEMENT)).build();

      assertThat(found(stoppedFile)).noneMatch(f -> f.startsWith("LDM-R-112"));
      assertThat(found(perennial)).noneMatch(f -> f.startsWith("LDM-R-112"));
    }
  }

  @Nested
  class AxesAddressed {

    private final Referential aix = Referentials.load("aix-marseille-2012", "2012-01");
    private final Checker<ReviewFile> checker = Checker.of(DocumentKind.REVIEW_FILE, aix);

    private ReviewFile file(List<AxisProgress> secondYear) {
      AuditSummary summary = AuditSummary.builder().uai(SCHOOL.uai().orElseThrow()).referentialId(aix.id())
          .stage(Stage.FOLLOW_UP_1_YEAR).auditDate(LocalDate.of(2025, 6, 12))
          .addImprovementAxes(axis("AX-1", "C2"), axis("AX-2", "C5")).build();
      AnnualReview first = review(aix.id(), 2024, List.of());
      AnnualReview second = AnnualReview.builder().from(review(aix.id(), 2025, List.of())).axes(secondYear).build();
      LabelRecord record = LabelRecord.builder().from(granted(GRANTED, aix.id()))
          .addAudits(HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, LocalDate.of(2025, 6, 12))).build();
      return ReviewFile.builder().date(FILE_DATE).labelRecord(record).addReviews(first, second)
          .lastAuditSummary(summary).build();
    }

    private ImprovementAxis axis(String id, String criterion) {
      return ImprovementAxis.builder().id(id).criterionId(criterion).text("Axe de progrès " + id).build();
    }

    private AxisProgress done(String id) {
      return AxisProgress.builder().axisId(id).done("Ce qui a été fait pour " + id).build();
    }

    @Test
    void anAxisOfTheLastAuditThatTheFollowingReviewDoesNotAddressIsReported() {
      List<Finding> findings = checker.check(file(List.of(done("AX-1"))), FILE_DATE).findings();

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("LDM-R-113");
        assertThat(f.severity()).isEqualTo(Severity.ADVICE);
        assertThat(f.pointer()).hasToString("/reviews/1/axes");
        assertThat(f.criterionId()).contains("C5");
        assertThat(f.message()).contains("AX-2").contains("2025-2026").contains("2025-06-12");
      });
    }

    @Test
    void axesAddressedAreNotReported() {
      assertThat(found(checker, file(List.of(done("AX-2"), done("AX-1"))), FILE_DATE)).isEmpty();
    }

    @Test
    void theReviewOfTheAuditsOwnYearNeedNotAddressItsAxes() {
      // The review of 2024-2025, the year of the audit, addresses none; only the next one is judged.
      ReviewFile file = file(List.of(done("AX-1"), done("AX-2")));
      assertThat(file.reviews().get(0).axes()).isEmpty();

      assertThat(found(checker, file, FILE_DATE)).isEmpty();
    }

    @Test
    void withoutTheFollowingReviewTheRuleDoesNotApply() {
      ReviewFile file = ReviewFile.builder().from(file(List.of())).reviews(List.of(file(List.of()).reviews().get(0)))
          .build();

      assertThat(found(checker, file, LocalDate.of(2026, 6, 30))).isEmpty();
    }

    @Test
    void theRuleOfThe2012NoteDoesNotJudgeAFileOfTheNationalGuide() {
      ReviewFile national = ReviewFile.builder().from(FILE).lastAuditSummary(AuditSummary.builder()
          .uai(SCHOOL.uai().orElseThrow()).referentialId(REFERENTIAL.id()).stage(Stage.FOLLOW_UP_1_YEAR)
          .auditDate(LocalDate.of(2024, 6, 12)).addImprovementAxes(axis("AX-1", "C4")).build()).build();

      assertThat(found(national)).isEmpty();
    }
  }

  @Nested
  class MovingAway {

    private ReviewFile values(String first, String second) {
      return withReviews(review(2024, value("C4.A1.I1", first), value("C4.E1.I1", "11")),
          review(2025, value("C4.A1.I1", second), value("C4.E1.I1", "10")));
    }

    @Test
    void anIndicatorWorseAtTwoReviewsInARowIsAdvice() {
      // 40 at N, then 38, then 35, for a target of 60 with higher better.
      List<Finding> findings = CHECKER.check(values("38", "35"), FILE_DATE).findings();

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("LDM-R-114");
        assertThat(f.severity()).isEqualTo(Severity.ADVICE);
        assertThat(f.pointer()).hasToString("/reviews/1/sections/0/measures/0");
        assertThat(f.message()).contains("Nombre de conventions").contains("2024-2025").contains("2025-2026");
      });
    }

    @Test
    void anIndicatorMovingTowardItsTargetOrWorseOnlyOnceIsNotReported() {
      assertThat(found(values("45", "52"))).isEmpty();
      assertThat(found(values("38", "41"))).isEmpty();
      assertThat(found(values("45", "43"))).isEmpty();
    }

    @Test
    void anIndicatorThatStillMeetsItsTargetIsNotMovingAwayFromIt() {
      // Lower is better, target 8: 12.5 at N, then 7 and 7.5 and 7.9, all within the target.
      Engagement met = Engagement.builder().from(ENGAGEMENT).referenceYear(SchoolYear.of(2023))
          .objectives(List.of(Objective.builder().text("Réduire l'absentéisme").addIndicators(
              indicator("C4.E1.I1", "Taux d'absentéisme en PFMP", Direction.LOWER_IS_BETTER, "8",
                  measure(2023, Milestone.START, "7"))).build())).build();
      ReviewFile file = ReviewFile.builder().from(FILE).dossier(dossier(ACTION, met))
          .reviews(List.of(review(2024, value("C4.A1.I1", "45"), value("C4.E1.I1", "7.5")),
              review(2025, value("C4.A1.I1", "52"), value("C4.E1.I1", "7.9")))).build();

      assertThat(found(file)).isEmpty();
    }

    @Test
    void aReviewOfASchoolYearNotBegunDoesNotCount() {
      ReviewFile file = ReviewFile.builder().from(values("45", "52"))
          .addReviews(review(2027, value("C4.A1.I1", "30"), value("C4.E1.I1", "10"))).build();

      assertThat(found(file)).isEmpty();
    }
  }
}
