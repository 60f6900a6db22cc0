package io.github.ldmlib.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java example of the README is compiled and run: each of its {@code java} blocks appears,
 * line for line (indentation aside), in a test of one of the modules, so that an example that no
 * longer compiles or no longer does what the README says fails the build.
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void everyJavaBlockOfTheReadmeIsTheCodeOfATest() throws IOException {
    List<List<String>> tests = testSources();
    assertThat(tests).as("test sources found").hasSizeGreaterThan(50);
    List<String> orphans = new ArrayList<>();
    List<List<String>> blocks = javaBlocks(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
    assertThat(blocks).as("Java blocks of the README").hasSizeGreaterThanOrEqualTo(5);
    for (List<String> block : blocks) {
      if (tests.stream().noneMatch(source -> Collections.indexOfSubList(source, block) >= 0)) {
        orphans.add(String.join("\n", block));
      }
    }
    assertThat(orphans).as("README blocks that no test holds").isEmpty();
  }

  /** The {@code java} blocks of a Markdown text, each as its lines trimmed, blank lines left out. */
  static List<List<String>> javaBlocks(String markdown) {
    List<List<String>> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("(?s)```java\\n(.*?)```").matcher(markdown);
    while (m.find()) {
      blocks.add(lines(m.group(1)));
    }
    return blocks;
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** The test sources of the modules, each as its lines trimmed. */
  private static List<List<String>> testSources() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT, 12)) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> f.toString().contains("/src/test/java/"))
          .filter(f -> !f.toString().contains("/target/"))
          .map(f -> {
            try {
              return lines(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })
          .toList();
    }
  }
}
