package io.github.ldmlib.test;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.audit.DecisionOutcome;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.ReviewFile;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Review files (<i>dossiers de suivi d'essai</i>) of a dossier that the built-in checker of review
 * files finds nothing in, the starting point of a test that then introduces the one defect it is
 * about.
 *
 * <pre>{@code
 * Dossier dossier = LdmJson.defaults().read(Dossier.class, Path.of("examples", "dossier-complete.json"));
 * ReviewFileFixture file = ReviewFileFixtures.conforming(dossier, LocalDate.of(2026, 7, 2), LocalDate.of(2028, 9, 20));
 *
 * assertThat(file.check()).hasNoFindings();
 * assertThat(file.withoutReview(SchoolYear.of(2026)).check()).hasOnlyFindingsOf("LDM-R-110");
 * }</pre>
 *
 * <p>A conforming file holds the dossier, a label record with the label granted (first labelling)
 * on the date given, and one conforming annual review ({@link AnnualReviewFixtures#conforming(Dossier,
 * SchoolYear, Referential)}) for every school year of the label that is over on the date of the
 * check: from the first school year that begins on or after the grant to the one before the date
 * of the check. Each review measures every indicator of the dossier that has an id at its latest
 * value, so none moves away from its target. The file is dated, and checked as of, the date given.
 * It holds no audit summary. The checker finds nothing in it provided the dossier itself gives the
 * end measure of every action that is over ({@code LDM-R-112}): the fixture does not change the
 * dossier. The same arguments always give an equal file.
 */
public final class ReviewFileFixtures {

  private ReviewFileFixtures() {}

  /**
   * Returns a conforming review file of a dossier, checked against the bundled referential the
   * dossier names (the edition it names, or the latest).
   *
   * @param dossier the dossier followed up, whose establishment has a UAI
   * @param granted the date the label was granted
   * @param asOf the date of the file, at which it is checked
   * @return the fixture
   * @throws java.util.NoSuchElementException if the dossier's referential is not bundled
   * @throws IllegalArgumentException if the dossier's establishment has no UAI, which the label record
   *     needs, or the label is granted after the date of the file
   */
  public static ReviewFileFixture conforming(Dossier dossier, LocalDate granted, LocalDate asOf) {
    Objects.requireNonNull(dossier, "dossier");
    Referential referential = dossier.referentialEdition()
        .map(edition -> Referentials.load(dossier.referentialId(), edition))
        .orElseGet(() -> Referentials.latest(dossier.referentialId()));
    return conforming(dossier, granted, asOf, referential);
  }

  /**
   * Returns a conforming review file of a dossier, checked against a given referential; its reviews
   * name that referential.
   *
   * @param dossier the dossier followed up, whose establishment has a UAI
   * @param granted the date the label was granted
   * @param asOf the date of the file, at which it is checked
   * @param referential the referential the file is checked against
   * @return the fixture
   * @throws IllegalArgumentException if the dossier's establishment has no UAI, which the label record
   *     needs, or the label is granted after the date of the file
   */
  public static ReviewFileFixture conforming(Dossier dossier, LocalDate granted, LocalDate asOf,
      Referential referential) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(granted, "granted");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(referential, "referential");
    Uai uai = dossier.establishment().uai().orElseThrow(() -> new IllegalArgumentException(
        "The establishment of the dossier has no UAI: a label record names the establishment by its UAI"));
    if (granted.isAfter(asOf)) {
      throw new IllegalArgumentException("The label is granted on " + granted + ", after the date of the file, " + asOf);
    }
    LabelRecord record = LabelRecord.builder().uai(uai).establishmentName(dossier.establishment().name())
        .addDecisions(LabelDecision.builder().uai(uai).establishmentName(dossier.establishment().name())
            .referentialId(referential.id()).referentialEdition(referential.edition().id())
            .outcome(DecisionOutcome.GRANTED).date(granted).dossierKind(DossierKind.INITIAL).build())
        .build();
    ReviewFile.Builder file = ReviewFile.builder().date(asOf).dossier(dossier).labelRecord(record);
    SchoolYear first = SchoolYear.containing(granted);
    int from = first.firstDay().isBefore(granted) ? first.startYear() + 1 : first.startYear();
    for (int year = from; year < SchoolYear.containing(asOf).startYear(); year++) {
      file.addReviews(AnnualReviewFixtures.conforming(dossier, SchoolYear.of(year), referential).review());
    }
    return new ReviewFileFixture(file.build(), referential, asOf, new ReviewFileFixture.LazyChecker(referential));
  }
}
