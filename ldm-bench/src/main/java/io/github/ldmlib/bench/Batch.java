package io.github.ldmlib.bench;

import io.github.ldmlib.io.JsonLine;
import io.github.ldmlib.io.JsonLinesReader;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.test.DossierGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch: an academy checks thousands of M dossiers streamed as JSON Lines, in a small heap.
 * {@code generate FILE COUNT} writes the file with the seeded generator (seeds 1…COUNT); {@code
 * check FILE} reads and checks it line by line and prints {@code dossiers=… seconds=…
 * per-second=… mb-per-second=… max-heap-used-mb=… live-after-gc-mb=a,b,c…}, the live heap being
 * sampled after the collections at each tenth of the batch.
 */
public final class Batch {

  private Batch() {}

  /**
   * Generates or checks a batch.
   *
   * @param args {@code generate FILE COUNT} or {@code check FILE}
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[1]);
    if (args[0].equals("generate")) {
      generate(file, Integer.parseInt(args[2]));
    } else {
      check(file);
    }
  }

  private static void generate(Path file, int count) throws IOException {
    Referential referential = BenchData.referential();
    DossierGenerator generator = BenchData.generator(referential, DossierGenerator.Size.M);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 1; i <= count; i++) {
        byte[] line = BenchData.bytes(generator.withSeed(i).generate());
        int length = line.length;
        while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r')) {
          length--;
        }
        out.write(line, 0, length);
        out.write('\n');
      }
    }
  }

  private static void check(Path file) throws IOException {
    Referential referential = BenchData.referential();
    Checker<Dossier> checker = Checker.of(referential);
    LocalDate asOf = BenchData.asOf(referential);
    long lines = Files.lines(file).count();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    List<Long> live = new ArrayList<>();
    long dossiers = 0;
    long findings = 0;
    long start = System.nanoTime();
    try (JsonLinesReader<Dossier> reader = BenchData.JSON.readLines(Dossier.class, file)) {
      while (reader.hasNext()) {
        JsonLine<Dossier> line = reader.next();
        ConformityReport report = checker.check(line.valueOrThrow(), asOf, Stage.CANDIDATURE);
        findings += report.findings().size();
        dossiers++;
        if (dossiers % Math.max(1, lines / 10) == 0) {
          live.add(heap.stream().mapToLong(p -> p.getCollectionUsage() == null ? 0 : p.getCollectionUsage().getUsed())
              .sum());
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    StringBuilder series = new StringBuilder();
    for (long l : live) {
      series.append(series.length() == 0 ? "" : ",").append(String.format("%.1f", l / 1048576.0));
    }
    System.out.printf("dossiers=%d findings=%d seconds=%.1f per-second=%.0f mb-per-second=%.1f "
            + "max-heap-mb=%d max-heap-used-mb=%.1f live-after-gc-mb=%s%n",
        dossiers, findings, seconds, dossiers / seconds, Files.size(file) / 1048576.0 / seconds,
        Runtime.getRuntime().maxMemory() / 1048576, peak / 1048576.0, series);
  }
}
