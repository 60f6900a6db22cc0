package io.github.ldmlib.model.conformity;

import io.github.ldmlib.model.LabelStatus;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.internal.LdmStyle;
import io.github.ldmlib.model.meta.DocumentKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The conformity report of a check (<i>rapport de conformité</i>): every finding of a check of one
 * document against a referential, made as of a date, with what follows from the findings — counts
 * by severity, a {@link Verdict} per criterion and overall, readiness for audit — and, for a
 * dossier, the requirement coverage matrix.
 *
 * <p>One report type serves every {@linkplain #documentKind() kind of document} the checker checks:
 * a {@linkplain DocumentKind#DOSSIER dossier} (its findings point into the dossier), an
 * {@linkplain DocumentKind#AUDIT_FILE audit file} (its findings point into the audit file, whose
 * first token names the document: {@code /plan/team/0}, {@code /summary/gaps/2}). What only some
 * kinds have is optional data: the {@link #dossierKind()} of a dossier, the {@link #labelStatus()}
 * of an audit file that holds the label's record, the {@link #coverage()} of a dossier.
 *
 * <p>The report says which referential and edition it was made against, which establishment, as of
 * which date (and the document's own date), at which stage and in which language its messages are
 * written. Findings come in a deterministic order: those on no criterion first, then by criterion
 * in the order of the referential, then by pointer (in {@linkplain
 * io.github.ldmlib.model.JsonPointer#compareTo natural order}), rule id and message; the same
 * document checked the same way always gives an equal report.
 *
 * <p>{@link #counts()}, {@link #verdict()}, {@link #readyForAudit()} and {@link #criteria()} are
 * derived from the findings when the report is built: they are never set, so they can never
 * disagree with the findings. The JSON form writes them for its readers; reading ignores them.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
@LdmStyle
public abstract class ConformityReport {

  ConformityReport() {}

  /** The kind of document that was checked: {@link DocumentKind#DOSSIER}, {@link DocumentKind#AUDIT_FILE}... */
  @NotNull
  public abstract DocumentKind<?> documentKind();

  /** The id of the referential the document was checked against, for example {@code ldm-national-2023}. */
  @NotNull
  @Identifier
  public abstract String referentialId();

  /** The id of that referential's edition, for example {@code 2026-01}. */
  @NotNull
  @Identifier
  public abstract String referentialEdition();

  /** The name of the establishment the document is about (the applicant, or the lead of a network), when it names one. */
  public abstract Optional<@Text(max = Text.TITLE) String> establishmentName();

  /** The UAI of that establishment, when the document gives it. */
  public abstract Optional<Uai> establishmentUai();

  /** For a dossier: whether it is a first application or a renewal. */
  public abstract Optional<DossierKind> dossierKind();

  /** The stage of the label for which the document was checked, when known. */
  public abstract Optional<Stage> stage();

  /**
   * The document's own date, when it states one: the submission date of a dossier, the audit day
   * of an audit file.
   */
  public abstract Optional<LocalDate> documentDate();

  /** The date as of which the document was checked: what is due or overdue depends on it. */
  @NotNull
  public abstract LocalDate asOf();

  /**
   * Why the document was checked as of {@link #asOf()}: its own date, a date given, or the day of
   * the check. A report built, or read from JSON, without it states a date given
   * ({@link AsOfBasis#GIVEN}), as reports did before the basis was recorded.
   */
  @NotNull
  @Value.Default
  public AsOfBasis asOfBasis() {
    return AsOfBasis.GIVEN;
  }

  /** The language of the messages: {@code fr} or {@code en}. */
  @NotNull
  @Pattern(regexp = "fr|en")
  public abstract String language();

  /**
   * For an audit file that holds the label's record: where the label stands on {@link #asOf()},
   * when the referential states the parameters the status needs.
   */
  public abstract Optional<LabelStatus> labelStatus();

  /** The overall verdict, derived from {@link #counts()}. */
  @Value.Derived
  public Verdict verdict() {
    return Verdict.of(counts());
  }

  /**
   * True when no finding is {@linkplain Gravity#BLOCKING blocking}, derived from {@link #counts()}:
   * for a dossier, nothing makes it {@linkplain Severity#NOT_SUBMITTABLE not submittable}, so it may
   * go to audit; what is {@linkplain Severity#TO_COMPLETE to complete} should be, but does not stop
   * the audit.
   */
  @Value.Derived
  public boolean readyForAudit() {
    return counts().count(Gravity.BLOCKING) == 0;
  }

  /** All findings counted by severity, derived from {@link #findings()}. */
  @Value.Derived
  public FindingCounts counts() {
    return FindingCounts.of(findings());
  }

  /**
   * The criteria the report has a result for, in the order of the referential: for a dossier, the
   * mandatory criteria and the optional ones it addresses; for an audit file, the mandatory
   * criteria and those a finding concerns.
   */
  public abstract List<@NotNull @Identifier String> criterionIds();

  /**
   * The result of each criterion of {@link #criterionIds()}, in that order: its findings counted by
   * severity and its verdict, derived from {@link #findings()}.
   */
  @Value.Derived
  public List<CriterionResult> criteria() {
    List<CriterionResult> results = new ArrayList<>(criterionIds().size());
    for (String id : criterionIds()) {
      results.add(CriterionResult.of(id, FindingCounts.of(findingsOf(id))));
    }
    return List.copyOf(results);
  }

  /** Every finding, in the deterministic order described above. */
  public abstract List<@NotNull @Valid Finding> findings();

  /**
   * For a dossier, the coverage matrix: one row per requirement of every criterion that applies,
   * in the order of the referential; requirements that apply only to network candidatures are left
   * out of a dossier without co-applicants. Empty for other kinds of document.
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
    Objects.requireNonNull(criterionId, "criterionId");
    List<Finding> own = new ArrayList<>();
    for (Finding f : findings()) {
      if (f.criterionId().filter(criterionId::equals).isPresent()) {
        own.add(f);
      }
    }
    return List.copyOf(own);
  }

  /**
   * Returns the findings of one rule.
   *
   * @param ruleId the rule id, for example {@code LDM-A-040}
   * @return the findings, in report order; empty if none
   */
  public List<Finding> findingsOfRule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /**
   * Finds the result of a criterion.
   *
   * @param criterionId the criterion id
   * @return the result, or empty if the report has none for that criterion
   */
  public Optional<CriterionResult> criterion(String criterionId) {
    Objects.requireNonNull(criterionId, "criterionId");
    return criteria().stream().filter(c -> c.criterionId().equals(criterionId)).findFirst();
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

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConformityReport} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableConformityReport.Builder {
    Builder() {}
  }
}
