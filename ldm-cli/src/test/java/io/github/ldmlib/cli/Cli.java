package io.github.ldmlib.cli;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.dossier.Dossier;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in-process and captures what it prints. */
final class Cli {

  private Cli() {}

  /** The repository's examples folder (tests run in ldm-cli/). */
  static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

  static final Path COMPLETE = EXAMPLES.resolve("dossier-complete.json");

  /** A fixed date, so that what is due does not change with the day the tests run. */
  static final String AS_OF = "2026-11-22";

  /** The outcome of a run. */
  record Result(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Ldm.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  static Dossier read(Path file) {
    try {
      return LdmJson.defaults().read(Dossier.class, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The complete example with an engagement in every section, which the national referential's
   * dossier structure asks for: a dossier without any gap.
   */
  /** The complete example dossier: no gap against the bundled national referential. */
  static Dossier conforming() {
    return read(COMPLETE);
  }

  static Path write(Dossier dossier, Path file) {
    try {
      LdmJson.defaults().write(dossier, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
