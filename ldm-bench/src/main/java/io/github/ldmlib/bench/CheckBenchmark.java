package io.github.ldmlib.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.test.DossierGenerator;
import jakarta.validation.ConstraintViolation;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * The cost of checking one dossier, step by step, against the floor any JSON consumer pays: a
 * Jackson parse of the same bytes into a tree. Each benchmark is one step of a check, on a
 * generated valid dossier of each size. Beside them, what a user could pick instead: JSON Schema
 * validation of the same bytes against ldm's own schema (networknt), and Jackson databind into plain
 * classes checked by Hibernate Validator ({@link PlainDossier}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CheckBenchmark {

  /** The size of the generated dossier. */
  @Param({"S", "M", "L", "XL"})
  public String size;

  private byte[] bytes;
  private Dossier dossier;
  private Checker<Dossier> checker;
  private Checker<Dossier> rulesOnly;
  private LocalDate asOf;
  private ConformityReport report;
  private final ObjectMapper mapper = new ObjectMapper();
  private final tools.jackson.databind.ObjectMapper mapper3 = tools.jackson.databind.json.JsonMapper.builder().build();
  private Schema schema;
  private Validator plainValidator;

  /** Generates the dossier and builds the checkers, outside any measurement. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Referential referential = BenchData.referential();
    DossierGenerator generator = BenchData.generator(referential, DossierGenerator.Size.valueOf(size));
    Dossier generated = generator.generate();
    bytes = BenchData.bytes(generated);
    dossier = BenchData.JSON.read(Dossier.class, new ByteArrayInputStream(bytes), "bench");
    asOf = generator.asOf();
    checker = Checker.of(referential);
    rulesOnly = BenchData.rulesOnly(referential);
    report = checker.check(dossier, asOf, Stage.CANDIDATURE);
    if (!report.findings().isEmpty()) {
      throw new IllegalStateException("the generated dossier should have no finding: " + report.findings());
    }
    try (InputStream in = CheckBenchmark.class.getResourceAsStream("/io/github/ldmlib/io/schema/dossier.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    if (!schemaNetworknt().isEmpty()) {
      throw new IllegalStateException("the schema should accept the generated dossier: " + schemaNetworknt());
    }
    plainValidator = BenchData.plainValidator();
    if (!databindHibernateValidator().isEmpty()) {
      throw new IllegalStateException("the plain classes should accept the generated dossier: " + databindHibernateValidator());
    }
    System.out.printf("%n# dossier %s: %,d bytes%n", size, bytes.length);
  }

  /**
   * The distinct copies of the dossier for the cold stages, made only for them: hundreds of copies
   * of M held alive would change what the collector does in the other benchmarks.
   */
  @State(Scope.Benchmark)
  public static class Cold {
    BenchData.Copies<Dossier> copies;

    /**
     * Reads the copies, outside any measurement.
     *
     * @param bench the benchmark's state, whose bytes are read
     */
    @Setup(Level.Trial)
    public void setUp(CheckBenchmark bench) {
      copies = new BenchData.Copies<>(bench.bytes.length, () -> BenchData.read(Dossier.class, bench.bytes));
      System.out.printf("%n# %d distinct copies of the dossier%n", copies.size());
    }
  }

  /** (1) The floor: Jackson parses the bytes into a plain tree. */
  @Benchmark
  public JsonNode floorJacksonTree() throws IOException {
    return mapper.readTree(bytes);
  }

  /** (2) ldm-io reads the bytes into the model. */
  @Benchmark
  public Dossier read() throws IOException {
    return BenchData.JSON.read(Dossier.class, new ByteArrayInputStream(bytes), "bench");
  }

  /** (3) Bean Validation alone on the parsed dossier (French messages, as the checker's default). */
  @Benchmark
  public List<Violation> validate() {
    return LdmValidation.validate(dossier, Locale.FRENCH);
  }

  /**
   * (3b) What validation would cost without the model's validity pass: Hibernate Validator's own
   * traversal, with the validator {@code LdmValidation} configures (fluent accessors, French
   * messages). Its answer on a valid dossier is the same: no violation.
   */
  @Benchmark
  public Set<ConstraintViolation<Dossier>> validateHibernateValidatorOnly() {
    return LdmValidation.validator(Locale.FRENCH).validate(dossier);
  }

  /**
   * (3c) Bean Validation alone, each time on another of the distinct copies of the dossier, which are
   * not in the processor's caches: the validation pass as a real check meets it, at every size.
   */
  @Benchmark
  public List<Violation> validateCold(Cold cold) {
    return LdmValidation.validate(cold.copies.next(), Locale.FRENCH);
  }

  /** (4c) The built-in rules alone, each time on another of the distinct copies of the dossier. */
  @Benchmark
  public ConformityReport rulesCold(Cold cold) {
    return rulesOnly.check(cold.copies.next(), asOf, Stage.CANDIDATURE);
  }

  /** (4) The built-in rules alone, without Bean Validation, on the parsed dossier. */
  @Benchmark
  public ConformityReport rules() {
    return rulesOnly.check(dossier, asOf, Stage.CANDIDATURE);
  }

  /** (4b) The report: the conformity report of the check written as compact JSON. */
  @Benchmark
  public byte[] writeReport() {
    return BenchData.JSON.writeString(report).getBytes(StandardCharsets.UTF_8);
  }

  /** (6) Alternative: networknt JSON Schema validation of the same bytes against ldm's dossier schema. */
  @Benchmark
  public List<com.networknt.schema.Error> schemaNetworknt() {
    return schema.validate(mapper3.readTree(bytes));
  }

  /** (7) Alternative: Jackson databind into plain classes, then Hibernate Validator on them. */
  @Benchmark
  public Set<ConstraintViolation<PlainDossier>> databindHibernateValidator() throws IOException {
    return plainValidator.validate(mapper.readValue(bytes, PlainDossier.class));
  }

  /** (5) The full check: bytes to report, Bean Validation included. */
  @Benchmark
  public ConformityReport fullCheck() throws IOException {
    Dossier read = BenchData.JSON.read(Dossier.class, new ByteArrayInputStream(bytes), "bench");
    return checker.check(read, asOf, Stage.CANDIDATURE);
  }
}
