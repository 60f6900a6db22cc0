package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The summary report of an audit (<i>rapport de synthèse</i>, document LDM 05): the strengths,
 * weaknesses and gaps the audit team reports at the closing meeting, the improvement axes the
 * establishment chooses, the team's opinion, the proposed label title (<i>intitulé</i>) and the date
 * the lead auditor submitted the report to the coordinator.
 *
 * <p>The model accepts a report that is still being written; the rules of {@code ldm-rules} check
 * the delay of submission, that major gaps are lifted before a positive decision, that the
 * improvement axes cover enough criteria, and that every gap leads to an improvement axis.
 * Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class AuditSummary implements AuditDocument {

  AuditSummary() {}

  /** The strengths (<i>points forts</i>). */
  public abstract List<@NotNull @Valid Remark> strengths();

  /** The weaknesses (<i>points faibles</i>). */
  public abstract List<@NotNull @Valid Remark> weaknesses();

  /** The major and minor gaps (<i>écarts majeurs et mineurs</i>). */
  public abstract List<@NotNull @Valid Gap> gaps();

  /** The improvement axes (<i>axes de progrès</i>) chosen by the establishment. */
  public abstract List<@NotNull @Valid ImprovementAxis> improvementAxes();

  /** The opinion of the audit team on granting the label (<i>avis de l'équipe d'audit</i>). */
  public abstract Optional<Opinion> teamOpinion();

  /** The audit team's statement of its opinion. */
  public abstract Optional<@Text String> teamOpinionText();

  /** The label title (<i>intitulé du label</i>) proposed at the end of the audit. */
  public abstract Optional<@Text(max = Text.TITLE) String> proposedLabelTitle();

  /** The date the lead auditor submitted the report to the coordinator. */
  public abstract Optional<LocalDate> submissionDate();

  /**
   * Finds a gap by id.
   *
   * @param gapId the id
   * @return the first gap with that id, or empty
   */
  public Optional<Gap> gap(String gapId) {
    return gaps().stream().filter(g -> g.id().equals(gapId)).findFirst();
  }

  /**
   * Finds an improvement axis by id.
   *
   * @param axisId the id
   * @return the first axis with that id, or empty
   */
  public Optional<ImprovementAxis> improvementAxis(String axisId) {
    return improvementAxes().stream().filter(a -> a.id().equals(axisId)).findFirst();
  }

  /**
   * Returns the improvement axes that address a gap.
   *
   * @param gapId the id of the gap
   * @return the axes whose {@link ImprovementAxis#gapIds()} contain it, in order
   */
  public List<ImprovementAxis> axesAddressing(String gapId) {
    return improvementAxes().stream().filter(a -> a.gapIds().contains(gapId)).toList();
  }

  /**
   * Returns the major gaps not lifted on a date.
   *
   * @param date the date, for example the date of the decision, not null
   * @return the major gaps that were not {@link Gap#isLiftedBy(LocalDate) lifted by} that date
   */
  public List<Gap> majorGapsOpenOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return gaps().stream().filter(g -> g.isMajor() && !g.isLiftedBy(date)).toList();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link AuditSummary} instances; a missing UAI, referential id, stage or audit date fails
   * at {@code build()}.
   */
  public static final class Builder extends ImmutableAuditSummary.Builder {
    Builder() {}
  }
}
