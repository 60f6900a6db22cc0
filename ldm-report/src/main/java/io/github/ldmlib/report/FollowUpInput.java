package io.github.ldmlib.report;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.ReviewFile;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the follow-up report of a label (<i>suivi du label entre deux audits</i>) is made from: the
 * dossier, its annual reviews and, when known, the label's record and the summary report of the
 * last audit held. See {@link ReportRenderer#render(ReportFormat, FollowUpInput,
 * io.github.ldmlib.model.referential.Referential, java.time.LocalDate)}.
 *
 * <pre>{@code
 * FollowUpInput input = FollowUpInput.of(dossier, List.of(review2027, review2028))
 *     .withLabelRecord(record)
 *     .withLastAudit(summary);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param dossier the dossier of the label, whose actions, engagements and indicators the reviews name by id
 * @param reviews the annual reviews, in any order, at most one per school year
 * @param labelRecord the label's record (<i>vie du label</i>), which gives the date of the next
 *     follow-up audit; empty when not known
 * @param lastAudit the summary report (LDM 05) of the last audit held, whose gaps and improvement
 *     axes the next follow-up audit re-assesses; empty when not known
 */
public record FollowUpInput(Dossier dossier, List<AnnualReview> reviews, Optional<LabelRecord> labelRecord,
    Optional<AuditSummary> lastAudit) {

  /**
   * Checks that the parts are about one establishment and copies the list of reviews.
   *
   * @throws NullPointerException if a component or a review is null
   * @throws IllegalArgumentException if two reviews are of the same school year, or if a review,
   *     the record or the summary names an establishment (UAI) other than the dossier's
   */
  public FollowUpInput {
    Objects.requireNonNull(dossier, "dossier");
    reviews = List.copyOf(reviews);
    Objects.requireNonNull(labelRecord, "labelRecord");
    Objects.requireNonNull(lastAudit, "lastAudit");
    Optional<Uai> uai = dossier.establishment().uai();
    Set<SchoolYear> years = new HashSet<>();
    for (AnnualReview review : reviews) {
      if (!years.add(review.schoolYear())) {
        throw new IllegalArgumentException("Two annual reviews are of the school year " + review.schoolYear());
      }
      sameEstablishment(uai, review.establishment().uai(), "the annual review of " + review.schoolYear());
    }
    labelRecord.ifPresent(r -> sameEstablishment(uai, Optional.of(r.uai()), "the label record"));
    lastAudit.ifPresent(s -> sameEstablishment(uai, Optional.of(s.uai()), "the audit summary"));
  }

  /**
   * Makes the input of a dossier and its reviews, without record or audit summary.
   *
   * @param dossier the dossier, not null
   * @param reviews the annual reviews, not null, none null, at most one per school year
   * @return the input
   * @throws IllegalArgumentException if two reviews are of the same school year, or a review is of
   *     another establishment
   */
  public static FollowUpInput of(Dossier dossier, List<AnnualReview> reviews) {
    return new FollowUpInput(dossier, reviews, Optional.empty(), Optional.empty());
  }

  /**
   * Makes the input of a review file (<i>dossier de suivi</i>): its dossier, its annual reviews, its
   * label record and the summary of its last audit, as far as the file holds them.
   *
   * @param file the review file, not null
   * @return the input
   * @throws IllegalArgumentException if the file holds no dossier (the report follows the dossier's
   *     actions and indicators), if two of its reviews are of the same school year, or if a part is
   *     of another establishment
   */
  public static FollowUpInput of(ReviewFile file) {
    Dossier dossier = file.dossier().orElseThrow(() -> new IllegalArgumentException(
        "The review file holds no dossier: the follow-up report follows the dossier's actions and indicators"));
    return new FollowUpInput(dossier, file.reviews(), file.labelRecord(), file.lastAuditSummary());
  }

  /**
   * Returns this input with the label's record.
   *
   * @param record the record, not null
   * @return a new input
   * @throws IllegalArgumentException if the record is of another establishment
   */
  public FollowUpInput withLabelRecord(LabelRecord record) {
    return new FollowUpInput(dossier, reviews, Optional.of(record), lastAudit);
  }

  /**
   * Returns this input with the summary report of the last audit held.
   *
   * @param summary the summary, not null
   * @return a new input
   * @throws IllegalArgumentException if the summary is of another establishment
   */
  public FollowUpInput withLastAudit(AuditSummary summary) {
    return new FollowUpInput(dossier, reviews, labelRecord, Optional.of(summary));
  }

  private static void sameEstablishment(Optional<Uai> dossier, Optional<Uai> other, String what) {
    if (dossier.isPresent() && other.isPresent() && !dossier.equals(other)) {
      throw new IllegalArgumentException("The dossier is of the establishment " + dossier.get() + " but " + what
          + " is of " + other.get());
    }
  }
}
