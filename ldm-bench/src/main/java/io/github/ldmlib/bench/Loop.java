package io.github.ldmlib.bench;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.test.DossierGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Runs one stage of a dossier check in a loop, for a profiler (JFR) to sample, and prints the
 * thread CPU time per operation of each second. Arguments: the size (S, M, L, XL), the stage
 * ({@code read}, {@code validate}, {@code rules}, {@code full}) and the number of seconds.
 *
 * <pre>{@code
 * java -XX:StartFlightRecording=filename=xl.jfr,settings=profile -cp benchmarks.jar \
 *     io.github.ldmlib.bench.Loop XL full 60
 * jfr print --events jdk.ExecutionSample xl.jfr
 * }</pre>
 */
public final class Loop {

  private Loop() {}

  /**
   * Loops a stage.
   *
   * @param args size, stage, seconds
   * @throws IOException never: the bytes are generated
   */
  public static void main(String[] args) throws IOException {
    Referential referential = BenchData.referential();
    DossierGenerator generator = BenchData.generator(referential, DossierGenerator.Size.valueOf(args[0]));
    byte[] bytes = BenchData.bytes(generator.generate());
    Dossier dossier = read(bytes);
    LocalDate asOf = generator.asOf();
    Checker<Dossier> checker = Checker.of(referential);
    Checker<Dossier> rulesOnly = BenchData.rulesOnly(referential);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
    Object sink = null;
    while (System.nanoTime() < end) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      int ops = 0;
      while (System.nanoTime() - wall < 1_000_000_000L) {
        sink = switch (args[1]) {
          case "read" -> read(bytes);
          case "validate" -> LdmValidation.validate(dossier, Locale.FRENCH);
          case "rules" -> rulesOnly.check(dossier, asOf, Stage.CANDIDATURE);
          case "full" -> checker.check(read(bytes), asOf, Stage.CANDIDATURE);
          default -> throw new IllegalArgumentException(args[1]);
        };
        ops++;
      }
      System.out.printf("%s %s: %d ops, %.1f µs CPU/op, %.1f µs wall/op%n", args[0], args[1], ops,
          (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / ops, (System.nanoTime() - wall) / 1e3 / ops);
    }
    System.out.println(sink == null ? "" : "done");
  }

  private static Dossier read(byte[] bytes) throws IOException {
    return BenchData.JSON.read(Dossier.class, new ByteArrayInputStream(bytes), "bench");
  }
}
