package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.Fixtures.REFERENTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.conformity.AsOfBasis;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.EvidenceKind;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.BodyPresentation;
import io.github.ldmlib.model.review.InitiativeProgress;
import io.github.ldmlib.model.review.ProgressStatus;
import io.github.ldmlib.model.review.ReviewSection;
import io.github.ldmlib.model.review.SchoolBody;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The annual review rules, each built from its clause of Fiche 2 (« un bilan annuel a minima,
 * présenté aux instances de l'établissement (conseil d'administration, conseil pédagogique...) »),
 * with the cases they must not report.
 */
class AnnualReviewRulesTest {

  private static final Checker<AnnualReview> CHECKER = Checker.of(DocumentKind.ANNUAL_REVIEW, REFERENTIAL);

  /** A review that no rule faults: presented to the board, with its minutes in the annex. */
  private static final AnnualReview REVIEW = AnnualReview.builder()
      .referentialId(REFERENTIAL.id())
      .establishment(Establishment.builder().uai(Fixtures.uai("0130001")).name("Lycée des Calanques").build())
      .schoolYear(SchoolYear.of(2026))
      .date(LocalDate.of(2027, 6, 10))
      .addSections(ReviewSection.builder().criterionId("C4")
          .addProgress(InitiativeProgress.builder().initiativeId("C4.A1").status(ProgressStatus.DONE).build())
          .addProgress(InitiativeProgress.builder().initiativeId("C4.E1").status(ProgressStatus.STOPPED)
              .reason("Le partenaire s'est retiré.").build())
          .build())
      .addPresentations(presentation(SchoolBody.TEACHING_COUNCIL, "B-02"), presentation(SchoolBody.BOARD, "B-01"))
      .addEvidence(evidence("B-01"), evidence("B-02"))
      .build();

  private static BodyPresentation presentation(SchoolBody body, String minutes) {
    return BodyPresentation.builder().body(body).date(LocalDate.of(2027, 6, 24)).minutesEvidenceId(minutes).build();
  }

  private static Evidence evidence(String id) {
    return Evidence.builder().id(id).title("Procès-verbal " + id).kind(EvidenceKind.DOCUMENT).build();
  }

  private static List<String> found(AnnualReview review) {
    return CHECKER.check(review).findings().stream().map(f -> f.ruleId() + " " + f.pointer()).toList();
  }

  @Test
  void aReviewPresentedToTheBoardWithItsMinutesHasNoFinding() {
    ConformityReport report = CHECKER.check(REVIEW);

    assertThat(report.findings()).isEmpty();
    assertThat(report.documentKind()).isEqualTo(DocumentKind.ANNUAL_REVIEW);
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2027, 6, 10));
    assertThat(report.asOfBasis()).isEqualTo(AsOfBasis.DOCUMENT_DATE);
    assertThat(report.stage()).isEmpty();
    assertThat(report.criterionIds()).containsExactly("C4");
  }

  @Test
  void r010_notPresentedToTheBoard() {
    AnnualReview onlyTeachingCouncil = AnnualReview.builder().from(REVIEW)
        .presentations(List.of(presentation(SchoolBody.TEACHING_COUNCIL, "B-02"))).build();
    AnnualReview none = AnnualReview.builder().from(REVIEW).presentations(List.of()).build();

    assertThat(found(onlyTeachingCouncil)).containsExactly("LDM-R-010 /presentations");
    assertThat(found(none)).containsExactly("LDM-R-010 /presentations");
    assertThat(CHECKER.check(none).findings().get(0).severity()).isEqualTo(Severity.TO_COMPLETE);
  }

  @Test
  void r010_aBoardPresentationWithoutDateOrMinutesIsNotReported() {
    AnnualReview bare = AnnualReview.builder().from(REVIEW)
        .presentations(List.of(BodyPresentation.builder().body(SchoolBody.BOARD).build())).build();

    assertThat(found(bare)).isEmpty();
  }

  @Test
  void r011_minutesNotInTheAnnex() {
    AnnualReview review = AnnualReview.builder().from(REVIEW).evidence(List.of(evidence("B-01"))).build();

    assertThat(found(review)).containsExactly("LDM-R-011 /presentations/0/minutesEvidenceId");
  }

  @Test
  void r020_stoppedWithoutReason() {
    AnnualReview review = AnnualReview.builder().from(REVIEW).sections(List.of(ReviewSection.builder()
        .criterionId("C4")
        .addProgress(InitiativeProgress.builder().initiativeId("C4.A1").status(ProgressStatus.STOPPED).build())
        .addProgress(InitiativeProgress.builder().initiativeId("C4.A2").status(ProgressStatus.PLANNED).build())
        .build())).build();

    ConformityReport report = CHECKER.check(review);

    assertThat(found(review)).containsExactly("LDM-R-020 /sections/0/progress/0/reason");
    assertThat(report.findings().get(0).severity()).isEqualTo(Severity.ADVICE);
    assertThat(report.findings().get(0).criterionId()).contains("C4");
  }

  @Test
  void r002_anotherReferential() {
    assertThat(found(AnnualReview.builder().from(REVIEW).referentialId("ldm-autre").build()))
        .containsExactly("LDM-R-002 /referentialId");
  }

  @Test
  void r001_aMalformedValue() {
    AnnualReview review = AnnualReview.builder().from(REVIEW)
        .presentations(List.of(BodyPresentation.builder().body(SchoolBody.BOARD).minutesEvidenceId("B 01").build()))
        .addEvidence(Evidence.builder().id("B 01").title("PV").kind(EvidenceKind.DOCUMENT).build())
        .build();

    assertThat(found(review)).contains("LDM-R-001 /presentations/0/minutesEvidenceId");
  }
}
