package io.github.ldmlib.bench;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.Checker;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Cold start: what a fresh JVM takes from {@code main} to its first finished report, reading a
 * dossier file, loading its referential, building a checker and checking. Prints one line,
 * {@code main-to-report-ms=… jvm-to-report-ms=… process-cpu-ms=… findings=…}, for {@code run.sh} to
 * collect; the process's CPU time (every thread, from the JVM's start) does not count the time a
 * loaded machine made the JVM wait for a core.
 */
public final class ColdStart {

  private ColdStart() {}

  /**
   * Checks one dossier file.
   *
   * @param args the dossier file, then the date of the check (ISO-8601)
   * @throws Exception if the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    Dossier dossier = LdmJson.defaults().read(Dossier.class, Path.of(args[0]));
    Referential referential = dossier.referentialEdition()
        .map(e -> Referentials.load(dossier.referentialId(), e))
        .orElseGet(() -> Referentials.latest(dossier.referentialId()));
    ConformityReport report = Checker.of(referential).check(dossier, LocalDate.parse(args[1]), Stage.CANDIDATURE);
    long end = System.nanoTime();
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    System.out.printf("main-to-report-ms=%.1f jvm-to-report-ms=%d process-cpu-ms=%d findings=%d%n",
        (end - start) / 1e6, System.currentTimeMillis() - jvmStart, cpu / 1_000_000, report.findings().size());
  }
}
