package io.github.ldmlib.rules;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.RuleTailoring;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Stage;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.internal.IdentifierValidator;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.rules.internal.BuiltInRule;
import io.github.ldmlib.rules.internal.Catalogue;
import io.github.ldmlib.rules.internal.CollectingSink;
import io.github.ldmlib.rules.internal.Coverage;
import io.github.ldmlib.rules.internal.Messages;
import io.github.ldmlib.rules.internal.Pointers;
import io.github.ldmlib.rules.internal.RuleSpec;
import io.github.ldmlib.rules.internal.Structure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

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
  private final List<RuleSpec> rules;
  private final RuleSpec ruleFailed;
  private final List<String> ruleIds;
  private final Map<String, Integer> criterionOrder;

  private Checker(Referential referential, List<RuleSpec> rules, RuleSpec ruleFailed) {
    this.referential = referential;
    this.rules = List.copyOf(rules);
    this.ruleFailed = ruleFailed;
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.id()));
    if (!ids.contains(ruleFailed.id())) {
      ids.add(ruleFailed.id());
    }
    ids.sort(Comparator.naturalOrder());
    this.ruleIds = List.copyOf(ids);
    Map<String, Integer> order = new HashMap<>();
    for (Criterion c : referential.criteria()) {
      order.putIfAbsent(c.id(), order.size());
    }
    this.criterionOrder = Map.copyOf(order);
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
    Objects.requireNonNull(ruleId, "ruleId");
    return rules.stream().filter(r -> r.id().equals(ruleId)).map(RuleSpec::severity).findFirst();
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
    CheckContext context = CheckContext.of(referential, dossier, asOf, stage, locale);
    List<Finding> findings = new ArrayList<>();
    for (RuleSpec spec : rules) {
      CollectingSink sink = new CollectingSink(spec, context);
      try {
        spec.rule().check(context, sink);
      } catch (Exception | StackOverflowError | LinkageError | AssertionError e) {
        sink.failed(e);
      } finally {
        sink.close();
      }
      Optional<CollectingSink.Failure> failure = sink.failure();
      if (failure.isPresent()) {
        findings.add(ruleFailed(spec, failure.get(), context.language()));
      } else {
        findings.addAll(sink.findings());
      }
    }
    List<Finding> sorted = findings.stream().sorted(order()).distinct().toList();
    FindingCounts counts = FindingCounts.of(sorted);
    ConformityReport.Builder report = ConformityReport.builder()
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
        .coverage(Coverage.matrix(referential, dossier))
        .ruleIds(ruleIds);
    for (Criterion c : referential.criteria()) {
      if (Coverage.applies(c, dossier)) {
        FindingCounts own = FindingCounts.of(sorted.stream()
            .filter(f -> f.criterionId().filter(c.id()::equals).isPresent()).toList());
        report.addCriteria(CriterionResult.builder().criterionId(c.id()).verdict(Verdict.of(own)).counts(own).build());
      }
    }
    return report.build();
  }

  private Finding ruleFailed(RuleSpec failing, CollectingSink.Failure failure, Locale language) {
    String key = ruleFailed.id() + "." + failure.key();
    List<String> args = List.of(failing.id(), failure.detail());
    ResourceBundle bundle = Messages.bundle(ruleFailed.rule(), ruleFailed.bundleName(), language);
    return Finding.builder()
        .ruleId(ruleFailed.id())
        .severity(ruleFailed.severity())
        .criterionId(failing.criterionId())
        .pointer("")
        .message(Messages.format(bundle.getString(key), language, args))
        .messageKey(key)
        .arguments(args)
        .build();
  }

  private Comparator<Finding> order() {
    Comparator<Finding> byCriterion = Comparator.comparingInt(
        f -> f.criterionId().map(id -> criterionOrder.getOrDefault(id, Integer.MAX_VALUE)).orElse(-1));
    return byCriterion
        .thenComparing(f -> f.criterionId().orElse(""))
        .thenComparing(Finding::pointer, Pointers.ORDER)
        .thenComparing(Finding::ruleId)
        .thenComparing(Finding::message)
        .thenComparing(Finding::messageKey)
        .thenComparing(f -> String.join("\u0000", f.arguments()))
        .thenComparing(f -> f.requirementId().orElse(""))
        .thenComparing(Finding::severity)
        .thenComparing(f -> f.source().map(SourceRef::toString).orElse(""));
  }

  @Override
  public String toString() {
    return "Checker[" + referential.id() + "@" + referential.edition().id() + ", " + rules.size() + " rules]";
  }

  /**
   * Builds a {@link Checker}. Faults of the configuration (a malformed referential, a rule whose
   * metadata or messages are missing, two rules with one id, a tailoring of an unknown or protected
   * rule) are all reported together by {@link #build()}.
   */
  public static final class Builder {

    private Referential referential;
    private boolean builtInRules = true;
    private final List<Rule> added = new ArrayList<>();
    private final List<ClassLoader> discovery = new ArrayList<>();
    private final List<RuleTailoring> tailorings = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the referential, already tailored by any academy profile. Required.
     *
     * @param referential the referential
     * @return this builder
     */
    public Builder referential(Referential referential) {
      this.referential = Objects.requireNonNull(referential, "referential");
      return this;
    }

    /**
     * Includes the built-in rules or not; they are included unless told otherwise. {@code
     * LDM-E-001}, which records a failing rule, is always in force.
     *
     * @param include false to run only the custom rules
     * @return this builder
     */
    public Builder builtInRules(boolean include) {
      this.builtInRules = include;
      return this;
    }

    /**
     * Adds a custom rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      added.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds custom rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder addRules(Collection<? extends Rule> rules) {
      rules.forEach(this::addRule);
      return this;
    }

    /**
     * Adds the rules of every {@link RuleProvider} that {@link ServiceLoader} finds with the
     * context class loader of the calling thread (or this library's class loader if there is none).
     *
     * @return this builder
     */
    public Builder discoverRules() {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      return discoverRules(loader != null ? loader : Checker.class.getClassLoader());
    }

    /**
     * Adds the rules of every {@link RuleProvider} that {@link ServiceLoader} finds with a class loader.
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder discoverRules(ClassLoader loader) {
      discovery.add(Objects.requireNonNull(loader, "loader"));
      return this;
    }

    /**
     * Adds a rule tailoring: switch a rule off, or change its severity.
     *
     * @param tailoring the tailoring
     * @return this builder
     */
    public Builder tailor(RuleTailoring tailoring) {
      tailorings.add(Objects.requireNonNull(tailoring, "tailoring"));
      return this;
    }

    /**
     * Adds rule tailorings, for example an academy profile's.
     *
     * @param tailorings the tailorings
     * @return this builder
     */
    public Builder tailorings(Collection<RuleTailoring> tailorings) {
      tailorings.forEach(this::tailor);
      return this;
    }

    /**
     * Builds the checker.
     *
     * @return the checker
     * @throws IllegalStateException if no referential was set
     * @throws IllegalArgumentException listing every fault of the configuration
     */
    public Checker build() {
      if (referential == null) {
        throw new IllegalStateException("A checker needs a referential");
      }
      List<String> problems = new ArrayList<>();
      List<Throwable> causes = new ArrayList<>();
      for (Violation v : LdmValidation.validate(referential, Locale.ENGLISH)) {
        problems.add("referential " + (v.path().isEmpty() ? "" : v.path() + ": ") + v.message());
      }
      problems.addAll(Structure.problems(referential).stream().map(p -> "referential " + p).toList());

      List<Rule> all = new ArrayList<>();
      if (builtInRules) {
        all.addAll(BuiltInRules.catalogue());
      }
      all.addAll(added);
      for (ClassLoader loader : discovery) {
        all.addAll(discover(loader, problems, causes));
      }

      Map<String, RuleSpec> specs = new TreeMap<>();
      for (Rule rule : all) {
        RuleSpec spec = spec(rule, problems, causes);
        if (spec == null) {
          continue;
        }
        if (specs.putIfAbsent(spec.id(), spec) != null) {
          problems.add("rule " + spec.id() + " is defined twice (" + specs.get(spec.id()).rule().getClass().getName()
              + " and " + rule.getClass().getName() + ")");
        }
      }

      Map<String, RuleTailoring> seen = new LinkedHashMap<>();
      for (RuleTailoring t : tailorings) {
        String id = t.ruleId();
        if (seen.putIfAbsent(id, t) != null) {
          problems.add("rule " + id + " is tailored twice");
        } else if (BuiltInRules.isProtected(id)) {
          problems.add("rule " + id + " is protected and cannot be tailored: it keeps the check trustworthy "
              + "and the national core intact");
        } else if (!specs.containsKey(id)) {
          problems.add("tailoring of unknown rule " + id);
        } else if (!t.enabled()) {
          specs.remove(id);
        } else if (t.severity().isPresent()) {
          specs.put(id, specs.get(id).withSeverity(t.severity().get()));
        }
      }
      if (!problems.isEmpty()) {
        IllegalArgumentException e =
            new IllegalArgumentException("Cannot build the checker:\n- " + String.join("\n- ", problems));
        causes.forEach(e::addSuppressed);
        throw e;
      }
      RuleSpec ruleFailed = spec(Catalogue.RULE_FAILED, problems, causes);
      return new Checker(referential, new ArrayList<>(specs.values()), ruleFailed);
    }

    private static List<Rule> discover(ClassLoader loader, List<String> problems, List<Throwable> causes) {
      List<Rule> found = new ArrayList<>();
      try {
        List<RuleProvider> providers = new ArrayList<>();
        ServiceLoader.load(RuleProvider.class, loader).forEach(providers::add);
        providers.sort(Comparator.comparing(p -> p.getClass().getName()));
        for (RuleProvider provider : providers) {
          try {
            List<Rule> rules = provider.rules();
            if (rules == null || rules.stream().anyMatch(Objects::isNull)) {
              problems.add("rule provider " + provider.getClass().getName() + " returned null");
            } else {
              found.addAll(rules);
            }
          } catch (RuntimeException e) {
            problems.add("rule provider " + provider.getClass().getName() + " failed: " + e);
            causes.add(e);
          }
        }
      } catch (ServiceConfigurationError e) {
        problems.add("rule providers cannot be loaded: " + e.getMessage());
        causes.add(e);
      }
      return found;
    }

    /** Reads a rule's metadata once, or records why it cannot be used. */
    private static RuleSpec spec(Rule rule, List<String> problems, List<Throwable> causes) {
      String name = rule.getClass().getName();
      try {
        String id = rule.id();
        if (id == null || !IdentifierValidator.isIdentifier(id)) {
          problems.add("rule " + name + ": id " + (id == null ? "null" : "'" + id + "'") + " is not an identifier");
          return null;
        }
        name = id + " (" + name + ")";
        if (!(rule instanceof BuiltInRule) && id.startsWith("LDM-")) {
          problems.add("rule " + name + ": ids starting with LDM- are reserved for the built-in rules");
          return null;
        }
        Severity severity = rule.defaultSeverity();
        Optional<String> criterionId = rule.criterionId();
        Optional<SourceRef> source = rule.source();
        String bundleName = rule.messageBundle();
        if (severity == null || criterionId == null || source == null || bundleName == null) {
          problems.add("rule " + name + ": defaultSeverity, criterionId, source and messageBundle must not be null");
          return null;
        }
        if (criterionId.filter(c -> !IdentifierValidator.isIdentifier(c)).isPresent()) {
          problems.add("rule " + name + ": criterion id '" + criterionId.get() + "' is not an identifier");
          return null;
        }
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
          try {
            Messages.bundle(rule, bundleName, language).getString(id + ".title");
          } catch (MissingResourceException e) {
            problems.add("rule " + name + ": no entry " + id + ".title in the " + language.getDisplayLanguage(Locale.ENGLISH)
                + " bundle " + bundleName);
            return null;
          }
        }
        return new RuleSpec(rule, id, severity, criterionId, source, bundleName);
      } catch (RuntimeException e) {
        problems.add("rule " + name + ": " + e);
        causes.add(e);
        return null;
      }
    }
  }
}
