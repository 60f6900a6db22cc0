package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Stage;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
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
 * The conformity report of an audit (<i>rapport de conformité de l'audit</i>): every finding of a
 * check of an {@link AuditFile} against a referential, made as of a date: delays, the audit team,
 * the auditors' qualification, the people heard, the decision, the follow-up audits and the loop
 * from gap to improvement axis to re-assessment. It is the sibling of the dossier's {@link
 * io.github.ldmlib.model.conformity.ConformityReport}, with the same {@link Finding findings},
 * {@link Severity severities} and {@link Verdict verdicts}.
 *
 * <p>{@link Finding#pointer()} is a JSON Pointer into the audit file's JSON form: its first token
 * names the document ({@code /plan/team/0}, {@code /summary/gaps/2}, {@code /labelRecord}); the
 * empty pointer is the file as a whole. Findings come in a deterministic order: findings that
 * concern no criterion first, then by criterion in the order of the referential, then by pointer,
 * rule id and message; the same file checked the same way always gives an equal report.
 *
 * <p>The report is consistent by construction: {@code build()} refuses counts that differ from the
 * findings, or a verdict that does not follow from them. Instances are immutable and thread-safe.
 */
@Value.Immutable
@LdmStyle
public abstract class AuditReport {

  AuditReport() {}

  /** The id of the referential the audit was checked against, for example {@code aix-marseille-2012}. */
  @NotNull
  @Identifier
  public abstract String referentialId();

  /** The id of that referential's edition, for example {@code 2012-01}. */
  @NotNull
  @Identifier
  public abstract String referentialEdition();

  /** The UAI of the audited establishment, as {@link AuditFile#uai()} gives it. */
  public abstract Optional<Uai> uai();

  /** The name of the audited establishment, as {@link AuditFile#establishmentName()} gives it. */
  public abstract Optional<@Text(max = Text.TITLE) String> establishmentName();

  /** The stage of the audit, as {@link AuditFile#stage()} gives it. */
  public abstract Optional<Stage> stage();

  /** The date of the audit day, as {@link AuditFile#auditDate()} gives it. */
  public abstract Optional<LocalDate> auditDate();

  /** The date as of which the file was checked: what is due or overdue depends on it. */
  @NotNull
  public abstract LocalDate asOf();

  /** The language of the messages: {@code fr} or {@code en}. */
  @NotNull
  @Pattern(regexp = "fr|en")
  public abstract String language();

  /**
   * Where the label stands on {@link #asOf()}, when the file holds a {@link LabelRecord} and the
   * referential states the parameters its {@link LabelRecord#status(LocalDate,
   * io.github.ldmlib.model.referential.ProcessParameters) status} needs.
   */
  public abstract Optional<LabelStatus> labelStatus();

  /** The overall verdict, drawn from {@link #counts()}. */
  @NotNull
  public abstract Verdict verdict();

  /** All findings counted by severity. */
  @NotNull
  @Valid
  public abstract FindingCounts counts();

  /**
   * The result of every criterion that a finding concerns and of every mandatory criterion, in the
   * order of the referential.
   */
  public abstract List<@NotNull @Valid CriterionResult> criteria();

  /** Every finding, in the deterministic order described above. */
  public abstract List<@NotNull @Valid Finding> findings();

  /** The ids of the rules that ran, in alphabetical order. */
  public abstract List<@NotNull @Identifier String> ruleIds();

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
   * @return the result, or empty if the report has none for that criterion
   */
  public Optional<CriterionResult> criterion(String criterionId) {
    return Reports.criterion(criteria(), criterionId);
  }

  @Value.Check
  void checkConsistency() {
    Reports.checkCounts(findings(), counts(), verdict());
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AuditReport} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableAuditReport.Builder {
    Builder() {}
  }
}
