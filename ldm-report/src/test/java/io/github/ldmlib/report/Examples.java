package io.github.ldmlib.report;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.Checker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The repository's example documents, read and checked as the command line does. */
final class Examples {

  private Examples() {}

  /** The repository's examples folder (tests run in ldm-report/). */
  static final Path FOLDER = Path.of("..", "examples").toAbsolutePath().normalize();

  /** A fixed date, so that what is due does not change with the day the tests run. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  static final Referential NATIONAL = Referentials.load("ldm-national-2023", "2026-01");

  /** The complete example dossier. */
  static Dossier complete() {
    return read(Dossier.class, "dossier-complete.json");
  }

  /** A dossier of {@code examples/} or {@code examples/defective/}. */
  static Dossier dossier(String name) {
    return read(Dossier.class, name);
  }

  static AuditSummary summary() {
    return read(AuditSummary.class, "audit-summary-marie-marvingt.json");
  }

  static AuditDashboard dashboard() {
    return read(AuditDashboard.class, "audit-dashboard-marie-marvingt.json");
  }

  /** A dossier checked against the national referential at {@link #AS_OF}, its messages in a language. */
  static ConformityReport check(Dossier dossier, Locale language) {
    return Checker.of(NATIONAL).check(dossier, AS_OF, Stage.CANDIDATURE, language);
  }

  /**
   * A batch as {@code ldm batch} makes it: the complete dossier, a dossier with gaps (in reports of
   * a language) and an input that could not be read, whose error holds characters to escape.
   */
  static List<BatchEntry> batch(Locale language) {
    return List.of(
        BatchEntry.checked("dossier-complete.json", check(complete(), language), NATIONAL),
        BatchEntry.checked("section-without-coordinator.json",
            check(dossier("defective/section-without-coordinator.json"), language), NATIONAL),
        BatchEntry.unreadable("casse|1.json",
            "casse|1.json:1:44: /kind : JSON mal formé : caractère inattendu « , » <b>*gras*</b> & \"=1\""));
  }

  static <T> T read(Class<T> type, String name) {
    try {
      return LdmJson.defaults().read(type, FOLDER.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
