package io.github.ldmlib.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.IndicatorHistory;
import io.github.ldmlib.model.review.IndicatorMeasure;
import io.github.ldmlib.model.review.IndicatorStatus;
import io.github.ldmlib.model.review.InitiativeProgress;
import io.github.ldmlib.model.review.ProgressStatus;
import io.github.ldmlib.model.review.ReviewSection;
import io.github.ldmlib.report.view.Fact;
import io.github.ldmlib.report.view.FollowUpCriterionView;
import io.github.ldmlib.report.view.FollowUpView;
import io.github.ldmlib.report.view.NextAuditView;
import io.github.ldmlib.report.view.ProgressView;
import io.github.ldmlib.report.view.SeriesView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The view of the follow-up report: the statuses are the indicator history's, the progress of each
 * action follows the reviews, and the next follow-up audit is told what was left undone, and only that.
 */
class FollowUpReportTest {

  static final ReportRenderer FR = ReportRenderer.french();

  static FollowUpView example() {
    return FR.view(Examples.followUp(), Examples.WITH_SCHEDULE, Examples.FOLLOW_UP_AS_OF);
  }

  static FollowUpCriterionView criterion(FollowUpView view, String id) {
    return view.criteria().stream().filter(c -> c.criterionId().equals(id)).findFirst().orElseThrow();
  }

  static SeriesView series(FollowUpView view, String id) {
    return view.criteria().stream().flatMap(c -> c.indicators().stream()).filter(s -> s.id().equals(id))
        .findFirst().orElseThrow();
  }

  static ProgressView progress(FollowUpView view, String criterionId, String id) {
    return criterion(view, criterionId).initiatives().stream().filter(p -> p.id().filter(id::equals).isPresent())
        .findFirst().orElseThrow();
  }

  @Test
  void eachIndicatorHasTheStatusTheHistoryGivesOnTheDateOfTheReport() {
    FollowUpView view = example();
    IndicatorHistory history = IndicatorHistory.of(Examples.complete(),
        List.of(Examples.review2027(), Examples.review2028()));

    assertThat(criterion(view, "C4").indicators()).extracting(SeriesView::id).containsExactly("C4.A1.I1", "C4.E1.I1");
    assertThat(criterion(view, "C7").indicators()).extracting(SeriesView::id).containsExactly("C7.A1.I1", "C7.N1");
    assertThat(series(view, "C4.A1.I1").statusName()).isEqualTo("reached");
    assertThat(series(view, "C4.E1.I1").statusName()).isEqualTo("behind");
    assertThat(series(view, "C7.A1.I1").statusName()).isEqualTo("no-recent-measure");
    assertThat(series(view, "C7.N1").statusName()).isEqualTo("on-track");
    for (String id : history.indicatorIds()) {
      IndicatorStatus status = history.status(id, Examples.FOLLOW_UP_AS_OF).orElseThrow();
      assertThat(series(view, id).status().word()).as(id).isEqualTo(word(status));
    }
    assertThat(series(view, "C4.E1.I1").status().css()).isEqualTo("v-gap");
    assertThat(series(view, "C7.A1.I1").status().css()).isEqualTo("v-obs");
  }

  private static String word(IndicatorStatus status) {
    return switch (status) {
      case ON_TRACK -> "Sur la trajectoire";
      case BEHIND -> "En retard";
      case REACHED -> "Cible atteinte";
      case NO_RECENT_MEASURE -> "Pas de mesure récente";
    };
  }

  @Test
  void aSeriesListsItsValuesAgainstTheTrajectoryAtNN3AndN5() {
    SeriesView s = series(example(), "C4.E1.I1");

    // From 2 in 2025-2026 (N) to the target 6 in 2030-2031 (N+5).
    assertThat(s.rows()).extracting(r -> r.schoolYear() + " " + r.milestone() + " " + r.value() + " " + r.expected())
        .containsExactly("2025-2026 N 2 2", "2026-2027 N+1 4 2.8", "2027-2028 N+2 3 3.6", "2028-2029 N+3 — 4.4",
            "2030-2031 N+5 — 6");
    assertThat(s.target()).isEqualTo("6 en N+5 (2030-2031)");
    assertThat(s.chart().points()).extracting(p -> p.value()).containsExactly("2", "4", "3");
    assertThat(s.chart().trajectory()).isPresent();
    assertThat(s.chart().ticks()).extracting(t -> t.label()).containsExactly("N", "N+3", "N+5");
    assertThat(series(example(), "C7.N1").chart().trajectory()).as("no target, no trajectory").isEmpty();
  }

  @Test
  void eachActionShowsItsProgressLatestFirstAndAStoppedOneItsReason() {
    FollowUpView view = example();

    ProgressView stopped = progress(view, "C4", "C4.E1");
    assertThat(stopped.latest().word()).isEqualTo("Arrêté");
    assertThat(stopped.steps()).extracting(ProgressView.Step::schoolYear).containsExactly("2027-2028", "2026-2027");
    assertThat(stopped.steps().get(0).reason()).hasValue("La région a suspendu les sélections régionales en février 2028.");
    assertThat(stopped.steps().get(1).status().word()).isEqualTo("En cours");
    assertThat(progress(view, "C4", "C4.A1").latest().css()).isEqualTo("v-ok");

    ProgressView withoutId = criterion(view, "C4").initiatives().get(1);
    assertThat(withoutId.id()).isEmpty();
    assertThat(withoutId.title()).isEqualTo("Action « Immersion des professeurs en entreprise »");
    assertThat(withoutId.steps()).isEmpty();
    assertThat(criterion(view, "C4").selfEvaluation()).map(Fact::name).hasValue("Auto-évaluation collective (2027-2028)");
  }

  @Test
  void aReviewOfALaterSchoolYearThanTheReportIsLeftOut() {
    FollowUpView view = FR.view(Examples.followUp(), Examples.WITH_SCHEDULE, LocalDate.of(2027, 7, 2));

    assertThat(progress(view, "C4", "C4.E1").steps()).extracting(ProgressView.Step::schoolYear)
        .containsExactly("2026-2027");
    assertThat(series(view, "C4.A1.I1").statusName()).isEqualTo("behind");   // 24, target 25
    assertThat(view.facts()).contains(new Fact("Bilans annuels", "2026-2027"));
  }

  @Test
  void theNextAuditLooksAtWhatNoReviewTookUpAndNotAtWhatOneDid() {
    NextAuditView next = example().nextAudit();

    assertThat(next.facts()).containsExactly(
        new Fact("Prochain audit", "Audit de suivi à trois ans, dû le 2029-07-02 (année scolaire 2028-2029)"),
        new Fact("Dernier audit", "Candidature du 2026-05-12"));
    assertThat(next.axes()).extracting(NextAuditView.Axis::id, NextAuditView.Axis::addressed).containsExactly(
        tuple("AX-01", true), tuple("AX-02", true), tuple("AX-03", false), tuple("AX-04", false), tuple("AX-05", true));
    // AX-01 is taken up in 2026-2027 only, AX-05 in both: the latest review that reports on it is named.
    assertThat(next.axes().get(0).status().word()).isEqualTo("Traité dans le bilan 2026-2027");
    assertThat(next.axes().get(4).status().word()).isEqualTo("Traité dans le bilan 2027-2028");
    assertThat(next.watch()).hasSize(5)
        .anySatisfy(w -> assertThat(w).startsWith("Axe de progrès AX-03 (C5)"))
        .anySatisfy(w -> assertThat(w).startsWith("Axe de progrès AX-04 (C1)"))
        .anySatisfy(w -> assertThat(w).startsWith("Écart E-03 (C5, écart mineur) non levé"))
        .anySatisfy(w -> assertThat(w).startsWith("Indicateur C4.E1.I1 "))
        .anySatisfy(w -> assertThat(w).startsWith("Indicateur C7.A1.I1 ").endsWith("aucune mesure pour 2028-2029 ni 2027-2028"));
    // Not listed: the axes a review took up, the gap lifted (E-01) or whose axis was taken up (E-02),
    // the indicators that reached their target or are on track.
    assertThat(String.join("\n", next.watch())).doesNotContain("AX-01").doesNotContain("AX-02")
        .doesNotContain("AX-05").doesNotContain("E-01").doesNotContain("E-02").doesNotContain("C4.A1.I1")
        .doesNotContain("C7.N1");
    assertThat(next.gaps()).extracting(g -> g.id() + " " + g.lifted() + " " + g.status().css())
        .containsExactly("E-01 2026-06-08 v-ok", "E-02 non levé v-obs", "E-03 non levé v-gap");
  }

  @Test
  void whenEveryAxisIsTakenUpTheNextAuditHasNoAxisToWatch() {
    AnnualReview all = AnnualReview.builder().from(Examples.review2028())
        .addAxes(io.github.ldmlib.model.review.AxisProgress.builder().axisId("AX-03").done("Une résidence de danse.").build(),
            io.github.ldmlib.model.review.AxisProgress.builder().axisId("AX-04").done("Une coloration agro-équipement.")
                .build())
        .build();
    FollowUpInput input = FollowUpInput.of(Examples.complete(), List.of(Examples.review2027(), all))
        .withLabelRecord(Examples.followedUpRecord()).withLastAudit(Examples.summary());

    NextAuditView next = FR.view(input, Examples.WITH_SCHEDULE, Examples.FOLLOW_UP_AS_OF).nextAudit();

    assertThat(next.axes()).allSatisfy(x -> assertThat(x.addressed()).isTrue());
    assertThat(next.watch()).noneMatch(w -> w.startsWith("Axe") || w.startsWith("Écart")).hasSize(2);
  }

  @Test
  void theNextAuditsDateSaysWhyItIsNotKnown() {
    FollowUpInput bare = FollowUpInput.of(Examples.complete(), List.of(Examples.review2027(), Examples.review2028()));

    NextAuditView noRecord = FR.view(bare, Examples.WITH_SCHEDULE, Examples.FOLLOW_UP_AS_OF).nextAudit();
    assertThat(noRecord.facts()).containsExactly(
        new Fact("Prochain audit", "inconnu : le registre du label n’est pas fourni"),
        new Fact("Dernier audit", "inconnu : le rapport de synthèse n’est pas fourni"));
    assertThat(noRecord.axes()).isEmpty();
    assertThat(noRecord.watch()).hasSize(2);

    NextAuditView noSchedule = FR.view(bare.withLabelRecord(Examples.followedUpRecord()), Examples.NATIONAL,
        Examples.FOLLOW_UP_AS_OF).nextAudit();
    assertThat(noSchedule.facts().get(0).value())
        .startsWith("inconnu : le référentiel n’énonce pas le calendrier des audits de suivi");

    LabelRecord notFollowedUp = Examples.read(LabelRecord.class, "label-record-marie-marvingt.json");
    NextAuditView overdue = FR.view(bare.withLabelRecord(notFollowedUp), Examples.WITH_SCHEDULE,
        Examples.FOLLOW_UP_AS_OF).nextAudit();
    assertThat(overdue.facts().get(0).value())
        .isEqualTo("Audit de suivi à un an, dû le 2027-07-02 (année scolaire 2026-2027) — en retard");
  }

  @Test
  void aLongHistoryShowsItsLatestYearsAndSaysHowManyItLeavesOut() {
    List<AnnualReview> reviews = new ArrayList<>();
    for (int year = 2026; year < 2046; year++) {
      reviews.add(AnnualReview.builder().from(Examples.review2027())
          .schoolYear(SchoolYear.of(year))
          .date(LocalDate.of(year + 1, 6, 30))
          .sections(List.of(ReviewSection.builder().criterionId("C4")
              .addMeasures(IndicatorMeasure.builder().indicatorId("C4.A1.I1").value(BigDecimal.valueOf(year - 2000)).build())
              .addProgress(InitiativeProgress.builder().initiativeId("C4.A1").status(ProgressStatus.UNDER_WAY)
                  .reason("x".repeat(3_000)).build())
              .build()))
          .build());
    }
    FollowUpView view = FR.view(FollowUpInput.of(Examples.complete(), reviews), Examples.WITH_SCHEDULE,
        LocalDate.of(2046, 6, 30));

    SeriesView s = series(view, "C4.A1.I1");
    assertThat(s.rows()).hasSize(SeriesView.MAX_YEARS);
    assertThat(s.rows().get(s.rows().size() - 1).schoolYear()).isEqualTo("2045-2046");
    assertThat(s.chart().points()).hasSize(SeriesView.MAX_YEARS);
    // 3 measures of the dossier and the reviews of 2026 to 2033: 11 earlier ones.
    assertThat(s.omitted()).hasValue("11 mesures antérieures non affichées");
    ProgressView p = progress(view, "C4", "C4.A1");
    assertThat(p.steps()).hasSize(SeriesView.MAX_YEARS);
    assertThat(p.steps().get(0).reason().orElseThrow()).hasSize(1_000).endsWith("…");
  }

  @Test
  void everyTextIsEscapedInEveryFormat() {
    String hostile = "<script>alert(1)</script> | *gras* `code`";
    AnnualReview review = AnnualReview.builder().from(Examples.review2028())
        .sections(List.of(ReviewSection.builder().criterionId("C4")
            .addProgress(InitiativeProgress.builder().initiativeId("C4.E1").status(ProgressStatus.STOPPED)
                .reason(hostile).build())
            .selfEvaluation(hostile)
            .build()))
        .build();
    FollowUpInput input = FollowUpInput.of(Examples.complete(), List.of(review));

    String html = FR.render(ReportFormat.HTML, input, Examples.WITH_SCHEDULE, Examples.FOLLOW_UP_AS_OF);
    String md = FR.render(ReportFormat.MARKDOWN, input, Examples.WITH_SCHEDULE, Examples.FOLLOW_UP_AS_OF);

    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(md.replace("\\<script", "")).doesNotContain("<script");
    assertThat(md).contains("\\<script\\>alert(1)\\</script\\> \\| \\*gras\\* \\`code\\`");
  }

  @Test
  void thePartsMustBeAboutOneEstablishmentAndOneReferential() {
    AnnualReview review = Examples.review2027();
    assertThatThrownBy(() -> FollowUpInput.of(Examples.complete(), List.of(review, review)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-2027");
    AnnualReview elsewhere = AnnualReview.builder().from(review)
        .establishment(Establishment.builder().from(review.establishment()).uai(Uai.parse("0750654D")).build())
        .build();
    assertThatThrownBy(() -> FollowUpInput.of(Examples.complete(), List.of(elsewhere)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0750654D");
    FollowUpInput input = FollowUpInput.of(Examples.complete(), List.of(review));
    io.github.ldmlib.model.referential.Referential other =
        io.github.ldmlib.io.Referentials.load("aix-marseille-2012", "2012-01");
    assertThatThrownBy(() -> FR.view(input, other, Examples.FOLLOW_UP_AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aix-marseille-2012");
  }

  @Test
  void theWordsFollowTheRenderersLanguage() {
    FollowUpView en = ReportRenderer.of(Locale.ENGLISH).view(Examples.followUp(), Examples.WITH_SCHEDULE,
        Examples.FOLLOW_UP_AS_OF);

    assertThat(en.labels().title()).isEqualTo("Follow-up of the label");
    assertThat(series(en, "C4.E1.I1").status().word()).isEqualTo("Behind");
    assertThat(en.nextAudit().facts().get(0).value())
        .isEqualTo("Follow-up audit at three years, due on 2029-07-02 (school year 2028-2029)");
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
