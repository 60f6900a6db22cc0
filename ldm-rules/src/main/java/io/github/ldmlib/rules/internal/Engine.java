package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Gravity;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.constraints.Identifiers;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.MessageSource;
import io.github.ldmlib.rules.Rule;
import io.github.ldmlib.rules.RuleProvider;
import java.time.Duration;
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
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The checking pipeline's machinery, the same for every kind of document: reading and vetting
 * rules, discovering them, applying tailorings, running each rule with a finding sink of its own,
 * and ordering the findings of a report.
 */
public final class Engine {

  private Engine() {}

  /** The id of the finding that records a rule that could not be applied. */
  public static final String RULE_FAILED = "LDM-E-001";

  /** The id of the note that a built-in rule reported more findings than a report lists. */
  public static final String FINDINGS_NOT_LISTED = "LDM-E-002";

  /**
   * The gravity of {@link #RULE_FAILED}: the check is incomplete, so it cannot vouch that the
   * document is ready; its severity is the blocking one of the kind's scale.
   */
  public static final Gravity RULE_FAILED_GRAVITY = Gravity.BLOCKING;

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
   * @param what what could not be built, for example "the dossier checker"
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
   * Finds the rules of every provider a class loader sees, of every kind.
   *
   * @param loader the class loader
   * @param problems where to record problems
   * @param causes where to record their exceptions
   * @return the rules, providers sorted by class name
   */
  public static List<Rule<?>> discover(ClassLoader loader, List<String> problems, List<Throwable> causes) {
    List<Rule<?>> found = new ArrayList<>();
    try {
      List<RuleProvider> providers = new ArrayList<>();
      ServiceLoader.load(RuleProvider.class, loader).forEach(providers::add);
      providers.sort(Comparator.comparing(p -> p.getClass().getName()));
      for (RuleProvider provider : providers) {
        try {
          List<? extends Rule<?>> rules = provider.rules();
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
   * @param builtIn whether it is one of the library's own
   * @param problems where to record problems
   * @param causes where to record their exceptions
   * @param <D> the model type of the documents
   * @return the spec, or null when the rule cannot be used
   */
  public static <D> RuleSpec<D> spec(Rule<D> rule, boolean builtIn, List<String> problems, List<Throwable> causes) {
    String name = rule.getClass().getName();
    try {
      String id = rule.id();
      if (id == null || !Identifiers.isValid(id)) {
        problems.add("rule " + name + ": id " + (id == null ? "null" : "'" + id + "'") + " is not an identifier");
        return null;
      }
      name = id + (rule instanceof DeclaredRule ? "" : " (" + name + ")");
      if (!builtIn && id.startsWith("LDM-")) {
        problems.add("rule " + name + ": ids starting with LDM- are reserved for the built-in rules");
        return null;
      }
      Severity severity = rule.defaultSeverity();
      Optional<String> criterionId = rule.criterionId();
      Optional<SourceRef> source = rule.source();
      MessageSource messages = rule.messages();
      Set<String> referentialSources = rule.referentialSources();
      Set<Stage> stages = rule.stages();
      if (rule.kind() == null || severity == null || criterionId == null || source == null || messages == null
          || referentialSources == null || stages == null) {
        problems.add("rule " + name + ": kind, defaultSeverity, criterionId, source, messages, referentialSources and "
            + "stages must not be null");
        return null;
      }
      if (criterionId.filter(c -> !Identifiers.isValid(c)).isPresent()) {
        problems.add("rule " + name + ": criterion id '" + criterionId.get() + "' is not an identifier");
        return null;
      }
      for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        try {
          messages.get(id + ".title", language);
        } catch (MissingResourceException e) {
          problems.add("rule " + name + ": no entry " + id + ".title in the " + language.getDisplayLanguage(Locale.ENGLISH)
              + " messages of " + messages);
          return null;
        }
      }
      List<String> patterns = messages.problems(id + ".");
      if (!patterns.isEmpty()) {
        for (String p : patterns) {
          problems.add("rule " + name + ": message " + p);
        }
        return null;
      }
      return new RuleSpec<>(rule, id, severity, criterionId, source, messages, Set.copyOf(referentialSources),
          Set.copyOf(stages), builtIn);
    } catch (RuntimeException e) {
      problems.add("rule " + name + ": " + e);
      causes.add(e);
      return null;
    }
  }

  /**
   * Tells whether a rule id is one of another kind's built-in rules, which a tailoring may name since
   * one set of tailorings serves the checkers of every kind. Loads the other kinds' rules, so it is
   * asked only about a tailoring the checker's own rules do not know.
   */
  private static boolean builtInOfAnotherKind(DocumentKind<?> kind, String id) {
    return Catalogue.all().stream().anyMatch(r -> r.kind() != kind && r.id().equals(id));
  }

  /**
   * Vets the rules of one kind and applies tailorings.
   *
   * @param kindSpec the description of the kind of document of the checker
   * @param rules every rule offered, of any kind: the kind's built-in rules, added and discovered
   *     ones; a tailoring of another kind's built-in rule is known without them
   * @param builtIn tells whether a rule is one of the library's own
   * @param tailorings the tailorings
   * @param isProtected tells whether an id is a protected built-in rule
   * @param problems where to record problems
   * @param causes where to record their exceptions
   * @param <D> the model type of the documents
   * @return the enabled rules of the kind, sorted by id
   */
  @SuppressWarnings("unchecked")
  public static <D> List<RuleSpec<D>> assemble(KindSpec<D> kindSpec, Collection<? extends Rule<?>> rules,
      Predicate<Rule<?>> builtIn, List<RuleTailoring> tailorings, Predicate<String> isProtected,
      List<String> problems, List<Throwable> causes) {
    DocumentKind<D> kind = kindSpec.kind();
    List<Severity> scale = kindSpec.scale();
    Map<String, RuleSpec<D>> specs = new TreeMap<>();
    Map<String, Rule<?>> otherKinds = new HashMap<>();
    for (Rule<?> rule : rules) {
      DocumentKind<?> ruleKind;
      try {
        ruleKind = rule.kind();
      } catch (RuntimeException e) {
        problems.add("rule " + rule.getClass().getName() + ": " + e);
        causes.add(e);
        continue;
      }
      if (ruleKind == null) {
        problems.add("rule " + rule.getClass().getName() + ": kind must not be null");
        continue;
      }
      if (ruleKind != kind) {
        try {
          otherKinds.putIfAbsent(rule.id(), rule);
        } catch (RuntimeException e) {
          // its own checker reports it
        }
        continue;
      }
      RuleSpec<D> spec = spec((Rule<D>) rule, builtIn.test(rule), problems, causes);
      if (spec == null) {
        continue;
      }
      if (!scale.contains(spec.severity())) {
        problems.add("rule " + spec.id() + ": severity " + spec.severity() + " is not on the scale of " + kind.id()
            + " checks " + scale);
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
        if (!otherKinds.containsKey(id) && !builtInOfAnotherKind(kind, id)) {
          problems.add("tailoring of unknown rule " + id);
        }
      } else if (!t.enabled()) {
        specs.remove(id);
      } else if (t.severity().isPresent() && !scale.contains(t.severity().get())) {
        problems.add("tailoring of rule " + id + ": severity " + t.severity().get() + " is not on the scale of "
            + kind.id() + " checks " + scale);
      } else if (t.severity().isPresent()) {
        specs.put(id, specs.get(id).withSeverity(t.severity().get()));
      }
    }
    return new ArrayList<>(specs.values());
  }

  /** The threads the rules that are not the library's own run on: daemons, so that none keeps the JVM. */
  private static final ExecutorService CUSTOM_RULES = Executors.newCachedThreadPool(new ThreadFactory() {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread t = new Thread(task, "ldm-rule-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  });

  /**
   * Runs rules on one context, each with its own sink; a rule that throws (anything), misbehaves,
   * or does not return within the deadline is replaced by a finding {@link #RULE_FAILED} naming
   * it. The library's own rules run on the check's thread; any other rule on a thread of its own,
   * abandoned at the deadline (it keeps its thread until it returns, but the check does not wait).
   *
   * @param rules the rules
   * @param context the check
   * @param target what the sinks check the findings' places against
   * @param kind the description of the document's kind
   * @param deadline the longest a rule that is not the library's own may run
   * @param <D> the model type of the document
   * @return every finding, unordered
   */
  public static <D> List<Finding> run(List<RuleSpec<D>> rules, CheckContext<D> context, Walk target,
      KindSpec<D> kind, Duration deadline) {
    String invalidPointerKey = kind.invalidPointerKey();
    Severity failedSeverity = kind.severityOf(RULE_FAILED_GRAVITY);
    SourceRef used = context.referential().source();
    List<Finding> findings = new ArrayList<>();
    Locale language = context.language();
    for (RuleSpec<D> spec : rules) {
      if (!spec.appliesAt(context.stage())) {
        continue;
      }
      Supplier<CollectingSink> newSink = () -> new CollectingSink(spec, language, target, invalidPointerKey, used);
      CollectingSink sink = spec.builtIn()
          ? apply(spec, context, newSink.get())
          : applyWithin(spec, context, newSink, deadline);
      Optional<CollectingSink.Failure> failure = sink.failure();
      if (failure.isPresent()) {
        findings.add(ruleFailed(spec, failure.get(), failedSeverity, language));
      } else {
        findings.addAll(sink.findings());
        if (sink.notListed() > 0) {
          findings.add(notListed(spec, sink.notListed(), language));
        }
      }
    }
    return findings;
  }

  /** Runs a rule with its sink on this thread; whatever it throws becomes the sink's failure. */
  private static <D> CollectingSink apply(RuleSpec<D> spec, CheckContext<D> context, CollectingSink sink) {
    try {
      spec.rule().check(context, sink);
    } catch (Throwable e) {
      sink.failed(e);
    } finally {
      sink.close();
    }
    return sink;
  }

  /**
   * Runs a rule on a thread of its own, with a sink made there, and waits for it until the deadline;
   * a rule that does not return in time, or whose thread fails, gets a new sink holding that failure.
   */
  private static <D> CollectingSink applyWithin(RuleSpec<D> spec, CheckContext<D> context,
      Supplier<CollectingSink> newSink, Duration deadline) {
    Future<CollectingSink> running;
    try {
      running = CUSTOM_RULES.submit(() -> apply(spec, context, newSink.get()));
    } catch (RejectedExecutionException e) {
      return apply(spec, context, newSink.get());
    }
    CollectingSink failed = newSink.get();
    try {
      return running.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException late) {
      running.cancel(true);
      failed.timedOut(deadline.toString().substring(2).toLowerCase(Locale.ROOT));
    } catch (ExecutionException e) {
      failed.failed(e.getCause() == null ? e : e.getCause());
    } catch (InterruptedException e) {
      running.cancel(true);
      Thread.currentThread().interrupt();
      failed.failed(e);
    }
    return failed;
  }

  /** The note that a built-in rule reported more findings than are listed. */
  private static Finding notListed(RuleSpec<?> rule, int count, Locale language) {
    String key = FINDINGS_NOT_LISTED + ".notListed";
    List<String> args = List.of(rule.id(), Integer.toString(count), Integer.toString(CollectingSink.MAX_FINDINGS));
    return Finding.builder()
        .ruleId(FINDINGS_NOT_LISTED)
        .severity(Severity.INFO)
        .criterionId(rule.criterionId())
        .pointer(JsonPointer.root())
        .message(Messages.builtIn(key, language, args.toArray()))
        .messageKey(key)
        .arguments(args)
        .build();
  }

  private static Finding ruleFailed(RuleSpec<?> failing, CollectingSink.Failure failure, Severity severity,
      Locale language) {
    String key = RULE_FAILED + "." + failure.key();
    List<String> args = List.of(failing.id(), failure.detail());
    return Finding.builder()
        .ruleId(RULE_FAILED)
        .severity(severity)
        .criterionId(failing.criterionId())
        .pointer(JsonPointer.root())
        .message(Messages.builtIn(key, language, args.toArray()))
        .messageKey(key)
        .arguments(args)
        .build();
  }

  /**
   * Returns the order of a report's findings: those on no criterion first, then by criterion in the
   * order of the referential, then by pointer (natural order), rule id, message and the rest.
   *
   * @param criterionOrder the position of each criterion in the referential
   * @return the comparator
   */
  public static Comparator<Finding> order(Map<String, Integer> criterionOrder) {
    Comparator<Finding> byCriterion = Comparator.comparingInt(
        f -> f.criterionId().map(id -> criterionOrder.getOrDefault(id, Integer.MAX_VALUE)).orElse(-1));
    return byCriterion
        .thenComparing(f -> f.criterionId().orElse(""))
        .thenComparing(Finding::pointer)
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
    Map<String, Integer> order = new HashMap<>();
    referential.criteria().forEach(c -> order.putIfAbsent(c.id(), order.size()));
    return Map.copyOf(order);
  }

  /**
   * Returns the ids of the rules a checker runs, {@link #RULE_FAILED} included, in alphabetical
   * order: the {@code ruleIds} of its reports.
   *
   * @param rules the enabled rules
   * @return the ids
   */
  public static List<String> ruleIds(List<? extends RuleSpec<?>> rules) {
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.id()));
    if (!ids.contains(RULE_FAILED)) {
      ids.add(RULE_FAILED);
    }
    ids.sort(Comparator.naturalOrder());
    return List.copyOf(ids);
  }
}
