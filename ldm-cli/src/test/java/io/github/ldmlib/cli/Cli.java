package io.github.ldmlib.cli;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditSummary;
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

  /** The example audit file of the same lycée, against the national referential it names. */
  static final Path AUDIT_FILE = EXAMPLES.resolve("audit-file-marie-marvingt.json");

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

  /** The complete example dossier: no gap against the bundled national referential. */
  static Dossier conforming() {
    return read(COMPLETE);
  }

  static AuditFile readAudit(Path file) {
    try {
      return LdmJson.defaults().read(AuditFile.class, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The example audit file whose summary names another referential than its plan and dashboard:
   * one major gap ({@code LDM-A-002}) on {@code /summary/referentialId}, written to a file.
   */
  static Path defectiveAudit(Path file) {
    AuditFile audit = readAudit(AUDIT_FILE);
    AuditSummary summary = audit.summary().orElseThrow();
    return write(AuditFile.builder().from(audit)
        .summary(AuditSummary.builder().from(summary).referentialId("aix-marseille-2012").build()).build(), file);
  }

  static Path write(Object document, Path file) {
    try {
      LdmJson.defaults().write(document, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
