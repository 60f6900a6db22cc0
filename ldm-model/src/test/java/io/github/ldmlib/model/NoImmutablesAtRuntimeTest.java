package io.github.ldmlib.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Immutables is an annotation processor only: every class of the model loads, links and reflects
 * without the Immutables jar on the class path.
 */
class NoImmutablesAtRuntimeTest {

  @Test
  void everyClassLoadsWithoutTheImmutablesJar() throws Exception {
    Path root = Path.of(Uai.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("immutables")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    List<String> loaded = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Stream<Path> files = Files.walk(root)) {
      assertThatThrownBy(() -> loader.loadClass("org.immutables.value.Value"))
          .isInstanceOf(ClassNotFoundException.class);
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, true, loader);
        // Reflection resolves every signature and runtime-visible annotation of the class.
        Arrays.asList(type.getDeclaredMethods()).forEach(m -> m.getAnnotations());
        Arrays.asList(type.getDeclaredFields()).forEach(f -> f.getAnnotations());
        type.getAnnotations();
        loaded.add(name);
      }
    }
    assertThat(loaded).contains("io.github.ldmlib.model.dossier.ImmutableDossier");
  }

  @Test
  void generatedImplementationsStayPackagePrivate() throws Exception {
    Class<?> generated = Class.forName("io.github.ldmlib.model.dossier.ImmutableDossier");
    assertThat(Modifier.isPublic(generated.getModifiers())).isFalse();
  }
}
