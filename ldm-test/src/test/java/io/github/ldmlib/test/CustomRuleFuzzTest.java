package io.github.ldmlib.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.MessageSource;
import io.github.ldmlib.rules.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Drives the checker with a custom rule whose behaviour the fuzzer chooses: it reports, then
 * throws any kind of {@link Throwable} (an exception whose message throws or is huge, an error, a
 * bare throwable, an {@link OutOfMemoryError} of its own allocation), sleeps or loops beyond a short
 * deadline, floods findings, reports from another thread, or behaves. Whatever it does, the check
 * returns a report holding every finding of the other (built-in) rules, exactly, and when the rule misbehaved
 * one {@code LDM-E-001} naming it; when it behaved, its findings and no {@code LDM-E-001}.
 *
 * <p>The first byte chooses the behaviour, the next ones its size; a normal build replays the
 * committed corpus, one input per behaviour, under {@code
 * src/test/resources/io/github/ldmlib/test/CustomRuleFuzzTestInputs/anyBehaviour/}.
 */
class CustomRuleFuzzTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 14);
  /** The deadline of the rules that sleep or spin: they are abandoned after it. */
  private static final Duration DEADLINE = Duration.ofMillis(300);
  /** The deadline of every other behaviour: long enough for any machine, so that no run depends on timing. */
  private static final Duration GENEROUS = Duration.ofSeconds(60);
  private static final Dossier DOSSIER = read();
  private static final List<Finding> OTHERS = checker(null, GENEROUS).check(DOSSIER, AS_OF, Stage.CANDIDATURE)
      .findings();

  private static Dossier read() {
    try {
      return LdmJson.defaults().read(Dossier.class, Path.of("..", "examples", "dossier-network.json"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The built-in rules (run on the caller's thread, under no deadline) and the fuzzed rule. */
  private static Checker<Dossier> checker(Rule<Dossier> fuzzed, Duration deadline) {
    Checker.Builder<Dossier> b = Checker.builder(DocumentKind.DOSSIER).referential(TestData.NATIONAL_2026)
        .ruleDeadline(deadline);
    return (fuzzed == null ? b : b.addRule(fuzzed)).build();
  }

  /** A throwable that is neither an exception nor an error. */
  private static final class Odd extends Throwable {
    private static final long serialVersionUID = 1L;

    Odd(String message) {
      super(message);
    }
  }

  /** An exception whose message cannot be had. */
  private static final class Unspeakable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      throw new IllegalStateException("no message");
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneaky(Throwable t) throws T {
    throw (T) t;
  }

  private static int size(byte[] data, int at, int scale) {
    return at < data.length ? (data[at] & 0xFF) * scale : 0;
  }

  @FuzzTest
  void anyBehaviour(byte[] data) {
    int behaviour = data.length == 0 ? 0 : (data[0] & 0xFF) % 12;
    int before = size(data, 1, 1) % 4;
    int size = size(data, 2, 40_000);
    Rule<Dossier> rule = new Rule<>() {
      @Override
      public DocumentKind<Dossier> kind() {
        return DocumentKind.DOSSIER;
      }

      @Override
      public String id() {
        return "KIT-009";
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.ADVICE;
      }

      @Override
      public Optional<String> criterionId() {
        return Optional.of("C1");
      }

      @Override
      public MessageSource messages() {
        return KitRules.MESSAGES;
      }

      @Override
      public void check(CheckContext<Dossier> context, FindingSink findings) {
        for (int i = 0; i < before; i++) {
          findings.report(JsonPointer.parse("/sections/0"), "found", i);
        }
        switch (behaviour) {
          case 0 -> { } // behaves
          case 1 -> throw new IllegalStateException("boom " + "x".repeat(size));
          case 2 -> throw new Unspeakable();
          case 3 -> throw new InternalError("y".repeat(size));
          case 4 -> sneaky(new Odd("odd"));
          case 5 -> {
            long[] huge = new long[Integer.MAX_VALUE - 8]; // an OutOfMemoryError of its own
            findings.report(JsonPointer.root(), "found", huge.length);
          }
          case 6 -> {
            try {
              Thread.sleep(DEADLINE.toMillis() * 5);
            } catch (InterruptedException abandoned) {
              Thread.currentThread().interrupt();
            }
          }
          case 7 -> {
            long end = System.nanoTime() + DEADLINE.toNanos() * 3;
            while (System.nanoTime() < end) {
              Thread.onSpinWait(); // ignores interruption
            }
          }
          case 8 -> {
            for (int i = 0; i < 10_001 + size / 1_000; i++) {
              findings.report(JsonPointer.parse("/sections/0"), "found", i);
            }
          }
          case 9 -> {
            Thread other = new Thread(() -> findings.report(JsonPointer.root(), "found", "ailleurs"));
            other.start();
            try {
              other.join();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          case 10 -> findings.report(JsonPointer.parse("/sections/0"), "found", "z".repeat(size));
          default -> throw new StackOverflowError();
        }
      }
    };
    boolean slow = behaviour == 6 || behaviour == 7;
    ConformityReport report = checker(rule, slow ? DEADLINE : GENEROUS).check(DOSSIER, AS_OF, Stage.CANDIDATURE);

    List<Finding> failures = report.findings().stream().filter(f -> f.ruleId().equals("LDM-E-001")).toList();
    List<Finding> others = report.findings().stream()
        .filter(f -> !f.ruleId().equals("LDM-E-001") && !f.ruleId().equals("KIT-009")).toList();
    assertThat(others).as("the built-in rules' findings").containsExactlyInAnyOrderElementsOf(OTHERS);
    boolean behaves = behaviour == 0 || behaviour == 10;
    if (behaves) {
      assertThat(failures).isEmpty();
      assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("KIT-009"))
          .hasSize(before + (behaviour == 10 ? 1 : 0));
    } else {
      assertThat(failures).singleElement().satisfies(f -> {
        assertThat(f.arguments().get(0)).isEqualTo("KIT-009");
        assertThat(f.message()).hasSizeLessThan(2_000);
      });
      assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("KIT-009");
    }
  }
}
