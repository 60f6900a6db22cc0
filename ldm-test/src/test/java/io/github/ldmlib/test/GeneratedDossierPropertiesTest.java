package io.github.ldmlib.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.ReadLimits;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.test.DossierGenerator.Defect;
import io.github.ldmlib.test.DossierGenerator.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over the kit's seeded generator: every generated dossier, with or without defects,
 * round-trips through the JSON format unchanged; the checker gives the same report every time and
 * never fails, even on hostile values (empty, huge and exotic texts and ids, extreme numbers, dates
 * and school years). A failing seed is named in the test's display name, to be replayed.
 */
class GeneratedDossierPropertiesTest {

  private static final LdmJson JSON = LdmJson.defaults()
      .withLimits(ReadLimits.defaults().withMaxStringLength(1_000_000));
  private static final LdmJson COMPACT = JSON.withPrettyPrint(false);
  private static final Checker<Dossier> CHECKER = Checker.of(TestData.NATIONAL_2026);
  private static final Checker<Dossier> AIX = Checker.of(TestData.AIX_2012);
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 14);

  static LongStream seeds() {
    return LongStream.range(0, 120);
  }

  /** The generated dossier of a seed: a size and a set of defects drawn from the seed. */
  static Dossier generated(long seed) {
    Random random = new Random(seed);
    Size size = random.nextInt(10) == 0 ? Size.M : Size.S;
    List<Defect> defects = new ArrayList<>();
    for (Defect d : Defect.values()) {
      if (random.nextInt(4) == 0) {
        defects.add(d);
      }
    }
    DossierGenerator generator = DossierGenerator.of(seed % 7 == 3 ? TestData.AIX_2012 : TestData.NATIONAL_2026, seed)
        .withSize(size).asOf(AS_OF);
    try {
      return generator.withDefects(defects.toArray(Defect[]::new)).generate();
    } catch (IllegalArgumentException notForThisReferential) {
      return generator.generate();
    }
  }

  private static ConformityReport check(Dossier dossier, Stage stage, Locale locale) {
    Checker<Dossier> checker = dossier.referentialId().equals(TestData.AIX_2012.id()) ? AIX : CHECKER;
    return checker.check(dossier, AS_OF, stage, locale);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aGeneratedDossierRoundTrips(long seed) {
    Dossier dossier = generated(seed);
    String pretty = JSON.writeString(dossier);
    assertThat(JSON.read(Dossier.class, pretty)).isEqualTo(dossier);
    assertThat(COMPACT.read(Dossier.class, COMPACT.writeString(dossier))).isEqualTo(dossier);
    assertThat(JSON.writeString(JSON.read(Dossier.class, pretty))).isEqualTo(pretty);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theCheckerIsDeterministicOnGeneratedDossiers(long seed) {
    Dossier dossier = generated(seed);
    Stage stage = Stage.values()[(int) (seed % Stage.values().length)];
    ConformityReport first = check(dossier, stage, Locale.FRENCH);
    assertThat(check(JSON.read(Dossier.class, JSON.writeString(dossier)), stage, Locale.FRENCH)).isEqualTo(first);
    assertThat(first.findings()).extracting(Finding::ruleId).doesNotContain("LDM-E-001");
    // The report itself is a valid document that round-trips.
    assertThat(JSON.read(ConformityReport.class, JSON.writeString(first))).isEqualTo(first);
    assertThat(LdmValidation.validate(first)).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theCheckerNeverFailsOnHostileValues(long seed) {
    Dossier generated = generated(seed);
    Dossier hostile = HostileValues.of(generated, seed, (int) (5 + seed % 60));
    assertThat(hostile).isNotEqualTo(generated);
    Stage stage = Stage.values()[(int) (seed % Stage.values().length)];
    Locale locale = seed % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH;
    ConformityReport first = check(hostile, stage, locale);
    assertThat(check(hostile, stage, locale)).isEqualTo(first);
    // No built-in rule breaks: a rule failure would be an LDM-E-001 finding.
    assertThat(first.findings()).extracting(Finding::ruleId).doesNotContain("LDM-E-001");
    assertThat(JSON.read(ConformityReport.class, JSON.writeString(first))).isEqualTo(first);
    // Hostile values are not lost either: the dossier round-trips.
    assertThat(JSON.read(Dossier.class, JSON.writeString(hostile))).isEqualTo(hostile);
  }
}
