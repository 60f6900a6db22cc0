package io.github.ldmlib.rules;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.AsOfBasis;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.rules.internal.Catalogue;
import io.github.ldmlib.rules.internal.Engine;
import io.github.ldmlib.rules.internal.KindSpec;
import io.github.ldmlib.rules.internal.ReferentialIndex;
import io.github.ldmlib.rules.internal.RuleSpec;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The conformity checker (<i>vérificateur de conformité</i>): checks the documents of one {@linkplain
 * DocumentKind kind} — dossiers, audit files, annual reviews — against one referential with a set of {@link Rule
 * rules}, and writes a {@link ConformityReport} for each.
 *
 * <p>A checker is built once from a referential (a national one, or one already tailored by an
 * academy profile), the built-in rules of its kind, any custom rules passed directly or discovered
 * through {@link RuleProvider}, and the rule tailorings of the profile. It is immutable and
 * thread-safe: any number of threads may check documents with it at once. The same document
 * checked as of the same date, at the same stage and in the same language always gives an equal
 * report.
 *
 * <pre>{@code
 * Checker<Dossier> dossiers = Checker.of(referential);
 * ConformityReport report = dossiers.check(dossier, LocalDate.of(2025, 3, 14), Stage.CANDIDATURE);
 *
 * Checker<AuditFile> audits = Checker.builder(DocumentKind.AUDIT_FILE)
 *     .referential(referential)
 *     .tailorings(profile.ruleTailorings())
 *     .build();
 * ConformityReport audit = audits.check(auditFile, LocalDate.of(2025, 6, 30));
 * }</pre>
 *
 * <p>Every check runs one pipeline, whatever the kind: the rules share one walk of the document
 * ({@link CheckContext#each(Class)}); the built-in well-formedness rule ({@code LDM-V-001} for a
 * dossier, {@code LDM-A-001} for an audit file, {@code LDM-R-001} for an annual review) turns each
 * Bean Validation violation into a finding, so that callers do not run two tools; a rule that throws (anything, errors included) or
 * misbehaves is reported as a finding {@code LDM-E-001} naming it, and the other rules still run;
 * the report's counts and verdicts follow from its findings.
 *
 * <p>A check always returns. The library's own rules run on the caller's thread; every other rule
 * runs on a thread of its own and is abandoned, reported as {@code LDM-E-001}, when it has not
 * returned within the {@linkplain Builder#ruleDeadline(Duration) rule deadline} ({@value
 * #DEFAULT_RULE_DEADLINE_SECONDS} seconds unless set): an abandoned rule keeps its (daemon) thread
 * until it returns, but no check waits for it.
 *
 * @param <D> the model type of the documents checked
 */
public final class Checker<D> {

  /** The default {@linkplain Builder#ruleDeadline(Duration) deadline} of a rule that is not the library's own, in seconds. */
  public static final int DEFAULT_RULE_DEADLINE_SECONDS = 10;

  private final KindSpec<D> spec;
  private final Duration ruleDeadline;
  private final Referential referential;
  private final ReferentialIndex index;
  private final List<RuleSpec<D>> rules;
  private final List<String> ruleIds;
  private final Map<String, Integer> criterionOrder;

  private Checker(KindSpec<D> spec, Referential referential, List<RuleSpec<D>> rules, Duration ruleDeadline) {
    this.spec = spec;
    this.ruleDeadline = ruleDeadline;
    this.referential = referential;
    this.index = ReferentialIndex.of(referential);
    this.rules = List.copyOf(rules);
    this.ruleIds = Engine.ruleIds(rules);
    this.criterionOrder = Engine.criterionOrder(referential);
  }

  /**
   * Returns a dossier checker with the built-in rules and no tailoring.
   *
   * @param referential the referential, not null
   * @return the checker
   * @throws IllegalArgumentException if the referential is malformed
   */
  public static Checker<Dossier> of(Referential referential) {
    return of(DocumentKind.DOSSIER, referential);
  }

  /**
   * Returns a checker of a kind of document with its built-in rules and no tailoring.
   *
   * @param kind the kind of document, for example {@link DocumentKind#AUDIT_FILE}
   * @param referential the referential, not null
   * @param <D> the model type of the documents
   * @return the checker
   * @throws IllegalArgumentException if the kind is not one the checker checks, or the referential is
   *     malformed or unfit for that kind
   */
  public static <D> Checker<D> of(DocumentKind<D> kind, Referential referential) {
    return builder(kind).referential(referential).build();
  }

  /**
   * Returns a new builder of a checker of a kind of document.
   *
   * @param kind the kind: {@link DocumentKind#DOSSIER}, {@link DocumentKind#AUDIT_FILE} or {@link
   *     DocumentKind#ANNUAL_REVIEW}
   * @param <D> the model type of the documents
   * @return the builder
   * @throws IllegalArgumentException if the checker does not check that kind of document
   */
  public static <D> Builder<D> builder(DocumentKind<D> kind) {
    Objects.requireNonNull(kind, "kind");
    KindSpec<D> spec = KindSpec.of(kind).orElseThrow(() -> new IllegalArgumentException(
        "The checker does not check documents of kind " + kind + "; it checks "
            + KindSpec.checkedKinds().stream().map(DocumentKind::id).collect(Collectors.joining(", "))));
    return new Builder<>(spec);
  }

  /** The kind of document the checker checks. */
  public DocumentKind<D> kind() {
    return spec.kind();
  }

  /** The referential documents are checked against. */
  public Referential referential() {
    return referential;
  }

  /**
   * Returns the rules the checker runs, after tailoring, sorted by id.
   *
   * @return the enabled rules
   */
  public List<Rule<D>> rules() {
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
    return rules.stream().filter(r -> r.id().equals(ruleId)).<Severity>map(RuleSpec::severity).findFirst();
  }

  /**
   * Checks a document as it stood at its own date, at the stage it states, with messages in French.
   * A document is judged at its own date ({@link ConformityReport#asOfBasis()} {@link
   * AsOfBasis#DOCUMENT_DATE}): a dossier at its submission date, an audit file at its audit day; a
   * document that states no date is checked as of today ({@link AsOfBasis#DAY_OF_CHECK}).
   *
   * @param document the document, not null
   * @return the report
   */
  public ConformityReport check(D document) {
    return check(document, Locale.FRENCH);
  }

  /**
   * Checks a document as it stood at its own date (see {@link #check(Object)}), at the stage it
   * states.
   *
   * @param document the document, not null
   * @param locale the language of the messages: English if its language is English, French otherwise
   * @return the report
   */
  public ConformityReport check(D document, Locale locale) {
    Objects.requireNonNull(document, "document");
    return run(document, null, spec.stageOf(document), locale);
  }

  /**
   * Checks a document as it stood at its own date (see {@link #check(Object)}), for a stage of the
   * label.
   *
   * @param document the document, not null
   * @param stage the stage, not null
   * @param locale the language of the messages: English if its language is English, French otherwise
   * @return the report
   */
  public ConformityReport check(D document, Stage stage, Locale locale) {
    Objects.requireNonNull(document, "document");
    return run(document, null, Optional.of(Objects.requireNonNull(stage, "stage")), locale);
  }

  /**
   * Checks a document as of a date the caller gives, at the stage it states, with messages in
   * French.
   *
   * @param document the document, not null
   * @param asOf the date of the check, not null; what is due or overdue depends on it
   * @return the report
   */
  public ConformityReport check(D document, LocalDate asOf) {
    return check(document, asOf, Locale.FRENCH);
  }

  /**
   * Checks a document as of a date the caller gives, at the stage it states: for a dossier, the
   * candidature or, for a renewal dossier, the renewal; for an audit file, the stage of its audit.
   *
   * @param document the document, not null
   * @param asOf the date of the check, not null; what is due or overdue depends on it
   * @param locale the language of the messages: English if its language is English, French otherwise
   * @return the report
   */
  public ConformityReport check(D document, LocalDate asOf, Locale locale) {
    Objects.requireNonNull(asOf, "asOf");
    return run(document, asOf, spec.stageOf(Objects.requireNonNull(document, "document")), locale);
  }

  /**
   * Checks a document as of a date the caller gives, for a stage of the label, with messages in
   * French.
   *
   * @param document the document, not null
   * @param asOf the date of the check, not null
   * @param stage the stage, not null
   * @return the report
   */
  public ConformityReport check(D document, LocalDate asOf, Stage stage) {
    return check(document, asOf, stage, Locale.FRENCH);
  }

  /**
   * Checks a document as of a date the caller gives, for a stage of the label.
   *
   * @param document the document, not null
   * @param asOf the date of the check, not null; what is due depends on it
   * @param stage the stage, not null
   * @param locale the language of the messages: English if its language is English, French otherwise
   * @return the report
   */
  public ConformityReport check(D document, LocalDate asOf, Stage stage, Locale locale) {
    Objects.requireNonNull(asOf, "asOf");
    return run(document, asOf, Optional.of(Objects.requireNonNull(stage, "stage")), locale);
  }

  /**
   * The date a document is judged at when the caller gives none, and why.
   *
   * @param document the document
   * @return its own date with {@link AsOfBasis#DOCUMENT_DATE}, or today with {@link
   *     AsOfBasis#DAY_OF_CHECK} when it states none
   */
  private Map.Entry<LocalDate, AsOfBasis> defaultDate(D document) {
    return spec.dateOf(document).map(d -> Map.entry(d, AsOfBasis.DOCUMENT_DATE))
        .orElseGet(() -> Map.entry(LocalDate.now(), AsOfBasis.DAY_OF_CHECK));
  }

  private ConformityReport run(D document, LocalDate given, Optional<Stage> stage, Locale locale) {
    Map.Entry<LocalDate, AsOfBasis> date = given != null ? Map.entry(given, AsOfBasis.GIVEN) : defaultDate(document);
    LocalDate asOf = date.getKey();
    CheckContext<D> context = CheckContext.of(spec.kind(), referential, index, document, asOf, stage, locale);
    List<Finding> findings = Engine.run(rules, context, context.walker(), spec, ruleDeadline).stream()
        .sorted(Engine.order(criterionOrder)).distinct().toList();
    ConformityReport.Builder report = ConformityReport.builder()
        .documentKind(spec.kind())
        .referentialId(referential.id())
        .referentialEdition(referential.edition().id())
        .stage(stage)
        .asOf(asOf)
        .asOfBasis(date.getValue())
        .documentDate(spec.dateOf(document))
        .language(context.language().getLanguage())
        .findings(findings)
        .ruleIds(ruleIds);
    spec.describe(report, context);
    for (Criterion c : referential.criteria()) {
      List<Finding> own = findings.stream().filter(f -> f.criterionId().filter(c.id()::equals).isPresent()).toList();
      if (spec.hasResult(c, document, own)) {
        report.addCriterionIds(c.id());
      }
    }
    return report.build();
  }

  @Override
  public String toString() {
    return "Checker[" + spec.kind() + ", " + referential.id() + "@" + referential.edition().id() + ", "
        + rules.size() + " rules]";
  }

  /**
   * Builds a {@link Checker}. Faults of the configuration (a malformed referential, or one unfit for
   * the kind of document; a rule whose metadata or messages are missing or malformed; two rules with
   * one id; a tailoring of an unknown or protected rule) are all reported together by {@link
   * #build()}. A tailoring of a rule of another kind of document (a built-in audit rule {@code
   * LDM-A-…} for a dossier checker, say) is accepted and has no effect, so that an academy profile's
   * tailorings can be passed whole to the checker of every kind. Not thread-safe.
   *
   * @param <D> the model type of the documents
   */
  public static final class Builder<D> {

    private final KindSpec<D> spec;
    private Referential referential;
    private boolean builtInRules = true;
    private Duration ruleDeadline = Duration.ofSeconds(DEFAULT_RULE_DEADLINE_SECONDS);
    private final List<Rule<D>> added = new ArrayList<>();
    private final List<ClassLoader> discovery = new ArrayList<>();
    private final List<RuleTailoring> tailorings = new ArrayList<>();

    private Builder(KindSpec<D> spec) {
      this.spec = spec;
    }

    /**
     * Sets the referential, already tailored by any academy profile. Required.
     *
     * @param referential the referential
     * @return this builder
     */
    public Builder<D> referential(Referential referential) {
      this.referential = Objects.requireNonNull(referential, "referential");
      return this;
    }

    /**
     * Sets how long a rule that is not the library's own may run in one check before it is
     * abandoned and reported as {@code LDM-E-001} ({@value #DEFAULT_RULE_DEADLINE_SECONDS} seconds
     * by default).
     *
     * @param deadline the deadline, positive and at most one hour
     * @return this builder
     * @throws IllegalArgumentException if the deadline is not positive or longer than an hour
     */
    public Builder<D> ruleDeadline(Duration deadline) {
      Objects.requireNonNull(deadline, "deadline");
      if (deadline.isNegative() || deadline.isZero() || deadline.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("A rule deadline must be positive and at most one hour: " + deadline);
      }
      this.ruleDeadline = deadline;
      return this;
    }

    /**
     * Includes the built-in rules of the checker's kind or not; they are included unless told
     * otherwise. {@code LDM-E-001}, which records a failing rule, is always in force.
     *
     * @param include false to run only the custom rules
     * @return this builder
     */
    public Builder<D> builtInRules(boolean include) {
      this.builtInRules = include;
      return this;
    }

    /**
     * Adds a custom rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder<D> addRule(Rule<D> rule) {
      added.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds custom rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder<D> addRules(Collection<? extends Rule<D>> rules) {
      rules.forEach(this::addRule);
      return this;
    }

    /**
     * Adds the rules of the checker's kind of every {@link RuleProvider} that {@link ServiceLoader}
     * finds with the context class loader of the calling thread (or this library's class loader if
     * there is none).
     *
     * @return this builder
     */
    public Builder<D> discoverRules() {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      return discoverRules(loader != null ? loader : Checker.class.getClassLoader());
    }

    /**
     * Adds the rules of the checker's kind of every {@link RuleProvider} that {@link ServiceLoader}
     * finds with a class loader.
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder<D> discoverRules(ClassLoader loader) {
      discovery.add(Objects.requireNonNull(loader, "loader"));
      return this;
    }

    /**
     * Adds a rule tailoring: switch a rule off, or change its severity.
     *
     * @param tailoring the tailoring
     * @return this builder
     */
    public Builder<D> tailor(RuleTailoring tailoring) {
      tailorings.add(Objects.requireNonNull(tailoring, "tailoring"));
      return this;
    }

    /**
     * Adds rule tailorings, for example an academy profile's.
     *
     * @param tailorings the tailorings
     * @return this builder
     */
    public Builder<D> tailorings(Collection<RuleTailoring> tailorings) {
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
    public Checker<D> build() {
      if (referential == null) {
        throw new IllegalStateException(spec.name().substring(0, 1).toUpperCase(Locale.ROOT) + spec.name().substring(1)
            + " needs a referential");
      }
      List<String> problems = new ArrayList<>();
      List<Throwable> causes = new ArrayList<>();
      Engine.referentialProblems(referential, problems);
      spec.referentialProblems(referential, problems);

      List<Rule<?>> all = new ArrayList<>();
      Set<Rule<?>> builtIn = Collections.newSetFromMap(new IdentityHashMap<>());
      builtIn.addAll(Catalogue.of(spec.kind()));
      // The other kinds' built-in rules are looked at only when a tailoring names a rule this kind
      // lacks (Engine.assemble), so that a checker loads the rule classes of its own kind only.
      if (builtInRules) {
        all.addAll(Catalogue.of(spec.kind()));
      }
      all.addAll(added);
      for (ClassLoader loader : discovery) {
        all.addAll(Engine.discover(loader, problems, causes));
      }
      List<RuleSpec<D>> specs = Engine.assemble(spec, all, builtIn::contains, tailorings,
          Catalogue::isProtected, problems, causes);
      if (!problems.isEmpty()) {
        throw Engine.failure(spec.name().replaceFirst("^an? ", "the "), problems, causes);
      }
      // A rule that enforces another referential's text does not judge this one's documents.
      return new Checker<>(spec, referential, specs.stream().filter(r -> r.appliesTo(referential)).toList(),
          ruleDeadline);
    }
  }
}
