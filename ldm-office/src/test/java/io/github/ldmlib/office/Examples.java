package io.github.ldmlib.office;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The examples of the repository and the tools the tests call. */
final class Examples {

  static final Path DIR = Path.of("..", "examples");

  private Examples() {}

  /** Every dossier among the examples, defective ones included. */
  static List<Path> dossiers() throws IOException {
    try (Stream<Path> files = Stream.concat(Files.list(DIR), Files.list(DIR.resolve("defective")))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted()
          .filter(f -> kind(f) == DocumentKind.DOSSIER).toList();
    }
  }

  private static DocumentKind<?> kind(Path f) {
    try {
      return LdmJson.defaults().kindOf(f);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static Dossier dossier(Path file) throws IOException {
    return LdmJson.defaults().read(Dossier.class, file);
  }

  static Referential referential(Dossier d) {
    return d.referentialEdition().map(e -> Referentials.load(d.referentialId(), e))
        .orElseGet(() -> Referentials.latest(d.referentialId()));
  }

  /** Opens and saves a document with LibreOffice headless, or skips the test, saying why. */
  static Path resave(Path file, String format, Path dir) throws Exception {
    Path soffice = Stream.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice")
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    Assumptions.assumeTrue(soffice != null,
        "LibreOffice (soffice) is not installed: the LibreOffice round trip is NOT tested here");
    Path out = Files.createDirectories(dir.resolve("lo-out"));
    Path profile = dir.resolve("lo-profile");
    Process p = new ProcessBuilder(soffice.toString(),
        "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", format,
        "--outdir", out.toString(), file.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice did not finish within 180 s");
    }
    Path result = out.resolve(file.getFileName());
    if (!Files.exists(result)) {
      throw new AssertionError("LibreOffice wrote nothing: " + Files.readString(dir.resolve("lo.log")));
    }
    return result;
  }
}
