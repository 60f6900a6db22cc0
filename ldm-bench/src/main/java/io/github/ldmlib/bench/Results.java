package io.github.ldmlib.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.test.DossierGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * file, the Markdown file to write, optionally the cold-start lines file of the runs with the
 * launcher's start-up options, and optionally the timings of {@code java -jar} on the command line's
 * jar with the JVM's default options.
 */
public final class Results {

  private static final String[] STEPS = {
    "floorJacksonTree", "read", "validate", "validateCold", "validateHibernateValidatorOnly", "rules", "rulesCold",
    "writeReport", "fullCheck", "schemaNetworknt", "databindHibernateValidator"};
  private static final String[] NAMES = {
    "(1) floor: Jackson tree", "(2) read into the model", "(3) Bean Validation alone",
    "(3c) Bean Validation alone, distinct copies (not in the cache)",
    "(3b) Hibernate Validator alone, without the validity pass", "(4) rules alone",
    "(4c) rules alone, distinct copies (not in the cache)", "(4b) report written as JSON", "(5) full check, bytes → report",
    "(6) alternative: networknt JSON Schema validation", "(7) alternative: databind to plain classes + Hibernate Validator"};
  /** A run whose iterations vary more than this (coefficient of variation) had not converged. */
  private static final double MAX_CV = 0.10;
  private static final String[] SIZES = {"S", "M", "L", "XL"};

  private Results() {}

  /**
   * One benchmark at one size: medians of the iterations of wall time, process CPU time and the
   * benchmark thread's CPU time, in microseconds per operation, with the coefficient of variation
   * of the iterations of wall and thread CPU time.
   */
  private record Score(double median, double error, double cv, double cpu, double thread, double threadCv) {
    /** The figure ratios are taken of: the benchmark thread's CPU time, else wall time. */
    double value() {
      return Double.isNaN(thread) ? median : thread;
    }

    boolean converged() {
      return cv <= MAX_CV && (Double.isNaN(threadCv) || threadCv <= MAX_CV);
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
    Map<String, Map<String, Map<String, Score>>> scores = new LinkedHashMap<>();
    for (JsonNode run : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
      String benchmark = run.get("benchmark").asText();
      String step = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String bench = benchmark.substring(0, benchmark.lastIndexOf('.'));
      bench = bench.substring(bench.lastIndexOf('.') + 1);
      String size = run.get("params").get("size").asText();
      JsonNode metric = run.get("primaryMetric");
      List<Double> raw = raw(metric);
      double error = metric.get("scoreError").asDouble();
      JsonNode secondary = run.get("secondaryMetrics");
      List<Double> cpu = secondary != null && secondary.has("·cpu") ? raw(secondary.get("·cpu")) : List.of();
      List<Double> thread = secondary != null && secondary.has("·cpu.thread") ? raw(secondary.get("·cpu.thread")) : List.of();
      scores.computeIfAbsent(bench, b -> new LinkedHashMap<>()).computeIfAbsent(size, z -> new LinkedHashMap<>())
          .put(step, new Score(median(raw), Double.isNaN(error) ? 0 : error, cv(raw), median(cpu), median(thread), cv(thread)));
    }
    Referential referential = BenchData.referential();
    StringBuilder out = new StringBuilder();
    for (String bench : scores.keySet()) {
      boolean review = bench.equals("ReviewBenchmark");
      Map<String, Map<String, Score>> byBench = scores.get(bench);
      Map<String, Long> bytes = new LinkedHashMap<>();
      for (String size : byBench.keySet()) {
        DossierGenerator.Size z = DossierGenerator.Size.valueOf(size);
        bytes.put(size, review
            ? (long) BenchData.JSON.writeString(ReviewData.review(referential, z).review()).getBytes(StandardCharsets.UTF_8).length
            : (long) BenchData.bytes(BenchData.generator(referential, z).generate()).length);
      }
      out.append("\n### ").append(review ? "Annual review" : "Dossier").append(" (").append(bench).append(")\n\n");
      out.append("CPU: the benchmark thread's CPU time per operation (process: every thread of the JVM, JIT and GC "
          + "included); × floor and µs per KB are taken of the thread's CPU time. CV: coefficient of variation of "
          + "the iterations (wall; thread CPU); a run above " + (int) (MAX_CV * 100) + " % had not converged.\n\n");
      out.append("| step | size | bytes | wall µs/op | ± 99.9 % | CPU µs/op (thread) | CPU µs/op (process) | thread CPU µs per KB "
          + "| × floor | CV | converged |\n");
      out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
      for (String size : byBench.keySet()) {
        Map<String, Score> bySize = byBench.get(size);
        Score floor = bySize.get("floorJacksonTree");
        for (int i = 0; i < STEPS.length; i++) {
          Score s = bySize.get(STEPS[i]);
          if (s == null) {
            continue;
          }
          out.append(String.format("| %s | %s | %,d | %,.1f | %,.1f | %,.1f | %,.1f | %.2f | %s | %.0f %%; %.0f %% | %s |%n",
              NAMES[i], size, bytes.get(size), s.median(), s.error(), s.thread(), s.cpu(),
              s.value() / (bytes.get(size) / 1024.0), floor == null ? "—" : String.format("%.2f", s.value() / floor.value()),
              s.cv() * 100, s.threadCv() * 100, s.converged() ? "yes" : "**no**"));
        }
      }
      out.append("\nRatios, same run, thread CPU time:\n\n| ratio | S | M | L | XL |\n|---|---:|---:|---:|---:|\n");
      ratioRow(out, byBench, "full check / Jackson tree parse", "fullCheck", null, "floorJacksonTree");
      ratioRow(out, byBench, "read + validation / parse", "read", "validate", "floorJacksonTree");
      ratioRow(out, byBench, "full check / networknt schema validation", "fullCheck", null, "schemaNetworknt");
      ratioRow(out, byBench, "full check / databind + Hibernate Validator", "fullCheck", null, "databindHibernateValidator");
      out.append("\nLinearity: thread CPU time per KB of XL ÷ that of M, per stage (goal ≤ 1.2):\n\n| stage | XL/M per KB |\n|---|---:|\n");
      Map<String, Score> m = byBench.get("M");
      Map<String, Score> xl = byBench.get("XL");
      if (m != null && xl != null) {
        for (int i = 0; i < STEPS.length; i++) {
          Score a = m.get(STEPS[i]);
          Score b = xl.get(STEPS[i]);
          if (a != null && b != null) {
            double r = (b.value() / bytes.get("XL")) / (a.value() / bytes.get("M"));
            out.append(String.format("| %s | %.2f |%n", NAMES[i], r));
          }
        }
      }
    }
    out.append("\n| target | measured | met |\n|---|---|---|\n");
    Map<String, Map<String, Score>> dossiers = scores.getOrDefault("CheckBenchmark", Map.of());
    Map<String, Score> m = dossiers.get("M");
    if (m != null && m.containsKey("fullCheck") && m.containsKey("floorJacksonTree")) {
      double full = m.get("fullCheck").value() / m.get("floorJacksonTree").value();
      out.append(String.format("| full check of M ≤ 1.5 × floor | %.2f × | %s |%n", full, yes(full <= 1.5)));
      double worst = 0;
      for (Map<String, Score> bySize : dossiers.values()) {
        if (bySize.containsKey("fullCheck") && bySize.containsKey("floorJacksonTree")) {
          worst = Math.max(worst, bySize.get("fullCheck").value() / bySize.get("floorJacksonTree").value());
        }
      }
      out.append(String.format("| full check ≤ 2 × floor at every size | at most %.2f × | %s |%n", worst, yes(worst <= 2)));
    }
    coldStart(Path.of(args[1]), out, "cold start, main → first report ≤ 300 ms");
    if (args.length > 5) {
      coldStart(Path.of(args[5]), out, "cold start as above, with the launcher's start-up options (CDS archive, C1, serial GC)");
    }
    cli(Path.of(args[2]), out, "`ldm check examples/dossier-complete.json` < 1 s wall");
    if (args.length > 6) {
      cli(Path.of(args[6]), out, "`java -jar ldm-cli-…-all.jar check examples/dossier-complete.json`, JVM defaults, ≤ 300 ms wall");
    }
    batch(Path.of(args[3]), out);
    Files.writeString(Path.of(args[4]), out.toString());
    System.out.print(out);
  }

  private static void ratioRow(StringBuilder out, Map<String, Map<String, Score>> byBench, String name, String step,
      String plus, String base) {
    StringBuilder row = new StringBuilder("| " + name + " |");
    boolean any = false;
    for (String size : SIZES) {
      Map<String, Score> bySize = byBench.get(size);
      Score a = bySize == null ? null : bySize.get(step);
      Score b = bySize == null ? null : bySize.get(base);
      Score c = plus == null || bySize == null ? null : bySize.get(plus);
      if (a == null || b == null || (plus != null && c == null)) {
        row.append(" — |");
        continue;
      }
      any = true;
      row.append(String.format(" %.2f |", (a.value() + (c == null ? 0 : c.value())) / b.value()));
    }
    if (any) {
      out.append(row).append('\n');
    }
  }

  private static List<Double> raw(JsonNode metric) {
    List<Double> raw = new ArrayList<>();
    metric.get("rawData").forEach(fork -> fork.forEach(v -> raw.add(v.asDouble())));
    return raw;
  }

  private static double cv(List<Double> values) {
    if (values.size() < 2) {
      return Double.NaN;
    }
    double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double var = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1);
    return mean == 0 ? Double.NaN : Math.sqrt(var) / mean;
  }

  private static void coldStart(Path file, StringBuilder out, String target) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    List<Double> main = new ArrayList<>();
    List<Double> jvm = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      Map<String, String> f = fields(line);
      if (f.containsKey("main-to-report-ms")) {
        main.add(Double.parseDouble(f.get("main-to-report-ms")));
        jvm.add(Double.parseDouble(f.get("jvm-to-report-ms")));
        if (f.containsKey("process-cpu-ms")) {
          cpu.add(Double.parseDouble(f.get("process-cpu-ms")));
        }
      }
    }
    if (!main.isEmpty()) {
      out.append(String.format("| %s | median %.0f ms (min %.0f, max %.0f; %d runs; "
              + "JVM start → report %.0f ms; process CPU %.0f ms) | %s |%n", target, median(main), min(main), max(main),
          main.size(), median(jvm), cpu.isEmpty() ? Double.NaN : median(cpu), yes(median(main) <= 300)));
    }
  }

  private static void cli(Path file, StringBuilder out, String target) throws IOException {
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
      out.append(String.format("| %s | median %.0f ms (min %.0f, max %.0f; %d runs) | %s |%n",
          target, median(wall), min(wall), max(wall), wall.size(), yes(median(wall) < (target.contains("300") ? 300 : 1000))));
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

  private static String yes(boolean met) {
    return met ? "yes" : "**no**";
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
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
