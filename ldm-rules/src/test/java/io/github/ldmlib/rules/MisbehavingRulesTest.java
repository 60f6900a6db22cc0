package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.Fixtures.AS_OF;
import static io.github.ldmlib.rules.Fixtures.REFERENTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** A custom rule that throws or misbehaves does not break the check. */
class MisbehavingRulesTest {

  /** A defect that a built-in rule reports, to show that the other rules still run. */
  private static final Dossier DEFECTIVE = Fixtures.changeAction(Fixtures.DOSSIER, 0,
      a -> Action.builder().from(a).addedValue(Optional.empty()).build());

  private static ConformityReport check(BiConsumer<CheckContext<Dossier>, FindingSink> misbehaviour, Locale locale) {
    Rule<Dossier> good = TestRule.of("TEST-002", (c, f) -> f.report(JsonPointer.parse("/sections/1"), "found", "C4"));
    Rule<Dossier> bad = new TestRule<>(DocumentKind.DOSSIER, "TEST-001", Severity.ADVICE, Optional.of("C1"), misbehaviour);
    return Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).addRule(bad).addRule(good).build()
        .check(DEFECTIVE, AS_OF, Stage.CANDIDATURE, locale);
  }

  private static Finding failureOf(ConformityReport report) {
    assertThat(report.findings()).extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("LDM-E-001", "LDM-D-030", "TEST-002");
    Finding failure = Fixtures.findings(report, "LDM-E-001").get(0);
    assertThat(failure.severity()).isEqualTo(Severity.NOT_SUBMITTABLE);
    assertThat(failure.criterionId()).contains("C1");
    assertThat(failure.pointer()).isEqualTo(JsonPointer.root());
    assertThat(failure.arguments().get(0)).isEqualTo("TEST-001");
    assertThat(report.readyForAudit()).isFalse();
    return failure;
  }

  @Test
  void aRuleThatThrowsBecomesAFindingNamingIt() {
    Finding f = failureOf(check((c, s) -> {
      s.report(JsonPointer.parse("/sections/0"), "found", "C1");
      throw new IllegalStateException("boom");
    }, Locale.FRENCH));

    assertThat(f.messageKey()).isEqualTo("LDM-E-001.exception");
    assertThat(f.message()).isEqualTo("La règle TEST-001 a échoué et n’a pas été appliquée ; "
        + "la vérification est incomplète (java.lang.IllegalStateException: boom).");
  }

  @Test
  void aStackOverflowIsContained() {
    Finding f = failureOf(check((c, s) -> recurse(1), Locale.ENGLISH));
    assertThat(f.message()).startsWith("Rule TEST-001 failed and was not applied; the check is incomplete "
        + "(java.lang.StackOverflowError");
  }

  private static int recurse(int n) {
    return recurse(n + 1) + 1;
  }

  @Test
  void aPointerToNowhereDropsTheRulesFindings() {
    for (String pointer : List.of("/sections/7/diagnosis", "/sections/0/colour", "/sections/0/diagnosis/x",
        "/evidence/01", "/sections/0/team/members/5", "/establishment/~0")) {
      Finding f = failureOf(check((c, s) -> {
        s.report(JsonPointer.parse("/sections/0"), "found", "C1");
        s.report(JsonPointer.parse(pointer), "found", "C1");
      }, Locale.FRENCH));
      assertThat(f.messageKey()).as(pointer).isEqualTo("LDM-E-001.invalidPointer");
      assertThat(f.arguments().get(1)).as(pointer).startsWith(pointer + " (");
    }
  }

  @Test
  void pointersMayNameAbsentFieldsWhereMissingElementsBelong() {
    Dossier noTeam = Fixtures.changeSection(Fixtures.DOSSIER, 0,
        s -> io.github.ldmlib.model.dossier.CriterionSection.builder().from(s).team(Optional.empty()).build());
    List<String> pointers = List.of("", "/network/coApplicants", "/sections/0/team/coordinator/function",
        "/establishment/uai", "/sections/0/actions/0/objectives/0/indicators/0/measures/1/value");
    Rule<Dossier> rule = TestRule.of("TEST-001", (c, s) -> pointers.forEach(p -> s.report(JsonPointer.parse(p), "found", p)));

    ConformityReport report = Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).builtInRules(false).addRule(rule).build()
        .check(noTeam, AS_OF, Stage.CANDIDATURE);
    assertThat(report.findings()).extracting(f -> f.pointer().toString()).containsExactlyInAnyOrderElementsOf(pointers);
  }

  @Test
  void anUnknownMessageKeyOrANullArgumentIsAnInvalidReport() {
    Finding unknown = failureOf(check((c, s) -> s.report(JsonPointer.parse("/sections/0"), "nope"), Locale.ENGLISH));
    assertThat(unknown.messageKey()).isEqualTo("LDM-E-001.invalidReport");
    assertThat(unknown.arguments().get(1)).isEqualTo("no message 'TEST-001.nope' in MessageSource[bundle io.github.ldmlib.rules.testrules]");

    Finding nullArgument = failureOf(check((c, s) -> s.report(JsonPointer.parse("/sections/0"), "found", (Object) null), Locale.ENGLISH));
    assertThat(nullArgument.arguments().get(1)).contains("argument 0 is null");

    Finding badCriterion = failureOf(check((c, s) -> s.at(JsonPointer.root()).criterion("C 1").report("found", "x"), Locale.ENGLISH));
    assertThat(badCriterion.arguments().get(1)).contains("criterion id 'C 1' is not an identifier");
  }

  @Test
  void aFloodOfFindingsIsCutShort() {
    Finding f = failureOf(check((c, s) -> {
      for (int i = 0; i < 20_000; i++) {
        s.report(JsonPointer.root(), "found", i);
      }
    }, Locale.ENGLISH));
    assertThat(f.message()).isEqualTo("Rule TEST-001 reported more than 10000 findings; its findings were dropped.");
  }

  @Test
  void aSinkKeptAfterTheCheckCannotBeUsed() {
    AtomicReference<FindingSink> kept = new AtomicReference<>();
    ConformityReport report = check((c, s) -> kept.set(s), Locale.FRENCH);
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder("LDM-D-030", "TEST-002");

    List<Throwable> thrown = new ArrayList<>();
    try {
      kept.get().report(JsonPointer.root(), "found", "late");
    } catch (IllegalStateException e) {
      thrown.add(e);
    }
    assertThat(thrown).singleElement().extracting(Throwable::getMessage)
        .isEqualTo("a finding sink is valid only during its rule's check, on its thread");
  }
}
