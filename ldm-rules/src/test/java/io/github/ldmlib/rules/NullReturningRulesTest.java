package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.Fixtures.AS_OF;
import static io.github.ldmlib.rules.Fixtures.REFERENTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.SourceRef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Custom rules whose methods return null, or whose sink calls pass null or hostile values: each is
 * refused when the checker is built, naming the rule, or isolated as an {@code LDM-E-001} finding
 * while the other rules' findings stay intact.
 */
class NullReturningRulesTest {

  /** A rule whose every method can be overridden by a test case. */
  static class Configurable implements Rule<Dossier> {
    String id = "TEST-001";
    Severity severity = Severity.ADVICE;
    Optional<String> criterionId = Optional.empty();
    Optional<SourceRef> source = Optional.empty();
    DocumentKind<Dossier> kind = DocumentKind.DOSSIER;
    MessageSource messages = TestRule.MESSAGES;
    java.util.function.BiConsumer<CheckContext<Dossier>, FindingSink> check = (c, f) -> f.report(JsonPointer.parse("/sections/0"), "found", "C1");

    Configurable with(java.util.function.Consumer<Configurable> change) {
      change.accept(this);
      return this;
    }

    @Override
    public DocumentKind<Dossier> kind() {
      return kind;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Severity defaultSeverity() {
      return severity;
    }

    @Override
    public Optional<String> criterionId() {
      return criterionId;
    }

    @Override
    public Optional<SourceRef> source() {
      return source;
    }

    @Override
    public MessageSource messages() {
      return messages;
    }

    @Override
    public void check(CheckContext<Dossier> context, FindingSink findings) {
      check.accept(context, findings);
    }
  }

  static Stream<Arguments> refusedAtBuild() {
    return Stream.of(
        Arguments.of("id() returns null", (Function<Configurable, Configurable>) r -> r.with(x -> x.id = null)),
        Arguments.of("id() is not an id", (Function<Configurable, Configurable>) r -> r.with(x -> x.id = "règle 1")),
        Arguments.of("defaultSeverity() returns null",
            (Function<Configurable, Configurable>) r -> r.with(x -> x.severity = null)),
        Arguments.of("criterionId() returns null",
            (Function<Configurable, Configurable>) r -> r.with(x -> x.criterionId = null)),
        Arguments.of("source() returns null", (Function<Configurable, Configurable>) r -> r.with(x -> x.source = null)),
        Arguments.of("kind() returns null", (Function<Configurable, Configurable>) r -> r.with(x -> x.kind = null)),
        Arguments.of("messages() returns null",
            (Function<Configurable, Configurable>) r -> r.with(x -> x.messages = null)),
        Arguments.of("messages() names no bundle", (Function<Configurable, Configurable>) r -> r.with(
            x -> x.messages = MessageSource.bundle("nowhere.messages", NullReturningRulesTest.class.getClassLoader()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedAtBuild")
  void aRuleThatCannotBeDescribedIsRefusedWhenTheCheckerIsBuilt(String what, Function<Configurable, Configurable> change) {
    Rule<Dossier> bad = change.apply(new Configurable());
    assertThatThrownBy(() -> Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).addRule(bad).build())
        .as(what)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Configurable");
  }

  static Stream<Arguments> isolatedAtCheck() {
    return Stream.of(
        Arguments.of("a null pointer", (java.util.function.BiConsumer<CheckContext<Dossier>, FindingSink>) (c, f) ->
            f.report((JsonPointer) null, "found", "C1")),
        Arguments.of("a null message key", (java.util.function.BiConsumer<CheckContext<Dossier>, FindingSink>) (c, f) ->
            f.report(JsonPointer.parse("/sections/0"), null, "C1")),
        Arguments.of("null arguments", (java.util.function.BiConsumer<CheckContext<Dossier>, FindingSink>) (c, f) ->
            f.report(JsonPointer.parse("/sections/0"), "found", (Object[]) null)),
        Arguments.of("a key that holds a slash", (java.util.function.BiConsumer<CheckContext<Dossier>, FindingSink>) (c, f) ->
            f.report(JsonPointer.of("sections", "0/diagnosis"), "found", "C1")),
        Arguments.of("a pointer far beyond the dossier", (java.util.function.BiConsumer<CheckContext<Dossier>, FindingSink>) (c, f) ->
            f.report(JsonPointer.parse("/sections/999999/actions/0"), "found", "C1")),
        Arguments.of("a hostile pointer", (java.util.function.BiConsumer<CheckContext<Dossier>, FindingSink>) (c, f) ->
            f.report(JsonPointer.of("sections", "-1", "~2", "\u0000"), "found", "C1")),
        Arguments.of("an argument whose toString throws",
            (java.util.function.BiConsumer<CheckContext<Dossier>, FindingSink>) (c, f) -> f.report(JsonPointer.parse("/sections/0"), "found",
                new Object() {
                  @Override
                  public String toString() {
                    throw new UnsupportedOperationException("no text");
                  }
                })),
        Arguments.of("a context it changes", (java.util.function.BiConsumer<CheckContext<Dossier>, FindingSink>) (c, f) ->
            c.document().sections().clear()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("isolatedAtCheck")
  void aRuleThatReportsBadlyIsIsolatedAndTheOthersStillReport(String what,
      java.util.function.BiConsumer<CheckContext<Dossier>, FindingSink> misbehaviour) {
    Rule<Dossier> bad = new Configurable().with(x -> x.check = misbehaviour);
    Rule<Dossier> good = TestRule.of("TEST-002", (c, f) -> f.report(JsonPointer.parse("/sections/1"), "found", "C4"));
    Checker<Dossier> checker = Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).addRule(bad).addRule(good).build();
    Checker<Dossier> alone = Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).addRule(good).build();

    ConformityReport report = checker.check(Fixtures.DOSSIER, AS_OF, Stage.CANDIDATURE, Locale.ENGLISH);
    ConformityReport without = alone.check(Fixtures.DOSSIER, AS_OF, Stage.CANDIDATURE, Locale.ENGLISH);

    List<Finding> failures = Fixtures.findings(report, "LDM-E-001");
    assertThat(failures).as(what).singleElement()
        .satisfies(f -> assertThat(f.arguments().get(0)).isEqualTo("TEST-001"));
    assertThat(Fixtures.findings(report, "TEST-001")).as(what).isEmpty();
    // Every other finding is exactly the one the check gives without the misbehaving rule.
    assertThat(report.findings().stream().filter(f -> !f.ruleId().equals("LDM-E-001")).toList())
        .as(what).isEqualTo(without.findings());
  }
}
