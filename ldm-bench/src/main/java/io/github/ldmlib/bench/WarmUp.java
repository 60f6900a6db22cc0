package io.github.ldmlib.bench;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.test.DossierGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The warm-up curve: a fresh JVM checks the same dossier N times, bytes to report, and prints the
 * CPU time of each check (the checking thread's) with the process's CPU time so far (the JIT
 * compilers and the collector included). The summary line says when the checks reached their
 * steady state: the first check from which the median of every following window of 50 checks
 * stays within 1.25 × the median of the last tenth of the run, and the process CPU time spent
 * until then. Arguments: the size (S, M, L, XL), N, and optionally {@code quiet} to print the
 * summary and one line in 50 only.
 */
public final class WarmUp {

  private static final int WINDOW = 50;
  private static final double WITHIN = 1.25;

  private WarmUp() {}

  /**
   * Runs the curve.
   *
   * @param args size, number of checks, optionally {@code quiet}
   * @throws IOException never: the bytes are generated
   */
  public static void main(String[] args) throws IOException {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Referential referential = BenchData.referential();
    DossierGenerator generator = BenchData.generator(referential, DossierGenerator.Size.valueOf(args[0]));
    byte[] bytes = BenchData.bytes(generator.generate());
    LocalDate asOf = generator.asOf();
    int n = Integer.parseInt(args[1]);
    boolean quiet = args.length > 2 && args[2].equals("quiet");
    long processStart = os.getProcessCpuTime();
    double[] cpu = new double[n];
    double[] processSoFar = new double[n];
    Checker<Dossier> checker = null;
    for (int i = 0; i < n; i++) {
      long t0 = threads.getCurrentThreadCpuTime();
      Dossier dossier = BenchData.JSON.read(Dossier.class, new ByteArrayInputStream(bytes), "bench");
      if (checker == null) {
        checker = Checker.of(referential); // the first check pays for building the checker, as a service's would
      }
      checker.check(dossier, asOf, Stage.CANDIDATURE);
      cpu[i] = (threads.getCurrentThreadCpuTime() - t0) / 1e3;
      processSoFar[i] = (os.getProcessCpuTime() - processStart) / 1e6;
      if (!quiet || i < 10 || i % WINDOW == 0) {
        System.out.printf("check=%d cpu-us=%.0f process-cpu-ms=%.0f%n", i + 1, cpu[i], processSoFar[i]);
      }
    }
    double steady = median(Arrays.copyOfRange(cpu, n - Math.max(1, n / 10), n));
    int reached = n;
    for (int i = n - WINDOW; i >= 0; i--) {
      if (median(Arrays.copyOfRange(cpu, i, i + WINDOW)) > WITHIN * steady) {
        reached = i + WINDOW;
        break;
      }
      reached = i;
    }
    int index = Math.min(reached, n - 1);
    System.out.printf("size=%s checks=%d steady-cpu-us=%.0f first-check-cpu-us=%.0f steady-from-check=%d "
            + "process-cpu-until-steady-ms=%.0f thread-cpu-until-steady-ms=%.0f%n", args[0], n, steady, cpu[0],
        reached + 1, processSoFar[index], Arrays.stream(cpu, 0, index + 1).sum() / 1e3);
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
