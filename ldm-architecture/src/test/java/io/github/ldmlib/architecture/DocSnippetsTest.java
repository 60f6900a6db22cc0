package io.github.ldmlib.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java examples of the README and of the docs pages show their imports, and those of the
 * README are compiled and run.
 *
 * <ul>
 *   <li>The code of each {@code java} block of the README appears, line for line (indentation
 *       aside), in a test of one of the modules, so that an example that no longer compiles or no
 *       longer does what the README says fails the build (the docs pages have tests of their own:
 *       {@code LabelLifeDocTest}, {@code FormatDocTest}...).
 *   <li>In the README and in {@link #PAGES}, the {@code import} lines that open a block name
 *       classes that exist (for the README, the same ones as the test that holds the code), and
 *       every class the code names is imported or in {@code java.lang}, so that a reader can paste
 *       the block into a file of their own. The tutorial ({@code docs/testing-academy-criteria.md})
 *       is left out here: each of its blocks is an excerpt of a file of the example, named above
 *       it, that opens with the file's imports, and the example's {@code TutorialTest} checks that
 *       the excerpt, imports included, is in that file.
 * </ul>
 */
class DocSnippetsTest {

  private static final Path ROOT = Path.of("..");
  /** The docs pages whose Java blocks are snippets to paste, besides the README. */
  static final List<String> PAGES = List.of("docs/format.md", "docs/referentials.md", "docs/label-life.md");
  private static final Pattern DECLARED = Pattern.compile("\\b(?:class|record|interface|enum) ([A-Z]\\w*)");
  private static final Pattern IMPORT = Pattern.compile("import (static )?([\\w.]+)\\.(\\w+);");
  /** A class named in code: a capitalised identifier with a lower-case letter (constants left out). */
  private static final Pattern CLASS_NAME = Pattern.compile("(?<![\\w.])[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*\\b");

  @Test
  void everyJavaBlockOfTheReadmeIsTheCodeOfATest() throws IOException {
    List<TestSource> tests = testSources();
    assertThat(tests).as("test sources found").hasSizeGreaterThan(50);
    assertThat(blocks("README.md")).as("Java blocks of the README").hasSizeGreaterThanOrEqualTo(5);
    List<String> orphans = new ArrayList<>();
    for (Block block : blocks("README.md")) {
      if (tests.stream().noneMatch(test -> Collections.indexOfSubList(test.lines(), block.code()) >= 0)) {
        orphans.add(String.join("\n", block.code()));
      }
    }
    assertThat(orphans).as("README blocks that no test holds").isEmpty();
  }

  @Test
  void everyJavaBlockOfTheReadmeImportsWhatItNames() throws IOException {
    assertThat(importProblems("README.md", testSources())).as("README blocks and their imports").isEmpty();
  }

  @Test
  void everyJavaBlockOfTheDocsImportsWhatItNames() throws IOException {
    for (String page : PAGES) {
      assertThat(blocks(page)).as("Java blocks of %s", page).isNotEmpty();
      assertThat(importProblems(page, List.of())).as("%s blocks and their imports", page).isEmpty();
    }
  }

  @Test
  void theClassesACodeNamesAreFoundOutsideItsStringsAndComments() {
    assertThat(namedClasses(List.of(
        "Checker<Dossier> checker = Checker.of(DocumentKind.AUDIT_FILE, \"Stage\");   // Finding",
        "out.println(f.severity() + Severity.NOT_SUBMITTABLE + \"L'action \\\" Report\");")))
        .containsExactly("Checker", "Dossier", "DocumentKind", "Severity");
  }

  /** What is wrong with the imports of a page's blocks, compared with the tests that hold them. */
  private static List<String> importProblems(String page, List<TestSource> tests) throws IOException {
    List<String> problems = new ArrayList<>();
    for (Block block : blocks(page)) {
      String first = block.code().isEmpty() ? "" : block.code().get(0);
      Set<String> imported = new LinkedHashSet<>();
      for (String line : block.imports()) {
        Matcher m = IMPORT.matcher(line);
        if (!m.matches()) {
          problems.add("not an import: " + line);
          continue;
        }
        imported.add(m.group(3));
        String owner = m.group(1) == null ? m.group(2) + "." + m.group(3) : m.group(2);
        if (!exists(owner, m.group(1) == null ? null : m.group(3))) {
          problems.add("block « " + first + " »: " + line + " names nothing that exists");
        }
        tests.stream().filter(t -> Collections.indexOfSubList(t.lines(), block.code()) >= 0)
            .flatMap(t -> t.lines().stream())
            .map(IMPORT::matcher).filter(Matcher::matches)
            .filter(t -> t.group(3).equals(m.group(3)) && !(t.group(2) + t.group(3)).equals(m.group(2) + m.group(3)))
            .forEach(t -> problems.add("block « " + first + " »: " + line + " but its test imports " + t.group(0)));
      }
      // A class the block declares itself (a controller of the Spring Boot example) needs no import.
      Matcher declared = DECLARED.matcher(String.join("\n", block.code()));
      while (declared.find()) {
        imported.add(declared.group(1));
      }
      for (String name : namedClasses(block.code())) {
        if (!imported.contains(name) && !exists("java.lang." + name, null)) {
          problems.add("block « " + first + " »: " + name + " is not imported");
        }
      }
    }
    return problems;
  }

  /** The Java blocks of a page, each split into its leading imports and its code. */
  private static List<Block> blocks(String page) throws IOException {
    List<Block> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("(?s)```java\\n(.*?)```")
        .matcher(Files.readString(ROOT.resolve(page), StandardCharsets.UTF_8));
    while (m.find()) {
      List<String> lines = lines(m.group(1));
      int code = 0;
      while (code < lines.size() && lines.get(code).startsWith("import ")) {
        code++;
      }
      blocks.add(new Block(lines.subList(0, code), lines.subList(code, lines.size())));
    }
    return blocks;
  }

  private record Block(List<String> imports, List<String> code) {}

  private record TestSource(Path path, List<String> lines) {}

  /** The simple names of the classes a block's code names, its strings and comments left out. */
  static Set<String> namedClasses(List<String> code) {
    Set<String> names = new LinkedHashSet<>();
    for (String line : code) {
      String bare = line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("//.*", "");
      Matcher m = CLASS_NAME.matcher(bare);
      while (m.find()) {
        names.add(m.group());
      }
    }
    return names;
  }

  private static boolean exists(String className, String member) {
    try {
      Class<?> type = Class.forName(className, false, DocSnippetsTest.class.getClassLoader());
      return member == null
          || Arrays.stream(type.getMethods()).anyMatch(method -> method.getName().equals(member))
          || Arrays.stream(type.getFields()).anyMatch(field -> field.getName().equals(member));
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** The test sources of the modules, each as its lines trimmed. */
  private static List<TestSource> testSources() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT, 12)) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> f.toString().contains("/src/test/java/"))
          .filter(f -> !f.toString().contains("/target/"))
          .map(f -> {
            try {
              return new TestSource(f, lines(Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })
          .toList();
    }
  }
}
