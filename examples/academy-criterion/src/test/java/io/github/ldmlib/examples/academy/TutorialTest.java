package io.github.ldmlib.examples.academy;

import static io.github.ldmlib.test.LdmAssertions.assertThat;
import static io.github.ldmlib.test.LdmAssertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ldmlib.test.DossierFixture;
import io.github.ldmlib.test.DossierFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/testing-academy-criteria.md} true to the code: every block preceded by {@code
 * <!-- file: path -->} is an excerpt of that file, its lines in order and contiguous, except where
 * a line {@code // …} leaves lines out; the failure message it shows is the one the kit gives.
 *
 * <p>The tutorial lives in the ldm repository, two folders up. A copy of this example built on its
 * own has no tutorial beside it, and these two tests do not apply there; inside the repository
 * (recognised by its root {@code pom.xml}) the tutorial must be found.
 */
class TutorialTest {

  static final Path ROOT = Path.of("..", "..");
  static final Path TUTORIAL = ROOT.resolve("docs/testing-academy-criteria.md");

  @BeforeEach
  void onlyInsideTheRepository() throws IOException {
    Path rootPom = ROOT.resolve("pom.xml");
    boolean inRepository = Files.exists(rootPom)
        && Files.readString(rootPom, StandardCharsets.UTF_8).contains("<artifactId>ldm-parent</artifactId>");
    assumeTrue(inRepository, "this copy of the example is outside the ldm repository, without its tutorial");
    assertThat(TUTORIAL).exists();
  }
  static final Pattern EXCERPT = Pattern.compile("<!-- file: (\\S+) -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);
  static final String ELISION = "// …";

  @Test
  void everyExcerptIsInItsFile() throws IOException {
    Matcher m = EXCERPT.matcher(Files.readString(TUTORIAL, StandardCharsets.UTF_8));
    int excerpts = 0;
    while (m.find()) {
      excerpts++;
      Path file = ROOT.resolve(m.group(1));
      assertThat(file).as("file named in the tutorial").exists();
      List<String> source = lines(Files.readString(file, StandardCharsets.UTF_8));
      assertThat(isExcerpt(lines(m.group(2)), source)).as("excerpt of %s:%n%s", file, m.group(2)).isTrue();
    }
    assertThat(excerpts).isGreaterThanOrEqualTo(8);
  }

  @Test
  void theFailureShownIsTheOneTheKitGives() throws IOException {
    Matcher shown = Pattern.compile("## 6\\..*?```text\\n(.*?)\\n```", Pattern.DOTALL)
        .matcher(Files.readString(TUTORIAL, StandardCharsets.UTF_8));
    assertThat(shown.find()).isTrue();
    DossierFixture fixture = DossierFixtures.conforming(MontclairProfile.PROFILE);

    assertThatThrownBy(() -> assertThat(RequirementsAddressedRule.RULE)
            .flags(fixture.withUnaddressedRequirement("C9.R4")).onRequirement("C9.R3"))
        .hasMessage(shown.group(1));
    assertThat(fixture.sectionPointer("C9")).isEqualTo("/sections/8");
  }

  @Test
  void theCheckWorksOnAMismatch() {
    List<String> source = List.of("a", "b", "c", "d");
    assertThat(isExcerpt(List.of("b", "c"), source)).isTrue();
    assertThat(isExcerpt(List.of("a", ELISION, "d"), source)).isTrue();
    assertThat(isExcerpt(List.of("a", "c"), source)).isFalse();
    assertThat(isExcerpt(List.of("d", ELISION, "a"), source)).isFalse();
  }

  /** The lines, stripped, blank ones dropped. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return lines;
  }

  /** Tells whether the excerpt's runs (between elisions) appear in the source, contiguous and in order. */
  static boolean isExcerpt(List<String> excerpt, List<String> source) {
    List<List<String>> runs = new ArrayList<>();
    runs.add(new ArrayList<>());
    for (String line : excerpt) {
      if (line.equals(ELISION)) {
        runs.add(new ArrayList<>());
      } else {
        runs.get(runs.size() - 1).add(line);
      }
    }
    int from = 0;
    for (List<String> run : runs) {
      int at = indexOf(source, run, from);
      if (at < 0) {
        return false;
      }
      from = at + run.size();
    }
    return true;
  }

  private static int indexOf(List<String> source, List<String> run, int from) {
    for (int i = from; i + run.size() <= source.size(); i++) {
      if (source.subList(i, i + run.size()).equals(run)) {
        return i;
      }
    }
    return -1;
  }
}
