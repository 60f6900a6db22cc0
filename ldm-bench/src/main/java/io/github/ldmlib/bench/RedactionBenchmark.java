package io.github.ldmlib.bench;

import io.github.ldmlib.io.Redaction;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.test.DossierGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * The cost of pseudonymising a dossier that names many people ({@link Redaction#pseudonymise}):
 * a generated dossier whose first criterion's team has {@code people} members, and whose context
 * names one in ten of them and as many other words. Matching reads each text once whatever the
 * number of names, so the time should grow with the size of the document, not with people × text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RedactionBenchmark {

  /** The number of people in the dossier. */
  @Param({"100", "1000", "5000"})
  public int people;

  private Dossier dossier;

  /** Builds the dossier, outside any measurement. */
  @Setup(Level.Trial)
  public void setUp() {
    Dossier generated = BenchData.generator(BenchData.referential(), DossierGenerator.Size.M).generate();
    Random random = new Random(BenchData.SEED);
    List<Person> persons = new ArrayList<>();
    StringBuilder context = new StringBuilder();
    for (int i = 0; i < people; i++) {
      String last = name(random) + (i % 5 == 0 ? " " + name(random) : "");
      String first = name(random);
      persons.add(Person.of(last, first, "Professeur"));
      if (i % 10 == 0) {
        context.append("M. ").append(last.toUpperCase()).append(" et ").append(first).append(", ");
      }
      context.append(name(random).toLowerCase()).append(' ');
    }
    CriterionSection section = generated.sections().get(0);
    CriterionTeam team = section.team().map(t -> CriterionTeam.builder().from(t))
        .orElseGet(CriterionTeam::builder).addAllMembers(persons).build();
    dossier = Dossier.builder().from(generated).context(context.toString())
        .sections(prepend(CriterionSection.builder().from(section).team(team).build(), generated.sections()))
        .build();
  }

  private static List<CriterionSection> prepend(CriterionSection first, List<CriterionSection> all) {
    List<CriterionSection> sections = new ArrayList<>(all);
    sections.set(0, first);
    return sections;
  }

  private static String name(Random random) {
    StringBuilder b = new StringBuilder().append((char) ('A' + random.nextInt(26)));
    for (int i = 0, n = 4 + random.nextInt(6); i < n; i++) {
      b.append((char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }

  /** Pseudonymises the dossier. */
  @Benchmark
  public Dossier pseudonymise() {
    return Redaction.pseudonymise(dossier, "clé du banc d'essai");
  }
}
