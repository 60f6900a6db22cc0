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
    return resave(List.of(file), format, dir).get(0);
  }

  /**
   * Opens and saves documents with LibreOffice headless, all in one run, or skips the test, saying
   * why.
   *
   * @return the saved documents, in the order of the files
   */
  static List<Path> resave(List<Path> files, String format, Path dir) throws Exception {
    Path soffice = Stream.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice")
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    Assumptions.assumeTrue(soffice != null,
        "LibreOffice (soffice) is not installed: the LibreOffice round trip is NOT tested here");
    Path out = Files.createDirectories(dir.resolve("lo-out"));
    Path profile = dir.resolve("lo-profile");
    List<String> command = new java.util.ArrayList<>(List.of(soffice.toString(),
        "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", format,
        "--outdir", out.toString()));
    files.forEach(f -> command.add(f.toString()));
    Process p = new ProcessBuilder(command)
        .redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile()).start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice did not finish within 300 s");
    }
    List<Path> saved = new java.util.ArrayList<>();
    for (Path f : files) {
      Path result = out.resolve(f.getFileName());
      if (!Files.exists(result)) {
        throw new AssertionError("LibreOffice wrote no " + result + ": "
            + Files.readString(dir.resolve("lo.log")));
      }
      saved.add(result);
    }
    return saved;
  }
}
