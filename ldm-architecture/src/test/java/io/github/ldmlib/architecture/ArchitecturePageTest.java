package io.github.ldmlib.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/architecture.md} states what the code is: its table of modules has the dependencies
 * that {@link ArchitectureTest} enforces, and its lists of public types are exactly the public,
 * top-level types outside {@code internal} packages.
 */
class ArchitecturePageTest {

  private static final Path PAGE = Path.of("..", "docs", "architecture.md");

  private static String page;

  @BeforeAll
  static void readPage() throws IOException {
    page = Files.readString(PAGE, StandardCharsets.UTF_8);
  }

  @Test
  void theTableOfModulesStatesTheDependenciesTheArchitectureTestEnforces() {
    Map<String, TreeSet<String>> stated = new TreeMap<>();
    Matcher row = Pattern.compile("(?m)^\\| `ldm-([a-z-]+)` \\| ([^|]+) \\|").matcher(page);
    while (row.find()) {
      TreeSet<String> uses = new TreeSet<>();
      Matcher module = Pattern.compile("`ldm-([a-z-]+)`").matcher(row.group(2));
      while (module.find()) {
        uses.add(module.group(1));
      }
      stated.put(row.group(1), uses);
    }
    Map<String, TreeSet<String>> enforced = new TreeMap<>();
    ArchitectureTest.ALLOWED.forEach((module, uses) -> enforced.put(module, new TreeSet<>(uses)));
    assertThat(stated).isEqualTo(enforced);
  }

  @Test
  void theListsOfPublicTypesAreThoseOfTheCode() {
    TreeSet<String> listed = qualified(listed());
    TreeSet<String> actual = qualified(actual());
    assertThat(difference(actual, listed)).as("public types the page does not list").isEmpty();
    assertThat(difference(listed, actual)).as("types the page lists that are not public types of the code").isEmpty();
  }

  private static TreeSet<String> qualified(Map<String, TreeSet<String>> byPackage) {
    TreeSet<String> names = new TreeSet<>();
    byPackage.forEach((pkg, types) -> types.forEach(t -> names.add(pkg + "." + t)));
    return names;
  }

  private static TreeSet<String> difference(TreeSet<String> a, TreeSet<String> b) {
    TreeSet<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }

  /** The types the page lists, by package. */
  static Map<String, TreeSet<String>> listed() {
    String section = page.substring(page.indexOf("\n## Public types"));
    Map<String, TreeSet<String>> listed = new TreeMap<>();
    // An item starts with "- `package`:" and runs on indented lines.
    Matcher item = Pattern.compile("(?m)^- `(io\\.github\\.ldmlib[a-z.]*)`:((?:.*)(?:\\n  .*)*)").matcher(section);
    while (item.find()) {
      TreeSet<String> types = new TreeSet<>();
      Matcher name = Pattern.compile("`([A-Za-z0-9]+)`").matcher(item.group(2));
      while (name.find()) {
        types.add(name.group(1));
      }
      assertThat(listed.put(item.group(1), types)).as("package %s listed twice", item.group(1)).isNull();
    }
    assertThat(listed).as("the lists of the page").isNotEmpty();
    return listed;
  }

  /** The public top-level types outside internal packages, by package. */
  static Map<String, TreeSet<String>> actual() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(new ArchitectureTest.LibraryOnly())
        .importPackages("io.github.ldmlib");
    Map<String, TreeSet<String>> actual = new TreeMap<>();
    List<String> modules = new ArrayList<>(ArchitectureTest.MODULES.values());
    for (JavaClass c : classes) {
      boolean api = c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass()
          && !c.getPackageName().contains(".internal") && !c.getSimpleName().equals("package-info")
          && modules.stream().anyMatch(root -> c.getPackageName().startsWith(root));
      if (api) {
        actual.computeIfAbsent(c.getPackageName(), p -> new TreeSet<>()).add(c.getSimpleName());
      }
    }
    assertThat(actual).as("packages found").isNotEmpty();
    return actual;
  }
}
