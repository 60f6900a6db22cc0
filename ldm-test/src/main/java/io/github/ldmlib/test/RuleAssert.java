package io.github.ldmlib.test;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.BuiltInRules;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.rules.Rule;
import io.github.ldmlib.test.internal.Describe;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.description.Description;

/**
 * Assertions on a conformity rule (<i>règle de conformité</i>) of any kind of document, built-in or
 * custom: it is well defined, it flags a defective document where expected, and it accepts a
 * conforming one. Obtain them with {@link LdmAssertions#assertThat(Rule)}.
 *
 * <pre>{@code
 * DossierFixture fixture = DossierFixtures.conforming(profile);
 * assertThat(rule).isWellDefined().accepts(fixture);
 * assertThat(rule).flags(fixture.withUnaddressedRequirement("C9.R4"))
 *     .at(fixture.sectionPointer("C9")).onRequirement("C9.R4").exactly(1);
 * }</pre>
 *
 * <p>The rule runs alone, through a {@link Checker} of its kind without the built-in rules, exactly
 * as a checker runs it: its pointers are checked against the document, its messages read, its
 * misbehaviour caught. A dossier fixture brings its referential, date and stage; for a bare
 * document, the referential is the bundled one a dossier names (edition included), the date the
 * document's own (a dossier's submission date, an audit file's audit day) and the stage the one it
 * states, unless {@link #against(Referential)}, {@link #asOf(LocalDate)} and {@link
 * #atStage(Stage)} say otherwise (they also override a fixture's). A rule that throws or reports a
 * place that does not exist fails {@code flags} and {@code accepts} alike, with the reason.
 *
 * @param <D> the model type of the documents the rule checks
 */
public final class RuleAssert<D> extends AbstractObjectAssert<RuleAssert<D>, Rule<D>> {

  private Referential referential;
  private LocalDate asOf;
  private Stage stage;
  private Locale locale = Locale.FRENCH;

  @SuppressWarnings({"unchecked", "rawtypes"})
  RuleAssert(Rule<D> actual) {
    super(actual, (Class) RuleAssert.class);
  }

  /**
   * Sets the referential the rule checks documents against.
   *
   * @param referential the referential, already tailored by any academy profile
   * @return this assertion
   */
  public RuleAssert<D> against(Referential referential) {
    this.referential = Objects.requireNonNull(referential, "referential");
    return myself;
  }

  /**
   * Sets the date of the check.
   *
   * @param date the date
   * @return this assertion
   */
  public RuleAssert<D> asOf(LocalDate date) {
    this.asOf = Objects.requireNonNull(date, "date");
    return myself;
  }

  /**
   * Sets the stage of the check.
   *
   * @param stage the stage
   * @return this assertion
   */
  public RuleAssert<D> atStage(Stage stage) {
    this.stage = Objects.requireNonNull(stage, "stage");
    return myself;
  }

  /**
   * Sets the language of the messages, French unless told otherwise.
   *
   * @param locale English if its language is English, French otherwise
   * @return this assertion
   */
  public RuleAssert<D> inLanguage(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
    return myself;
  }

  /**
   * Verifies that a checker accepts the rule: its id is an identifier (not starting with {@code
   * LDM-} unless built in), its kind, severity, criterion, source and messages are given, and its
   * messages have its title in French and English and no malformed pattern.
   *
   * @return this assertion
   */
  public RuleAssert<D> isWellDefined() {
    isNotNull();
    checker(referential != null ? referential : Referentials.latest("ldm-national-2023"));
    return myself;
  }

  /**
   * Verifies that the rule, a dossier rule, reports at least one finding on a fixture's dossier,
   * checked with the fixture's referential, date and stage.
   *
   * @param fixture the fixture
   * @return assertions on the rule's findings, to say where and how many
   */
  public FindingsAssert flags(DossierFixture fixture) {
    Objects.requireNonNull(fixture, "fixture");
    return flags(run(dossier(fixture), fixture.referential(), fixture.asOf(), fixture.stage()));
  }

  /**
   * Verifies that the rule reports at least one finding on a document of its kind.
   *
   * @param document the document
   * @return assertions on the rule's findings, to say where and how many
   */
  public FindingsAssert flags(D document) {
    Objects.requireNonNull(document, "document");
    return flags(run(document, null, null, null));
  }

  /**
   * Verifies that the rule, a dossier rule, reports nothing on a fixture's dossier, checked with
   * the fixture's referential, date and stage.
   *
   * @param fixture the fixture
   * @return this assertion
   */
  public RuleAssert<D> accepts(DossierFixture fixture) {
    Objects.requireNonNull(fixture, "fixture");
    return accepts(run(dossier(fixture), fixture.referential(), fixture.asOf(), fixture.stage()));
  }

  /**
   * Verifies that the rule reports nothing on a document of its kind.
   *
   * @param document the document
   * @return this assertion
   */
  public RuleAssert<D> accepts(D document) {
    Objects.requireNonNull(document, "document");
    return accepts(run(document, null, null, null));
  }

  /** The fixture's dossier, for a dossier rule. */
  private D dossier(DossierFixture fixture) {
    isNotNull();
    if (actual.kind() != DocumentKind.DOSSIER) {
      failWithMessage("%s", "Rule " + actual.id() + " checks documents of kind " + actual.kind()
          + ", not the dossier of a fixture");
    }
    return actual.kind().type().cast(fixture.dossier());
  }

  private FindingsAssert flags(ConformityReport report) {
    if (report.findings().isEmpty()) {
      failWithMessage("%s", "Expecting rule " + actual.id() + " to flag the " + what(report) + " of " + subject(report)
          + ",\nbut it accepts it.");
    }
    return FindingsAssert.select("the findings of rule " + actual.id() + " on the " + what(report) + " of "
        + subject(report),
        "of rule " + actual.id(), report.findings(), f -> true, info.hasDescription() ? info.description() : (Description) null);
  }

  private RuleAssert accepts(ConformityReport report) {
    if (!report.findings().isEmpty()) {
      failWithMessage("%s", "Expecting rule " + actual.id() + " to accept the " + what(report) + " of " + subject(report)
          + ",\nbut it flags it." + Describe.findings("Its findings", report.findings()));
    }
    return myself;
  }

  private static String what(ConformityReport report) {
    return report.documentKind() == DocumentKind.DOSSIER ? "dossier" : report.documentKind().id().replace('-', ' ');
  }

  private static String subject(ConformityReport report) {
    return report.establishmentName().orElse("an unnamed establishment") + " (" + report.referentialId() + "@"
        + report.referentialEdition() + ", as of " + report.asOf() + report.stage().map(s -> ", " + s).orElse("") + ")";
  }

  /** Runs the rule alone on a document; fails if it cannot be used or could not be applied. */
  private ConformityReport run(D document, Referential fixtureReferential, LocalDate fixtureAsOf, Stage fixtureStage) {
    isNotNull();
    Referential r = referential != null ? referential : fixtureReferential != null ? fixtureReferential : bundled(document);
    LocalDate date = asOf != null ? asOf : fixtureAsOf != null ? fixtureAsOf : ownDate(document).orElse(null);
    if (date == null) {
      failWithMessage("%s", "Cannot check with rule " + actual.id() + " " + describe(document)
          + ": it has no date of its own (a dossier's submission date, an audit file's audit day); say as of which"
          + " date with asOf(LocalDate)");
    }
    Stage s = stage != null ? stage : fixtureStage;
    ConformityReport report = s != null ? checker(r).check(document, date, s, locale)
        : checker(r).check(document, date, locale);
    List<Finding> failures = report.findings().stream()
        .filter(f -> f.ruleId().equals(BuiltInRules.RULE_FAILED) && !actual.id().equals(BuiltInRules.RULE_FAILED))
        .toList();
    if (!failures.isEmpty()) {
      failWithMessage("%s", "Expecting rule " + actual.id() + " to check the " + what(report) + " of " + subject(report)
          + ",\nbut it could not be applied: " + failures.get(0).message());
    }
    return report;
  }

  private static String describe(Object document) {
    return document instanceof Dossier d ? "the dossier of " + d.establishment().name() : "the " + document.getClass()
        .getSimpleName().replaceFirst("^Immutable", "");
  }

  private static Optional<LocalDate> ownDate(Object document) {
    if (document instanceof Dossier d) {
      return d.submissionDate();
    }
    if (document instanceof AuditFile a) {
      return a.auditDate();
    }
    return Optional.empty();
  }

  private Referential bundled(D document) {
    if (document instanceof Dossier dossier) {
      return bundled(dossier);
    }
    failWithMessage("%s", "Cannot check with rule " + actual.id() + " " + describe(document)
        + " without its referential: give it with against(Referential)");
    throw new IllegalStateException("unreachable");
  }

  private Referential bundled(Dossier dossier) {
    try {
      return dossier.referentialEdition()
          .map(edition -> Referentials.load(dossier.referentialId(), edition))
          .orElseGet(() -> Referentials.latest(dossier.referentialId()));
    } catch (NoSuchElementException e) {
      failWithMessage("%s", "Cannot check with rule " + actual.id() + " the dossier of " + dossier.establishment().name()
          + ": " + e.getMessage() + "; give the referential with against(Referential)");
      throw e;
    }
  }

  private Checker<D> checker(Referential r) {
    try {
      return Checker.builder(actual.kind()).referential(r).builtInRules(false).addRule(actual).build();
    } catch (IllegalArgumentException e) {
      failWithMessage("%s", "Expecting rule " + actual.getClass().getName() + " to be well defined,\nbut "
          + e.getMessage().replaceFirst("^Cannot build the [a-z ]*checker:", "a checker refuses it:"));
      throw e;
    }
  }
}
