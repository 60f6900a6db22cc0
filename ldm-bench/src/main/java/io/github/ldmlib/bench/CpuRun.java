package io.github.ldmlib.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.test.AnnualReviewFixture;
import io.github.ldmlib.test.DossierGenerator;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The stages of a check measured in CPU time of the measuring thread, for a machine so loaded that
 * JMH's wall-clock iterations give a benchmark too little of a core to warm up: each stage runs
 * until it has converged (the last three windows of 0.3 s of CPU time within 5 % of their median;
 * at most 12 s of CPU time, else it is flagged not converged), then is measured in five windows of
 * 0.5 s of CPU time. Two copies of the program (before and after a change) run side by side meet the
 * same machine, so their figures can be compared. Prints one line per stage: {@code kind size stage
 * bytes cpu-us-per-op cv converged warm-up-cpu-s}.
 *
 * <p>Arguments: {@code dossier} or {@code review}, the sizes (comma-separated, such as {@code
 * S,M,L,XL}), the stages (comma-separated, or {@code all}). The stages {@code validate-cold} and
 * {@code rules-cold} take another of {@link BenchData.Copies}' distinct copies of the document each
 * time, so that it is not in the processor's caches; {@code validate} and {@code rules} check one
 * copy again and again.
 */
public final class CpuRun {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long WARM_WINDOW = 300_000_000L;
  private static final long MEASURE_WINDOW = 500_000_000L;
  private static final long MAX_WARM = 12_000_000_000L;
  private static volatile Object sink;

  private CpuRun() {}

  /**
   * Measures.
   *
   * @param args kind, sizes, stages
   * @throws Exception if a stage fails
   */
  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    boolean review = args[0].equals("review");
    Referential referential = BenchData.referential();
    ObjectMapper mapper = new ObjectMapper();
    tools.jackson.databind.ObjectMapper mapper3 = tools.jackson.databind.json.JsonMapper.builder().build();
    for (String size : args[1].split(",")) {
      DossierGenerator.Size z = DossierGenerator.Size.valueOf(size);
      Map<String, Callable<Object>> stages = new LinkedHashMap<>();
      byte[] bytes;
      if (review) {
        AnnualReviewFixture fixture = ReviewData.review(referential, z);
        byte[] b = BenchData.JSON.writeString(fixture.review()).getBytes(StandardCharsets.UTF_8);
        bytes = b;
        AnnualReview parsed = BenchData.JSON.read(AnnualReview.class, new ByteArrayInputStream(b), "bench");
        LocalDate asOf = fixture.asOf();
        Checker<AnnualReview> checker = fixture.checker();
        Checker<AnnualReview> rulesOnly = BenchData.rulesOnly(DocumentKind.ANNUAL_REVIEW, "LDM-R-001", referential);
        ConformityReport report = checker.check(parsed, asOf, Locale.FRENCH);
        stages.put("floor", () -> mapper.readTree(b));
        stages.put("read", () -> BenchData.JSON.read(AnnualReview.class, new ByteArrayInputStream(b), "bench"));
        stages.put("validate", () -> LdmValidation.validate(parsed, Locale.FRENCH));
        stages.put("rules", () -> rulesOnly.check(parsed, asOf, Locale.FRENCH));
        // Made at the first cold stage only: hundreds of copies held alive would change the collector's work.
        Supplier<BenchData.Copies<AnnualReview>> copies = lazily(() -> new BenchData.Copies<>(b.length, () -> BenchData.read(AnnualReview.class, b)));
        stages.put("validate-cold", () -> LdmValidation.validate(copies.get().next(), Locale.FRENCH));
        stages.put("rules-cold", () -> rulesOnly.check(copies.get().next(), asOf, Locale.FRENCH));
        stages.put("report", () -> BenchData.JSON.writeString(report).getBytes(StandardCharsets.UTF_8));
        stages.put("full", () -> checker.check(BenchData.JSON.read(AnnualReview.class, new ByteArrayInputStream(b), "bench"),
            asOf, Locale.FRENCH));
      } else {
        DossierGenerator generator = BenchData.generator(referential, z);
        byte[] b = BenchData.bytes(generator.generate());
        bytes = b;
        Dossier parsed = BenchData.JSON.read(Dossier.class, new ByteArrayInputStream(b), "bench");
        LocalDate asOf = generator.asOf();
        Checker<Dossier> checker = Checker.of(referential);
        Checker<Dossier> rulesOnly = BenchData.rulesOnly(referential);
        ConformityReport report = checker.check(parsed, asOf, io.github.ldmlib.model.Stage.CANDIDATURE);
        Schema schema = schema();
        Validator plain = BenchData.plainValidator();
        stages.put("floor", () -> mapper.readTree(b));
        stages.put("read", () -> BenchData.JSON.read(Dossier.class, new ByteArrayInputStream(b), "bench"));
        stages.put("validate", () -> LdmValidation.validate(parsed, Locale.FRENCH));
        stages.put("rules", () -> rulesOnly.check(parsed, asOf, io.github.ldmlib.model.Stage.CANDIDATURE));
        // Made at the first cold stage only: hundreds of copies held alive would change the collector's work.
        Supplier<BenchData.Copies<Dossier>> copies = lazily(() -> new BenchData.Copies<>(b.length, () -> BenchData.read(Dossier.class, b)));
        stages.put("validate-cold", () -> LdmValidation.validate(copies.get().next(), Locale.FRENCH));
        stages.put("rules-cold", () -> rulesOnly.check(copies.get().next(), asOf, io.github.ldmlib.model.Stage.CANDIDATURE));
        stages.put("report", () -> BenchData.JSON.writeString(report).getBytes(StandardCharsets.UTF_8));
        stages.put("full", () -> checker.check(BenchData.JSON.read(Dossier.class, new ByteArrayInputStream(b), "bench"),
            asOf, io.github.ldmlib.model.Stage.CANDIDATURE));
        stages.put("schema", () -> schema.validate(mapper3.readTree(b)));
        stages.put("databind", () -> plain.validate(mapper.readValue(b, PlainDossier.class)));
      }
      for (Map.Entry<String, Callable<Object>> stage : stages.entrySet()) {
        if (!args[2].equals("all") && !Arrays.asList(args[2].split(",")).contains(stage.getKey())) {
          continue;
        }
        measure(args[0], size, stage.getKey(), bytes.length, stage.getValue());
      }
    }
  }

  /** A supplier that makes its value at the first call and keeps it; for one thread. */
  private static <T> Supplier<T> lazily(Supplier<T> make) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) {
          value = make.get();
        }
        return value;
      }
    };
  }

  private static Schema schema() {
    try (InputStream in = CpuRun.class.getResourceAsStream("/io/github/ldmlib/io/schema/dossier.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void measure(String kind, String size, String stage, int bytes, Callable<Object> op) throws Exception {
    long warmStart = THREADS.getCurrentThreadCpuTime();
    double[] last = new double[3];
    int windows = 0;
    boolean converged = false;
    while (THREADS.getCurrentThreadCpuTime() - warmStart < MAX_WARM) {
      last[windows++ % 3] = window(op, WARM_WINDOW);
      if (windows >= 3) {
        double[] s = last.clone();
        Arrays.sort(s);
        if (s[0] >= 0.95 * s[1] && s[2] <= 1.05 * s[1]) {
          converged = true;
          break;
        }
      }
    }
    double warm = (THREADS.getCurrentThreadCpuTime() - warmStart) / 1e9;
    double[] m = new double[5];
    for (int i = 0; i < m.length; i++) {
      m[i] = window(op, MEASURE_WINDOW);
    }
    double mean = Arrays.stream(m).average().orElse(0);
    double sd = Math.sqrt(Arrays.stream(m).map(v -> (v - mean) * (v - mean)).sum() / (m.length - 1));
    double[] sorted = m.clone();
    Arrays.sort(sorted);
    System.out.printf("%s %s %s bytes=%d cpu-us=%.1f cv=%.3f converged=%s warm-cpu-s=%.1f%n", kind, size, stage, bytes,
        sorted[2], sd / mean, converged && sd / mean <= 0.10, warm);
  }

  /** Runs the operation until a window of the thread's CPU time has passed; the CPU time per operation, in µs. */
  private static double window(Callable<Object> op, long cpuNanos) throws Exception {
    long start = THREADS.getCurrentThreadCpuTime();
    long now = start;
    int ops = 0;
    while (now - start < cpuNanos) {
      sink = op.call();
      ops++;
      now = THREADS.getCurrentThreadCpuTime();
    }
    return (now - start) / 1e3 / ops;
  }
}
