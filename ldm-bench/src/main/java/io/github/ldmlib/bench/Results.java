package io.github.ldmlib.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.test.DossierGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the results table (Markdown) from JMH's JSON results and the lines {@code run.sh} collected
 * for the cold start, the command line and the batch, with the ratios against the floor and each
 * target met or missed.
 *
 * <p>Arguments: the JMH JSON file, the cold-start lines file, the CLI timings file, the batch line
 * file, the Markdown file to write, and optionally the cold-start lines file of the runs with the
 * launcher's start-up options.
 */
public final class Results {

  private static final String[] STEPS = {
    "floorJacksonTree", "read", "validate", "validateHibernateValidatorOnly", "rules", "fullCheck"};
  private static final String[] NAMES = {
    "(1) floor: Jackson tree", "(2) read into the model", "(3) Bean Validation alone",
    "(3b) Hibernate Validator alone, without the validity pass", "(4) rules alone",
    "(5) full check, bytes → report"};

  private Results() {}

  /** A median with the half-width of JMH's 99.9 % confidence interval, in microseconds. */
  private record Score(double median, double error) {
    double relative() {
      return median == 0 ? 0 : error / median;
    }
  }

  /**
   * Writes the table.
   *
   * @param args the files, as above
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Locale.setDefault(Locale.ROOT);
    Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
    for (JsonNode run : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
      String benchmark = run.get("benchmark").asText();
      String step = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String size = run.get("params").get("size").asText();
      JsonNode metric = run.get("primaryMetric");
      List<Double> raw = new ArrayList<>();
      metric.get("rawData").forEach(fork -> fork.forEach(v -> raw.add(v.asDouble())));
      double error = metric.get("scoreError").asDouble();
      scores.computeIfAbsent(size, s -> new LinkedHashMap<>()).put(step, new Score(median(raw), Double.isNaN(error) ? 0 : error));
    }
    Referential referential = BenchData.referential();
    StringBuilder out = new StringBuilder();
    out.append("| step | size | bytes | median µs/op | ± 99.9 % CI | µs per KB | × floor |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|\n");
    Map<String, Long> bytes = new LinkedHashMap<>();
    for (String size : scores.keySet()) {
      bytes.put(size, (long) BenchData.bytes(BenchData.generator(referential, DossierGenerator.Size.valueOf(size)).generate()).length);
    }
    for (String size : scores.keySet()) {
      Map<String, Score> bySize = scores.get(size);
      Score floor = bySize.get("floorJacksonTree");
      for (int i = 0; i < STEPS.length; i++) {
        Score s = bySize.get(STEPS[i]);
        if (s == null) {
          continue;
        }
        out.append(String.format("| %s | %s | %,d | %,.1f | %,.1f | %.2f | %s |%n", NAMES[i], size, bytes.get(size),
            s.median(), s.error(), s.median() / (bytes.get(size) / 1024.0), ratio(s, floor)));
      }
    }
    out.append("\n| target | measured | met |\n|---|---|---|\n");
    Map<String, Score> m = scores.get("M");
    if (m != null) {
      double full = m.get("fullCheck").median() / m.get("floorJacksonTree").median();
      double rules = m.get("rules").median() / m.get("floorJacksonTree").median();
      out.append(String.format("| full check of M ≤ 3 × floor (aim 2 ×) | %s × | %s |%n", ratio(m.get("fullCheck"), m.get("floorJacksonTree")), yes(full <= 3)));
      out.append(String.format("| rules alone ≤ 0.25 × floor (M) | %s × | %s |%n", ratio(m.get("rules"), m.get("floorJacksonTree")), yes(rules <= 0.25)));
    }
    Map<String, Score> xl = scores.get("XL");
    if (m != null && xl != null) {
      double perKbM = m.get("fullCheck").median() / bytes.get("M");
      double perKbXl = xl.get("fullCheck").median() / bytes.get("XL");
      out.append(String.format("| full check time per KB, XL ≤ 1.5 × M | %.2f × | %s |%n", perKbXl / perKbM, yes(perKbXl / perKbM <= 1.5)));
    }
    coldStart(Path.of(args[1]), out, "cold start, main → first report ≤ 400 ms");
    if (args.length > 5) {
      coldStart(Path.of(args[5]), out, "cold start as above, with the launcher's start-up options (CDS archive, C1, serial GC)");
    }
    cli(Path.of(args[2]), out);
    batch(Path.of(args[3]), out);
    Files.writeString(Path.of(args[4]), out.toString());
    System.out.print(out);
  }

  private static void coldStart(Path file, StringBuilder out, String target) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    List<Double> main = new ArrayList<>();
    List<Double> jvm = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      Map<String, String> f = fields(line);
      if (f.containsKey("main-to-report-ms")) {
        main.add(Double.parseDouble(f.get("main-to-report-ms")));
        jvm.add(Double.parseDouble(f.get("jvm-to-report-ms")));
      }
    }
    if (!main.isEmpty()) {
      out.append(String.format("| %s | median %.0f ms (min %.0f, max %.0f; %d runs; "
              + "JVM start → report %.0f ms) | %s |%n", target, median(main), min(main), max(main), main.size(), median(jvm),
          yes(median(main) <= 400)));
    }
  }

  private static void cli(Path file, StringBuilder out) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    List<Double> wall = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        wall.add(Double.parseDouble(line.trim()));
      }
    }
    if (!wall.isEmpty()) {
      out.append(String.format("| `ldm check examples/dossier-complete.json` < 1 s wall | median %.0f ms (min %.0f, max %.0f; %d runs) | %s |%n",
          median(wall), min(wall), max(wall), wall.size(), yes(median(wall) < 1000)));
    }
  }

  private static void batch(Path file, StringBuilder out) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    for (String line : Files.readAllLines(file)) {
      Map<String, String> f = fields(line);
      if (f.containsKey("dossiers")) {
        out.append(String.format("| batch of %s M dossiers (JSON Lines) completes with -Xmx64m | %s dossiers/s, %s MB/s; "
                + "heap used at most %s MB of %s MB; live heap after GC at each tenth: %s MB | %s |%n",
            f.get("dossiers"), f.get("per-second"), f.get("mb-per-second"), f.get("max-heap-used-mb"),
            f.get("max-heap-mb"), f.get("live-after-gc-mb"), yes(true)));
        return;
      }
    }
    out.append("| batch completes with -Xmx64m | failed, see the log | no |\n");
  }

  private static Map<String, String> fields(String line) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String part : line.trim().split("\\s+")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        fields.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return fields;
  }

  private static String ratio(Score s, Score floor) {
    if (floor == null || floor.median() == 0) {
      return "—";
    }
    double r = s.median() / floor.median();
    double e = r * Math.hypot(s.relative(), floor.relative());
    return String.format("%.2f ± %.2f", r, e);
  }

  private static String yes(boolean met) {
    return met ? "yes" : "**no**";
  }

  private static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
  }

  private static double max(List<Double> values) {
    return Arrays.stream(values.stream().mapToDouble(Double::doubleValue).toArray()).max().orElse(0);
  }
}
