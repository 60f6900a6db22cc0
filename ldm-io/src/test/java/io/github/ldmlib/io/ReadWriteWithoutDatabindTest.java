package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ldmlib.model.dossier.Dossier;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@code jackson-databind} is an optional dependency of {@code ldm-io}, needed by {@code LdmModule}
 * only, as Jackson 3 is by {@code LdmJackson3Module} only and {@code jackson-annotations} by the
 * model's refusal of a host's mapper without the module: {@code LdmJson} reads and writes
 * documents, and reports their faults, with {@code jackson-core} alone. The proof runs ordinary
 * code that reads and writes a dossier in a class loader that sees the test class path without
 * those jars, under the platform class loader.
 */
class ReadWriteWithoutDatabindTest {

  private static final Path DOSSIER = ExamplesTest.EXAMPLES.resolve("dossier-complete.json");

  /**
   * Reads a dossier and writes it back, pretty and compact; reports a fault by its problem; creates
   * the {@code LdmJson} that also hands out both Jackson modules. Loaded
   * by the class loader without databind, it links against that loader's classes.
   */
  public static final class RoundTrip implements Function<String, List<String>> {
    @Override
    public List<String> apply(String text) {
      LdmJson json = LdmJson.defaults();
      Dossier dossier = json.read(Dossier.class, text);
      String fault;
      try {
        json.read(Dossier.class, text.replace("\"kind\": \"dossier\",", ""));
        fault = "none";
      } catch (LdmFormatException e) {
        fault = e.problem() + " " + e.pointer();
      }
      return List.of(json.writeString(dossier), json.withPrettyPrint(false).writeString(dossier), fault,
          Dossier.class.getClassLoader().getClass().getName());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aDossierIsReadWrittenAndRefusedWithoutJacksonDatabind() throws Exception {
    Path databind = Path.of(ObjectMapper.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      // Nor Jackson 3 (tools.jackson), nor the annotations the model carries for a host's mapper.
      if (!Path.of(entry).equals(databind) && !entry.contains(File.separator + "tools" + File.separator + "jackson")
          && !Path.of(entry).getFileName().toString().startsWith("jackson-annotations")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    assertThat(urls).as("the test class path without %s", databind).hasSizeGreaterThan(1);
    String text = Files.readString(DOSSIER);

    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> loader.loadClass(ObjectMapper.class.getName()))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> loader.loadClass("tools.jackson.databind.ObjectMapper"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> loader.loadClass("com.fasterxml.jackson.annotation.JsonFilter"))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> roundTrip = loader.loadClass(RoundTrip.class.getName());
      assertThat(roundTrip).isNotSameAs(RoundTrip.class);

      List<String> results = ((Function<String, List<String>>) roundTrip.getConstructor().newInstance()).apply(text);

      assertThat(results.get(0)).isEqualTo(text);
      assertThat(results.get(1)).isEqualTo(LdmJson.defaults().withPrettyPrint(false).writeString(
          LdmJson.defaults().read(Dossier.class, text)));
      assertThat(results.get(2)).isEqualTo("MISSING_PROPERTY /kind");
      assertThat(results.get(3)).isEqualTo(URLClassLoader.class.getName());
    }
  }
}
