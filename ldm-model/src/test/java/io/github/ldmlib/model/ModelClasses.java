package io.github.ldmlib.model;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The classes of the model's packages, as compiled, for tests that must see every one of them. */
public final class ModelClasses {

  private ModelClasses() {}

  /**
   * Every class of the model's packages on the class path, but their internal packages: nested
   * classes and the implementations Immutables generates included, sorted by name.
   *
   * @return the classes
   * @throws Exception if the class path cannot be read
   */
  public static List<Class<?>> all() throws Exception {
    Path root = Path.of(Uai.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("io/github/ldmlib/model"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
        if (!name.contains(".internal.") && !name.endsWith("package-info")) {
          types.add(Class.forName(name));
        }
      }
    }
    return types;
  }
}
