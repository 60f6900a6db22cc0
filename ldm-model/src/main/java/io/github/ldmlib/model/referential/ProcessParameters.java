package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.EstablishmentType;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.internal.LdmStyle;
import io.github.ldmlib.model.internal.meta.StatedValues;
import io.github.ldmlib.model.meta.ModelProperty;
import io.github.ldmlib.model.meta.ModelType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The procedure parameters a referential states (<i>paramètres de la procédure</i>): eligibility,
 * audit timing, the audit team at each stage, improvement axes, follow-up and renewal, auditor qualification.
 *
 * <p>Every parameter is absent unless the referential's source states it: the library never
 * invents a value. Rules that need an absent parameter do not apply. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
@LdmStyle
public abstract class ProcessParameters {

  ProcessParameters() {}

  /** Establishment types that may apply; empty when the source does not say. */
  public abstract Set<@NotNull EstablishmentType> eligibleEstablishmentTypes();

  /** Sectors that may apply; empty when the source does not say. */
  public abstract Set<@NotNull Sector> eligibleSectors();

  /** Whether a network of establishments may apply together. */
  public abstract Optional<Boolean> networkCandidaturesAllowed();

  /**
   * Whether an establishment's first dossier comes with its engagement decision (document LDM 01 of
   * the Aix-Marseille 2012 procedure: the board's vote, the copy of its minutes, the team
   * responsible for each criterion). Absent where the source does not name it, as in the national
   * guide.
   */
  public abstract Optional<Boolean> engagementDecisionRequired();

  /** The most academic criteria an academy may add (1 since 2023). */
  public abstract @Min(0) OptionalInt maxAcademicCriteria();

  /** Length of the audit in days (one day). */
  public abstract @Positive OptionalInt auditDurationDays();

  /** Days, at least, between sending the audit plan and the audit (15). */
  public abstract @Min(0) @Max(365) OptionalInt auditPlanNoticeDays();

  /** Weeks, at least, between receiving the dossier and its evidence and the audit (3). */
  public abstract @Min(0) @Max(52) OptionalInt dossierNoticeWeeks();

  /** Days, at most, after the audit for the lead auditor to submit the report (15). */
  public abstract @Min(0) @Max(365) OptionalInt reportDeadlineDays();

  /** Whether students must be heard during the audit. */
  public abstract Optional<Boolean> studentsMustBeHeard();

  /** Whether external partners (parents, professionals…) must be heard during the audit. */
  public abstract Optional<Boolean> externalPartnersMustBeHeard();

  /**
   * Who conducts the audits, stage by stage: the lead auditor, the number of auditors, the
   * representatives of the rectorate, an external person, auditors of the academy's pool. A stage
   * that no composition lists has no stated team. Each stage is listed once at most.
   */
  public abstract List<@NotNull @Valid AuditTeamComposition> auditTeams();

  /** Criteria for which the school proposes improvement axes, at least (5 in Aix-Marseille 2012). */
  public abstract @Min(0) OptionalInt minCriteriaWithImprovementAxes();

  /** Improvement axes per such criterion, at least (1). */
  public abstract @Min(0) OptionalInt minImprovementAxesPerCriterion();

  /** Improvement axes per such criterion, at most (2). */
  public abstract @Min(0) OptionalInt maxImprovementAxesPerCriterion();

  /** Whether every major gap must be lifted before the label is granted. */
  public abstract Optional<Boolean> majorGapsBlockLabel();

  /** Years for which the label is granted (5). */
  public abstract @Positive OptionalInt labelValidityYears();

  /** Years after the decision at which follow-up audits take place, ascending (1 and 3). */
  public abstract List<@NotNull @Positive Integer> followUpAuditYears();

  /** Years after the decision at which the renewal audit takes place (5). */
  public abstract @Positive OptionalInt renewalAuditYears();

  /** Length of the initial auditor training in days (one day). */
  public abstract @Positive OptionalInt auditorTrainingDays();

  /** Audits an auditor must have taken part in before leading one (2). */
  public abstract @Min(0) OptionalInt minAuditsBeforeLead();

  /** Audits an auditor commits to take part in each year, at least (1). */
  public abstract @Min(0) OptionalInt minAuditsPerYear();

  /** Years without an audit after which an auditor loses the quality of auditor (2). */
  public abstract @Positive OptionalInt maxYearsWithoutAudit();

  /** Days of continuing training an auditor follows each year, at least (0.5). */
  public abstract Optional<@PositiveOrZero BigDecimal> continuingTrainingDaysPerYear();

  /**
   * Finds the composition of the audit team at a stage.
   *
   * @param stage the stage of the audit
   * @return the first composition of {@link #auditTeams()} that lists the stage, or empty when the
   *     referential states none for it
   */
  public Optional<AuditTeamComposition> auditTeam(Stage stage) {
    return auditTeams().stream().filter(t -> t.stages().contains(stage)).findFirst();
  }

  /**
   * Returns these parameters with the values another set states in their place: what an academy or
   * a region sets for its campaign (for example the Nouvelle-Aquitaine calendar) on top of a
   * referential. A value is stated when it is present (a set or a list when not empty).
   *
   * @param overrides the values that replace these, not null
   * @return the merged parameters
   */
  public ProcessParameters overriddenBy(ProcessParameters overrides) {
    Objects.requireNonNull(overrides, "overrides");
    @SuppressWarnings("unchecked")
    ModelType<ProcessParameters> type = (ModelType<ProcessParameters>) ModelType.of(ProcessParameters.class).orElseThrow();
    ModelType.Assembly<ProcessParameters> merged = type.assemble();
    for (ModelProperty<ProcessParameters> p : type.properties()) {
      if (p.derived()) {
        continue;
      }
      Object value = StatedValues.of(p, overrides);
      if (value == null) {
        value = StatedValues.of(p, this);
      }
      if (value != null) {
        merged.set(p, value);
      }
    }
    return merged.build();
  }

  /** Returns parameters where nothing is stated. */
  public static ProcessParameters none() {
    return builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProcessParameters} instances; every parameter is optional. */
  public static final class Builder extends ImmutableProcessParameters.Builder {
    Builder() {}
  }
}
