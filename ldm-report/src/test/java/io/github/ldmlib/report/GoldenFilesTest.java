package io.github.ldmlib.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ldmlib.model.LibraryVersion;
import io.github.ldmlib.model.dossier.Dossier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every template in every language, rendered from the examples and compared, character for
 * character, with the files kept in {@code src/test/resources/golden/}: a changed word, tag,
 * attribute or line break fails the test and names the first line that differs. The version of
 * the library is written {@code @VERSION@} in the files, so that a release does not change them.
 *
 * <p>When a change of the output is wanted, regenerate the files and review their diff before
 * committing them:
 *
 * <pre>{@code
 * mvn -pl ldm-report -am test -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dldm.golden.update=true
 * git diff ldm-report/src/test/resources/golden/
 * }</pre>
 */
class GoldenFilesTest {

  /** The system property that rewrites the golden files instead of comparing with them. */
  static final String UPDATE = "ldm.golden.update";

  static final Path FOLDER = Path.of("src", "test", "resources", "golden");

  /** A document rendered one way: its golden file's name and how to render it in a language. */
  record Case(String file, Function<Locale, String> render) {}

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (String example : new String[] {"dossier-complete.json", "defective/network-without-common-strategy-c4.json"}) {
      String stem = "conformity-" + (example.startsWith("defective/") ? "gaps" : "complete");
      Dossier dossier = Examples.dossier(example);
      cases.add(new Case(stem + ".html", l -> ReportRenderer.of(l).render(ReportFormat.HTML,
          Examples.check(dossier, l), Examples.NATIONAL, dossier)));
      cases.add(new Case(stem + ".md", l -> ReportRenderer.of(l).render(ReportFormat.MARKDOWN,
          Examples.check(dossier, l), Examples.NATIONAL, dossier)));
      cases.add(new Case(stem + ".txt", l -> ReportRenderer.of(l).text(Examples.check(dossier, l), Examples.NATIONAL,
          dossier)));
    }
    for (ReportFormat format : ReportFormat.values()) {
      String extension = format == ReportFormat.HTML ? ".html" : ".md";
      cases.add(new Case("summary" + extension,
          l -> ReportRenderer.of(l).render(format, Examples.summary(), Examples.NATIONAL)));
      cases.add(new Case("dashboard" + extension,
          l -> ReportRenderer.of(l).render(format, Examples.dashboard(), Examples.NATIONAL)));
      cases.add(new Case("batch" + extension, l -> ReportRenderer.of(l).render(format, Examples.batch(l))));
      cases.add(new Case("followup" + extension, l -> ReportRenderer.of(l).render(format, Examples.followUp(),
          Examples.WITH_SCHEDULE, Examples.FOLLOW_UP_AS_OF)));
    }
    cases.add(new Case("batch.txt", l -> ReportRenderer.of(l).text(Examples.batch(l))));
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> everyTemplateInEveryLanguageRendersItsGoldenFile() {
    return cases().stream().flatMap(c -> Stream.of(Locale.FRENCH, Locale.ENGLISH).map(language -> {
      String name = c.file().replaceFirst("\\.", "." + language.getLanguage() + ".");
      return DynamicTest.dynamicTest(name, () -> {
        String actual = c.render().apply(language).replace(LibraryVersion.current(), "@VERSION@");
        Path file = FOLDER.resolve(name);
        if (Boolean.getBoolean(UPDATE)) {
          Files.createDirectories(FOLDER);
          Files.writeString(file, actual, StandardCharsets.UTF_8);
          return;
        }
        if (!Files.exists(file)) {
          fail("No golden file " + file + ": run with -D" + UPDATE + "=true to write it");
        }
        difference(Files.readString(file, StandardCharsets.UTF_8), actual)
            .ifPresent(d -> fail(name + " differs from its golden file (regenerate with -D" + UPDATE
                + "=true if the change is wanted): " + d));
      });
    }));
  }

  @Test
  void aChangedWordIsADifference() throws IOException {
    String golden = Files.readString(FOLDER.resolve("conformity-complete.fr.html"), StandardCharsets.UTF_8);

    assertThat(difference(golden, golden)).isEmpty();
    assertThat(difference(golden, golden.replaceFirst("Conforme avec observations", "Conforme avec remarques")))
        .hasValueSatisfying(d -> assertThat(d).contains("Conforme avec remarques"));
    assertThat(difference(golden, golden + "\n")).isPresent();
    assertThat(difference(golden, golden.replaceFirst("&#39;", "'"))).isPresent();
    assertThat(difference(golden, golden.replaceFirst("\n<nav", "<nav"))).isPresent();
  }

  @Test
  void theGoldenFilesAreAllUsed() throws IOException {
    List<String> expected = new ArrayList<>();
    for (Case c : cases()) {
      for (String language : new String[] {"fr", "en"}) {
        expected.add(c.file().replaceFirst("\\.", "." + language + "."));
      }
    }
    try (Stream<Path> files = Files.list(FOLDER)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  /** Where two texts first differ: the line number, the expected line and the actual one. */
  static Optional<String> difference(String expected, String actual) {
    if (expected.equals(actual)) {
      return Optional.empty();
    }
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String x = i < e.length ? e[i] : "(no line)";
      String y = i < a.length ? a[i] : "(no line)";
      if (!x.equals(y)) {
        return Optional.of("line " + (i + 1) + "\nexpected: " + x + "\nactual:   " + y);
      }
    }
    return Optional.of("the same lines, other line endings");
  }
}
