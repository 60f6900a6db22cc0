package io.github.ldmlib.model.review;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The review file (<i>dossier de suivi</i>): what the follow-up of a label between two audits is
 * checked on, gathered in one document. The {@link #dossier() dossier} whose actions and indicators
 * are followed up; the {@link #labelRecord() label record}, whose dates (grant, follow-up audits,
 * renewal) say which school years of the label are over; the {@link #reviews() annual reviews} of
 * those school years; and the {@link #lastAuditSummary() summary report of the last audit held},
 * whose improvement axes the review of the following school year takes into account.
 *
 * <p>Every part is optional, as in an {@link io.github.ldmlib.model.audit.AuditFile}: the rules of
 * {@code ldm-rules} check what is there and how the parts agree. Its JSON form has one key per
 * part, named as the accessors ({@code date}, {@code dossier}, {@code labelRecord}, {@code
 * reviews}, {@code lastAuditSummary}), each part embedded without its own {@code formatVersion}
 * and {@code kind}, so that a finding's pointer such as {@code /reviews/1/axes} or {@code
 * /dossier/sections/3/actions/0} names the part first and then the place in it.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class ReviewFile {

  ReviewFile() {}

  /**
   * The date the file was put together, at which the checker judges it; when absent, the file is
   * judged at the date of its latest review (see {@link #documentDate()}).
   */
  public abstract Optional<LocalDate> date();

  /** The label dossier whose actions, engagements and indicators the reviews follow up. */
  public abstract Optional<@Valid Dossier> dossier();

  /** The label's record (<i>vie du label</i>): its decisions and the audits held. */
  public abstract Optional<@Valid LabelRecord> labelRecord();

  /** The annual reviews (<i>bilans annuels</i>), one per school year, in any order. */
  public abstract List<@NotNull @Valid AnnualReview> reviews();

  /**
   * The summary report (LDM 05) of the last audit held, usually a follow-up audit, whose
   * improvement axes the review of the school year after the audit takes into account.
   */
  public abstract Optional<@Valid AuditSummary> lastAuditSummary();

  /**
   * Returns the date the file is judged at: its {@link #date() date}, or else the date of the review
   * of the latest school year that states one.
   *
   * @return the date, or empty when neither the file nor any review states one
   */
  public Optional<LocalDate> documentDate() {
    return date().or(() -> reviews().stream()
        .filter(r -> r.date().isPresent())
        .max(Comparator.comparing(AnnualReview::schoolYear))
        .flatMap(AnnualReview::date));
  }

  /**
   * Returns the id of the referential the file follows: the dossier's, or else that of its first
   * review.
   *
   * @return the id, or empty when the file holds neither a dossier nor a review
   */
  public Optional<String> referentialId() {
    return dossier().map(Dossier::referentialId)
        .or(() -> reviews().stream().findFirst().map(AnnualReview::referentialId));
  }

  /**
   * Returns the edition of that referential, as the same document names it.
   *
   * @return the edition, or empty when that document names none
   */
  public Optional<String> referentialEdition() {
    return dossier().isPresent() ? dossier().get().referentialEdition()
        : reviews().stream().findFirst().flatMap(AnnualReview::referentialEdition);
  }

  /**
   * Returns the name of the establishment: the dossier's, or else that of the first review, or else
   * the label record's.
   *
   * @return the name, or empty
   */
  public Optional<String> establishmentName() {
    return dossier().map(d -> d.establishment().name())
        .or(() -> reviews().stream().findFirst().map(r -> r.establishment().name()))
        .or(() -> labelRecord().flatMap(LabelRecord::establishmentName));
  }

  /**
   * Returns the UAI of the establishment: the dossier's, or else that of the first review, or else
   * the label record's.
   *
   * @return the UAI, or empty
   */
  public Optional<Uai> uai() {
    return dossier().flatMap(d -> d.establishment().uai())
        .or(() -> reviews().stream().findFirst().flatMap(r -> r.establishment().uai()))
        .or(() -> labelRecord().map(LabelRecord::uai));
  }

  /**
   * Returns the review of a school year.
   *
   * @param schoolYear the school year
   * @return the first review of that year in {@link #reviews()}, or empty
   */
  public Optional<AnnualReview> review(SchoolYear schoolYear) {
    return reviews().stream().filter(r -> r.schoolYear().equals(schoolYear)).findFirst();
  }

  /**
   * Returns the history of the dossier's indicators across the reviews ({@link
   * IndicatorHistory#of(Dossier, List)}).
   *
   * @return the history, or empty when the file holds no dossier
   */
  public Optional<IndicatorHistory> indicatorHistory() {
    return dossier().map(d -> IndicatorHistory.of(d, reviews()));
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReviewFile} instances; every part is optional. */
  public static final class Builder extends ImmutableReviewFile.Builder {
    Builder() {}
  }
}
