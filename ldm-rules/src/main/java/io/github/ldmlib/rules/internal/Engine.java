package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.RuleTailoring;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.internal.IdentifierValidator;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.RuleMetadata;
import io.github.ldmlib.rules.RuleProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the dossier checker and the audit checker share: reading and vetting rules, discovering
 * them, applying tailorings, running them with a finding sink each, and ordering the findings.
 */
public final class Engine {

  private Engine() {}

  /**
   * Records the Bean Validation violations of a referential as configuration problems.
   *
   * @param referential the referential
   * @param problems where to record them
   */
  public static void referentialProblems(Referential referential, List<String> problems) {
    for (Violation v : LdmValidation.validate(referential, Locale.ENGLISH)) {
      problems.add("referential " + (v.path().isEmpty() ? "" : v.path() + ": ") + v.message());
    }
  }

  /**
   * Turns configuration problems into the exception a builder throws.
   *
   * @param what what could not be built, for example "the checker"
   * @param problems the problems, not empty
   * @param causes exceptions behind them, added as suppressed
   * @return the exception
   */
  public static IllegalArgumentException failure(String what, List<String> problems, List<Throwable> causes) {
    IllegalArgumentException e =
        new IllegalArgumentException("Cannot build " + what + ":\n- " + String.join("\n- ", problems));
    causes.forEach(e::addSuppressed);
    return e;
  }

  /**
   * Finds the rules of every provider a class loader sees.
   *
   * @param provided the rules of the kind wanted that a provider supplies: {@link RuleProvider#rules()}
   *     or {@link RuleProvider#auditRules()}
   * @param loader the class loader
   * @param problems where to record problems
   * @param causes where to record their exceptions
   * @param <R> the kind of rule
   * @return the rules, providers sorted by class name
   */
  public static <R> List<R> discover(Function<RuleProvider, ? extends List<? extends R>> provided, ClassLoader loader,
      List<String> problems, List<Throwable> causes) {
    List<R> found = new ArrayList<>();
    try {
      List<RuleProvider> providers = new ArrayList<>();
      ServiceLoader.load(RuleProvider.class, loader).forEach(providers::add);
      providers.sort(Comparator.comparing(p -> p.getClass().getName()));
      for (RuleProvider provider : providers) {
        try {
          List<? extends R> rules = provided.apply(provider);
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

  /**
   * Reads a rule's metadata once, or records why it cannot be used.
   *
   * @param rule the rule
   * @param problems where to record problems
   * @param causes where to record their exceptions
   * @param <R> the kind of rule
   * @return the spec, or null when the rule cannot be used
   */
  public static <R extends RuleMetadata> RuleSpec<R> spec(R rule, List<String> problems, List<Throwable> causes) {
    String name = rule.getClass().getName();
    try {
      String id = rule.id();
      if (id == null || !IdentifierValidator.isIdentifier(id)) {
        problems.add("rule " + name + ": id " + (id == null ? "null" : "'" + id + "'") + " is not an identifier");
        return null;
      }
      name = id + " (" + name + ")";
      if (!(rule instanceof BuiltIn) && id.startsWith("LDM-")) {
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
      return new RuleSpec<>(rule, id, severity, criterionId, source, bundleName);
    } catch (RuntimeException e) {
      problems.add("rule " + name + ": " + e);
      causes.add(e);
      return null;
    }
  }

  /**
   * Vets rules and applies tailorings.
   *
   * @param rules every rule, built-in and custom
   * @param tailorings the tailorings
   * @param isProtected tells whether an id is a protected built-in rule
   * @param ignored tells whether a tailoring of an id that is not among the rules is to be ignored
   *     (it names a built-in rule of the other kind) rather than reported
   * @param problems where to record problems
   * @param causes where to record their exceptions
   * @param <R> the kind of rule
   * @return the enabled rules, sorted by id
   */
  public static <R extends RuleMetadata> List<RuleSpec<R>> assemble(Collection<R> rules, List<RuleTailoring> tailorings,
      Predicate<String> isProtected, Predicate<String> ignored, List<String> problems, List<Throwable> causes) {
    Map<String, RuleSpec<R>> specs = new TreeMap<>();
    for (R rule : rules) {
      RuleSpec<R> spec = spec(rule, problems, causes);
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
      } else if (isProtected.test(id)) {
        problems.add("rule " + id + " is protected and cannot be tailored: it keeps the check trustworthy "
            + "and the national core intact");
      } else if (!specs.containsKey(id)) {
        if (!ignored.test(id)) {
          problems.add("tailoring of unknown rule " + id);
        }
      } else if (!t.enabled()) {
        specs.remove(id);
      } else if (t.severity().isPresent()) {
        specs.put(id, specs.get(id).withSeverity(t.severity().get()));
      }
    }
    return new ArrayList<>(specs.values());
  }

  /**
   * Runs rules, each with its own sink; a rule that throws or misbehaves is replaced by a finding
   * of {@code ruleFailed} naming it.
   *
   * @param rules the rules
   * @param ruleFailed the spec of LDM-E-001
   * @param language the language of the messages
   * @param target what is checked
   * @param invoke runs one rule with its sink
   * @param <R> the kind of rule
   * @return every finding, unordered
   */
  public static <R> List<Finding> run(List<RuleSpec<R>> rules, RuleSpec<?> ruleFailed, Locale language, Target target,
      BiConsumer<R, FindingSink> invoke) {
    List<Finding> findings = new ArrayList<>();
    for (RuleSpec<R> spec : rules) {
      CollectingSink sink = new CollectingSink(spec, language, target);
      try {
        invoke.accept(spec.rule(), sink);
      } catch (Exception | StackOverflowError | LinkageError | AssertionError e) {
        sink.failed(e);
      } finally {
        sink.close();
      }
      Optional<CollectingSink.Failure> failure = sink.failure();
      if (failure.isPresent()) {
        findings.add(ruleFailed(ruleFailed, spec, failure.get(), language));
      } else {
        findings.addAll(sink.findings());
      }
    }
    return findings;
  }

  private static Finding ruleFailed(RuleSpec<?> ruleFailed, RuleSpec<?> failing, CollectingSink.Failure failure,
      Locale language) {
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

  /**
   * Returns the order of a report's findings: those on no criterion first, then by criterion in the
   * order of the referential, then by pointer, rule id, message and the rest.
   *
   * @param criterionOrder the position of each criterion in the referential
   * @return the comparator
   */
  public static Comparator<Finding> order(Map<String, Integer> criterionOrder) {
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

  /**
   * Returns the position of each criterion in a referential.
   *
   * @param referential the referential
   * @return criterion id → position
   */
  public static Map<String, Integer> criterionOrder(Referential referential) {
    Map<String, Integer> order = new java.util.HashMap<>();
    referential.criteria().forEach(c -> order.putIfAbsent(c.id(), order.size()));
    return Map.copyOf(order);
  }

  /**
   * Returns the ids of the rules a checker runs, {@code ruleFailed} included, in alphabetical order:
   * the {@code ruleIds} of its reports.
   *
   * @param rules the enabled rules
   * @param ruleFailed the spec of LDM-E-001
   * @return the ids
   */
  public static List<String> ruleIds(List<? extends RuleSpec<?>> rules, RuleSpec<?> ruleFailed) {
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.id()));
    if (!ids.contains(ruleFailed.id())) {
      ids.add(ruleFailed.id());
    }
    ids.sort(Comparator.naturalOrder());
    return List.copyOf(ids);
  }

  /**
   * Returns the severity an enabled rule's findings take, after tailoring.
   *
   * @param rules the enabled rules
   * @param ruleId the rule id, not null
   * @return the severity, or empty if the rule is not enabled
   */
  public static Optional<Severity> severity(List<? extends RuleSpec<?>> rules, String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return rules.stream().filter(r -> r.id().equals(ruleId)).<Severity>map(RuleSpec::severity).findFirst();
  }

  /**
   * Runs rules as {@link #run} does and returns their findings in {@linkplain #order report order},
   * each once.
   *
   * @param rules the rules
   * @param ruleFailed the spec of LDM-E-001
   * @param language the language of the messages
   * @param target what is checked
   * @param invoke runs one rule with its sink
   * @param criterionOrder the position of each criterion in the referential
   * @param <R> the kind of rule
   * @return the findings of the report
   */
  public static <R> List<Finding> findings(List<RuleSpec<R>> rules, RuleSpec<?> ruleFailed, Locale language,
      Target target, BiConsumer<R, FindingSink> invoke, Map<String, Integer> criterionOrder) {
    return run(rules, ruleFailed, language, target, invoke).stream().sorted(order(criterionOrder)).distinct().toList();
  }

  /**
   * Returns the result of each criterion a report has one for, in the order of the referential:
   * its verdict and counts, drawn from the findings attributed to it.
   *
   * @param referential the referential
   * @param findings the report's findings
   * @param included tells, from the criterion and its findings, whether the report has a result for it
   * @return the results
   */
  public static List<CriterionResult> criterionResults(Referential referential, List<Finding> findings,
      BiPredicate<Criterion, List<Finding>> included) {
    List<CriterionResult> results = new ArrayList<>();
    for (Criterion c : referential.criteria()) {
      List<Finding> own = findings.stream().filter(f -> f.criterionId().filter(c.id()::equals).isPresent()).toList();
      if (included.test(c, own)) {
        FindingCounts counts = FindingCounts.of(own);
        results.add(CriterionResult.builder().criterionId(c.id()).verdict(Verdict.of(counts)).counts(counts).build());
      }
    }
    return results;
  }
}
