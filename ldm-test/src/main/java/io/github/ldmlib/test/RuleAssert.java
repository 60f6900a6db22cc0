package io.github.ldmlib.test;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Stage;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
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
import org.assertj.core.description.Description;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a conformity rule (<i>règle de conformité</i>), built-in or custom: it is well
 * defined, it flags a defective dossier where expected, and it accepts a conforming one. Obtain
 * them with {@link LdmAssertions#assertThat(Rule)}.
 *
 * <pre>{@code
 * DossierFixture fixture = DossierFixtures.conforming(profile);
 * assertThat(rule).isWellDefined().accepts(fixture);
 * assertThat(rule).flags(fixture.withUnaddressedRequirement("C9.R4"))
 *     .at(fixture.sectionPointer("C9")).onRequirement("C9.R4").exactly(1);
 * }</pre>
 *
 * <p>The rule runs alone, through a {@link Checker} without the built-in rules, exactly as a
 * checker runs it: its pointers are checked against the dossier, its messages read from its
 * bundle, its misbehaviour caught. A dossier fixture brings its referential, date and stage; for a
 * bare {@link Dossier}, the referential is the bundled one the dossier names (edition included),
 * the date its submission date and the stage the one its kind implies, unless {@link
 * #against(Referential)}, {@link #asOf(LocalDate)} and {@link #atStage(Stage)} say otherwise
 * (they also override a fixture's). A rule that throws or reports a place that does not exist
 * fails {@code flags} and {@code accepts} alike, with the reason.
 */
public final class RuleAssert extends AbstractObjectAssert<RuleAssert, Rule> {

  private Referential referential;
  private LocalDate asOf;
  private Stage stage;
  private Locale locale = Locale.FRENCH;

  RuleAssert(Rule actual) {
    super(actual, RuleAssert.class);
  }

  /**
   * Sets the referential the rule checks dossiers against.
   *
   * @param referential the referential, already tailored by any academy profile
   * @return this assertion
   */
  public RuleAssert against(Referential referential) {
    this.referential = Objects.requireNonNull(referential, "referential");
    return myself;
  }

  /**
   * Sets the date of the check.
   *
   * @param date the date
   * @return this assertion
   */
  public RuleAssert asOf(LocalDate date) {
    this.asOf = Objects.requireNonNull(date, "date");
    return myself;
  }

  /**
   * Sets the stage of the check.
   *
   * @param stage the stage
   * @return this assertion
   */
  public RuleAssert atStage(Stage stage) {
    this.stage = Objects.requireNonNull(stage, "stage");
    return myself;
  }

  /**
   * Sets the language of the messages, French unless told otherwise.
   *
   * @param locale English if its language is English, French otherwise
   * @return this assertion
   */
  public RuleAssert inLanguage(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
    return myself;
  }

  /**
   * Verifies that a checker accepts the rule: its id is an identifier (not starting with {@code
   * LDM-} unless built in), its severity, criterion, source and bundle are given, and its bundle
   * has its title in French and English.
   *
   * @return this assertion
   */
  public RuleAssert isWellDefined() {
    isNotNull();
    checker(referential != null ? referential : Referentials.latest("ldm-national-2023"));
    return myself;
  }

  /**
   * Verifies that the rule reports at least one finding on a fixture's dossier, checked with the
   * fixture's referential, date and stage.
   *
   * @param fixture the fixture
   * @return assertions on the rule's findings, to say where and how many
   */
  public FindingsAssert flags(DossierFixture fixture) {
    Objects.requireNonNull(fixture, "fixture");
    return flags(run(fixture.dossier(), fixture.referential(), fixture.asOf(), fixture.stage()));
  }

  /**
   * Verifies that the rule reports at least one finding on a dossier.
   *
   * @param dossier the dossier
   * @return assertions on the rule's findings, to say where and how many
   */
  public FindingsAssert flags(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    return flags(run(dossier, null, null, null));
  }

  /**
   * Verifies that the rule reports nothing on a fixture's dossier, checked with the fixture's
   * referential, date and stage.
   *
   * @param fixture the fixture
   * @return this assertion
   */
  public RuleAssert accepts(DossierFixture fixture) {
    Objects.requireNonNull(fixture, "fixture");
    return accepts(run(fixture.dossier(), fixture.referential(), fixture.asOf(), fixture.stage()));
  }

  /**
   * Verifies that the rule reports nothing on a dossier.
   *
   * @param dossier the dossier
   * @return this assertion
   */
  public RuleAssert accepts(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    return accepts(run(dossier, null, null, null));
  }

  private FindingsAssert flags(ConformityReport report) {
    if (report.findings().isEmpty()) {
      failWithMessage("%s", "Expecting rule " + actual.id() + " to flag the dossier of " + subject(report)
          + ",\nbut it accepts it.");
    }
    return FindingsAssert.select("the findings of rule " + actual.id() + " on the dossier of " + subject(report),
        "of rule " + actual.id(), report.findings(), f -> true, info.hasDescription() ? info.description() : (Description) null);
  }

  private RuleAssert accepts(ConformityReport report) {
    if (!report.findings().isEmpty()) {
      failWithMessage("%s", "Expecting rule " + actual.id() + " to accept the dossier of " + subject(report)
          + ",\nbut it flags it." + Describe.findings("Its findings", report.findings()));
    }
    return myself;
  }

  private static String subject(ConformityReport report) {
    return report.establishmentName() + " (" + report.referentialId() + "@" + report.referentialEdition()
        + ", as of " + report.asOf() + ", " + report.stage() + ")";
  }

  /** Runs the rule alone on a dossier; fails if it cannot be used or could not be applied. */
  private ConformityReport run(Dossier dossier, Referential fixtureReferential, LocalDate fixtureAsOf, Stage fixtureStage) {
    isNotNull();
    Referential r = referential != null ? referential : fixtureReferential != null ? fixtureReferential : bundled(dossier);
    LocalDate date = asOf != null ? asOf : fixtureAsOf != null ? fixtureAsOf : dossier.submissionDate().orElse(null);
    if (date == null) {
      failWithMessage("%s", "Cannot check with rule " + actual.id() + " the dossier of " + dossier.establishment().name()
          + ": it has no submission date; say as of which date with asOf(LocalDate)");
    }
    Stage s = stage != null ? stage : fixtureStage != null ? fixtureStage
        : dossier.dossierKind() == DossierKind.RENEWAL ? Stage.RENEWAL : Stage.CANDIDATURE;
    ConformityReport report = checker(r).check(dossier, date, s, locale);
    List<Finding> failures = report.findings().stream()
        .filter(f -> f.ruleId().equals(BuiltInRules.RULE_FAILED) && !actual.id().equals(BuiltInRules.RULE_FAILED))
        .toList();
    if (!failures.isEmpty()) {
      failWithMessage("%s", "Expecting rule " + actual.id() + " to check the dossier of " + subject(report)
          + ",\nbut it could not be applied: " + failures.get(0).message());
    }
    return report;
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

  private Checker checker(Referential r) {
    try {
      return Checker.builder().referential(r).builtInRules(false).addRule(actual).build();
    } catch (IllegalArgumentException e) {
      failWithMessage("%s", "Expecting rule " + actual.getClass().getName() + " to be well defined,\nbut "
          + e.getMessage().replaceFirst("^Cannot build the checker:", "a checker refuses it:"));
      throw e;
    }
  }
}
