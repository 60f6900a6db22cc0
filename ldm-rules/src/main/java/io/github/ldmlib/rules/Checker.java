package io.github.ldmlib.rules;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Stage;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.internal.Coverage;
import io.github.ldmlib.rules.internal.Engine;
import io.github.ldmlib.rules.internal.ReferentialIndex;
import io.github.ldmlib.rules.internal.RuleSpec;
import io.github.ldmlib.rules.internal.Structure;
import io.github.ldmlib.rules.internal.Target;
import io.github.ldmlib.rules.internal.Walk;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The conformity checker (<i>vérificateur de conformité</i>): checks dossiers against one
 * referential with a set of rules, and writes a {@link ConformityReport} for each.
 *
 * <p>A checker is built once from a referential (a national one, or one already tailored by an
 * academy profile), the built-in rules, any custom rules passed directly or discovered through
 * {@link RuleProvider}, and the rule tailorings of the profile. It is immutable and thread-safe:
 * any number of threads may check dossiers with it at once. The same dossier checked as of the
 * same date, at the same stage and in the same language always gives an equal report.
 *
 * <pre>{@code
 * Checker checker = Checker.builder()
 *     .referential(referential)
 *     .tailorings(profile.ruleTailorings())
 *     .build();
 * ConformityReport report = checker.check(dossier, LocalDate.of(2025, 3, 14), Stage.CANDIDATURE);
 * report.findings().forEach(f -> System.out.println(f.severity() + " " + f.pointer() + " " + f.message()));
 * }</pre>
 *
 * <p>A check runs every enabled rule, the built-in rule {@code LDM-V-001} turning each Bean
 * Validation violation into a finding, so that callers do not run two tools. A rule that throws
 * or misbehaves is reported as a finding {@code LDM-E-001} naming it, and the other rules still
 * run.
 */
public final class Checker {

  private final Referential referential;
  private final List<RuleSpec<Rule>> rules;
  private final RuleSpec<Rule> ruleFailed;
  private final List<String> ruleIds;
  private final Map<String, Integer> criterionOrder;
  private final ReferentialIndex index;

  private Checker(Referential referential, List<RuleSpec<Rule>> rules, RuleSpec<Rule> ruleFailed) {
    this.referential = referential;
    this.rules = List.copyOf(rules);
    this.ruleFailed = ruleFailed;
    this.ruleIds = Engine.ruleIds(rules, ruleFailed);
    this.criterionOrder = Engine.criterionOrder(referential);
    this.index = ReferentialIndex.of(referential);
  }

  /**
   * Returns a checker with the built-in rules and no tailoring.
   *
   * @param referential the referential, not null
   * @return the checker
   * @throws IllegalArgumentException if the referential is malformed
   */
  public static Checker of(Referential referential) {
    return builder().referential(referential).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The referential dossiers are checked against. */
  public Referential referential() {
    return referential;
  }

  /**
   * Returns the rules the checker runs, after tailoring, sorted by id.
   *
   * @return the enabled rules
   */
  public List<Rule> rules() {
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
   * Checks a dossier, with messages in French.
   *
   * @param dossier the dossier, not null
   * @param asOf the date of the check, not null
   * @param stage the stage, not null
   * @return the report
   */
  public ConformityReport check(Dossier dossier, LocalDate asOf, Stage stage) {
    return check(dossier, asOf, stage, Locale.FRENCH);
  }

  /**
   * Checks a dossier.
   *
   * @param dossier the dossier, not null
   * @param asOf the date of the check, not null; what is due depends on it
   * @param stage the stage, not null
   * @param locale the language of the messages: English if its language is English, French otherwise
   * @return the report
   */
  public ConformityReport check(Dossier dossier, LocalDate asOf, Stage stage, Locale locale) {
    CheckContext context = CheckContext.of(referential, index, dossier, asOf, stage, locale);
    List<Finding> sorted = Engine.findings(rules, ruleFailed, context.language(), Target.of(context),
        (rule, sink) -> rule.check(context, sink), criterionOrder);
    FindingCounts counts = FindingCounts.of(sorted);
    return ConformityReport.builder()
        .referentialId(referential.id())
        .referentialEdition(referential.edition().id())
        .establishmentName(dossier.establishment().name())
        .establishmentUai(dossier.establishment().uai())
        .dossierKind(dossier.dossierKind())
        .asOf(asOf)
        .stage(stage)
        .language(context.language().getLanguage())
        .verdict(Verdict.of(counts))
        .readyForAudit(counts.majorGaps() == 0)
        .counts(counts)
        .findings(sorted)
        .coverage(Coverage.matrix(referential, dossier, Walk.of(context)))
        .ruleIds(ruleIds)
        .criteria(Engine.criterionResults(referential, sorted, (c, own) -> Coverage.applies(c, dossier)))
        .build();
  }

  @Override
  public String toString() {
    return "Checker[" + referential.id() + "@" + referential.edition().id() + ", " + rules.size() + " rules]";
  }

  /**
   * Builds a {@link Checker}. Faults of the configuration (a malformed referential, a rule whose
   * metadata or messages are missing, two rules with one id, a tailoring of an unknown or protected
   * rule) are all reported together by {@link #build()}. A tailoring of a built-in audit rule
   * ({@code LDM-A-…}) is accepted and has no effect here, so that an academy profile's tailorings
   * can be passed whole to this checker and to the {@link AuditChecker}.
   */
  public static final class Builder extends CheckerBuilder<Builder, Rule, Checker> {

    private Builder() {
      super("checker", BuiltInRules.catalogue(), RuleProvider::rules, id -> BuiltInRules.auditRule(id).isPresent());
    }

    @Override
    void referentialProblems(Referential referential, List<String> problems) {
      problems.addAll(Structure.problems(referential).stream().map(p -> "referential " + p).toList());
    }

    @Override
    Checker create(Referential referential, List<RuleSpec<Rule>> rules, RuleSpec<Rule> ruleFailed) {
      return new Checker(referential, rules, ruleFailed);
    }
  }
}
