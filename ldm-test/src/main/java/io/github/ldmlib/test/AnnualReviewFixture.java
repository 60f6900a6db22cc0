package io.github.ldmlib.test;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.BodyPresentation;
import io.github.ldmlib.model.review.InitiativeProgress;
import io.github.ldmlib.model.review.ProgressStatus;
import io.github.ldmlib.model.review.ReviewSection;
import io.github.ldmlib.model.review.SchoolBody;
import io.github.ldmlib.rules.Checker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * An annual review for a test (<i>bilan annuel d'essai</i>), with the referential it is checked
 * against, the date as of which it is checked and the checker that checks it.
 *
 * <p>A fixture starts conforming ({@link AnnualReviewFixtures#conforming(io.github.ldmlib.model.dossier.Dossier,
 * io.github.ldmlib.model.SchoolYear)}), and each {@code with…} method returns a new fixture that
 * differs by exactly one thing, usually the defect a test is about; the fixture itself never
 * changes:
 *
 * <pre>{@code
 * AnnualReviewFixture fixture = AnnualReviewFixtures.conforming(dossier, SchoolYear.of(2026));
 *
 * assertThat(fixture.check()).hasNoFindings();
 * assertThat(fixture.withStoppedWithoutReason("C4.A1").check())
 *     .hasOnlyFindingsOf("LDM-R-020")
 *     .hasFindingsOf("LDM-R-020").at("/sections/0/progress/0/reason").exactly(1);
 * }</pre>
 *
 * <p>Each defect says which built-in rule reports it. A method that cannot make its defect throws
 * an {@link IllegalArgumentException} that says why, rather than return a fixture without the
 * defect. Instances are immutable and thread-safe.
 */
public final class AnnualReviewFixture {

  private final AnnualReview review;
  private final Referential referential;
  private final LocalDate asOf;
  private final LazyChecker checker;

  AnnualReviewFixture(AnnualReview review, Referential referential, LocalDate asOf, LazyChecker checker) {
    this.review = Objects.requireNonNull(review, "review");
    this.referential = Objects.requireNonNull(referential, "referential");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.checker = Objects.requireNonNull(checker, "checker");
  }

  private AnnualReviewFixture with(AnnualReview changed) {
    return new AnnualReviewFixture(changed, referential, asOf, checker);
  }

  /** The annual review. */
  public AnnualReview review() {
    return review;
  }

  /** The referential the review is checked against. */
  public Referential referential() {
    return referential;
  }

  /** The date as of which the review is checked: its own date unless set otherwise. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The checker of the fixture, with the built-in rules of annual reviews, built on first use and
   * shared by the fixtures derived from this one.
   *
   * @return the checker
   */
  public Checker<AnnualReview> checker() {
    return checker.get();
  }

  /**
   * Checks the review with the {@linkplain #checker() fixture's checker}, as of {@link #asOf()},
   * with French messages.
   *
   * @return the conformity report
   */
  public ConformityReport check() {
    return check(Locale.FRENCH);
  }

  /**
   * Checks the review with the {@linkplain #checker() fixture's checker}, as of {@link #asOf()}.
   *
   * @param locale the language of the messages: English if its language is English, French otherwise
   * @return the conformity report
   */
  public ConformityReport check(Locale locale) {
    return checker().check(review, asOf, locale);
  }

  /**
   * Returns a fixture checked as of another date; the review is unchanged.
   *
   * @param date the date of the check
   * @return the new fixture
   */
  public AnnualReviewFixture checkedAsOf(LocalDate date) {
    return new AnnualReviewFixture(review, referential, Objects.requireNonNull(date, "date"), checker);
  }

  // ---------------------------------------------------------------------------------------------
  // Defects

  /**
   * Removes the presentations to the board, and the minutes in the annex that only they cited; the
   * presentation to the teaching council stays. Reported by {@code LDM-R-010} at {@code
   * /presentations}.
   *
   * @return the new fixture
   * @throws IllegalArgumentException if the review was not presented to the board
   */
  public AnnualReviewFixture withoutBoardPresentation() {
    List<BodyPresentation> kept = review.presentations().stream().filter(p -> p.body() != SchoolBody.BOARD).toList();
    if (kept.size() == review.presentations().size()) {
      throw new IllegalArgumentException("The review was not presented to the board");
    }
    Set<String> cited = kept.stream().flatMap(p -> p.minutesEvidenceId().stream()).collect(Collectors.toSet());
    Set<String> citedBefore = review.presentations().stream().flatMap(p -> p.minutesEvidenceId().stream())
        .collect(Collectors.toSet());
    List<Evidence> evidence = review.evidence().stream()
        .filter(e -> cited.contains(e.id()) || !citedBefore.contains(e.id()))
        .toList();
    return with(AnnualReview.builder().from(review).presentations(kept).evidence(evidence).build());
  }

  /**
   * Makes the first presentation that cites minutes cite a piece the annex does not contain,
   * reported by {@code LDM-R-011} at {@code /presentations/k/minutesEvidenceId}.
   *
   * @return the new fixture
   * @throws IllegalArgumentException if no presentation cites minutes
   */
  public AnnualReviewFixture withUnresolvedMinutes() {
    List<BodyPresentation> presentations = new ArrayList<>(review.presentations());
    int k = 0;
    while (k < presentations.size() && presentations.get(k).minutesEvidenceId().isEmpty()) {
      k++;
    }
    if (k == presentations.size()) {
      throw new IllegalArgumentException("No presentation of the review cites its minutes");
    }
    int n = 99;
    while (hasEvidence("B-" + n)) {
      n++;
    }
    presentations.set(k, BodyPresentation.builder().from(presentations.get(k)).minutesEvidenceId("B-" + n).build());
    return with(AnnualReview.builder().from(review).presentations(presentations).build());
  }

  /**
   * Reports an action or engagement as stopped without saying why, reported by {@code LDM-R-020}
   * (advice) at {@code /sections/i/progress/k/reason}.
   *
   * @param initiativeId the id of the action or engagement, for example {@code C4.A1}
   * @return the new fixture
   * @throws IllegalArgumentException if no section of the review gives the progress of that id
   */
  public AnnualReviewFixture withStoppedWithoutReason(String initiativeId) {
    Objects.requireNonNull(initiativeId, "initiativeId");
    List<ReviewSection> sections = new ArrayList<>(review.sections());
    for (int i = 0; i < sections.size(); i++) {
      List<InitiativeProgress> progress = new ArrayList<>(sections.get(i).progress());
      for (int k = 0; k < progress.size(); k++) {
        if (progress.get(k).initiativeId().equals(initiativeId)) {
          progress.set(k, InitiativeProgress.builder().from(progress.get(k))
              .status(ProgressStatus.STOPPED).reason(Optional.empty()).build());
          sections.set(i, ReviewSection.builder().from(sections.get(i)).progress(progress).build());
          return with(AnnualReview.builder().from(review).sections(sections).build());
        }
      }
    }
    throw new IllegalArgumentException("No section of the review gives the progress of " + initiativeId
        + "; the dossier gives an id to the actions and engagements a review follows up");
  }

  /**
   * Changes the review as a whole.
   *
   * @param change what to do with the review, for example {@code r ->
   *     AnnualReview.builder().from(r).workingGroup(Optional.empty()).build()}
   * @return the new fixture
   */
  public AnnualReviewFixture withReview(UnaryOperator<AnnualReview> change) {
    Objects.requireNonNull(change, "change");
    return with(Objects.requireNonNull(change.apply(review), "the changed review"));
  }

  /** Returns a summary: the establishment, the school year, the referential and the date. */
  @Override
  public String toString() {
    return "AnnualReviewFixture[" + review.establishment().name() + ", " + review.schoolYear() + ", "
        + referential.id() + "@" + referential.edition().id() + ", asOf=" + asOf + "]";
  }

  private boolean hasEvidence(String id) {
    return review.evidence().stream().anyMatch(e -> e.id().equals(id));
  }

  /** Builds the checker once, on first use, and shares it between derived fixtures. */
  static final class LazyChecker {
    private final Referential referential;
    private volatile Checker<AnnualReview> checker;

    LazyChecker(Referential referential) {
      this.referential = referential;
    }

    Checker<AnnualReview> get() {
      Checker<AnnualReview> c = checker;
      if (c == null) {
        synchronized (this) {
          c = checker;
          if (c == null) {
            c = Checker.of(DocumentKind.ANNUAL_REVIEW, referential);
            checker = c;
          }
        }
      }
      return c;
    }
  }
}
