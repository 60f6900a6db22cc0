package io.github.ldmlib.rules;

import io.github.ldmlib.model.conformity.RuleTailoring;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.internal.Catalogue;
import io.github.ldmlib.rules.internal.Engine;
import io.github.ldmlib.rules.internal.RuleSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the builders of the {@link Checker} and of the {@link AuditChecker} share: the referential,
 * the built-in, custom and discovered rules, the tailorings, and the build that reports every fault
 * of the configuration at once. Package-private: its public methods are documented and used as
 * those of {@link Checker.Builder} and {@link AuditChecker.Builder}.
 *
 * @param <B> the builder itself
 * @param <R> the kind of rule: {@link Rule} or {@link AuditRule}
 * @param <T> what it builds
 */
abstract class CheckerBuilder<B extends CheckerBuilder<B, R, T>, R extends RuleMetadata, T> {

  private final String name;
  private final List<? extends R> builtIn;
  private final Function<RuleProvider, List<R>> provided;
  private final Predicate<String> otherKind;

  private Referential referential;
  private boolean builtInRules = true;
  private final List<R> added = new ArrayList<>();
  private final List<ClassLoader> discovery = new ArrayList<>();
  private final List<RuleTailoring> tailorings = new ArrayList<>();

  /**
   * Starts a builder.
   *
   * @param name what it builds, for messages: "checker" or "audit checker"
   * @param builtIn the built-in rules of its kind
   * @param provided the rules of its kind that a {@link RuleProvider} supplies
   * @param otherKind tells whether an id names a built-in rule of the other kind, whose tailoring is
   *     accepted and has no effect
   */
  CheckerBuilder(String name, List<? extends R> builtIn, Function<RuleProvider, List<R>> provided,
      Predicate<String> otherKind) {
    this.name = name;
    this.builtIn = builtIn;
    this.provided = provided;
    this.otherKind = otherKind;
  }

  /**
   * Records the faults of the referential that only this kind of checker cares about.
   *
   * @param referential the referential
   * @param problems where to record them
   */
  abstract void referentialProblems(Referential referential, List<String> problems);

  /**
   * Makes the checker once the configuration is free of faults.
   *
   * @param referential the referential
   * @param rules the enabled rules, sorted by id
   * @param ruleFailed the spec of LDM-E-001
   * @return the checker
   */
  abstract T create(Referential referential, List<RuleSpec<R>> rules, RuleSpec<Rule> ruleFailed);

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * Sets the referential, already tailored by any academy profile. Required.
   *
   * @param referential the referential
   * @return this builder
   */
  public B referential(Referential referential) {
    this.referential = Objects.requireNonNull(referential, "referential");
    return self();
  }

  /**
   * Includes the built-in rules of the checker's kind (dossier or audit) or not; they are included
   * unless told otherwise. {@code LDM-E-001}, which records a failing rule, is always in force.
   *
   * @param include false to run only the custom rules
   * @return this builder
   */
  public B builtInRules(boolean include) {
    this.builtInRules = include;
    return self();
  }

  /**
   * Adds a custom rule.
   *
   * @param rule the rule
   * @return this builder
   */
  public B addRule(R rule) {
    added.add(Objects.requireNonNull(rule, "rule"));
    return self();
  }

  /**
   * Adds custom rules.
   *
   * @param rules the rules
   * @return this builder
   */
  public B addRules(Collection<? extends R> rules) {
    rules.forEach(this::addRule);
    return self();
  }

  /**
   * Adds the rules of the checker's kind ({@link RuleProvider#rules() dossier rules} or {@link
   * RuleProvider#auditRules() audit rules}) of every {@link RuleProvider} that {@link ServiceLoader}
   * finds with the context class loader of the calling thread (or this library's class loader if
   * there is none).
   *
   * @return this builder
   */
  public B discoverRules() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return discoverRules(loader != null ? loader : CheckerBuilder.class.getClassLoader());
  }

  /**
   * Adds the rules of the checker's kind ({@link RuleProvider#rules() dossier rules} or {@link
   * RuleProvider#auditRules() audit rules}) of every {@link RuleProvider} that {@link ServiceLoader}
   * finds with a class loader.
   *
   * @param loader the class loader
   * @return this builder
   */
  public B discoverRules(ClassLoader loader) {
    discovery.add(Objects.requireNonNull(loader, "loader"));
    return self();
  }

  /**
   * Adds a rule tailoring: switch a rule off, or change its severity.
   *
   * @param tailoring the tailoring
   * @return this builder
   */
  public B tailor(RuleTailoring tailoring) {
    tailorings.add(Objects.requireNonNull(tailoring, "tailoring"));
    return self();
  }

  /**
   * Adds rule tailorings, for example an academy profile's.
   *
   * @param tailorings the tailorings
   * @return this builder
   */
  public B tailorings(Collection<RuleTailoring> tailorings) {
    tailorings.forEach(this::tailor);
    return self();
  }

  /**
   * Builds the checker.
   *
   * @return the checker
   * @throws IllegalStateException if no referential was set
   * @throws IllegalArgumentException listing every fault of the configuration
   */
  public T build() {
    if (referential == null) {
      throw new IllegalStateException((name.startsWith("a") ? "An " : "A ") + name + " needs a referential");
    }
    List<String> problems = new ArrayList<>();
    List<Throwable> causes = new ArrayList<>();
    Engine.referentialProblems(referential, problems);
    referentialProblems(referential, problems);

    List<R> all = new ArrayList<>();
    if (builtInRules) {
      all.addAll(builtIn);
    }
    all.addAll(added);
    for (ClassLoader loader : discovery) {
      all.addAll(Engine.discover(provided, loader, problems, causes));
    }
    List<RuleSpec<R>> specs = Engine.assemble(all, tailorings, BuiltInRules::isProtected, otherKind, problems, causes);
    if (!problems.isEmpty()) {
      throw Engine.failure("the " + name, problems, causes);
    }
    RuleSpec<Rule> ruleFailed = Engine.spec(Catalogue.RULE_FAILED, problems, causes);
    return create(referential, specs, ruleFailed);
  }
}
