package io.github.ldmlib.test;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.IndicatorHistory;
import io.github.ldmlib.model.review.ReviewFile;
import io.github.ldmlib.model.review.ReviewSection;
import io.github.ldmlib.rules.Checker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A review file for a test (<i>dossier de suivi d'essai</i>), with the referential it is checked
 * against, the date as of which it is checked and the checker that checks it.
 *
 * <p>A fixture starts conforming ({@link ReviewFileFixtures#conforming(io.github.ldmlib.model.dossier.Dossier,
 * LocalDate, LocalDate)}), and each {@code with…} method returns a new fixture that differs by
 * exactly one thing, usually the defect a test is about; the fixture itself never changes:
 *
 * <pre>{@code
 * ReviewFileFixture fixture = ReviewFileFixtures.conforming(dossier, LocalDate.of(2026, 7, 2), LocalDate.of(2028, 9, 20));
 *
 * assertThat(fixture.withoutMeasure("C4.E1.I1", SchoolYear.of(2027)).check())
 *     .hasOnlyFindingsOf("LDM-R-111");
 * }</pre>
 *
 * <p>Each defect says which built-in rule reports it. A method that cannot make its defect throws
 * an {@link IllegalArgumentException} that says why, rather than return a fixture without the
 * defect. Instances are immutable and thread-safe.
 */
public final class ReviewFileFixture {

  private final ReviewFile file;
  private final Referential referential;
  private final LocalDate asOf;
  private final LazyChecker checker;

  ReviewFileFixture(ReviewFile file, Referential referential, LocalDate asOf, LazyChecker checker) {
    this.file = Objects.requireNonNull(file, "file");
    this.referential = Objects.requireNonNull(referential, "referential");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.checker = Objects.requireNonNull(checker, "checker");
  }

  private ReviewFileFixture with(ReviewFile changed) {
    return new ReviewFileFixture(changed, referential, asOf, checker);
  }

  /** The review file. */
  public ReviewFile file() {
    return file;
  }

  /** The referential the file is checked against. */
  public Referential referential() {
    return referential;
  }

  /** The date as of which the file is checked: its own date unless set otherwise. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The checker of the fixture, with the built-in rules of review files, built on first use and
   * shared by the fixtures derived from this one.
   *
   * @return the checker
   */
  public Checker<ReviewFile> checker() {
    return checker.get();
  }

  /**
   * Checks the file with the {@linkplain #checker() fixture's checker}, as of {@link #asOf()}, with
   * French messages.
   *
   * @return the conformity report
   */
  public ConformityReport check() {
    return check(Locale.FRENCH);
  }

  /**
   * Checks the file with the {@linkplain #checker() fixture's checker}, as of {@link #asOf()}.
   *
   * @param locale the language of the messages: English if its language is English, French otherwise
   * @return the conformity report
   */
  public ConformityReport check(Locale locale) {
    return checker().check(file, asOf, locale);
  }

  /**
   * Returns a fixture checked as of another date; the file is unchanged.
   *
   * @param date the date of the check
   * @return the new fixture
   */
  public ReviewFileFixture checkedAsOf(LocalDate date) {
    return new ReviewFileFixture(file, referential, Objects.requireNonNull(date, "date"), checker);
  }

  // ---------------------------------------------------------------------------------------------
  // Defects

  /**
   * Removes the review of a school year. Reported by {@code LDM-R-110} at {@code /reviews} when that
   * school year of the label is over on the date of the check.
   *
   * @param year the school year
   * @return the new fixture
   * @throws IllegalArgumentException if the file holds no review of that year
   */
  public ReviewFileFixture withoutReview(SchoolYear year) {
    Objects.requireNonNull(year, "year");
    if (file.review(year).isEmpty()) {
      throw new IllegalArgumentException("The file holds no review of " + year + " to remove");
    }
    List<AnnualReview> kept = file.reviews().stream().filter(r -> !r.schoolYear().equals(year)).toList();
    return with(ReviewFile.builder().from(file).reviews(kept).build());
  }

  /**
   * Removes the measure of an indicator from the review of a school year. Reported by {@code
   * LDM-R-111} at {@code /reviews/k/sections/s/measures}, the section of the indicator's criterion in
   * that review, while the indicator's action or engagement runs that year.
   *
   * @param indicatorId the id of the indicator
   * @param year the school year of the review
   * @return the new fixture
   * @throws IllegalArgumentException if the file holds no review of that year, the review does not
   *     measure the indicator, or the dossier holds a value of that year for it (which would still
   *     count as its measure)
   */
  public ReviewFileFixture withoutMeasure(String indicatorId, SchoolYear year) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    AnnualReview review = file.review(Objects.requireNonNull(year, "year")).orElseThrow(() ->
        new IllegalArgumentException("The file holds no review of " + year));
    if (review.sections().stream().flatMap(s -> s.measures().stream()).noneMatch(m -> m.indicatorId().equals(indicatorId))) {
      throw new IllegalArgumentException("The review of " + year + " does not measure indicator " + indicatorId);
    }
    boolean inDossier = file.dossier()
        .map(d -> IndicatorHistory.of(d, List.of()).series(indicatorId)
            .map(s -> s.values().containsKey(year)).orElse(false))
        .orElse(false);
    if (inDossier) {
      throw new IllegalArgumentException("The dossier holds a value of " + year + " for indicator " + indicatorId
          + ", which counts as its measure of that year");
    }
    List<ReviewSection> sections = new ArrayList<>();
    for (ReviewSection s : review.sections()) {
      sections.add(ReviewSection.builder().from(s)
          .measures(s.measures().stream().filter(m -> !m.indicatorId().equals(indicatorId)).toList()).build());
    }
    AnnualReview changed = AnnualReview.builder().from(review).sections(sections).build();
    List<AnnualReview> reviews = file.reviews().stream().map(r -> r == review ? changed : r).toList();
    return with(ReviewFile.builder().from(file).reviews(reviews).build());
  }

  /**
   * Changes the file as a whole.
   *
   * @param change what to do with the file, for example {@code f ->
   *     ReviewFile.builder().from(f).lastAuditSummary(summary).build()}
   * @return the new fixture
   */
  public ReviewFileFixture withFile(UnaryOperator<ReviewFile> change) {
    Objects.requireNonNull(change, "change");
    return with(Objects.requireNonNull(change.apply(file), "the changed file"));
  }

  /** Returns a summary: the establishment, the school years reviewed, the referential and the date. */
  @Override
  public String toString() {
    return "ReviewFileFixture[" + file.establishmentName().orElse("") + ", "
        + file.reviews().stream().map(r -> r.schoolYear().toString()).toList() + ", "
        + referential.id() + "@" + referential.edition().id() + ", asOf=" + asOf + "]";
  }

  /** Builds the checker once, on first use, and shares it between derived fixtures. */
  static final class LazyChecker {
    private final Referential referential;
    private volatile Checker<ReviewFile> checker;

    LazyChecker(Referential referential) {
      this.referential = referential;
    }

    Checker<ReviewFile> get() {
      Checker<ReviewFile> c = checker;
      if (c == null) {
        synchronized (this) {
          c = checker;
          if (c == null) {
            c = Checker.of(DocumentKind.REVIEW_FILE, referential);
            checker = c;
          }
        }
      }
      return c;
    }
  }
}
