package io.github.ldmlib.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What the build publishes, checked on the artifacts it wrote: every published module's jar has
 * its stable module name, its sources jar and its Javadoc jar (without the internal packages), and
 * the BOM lists exactly the published modules and nothing else.
 *
 * <p>The published modules are found in the parent POM: each module it lists, except the BOM
 * ({@code pom} packaging) and those that skip deployment ({@code ldm-bench}, {@code
 * ldm-architecture}, the examples). A new module is therefore checked without being named here, and
 * fails until its module name is pinned in {@link #MODULE_NAMES} and the BOM lists it.
 *
 * <p>The jars exist once the modules are packaged ({@code mvn verify} builds them before this
 * module's tests). Without them these tests are skipped, except in CI ({@code CI=true}), where
 * they fail.
 */
class PublishedArtifactsTest {

  private static final Path ROOT = Path.of("..");

  /**
   * The module name of each published jar (its manifest's {@code Automatic-Module-Name}), which is
   * also its root package. A published name never changes: an application's {@code module-info}
   * {@code requires} it.
   */
  static final Map<String, String> MODULE_NAMES = Map.of(
      "ldm-model", "io.github.ldmlib.model",
      "ldm-io", "io.github.ldmlib.io",
      "ldm-rules", "io.github.ldmlib.rules",
      "ldm-test", "io.github.ldmlib.test",
      "ldm-report", "io.github.ldmlib.report",
      "ldm-office", "io.github.ldmlib.office",
      "ldm-spring-boot-starter", "io.github.ldmlib.spring",
      "ldm-cli", "io.github.ldmlib.cli");

  @Test
  void everyPublishedModuleHasAPinnedModuleName() throws IOException {
    assertThat(published()).as("published modules of the parent POM")
        .containsAll(MODULE_NAMES.keySet())
        .allSatisfy(module -> assertThat(MODULE_NAMES).as("pinned module names (add the new module once)")
            .containsKey(module));
  }

  @Test
  void eachJarIsTheAutomaticModuleOfItsPinnedNameHoldingOnlyItsRootPackage() throws IOException {
    for (String module : published()) {
      Path jar = artifact(module, "");
      String name = MODULE_NAMES.get(module);
      try (JarFile file = new JarFile(jar.toFile())) {
        assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
            .as("Automatic-Module-Name of %s", jar).isEqualTo(name);
        assertThat(file.getEntry("module-info.class")).as("module-info.class in %s", jar).isNull();
      }
      Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
      assertThat(found).as("modules in %s", jar).hasSize(1);
      ModuleDescriptor descriptor = found.iterator().next().descriptor();
      assertThat(descriptor.name()).as("module name of %s on the module path", jar).isEqualTo(name);
      assertThat(descriptor.isAutomatic()).isTrue();
      assertThat(descriptor.packages()).as("packages of %s", module).isNotEmpty()
          .allSatisfy(p -> assertThat(p.equals(name) || p.startsWith(name + "."))
              .as("package %s lies under the module name %s", p, name).isTrue());
    }
  }

  @Test
  void eachPublishedModuleShipsItsSourcesAndItsJavadocWithoutTheInternalPackages() throws IOException {
    for (String module : published()) {
      String root = MODULE_NAMES.get(module).replace('.', '/');
      List<String> sources = entries(artifact(module, "-sources"));
      assertThat(sources).as("sources jar of %s", module).contains(root + "/package-info.java");
      List<String> javadoc = entries(artifact(module, "-javadoc"));
      // Javadoc lays the pages of a module out under its name: io.github.ldmlib.model/io/github/ldmlib/model/...
      assertThat(javadoc).as("Javadoc jar of %s", module)
          .contains("index.html", MODULE_NAMES.get(module) + "/" + root + "/package-summary.html")
          .noneMatch(entry -> entry.contains("/internal/"));
    }
  }

  @Test
  void theBomListsEveryPublishedModuleAtTheProjectVersionAndNothingElse() throws IOException {
    Path bom = ROOT.resolve("ldm-bom/target/flattened-pom.xml");
    requireBuilt(bom);
    String pom = Files.readString(bom, StandardCharsets.UTF_8);
    assertThat(pom).as("the published BOM names no parent").doesNotContain("<parent>");
    Map<String, String> managed = new TreeMap<>();
    Matcher m = Pattern.compile("<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>"
        + "\\s*<version>([^<]+)</version>").matcher(pom);
    while (m.find()) {
      assertThat(m.group(1)).as("group of %s in the BOM", m.group(2)).isEqualTo("io.github.ldmlib");
      managed.put(m.group(2), m.group(3));
    }
    assertThat(pom.split("<dependency>", -1)).as("every entry of the BOM read").hasSize(managed.size() + 1);
    assertThat(managed.keySet()).as("artifacts of the BOM").containsExactlyInAnyOrderElementsOf(published());
    assertThat(managed.values()).as("versions in the BOM").containsOnly("${project.version}");
  }

  /** The published modules, in the order of the parent POM. */
  static List<String> published() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    List<String> modules = new ArrayList<>();
    Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(parent);
    while (m.find()) {
      String pom = Files.readString(ROOT.resolve(m.group(1)).resolve("pom.xml"), StandardCharsets.UTF_8);
      if (!pom.contains("<maven.deploy.skip>true</maven.deploy.skip>") && !pom.contains("<packaging>pom</packaging>")) {
        modules.add(m.group(1));
      }
    }
    return modules;
  }

  private static Path artifact(String module, String classifier) throws IOException {
    String version = version();
    Path jar = ROOT.resolve(module).resolve("target").resolve(module + "-" + version + classifier + ".jar");
    requireBuilt(jar);
    return jar;
  }

  private static String version() throws IOException {
    Matcher m = Pattern.compile("<artifactId>ldm-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8));
    assertThat(m.find()).as("version of the parent POM").isTrue();
    return m.group(1);
  }

  private static void requireBuilt(Path file) {
    if (!Files.isRegularFile(file)) {
      String why = file + " is not built: package the modules first (mvn verify)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why);
      }
      Assumptions.abort(why);
    }
  }

  private static List<String> entries(Path jar) throws IOException {
    List<String> names = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
        names.add(e.nextElement().getName());
      }
    }
    return names;
  }
}
