package io.github.ldmlib.model.conformity;

import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.internal.LdmStyle;
import io.github.ldmlib.model.internal.Reports;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The conformity report of a dossier (<i>rapport de conformité</i>): every finding of a check of
 * the dossier against a referential, made as of a date and for a {@link Stage}, with a {@link
 * Verdict} per criterion and overall, counts by severity and the requirement coverage matrix.
 *
 * <p>The report says which referential and edition it was made against, which dossier (the
 * establishment's name and UAI and the dossier's kind), as of which date, at which stage and in
 * which language its messages are written. Findings come in a deterministic order: by criterion in
 * the order of the referential (findings on the dossier as a whole first), then by pointer, rule
 * id and message; the same dossier checked the same way always gives an equal report.
 *
 * <p>The dossier is {@link #readyForAudit() ready for audit} when no finding is a {@link
 * Severity#MAJOR_GAP major gap}: minor gaps must be addressed, but do not stop the audit. The
 * report is consistent by construction: {@code build()} refuses counts that differ from the
 * findings, or a verdict or readiness that does not follow from them. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
@LdmStyle
public abstract class ConformityReport {

  ConformityReport() {}

  /** The id of the referential the dossier was checked against, for example {@code ldm-national-2023}. */
  @NotNull
  @Identifier
  public abstract String referentialId();

  /** The id of that referential's edition, for example {@code 2026-01}. */
  @NotNull
  @Identifier
  public abstract String referentialEdition();

  /** The name of the establishment that applies, or leads the network. */
  @NotNull
  @Text(max = Text.TITLE)
  public abstract String establishmentName();

  /** The UAI of that establishment, when the dossier gives it. */
  public abstract Optional<Uai> establishmentUai();

  /** Whether the dossier is a first application or a renewal. */
  @NotNull
  public abstract DossierKind dossierKind();

  /** The date as of which the dossier was checked. */
  @NotNull
  public abstract LocalDate asOf();

  /** The stage for which the dossier was checked. */
  @NotNull
  public abstract Stage stage();

  /** The language of the messages: {@code fr} or {@code en}. */
  @NotNull
  @Pattern(regexp = "fr|en")
  public abstract String language();

  /** The overall verdict, drawn from {@link #counts()}. */
  @NotNull
  public abstract Verdict verdict();

  /** True when no finding is a major gap. */
  public abstract boolean readyForAudit();

  /** All findings counted by severity. */
  @NotNull
  @Valid
  public abstract FindingCounts counts();

  /**
   * The result of every criterion that applies to the dossier (the mandatory criteria, and the
   * optional ones the dossier addresses), in the order of the referential.
   */
  public abstract List<@NotNull @Valid CriterionResult> criteria();

  /** Every finding, in the deterministic order described above. */
  public abstract List<@NotNull @Valid Finding> findings();

  /**
   * The coverage matrix: one row per requirement of every criterion that applies, in the order of
   * the referential; requirements that apply only to network candidatures are left out of a
   * dossier without co-applicants.
   */
  public abstract List<@NotNull @Valid RequirementCoverage> coverage();

  /** The ids of the rules that ran, in alphabetical order. */
  public abstract List<@NotNull @Identifier String> ruleIds();

  /**
   * Returns the findings that concern a criterion.
   *
   * @param criterionId the criterion id, for example {@code C4}
   * @return the findings, in report order; empty if none
   */
  public List<Finding> findingsOf(String criterionId) {
    return Reports.findingsOf(findings(), criterionId);
  }

  /**
   * Finds the result of a criterion.
   *
   * @param criterionId the criterion id
   * @return the result, or empty if the criterion does not apply to the dossier
   */
  public Optional<CriterionResult> criterion(String criterionId) {
    return Reports.criterion(criteria(), criterionId);
  }

  /**
   * Finds the coverage row of a requirement.
   *
   * @param requirementId the requirement id, for example {@code C4.R3}
   * @return the row, or empty if the requirement does not apply to the dossier
   */
  public Optional<RequirementCoverage> coverage(String requirementId) {
    Objects.requireNonNull(requirementId, "requirementId");
    return coverage().stream().filter(c -> c.requirementId().equals(requirementId)).findFirst();
  }

  @Value.Check
  void checkConsistency() {
    Reports.checkCounts(findings(), counts(), verdict());
    if (readyForAudit() != (counts().majorGaps() == 0)) {
      throw new IllegalStateException("readyForAudit " + readyForAudit()
          + " does not follow from the " + counts().majorGaps() + " major gap(s)");
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConformityReport} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableConformityReport.Builder {
    Builder() {}
  }
}
