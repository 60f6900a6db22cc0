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
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A check always returns a report, whatever a custom rule does: throw any {@link Throwable}, throw
 * an exception whose message cannot be read or is huge, never return, or report from another
 * thread. The failing rule becomes a finding {@code LDM-E-001} naming it; the other rules' findings
 * are kept.
 */
class RuleIsolationTest {

  private static final AtomicBoolean STOP = new AtomicBoolean();

  @AfterEach
  void stopRunawayRules() {
    STOP.set(true);
  }

  private static ConformityReport check(BiConsumer<CheckContext<Dossier>, FindingSink> behaviour, Duration deadline) {
    STOP.set(false);
    Rule<Dossier> good = TestRule.of("TEST-002", (c, f) -> f.report(JsonPointer.parse("/sections/1"), "found", "C4"));
    Rule<Dossier> bad = new TestRule<>(DocumentKind.DOSSIER, "TEST-001", Severity.ADVICE, Optional.of("C1"), behaviour);
    return Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).addRule(bad).addRule(good)
        .ruleDeadline(deadline).build()
        .check(Fixtures.DOSSIER, AS_OF, Stage.CANDIDATURE, Locale.ENGLISH);
  }

  private static Finding failureOf(ConformityReport report) {
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder("LDM-E-001", "TEST-002");
    Finding failure = Fixtures.findings(report, "LDM-E-001").get(0);
    assertThat(failure.arguments().get(0)).isEqualTo("TEST-001");
    return failure;
  }

  @Test
  void anErrorOfAnyKindIsContained() {
    for (Throwable thrown : new Throwable[] {new InternalError("internal"), new OutOfMemoryError("rule's own"),
        new Throwable("a bare throwable"), new Error("an error")}) {
      Finding f = failureOf(check((c, s) -> sneakyThrow(thrown), Duration.ofSeconds(5)));
      assertThat(f.message()).as(thrown.toString()).contains(thrown.getClass().getName());
    }
  }

  @Test
  void anExceptionWhoseMessageThrowsIsContained() {
    RuntimeException treacherous = new RuntimeException() {
      @Override
      public String getMessage() {
        throw new IllegalStateException("no message for you");
      }
    };
    Finding f = failureOf(check((c, s) -> {
      throw treacherous;
    }, Duration.ofSeconds(5)));
    assertThat(f.messageKey()).isEqualTo("LDM-E-001.exception");
  }

  @Test
  void aHugeMessageIsCutBeforeItIsWorkedOn() {
    String huge = "x".repeat(10_000_000);
    Finding f = failureOf(check((c, s) -> {
      throw new IllegalArgumentException(huge);
    }, Duration.ofSeconds(5)));
    assertThat(f.message().length()).isLessThan(500);
  }

  @Test
  void aRuleThatNeverReturnsIsAbandonedAtItsDeadline() {
    long start = System.nanoTime();
    Finding f = failureOf(check((c, s) -> {
      // Ignores interruption; stops only when the test is over.
      while (!STOP.get()) {
        Thread.onSpinWait();
      }
    }, Duration.ofMillis(300)));

    assertThat(f.messageKey()).isEqualTo("LDM-E-001.timeout");
    assertThat(f.message()).isEqualTo(
        "Rule TEST-001 did not return within 0.3s and was abandoned; the check is incomplete.");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void aRuleThatSleepsIsAbandonedAndInterrupted() {
    Finding f = failureOf(check((c, s) -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, Duration.ofMillis(200)));
    assertThat(f.messageKey()).isEqualTo("LDM-E-001.timeout");
  }

  @Test
  void aFindingReportedFromAnotherThreadIsNotLostSilently() {
    Finding f = failureOf(check((c, s) -> {
      Thread other = new Thread(() -> {
        try {
          s.report(JsonPointer.parse("/sections/0"), "found", "C1");
        } catch (IllegalStateException expected) {
          // the sink refuses it, and the rule is reported
        }
      });
      other.start();
      try {
        other.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, Duration.ofSeconds(5)));
    assertThat(f.message()).contains("reported from another thread");
  }

  @Test
  void aWellBehavedCustomRuleStillReports() {
    ConformityReport report = check((c, s) -> s.report(JsonPointer.parse("/sections/0"), "found", "C1"),
        Duration.ofSeconds(5));
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder("TEST-001", "TEST-002");
  }

  @Test
  void aBuiltInRuleNeverFailsOnManyFindings() {
    // 10,005 evidence ids that resolve to nothing: LDM-D-060 reports each; the report lists 10,000.
    List<String> ids = IntStream.range(0, 10_005).mapToObj(i -> "X-" + i).toList();
    Dossier many = Fixtures.changeAction(Fixtures.DOSSIER, 0,
        a -> Action.builder().from(a).addAllEvidenceIds(ids).build());

    ConformityReport report = Fixtures.CHECKER.check(many, AS_OF, Stage.CANDIDATURE, Locale.ENGLISH);

    assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("LDM-E-001");
    assertThat(Fixtures.findings(report, "LDM-D-060")).hasSize(10_000);
    Finding note = Fixtures.findings(report, "LDM-E-002").get(0);
    assertThat(note.severity()).isEqualTo(Severity.INFO);
    assertThat(note.message()).isEqualTo("Rule LDM-D-060 reported 5 more findings than the 10000 listed.");
  }

  @Test
  void theDeadlineIsBounded() {
    Checker.Builder<Dossier> builder = Checker.builder(DocumentKind.DOSSIER);
    assertThatThrownBy(() -> builder.ruleDeadline(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.ruleDeadline(Duration.ofHours(2))).isInstanceOf(IllegalArgumentException.class);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }
}
