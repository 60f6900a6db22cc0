package io.github.ldmlib.model.review;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The annual review of a labelled establishment (<i>bilan annuel</i>): « la rédaction d'un bilan
 * annuel a minima, présenté aux instances de l'établissement (conseil d'administration, conseil
 * pédagogique...) », in the words of the national sheet « Fiche 2 ». It is the school's own
 * document, not an audit: it names the referential and the school year it reviews, the quality
 * working group, one {@link ReviewSection section} per criterion followed up, what was done about
 * the last audit's improvement axes, the presentations to the school's bodies and an evidence
 * annex.
 *
 * <p>The review names the dossier's actions, engagements and indicators by their ids, which the
 * dossier gives them. The source says nothing of the review's form beyond its presentation: the
 * model requires only the referential, the establishment and the school year, and the rules of
 * {@code ldm-rules} report what is missing. Instances are immutable and thread-safe; build them
 * with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class AnnualReview {

  AnnualReview() {}

  /** The id of the referential of the label, for example {@code ldm-national-2023}. */
  @NotNull
  @Identifier
  public abstract String referentialId();

  /** The edition of that referential, for example {@code 2026-01}, when the review names one. */
  public abstract Optional<@Identifier String> referentialEdition();

  /** The labelled establishment. */
  @NotNull
  @Valid
  public abstract Establishment establishment();

  /** The school year reviewed. */
  @NotNull
  public abstract SchoolYear schoolYear();

  /**
   * The date of the review in its last version, at which the checker judges it; the source gives
   * none, so it is optional.
   */
  public abstract Optional<LocalDate> date();

  /** The quality working group; the source names it, not its form, so it is optional. */
  public abstract Optional<@Valid QualityWorkingGroup> workingGroup();

  /** One section per criterion followed up. */
  public abstract List<@NotNull @Valid ReviewSection> sections();

  /** What was done about the improvement axes of the last audit. */
  public abstract List<@NotNull @Valid AxisProgress> axes();

  /** The presentations to the bodies of the establishment. */
  public abstract List<@NotNull @Valid BodyPresentation> presentations();

  /** The evidence annex, minutes of the presentations included. */
  public abstract List<@NotNull @Valid Evidence> evidence();

  /**
   * Finds the section of a criterion.
   *
   * @param criterionId the criterion id, for example {@code C4}
   * @return the first section for that criterion, or empty
   */
  public Optional<ReviewSection> section(String criterionId) {
    return sections().stream().filter(s -> s.criterionId().equals(criterionId)).findFirst();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link AnnualReview} instances; a missing referential id, establishment or school year
   * fails at {@code build()}.
   */
  public static final class Builder extends ImmutableAnnualReview.Builder {
    Builder() {}
  }
}
