package io.github.ldmlib.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.test.AnnualReviewFixture;
import io.github.ldmlib.test.DossierGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of checking one annual review, stage by stage, against the floor (a Jackson tree of the
 * same bytes), on the conforming review of each size of generated dossier ({@link ReviewData}), so
 * that the cost per KB can be compared across sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReviewBenchmark {

  /** The size of the generated dossier the review follows up. */
  @Param({"S", "M", "L", "XL"})
  public String size;

  private byte[] bytes;
  private AnnualReview review;
  private Checker<AnnualReview> checker;
  private Checker<AnnualReview> rulesOnly;
  private LocalDate asOf;
  private ConformityReport report;
  private final ObjectMapper mapper = new ObjectMapper();

  /** Generates the review and builds the checkers, outside any measurement. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Referential referential = BenchData.referential();
    AnnualReviewFixture fixture = ReviewData.review(referential, DossierGenerator.Size.valueOf(size));
    bytes = BenchData.JSON.writeString(fixture.review()).getBytes(StandardCharsets.UTF_8);
    review = read();
    asOf = fixture.asOf();
    checker = fixture.checker();
    rulesOnly = BenchData.rulesOnly(DocumentKind.ANNUAL_REVIEW, "LDM-R-001", referential);
    report = checker.check(review, asOf, Locale.FRENCH);
    if (!report.findings().isEmpty()) {
      throw new IllegalStateException("the generated review should have no finding: " + report.findings());
    }
    System.out.printf("%n# review %s: %,d bytes, %d sections%n", size, bytes.length, review.sections().size());
  }

  /** The distinct copies of the review for the cold stages, made only for them. */
  @State(Scope.Benchmark)
  public static class Cold {
    BenchData.Copies<AnnualReview> copies;

    /**
     * Reads the copies, outside any measurement.
     *
     * @param bench the benchmark's state, whose bytes are read
     */
    @Setup(Level.Trial)
    public void setUp(ReviewBenchmark bench) {
      copies = new BenchData.Copies<>(bench.bytes.length, () -> BenchData.read(AnnualReview.class, bench.bytes));
    }
  }

  /** (1) The floor: Jackson parses the bytes into a plain tree. */
  @Benchmark
  public JsonNode floorJacksonTree() throws IOException {
    return mapper.readTree(bytes);
  }

  /** (2) ldm-io reads the bytes into the model. */
  @Benchmark
  public AnnualReview read() throws IOException {
    return BenchData.JSON.read(AnnualReview.class, new ByteArrayInputStream(bytes), "bench");
  }

  /** (3) Bean Validation alone on the parsed review. */
  @Benchmark
  public List<Violation> validate() {
    return LdmValidation.validate(review, Locale.FRENCH);
  }

  /** (4) The built-in rules alone, without Bean Validation. */
  @Benchmark
  public ConformityReport rules() {
    return rulesOnly.check(review, asOf, Locale.FRENCH);
  }

  /** (3c) Bean Validation alone, each time on another of the distinct copies, not in the cache. */
  @Benchmark
  public List<Violation> validateCold(Cold cold) {
    return LdmValidation.validate(cold.copies.next(), Locale.FRENCH);
  }

  /** (4c) The built-in rules alone, each time on another of the distinct copies, not in the cache. */
  @Benchmark
  public ConformityReport rulesCold(Cold cold) {
    return rulesOnly.check(cold.copies.next(), asOf, Locale.FRENCH);
  }

  /** (4b) The report written as compact JSON. */
  @Benchmark
  public byte[] writeReport() {
    return BenchData.JSON.writeString(report).getBytes(StandardCharsets.UTF_8);
  }

  /** (5) The full check: bytes to report, Bean Validation included. */
  @Benchmark
  public ConformityReport fullCheck() throws IOException {
    return checker.check(read(), asOf, Locale.FRENCH);
  }
}
