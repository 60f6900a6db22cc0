package io.github.ldmlib.rules;

import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditReport;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.audit.LabelStatus;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.internal.Engine;
import io.github.ldmlib.rules.internal.RuleSpec;
import io.github.ldmlib.rules.internal.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The audit checker (<i>vérificateur d'audit</i>): checks {@link AuditFile audit files} (plan,
 * dashboard, summary report, decision, label record, auditor pool) against one referential with a
 * set of {@link AuditRule audit rules}, and writes an {@link AuditReport} for each.
 *
 * <p>It is the audit's counterpart of the dossier's {@link Checker}, and works the same way: built
 * once from a referential (a national one, or one already tailored by an academy profile), the
 * built-in audit rules ({@code LDM-A-…}), any custom audit rules passed directly or supplied by a
 * {@link RuleProvider}, and the rule tailorings of the profile. Every delay, count and duty the rules
 * check is read from the referential's {@link ProcessParameters}; a rule whose parameter the
 * referential does not state does not apply. It is immutable and thread-safe; the same file checked
 * as of the same date and in the same language always gives an equal report.
 *
 * <pre>{@code
 * AuditChecker checker = AuditChecker.builder()
 *     .referential(referential)
 *     .tailorings(profile.ruleTailorings())
 *     .build();
 * AuditFile audit = AuditFile.builder()
 *     .plan(plan).dashboard(dashboard).summary(summary).decision(decision)
 *     .auditorPool(auditors)
 *     .build();
 * AuditReport report = checker.check(audit, LocalDate.of(2025, 6, 30));
 * report.findings().forEach(f -> System.out.println(f.severity() + " " + f.pointer() + " " + f.message()));
 * }</pre>
 *
 * <p>Findings are placed by JSON Pointers into the audit file's JSON form, whose first token names
 * the document: {@code /plan/sentDate}, {@code /plan/team/1}, {@code /summary/gaps/2}, {@code
 * /labelRecord}. The built-in rule {@code LDM-A-001} turns each Bean Validation violation of the
 * file into a finding. A rule that throws or misbehaves is reported as a finding {@code LDM-E-001}
 * naming it, and the other rules still run.
 */
public final class AuditChecker {

  private final Referential referential;
  private final List<RuleSpec<AuditRule>> rules;
  private final RuleSpec<Rule> ruleFailed;
  private final List<String> ruleIds;
  private final Map<String, Integer> criterionOrder;

  private AuditChecker(Referential referential, List<RuleSpec<AuditRule>> rules, RuleSpec<Rule> ruleFailed) {
    this.referential = referential;
    this.rules = List.copyOf(rules);
    this.ruleFailed = ruleFailed;
    this.ruleIds = Engine.ruleIds(rules, ruleFailed);
    this.criterionOrder = Engine.criterionOrder(referential);
  }

  /**
   * Returns an audit checker with the built-in audit rules and no tailoring.
   *
   * @param referential the referential, not null
   * @return the checker
   * @throws IllegalArgumentException if the referential is malformed
   */
  public static AuditChecker of(Referential referential) {
    return builder().referential(referential).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The referential audits are checked against. */
  public Referential referential() {
    return referential;
  }

  /**
   * Returns the audit rules the checker runs, after tailoring, sorted by id.
   *
   * @return the enabled rules
   */
  public List<AuditRule> rules() {
    return rules.stream().map(RuleSpec::rule).toList();
  }

  /**
   * Returns the severity a rule's findings take in this checker, after tailoring.
   *
   * @param ruleId the rule id
   * @return the severity, or empty if the rule is not enabled
   */
  public Optional<Severity> severity(String ruleId) {
    return Engine.severity(rules, ruleId);
  }

  /**
   * Checks an audit file, with messages in French.
   *
   * @param audit the audit file, not null
   * @param asOf the date of the check, not null
   * @return the report
   */
  public AuditReport check(AuditFile audit, LocalDate asOf) {
    return check(audit, asOf, Locale.FRENCH);
  }

  /**
   * Checks an audit file.
   *
   * @param audit the audit file, not null
   * @param asOf the date of the check, not null; which follow-up audits are due or overdue, and
   *     whether a document not yet sent is late, depend on it
   * @param locale the language of the messages: English if its language is English, French otherwise
   * @return the report
   */
  public AuditReport check(AuditFile audit, LocalDate asOf, Locale locale) {
    AuditContext context = AuditContext.of(referential, audit, asOf, locale);
    List<Finding> sorted = Engine.findings(rules, ruleFailed, context.language(), Target.of(context),
        (rule, sink) -> rule.check(context, sink), criterionOrder);
    FindingCounts counts = FindingCounts.of(sorted);
    return AuditReport.builder()
        .referentialId(referential.id())
        .referentialEdition(referential.edition().id())
        .uai(audit.uai())
        .establishmentName(audit.establishmentName())
        .stage(audit.stage())
        .auditDate(audit.auditDate())
        .asOf(asOf)
        .language(context.language().getLanguage())
        .labelStatus(audit.labelRecord().flatMap(r -> status(r, asOf)))
        .verdict(Verdict.of(counts))
        .counts(counts)
        .findings(sorted)
        .ruleIds(ruleIds)
        .criteria(Engine.criterionResults(referential, sorted, (c, own) -> c.isMandatory() || !own.isEmpty()))
        .build();
  }

  private Optional<LabelStatus> status(LabelRecord record, LocalDate asOf) {
    try {
      return Optional.of(record.status(asOf, referential.parameters()));
    } catch (IllegalStateException e) {
      return Optional.empty(); // the referential does not state the parameters the status needs
    }
  }

  @Override
  public String toString() {
    return "AuditChecker[" + referential.id() + "@" + referential.edition().id() + ", " + rules.size() + " rules]";
  }

  /**
   * Builds an {@link AuditChecker}. Faults of the configuration (a malformed referential, or one
   * whose follow-up audits cannot be scheduled; a rule whose metadata or messages are missing; two
   * rules with one id; a tailoring of an unknown or protected rule) are all reported together by
   * {@link #build()}. A tailoring of a built-in dossier rule
   * ({@code LDM-D-…}, {@code LDM-V-…}) is accepted and has no effect here, so that an academy
   * profile's tailorings can be passed whole to this checker and to the {@link Checker}.
   */
  public static final class Builder extends CheckerBuilder<Builder, AuditRule, AuditChecker> {

    private Builder() {
      super("audit checker", BuiltInRules.auditCatalogue(), RuleProvider::auditRules,
          id -> BuiltInRules.byId(id).isPresent());
    }

    @Override
    void referentialProblems(Referential referential, List<String> problems) {
      for (int years : referential.parameters().followUpAuditYears()) {
        if (years != 1 && years != 3) {
          problems.add("referential parameters.followUpAuditYears: a follow-up audit at " + years
              + " years has no audit stage; only follow-ups at 1 year (FOLLOW_UP_1_YEAR) and 3 years "
              + "(FOLLOW_UP_3_YEARS) can be scheduled");
        }
      }
    }

    @Override
    AuditChecker create(Referential referential, List<RuleSpec<AuditRule>> rules, RuleSpec<Rule> ruleFailed) {
      return new AuditChecker(referential, rules, ruleFailed);
    }
  }
}
