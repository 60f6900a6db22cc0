package io.github.ldmlib.test;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.test.internal.CheckerHolder;
import io.github.ldmlib.test.internal.DossierMaker;
import io.github.ldmlib.test.internal.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of realistic dossiers (<i>générateur de dossiers</i>) for property tests and
 * benchmarks: a dossier of a chosen {@link Size}, complete and conforming to a referential, or
 * with chosen {@link Defect defects}, and always the same for the same referential, seed, size,
 * defects and date.
 *
 * <pre>{@code
 * Referential national = Referentials.load("ldm-national-2023", "2026-01");
 * Dossier valid = DossierGenerator.of(national, 42).withSize(Size.M).generate();
 * DossierFixture broken = DossierGenerator.of(national, 42)
 *     .withDefects(Defect.MISSING_COORDINATOR, Defect.MEASURE_IN_THE_FUTURE)
 *     .generateFixture();
 * }</pre>
 *
 * <p>A generated dossier has one section per mandatory criterion, each with a team, its actions
 * and engagements, their objectives and indicators measured when due, every requirement of the
 * criterion addressed, and an evidence annex cited throughout. Texts are French, drawn from the
 * referential's own example actions, objectives and indicators and from small built-in word
 * lists; schools, people and places are fictional. Some seeds give a network candidature, where
 * the referential allows networks. A valid dossier gets no finding at all from the built-in
 * checker, as of the generator's date ({@link DossierFixtures#DEFAULT_AS_OF} unless set) at the
 * candidature. Each defect is made in a different section, chosen by the seed, and each is
 * reported by its {@link Defect#ruleId() rule}.
 *
 * <p>Instances are immutable and thread-safe; the {@code with…} methods return a new generator.
 */
public final class DossierGenerator {

  /**
   * The size of a generated dossier, in bytes of JSON as {@code LdmJson} writes it compactly
   * ({@code withPrettyPrint(false)}, as a batch or a benchmark streams it); pretty printing adds
   * about four fifths. The shapes below are those of the national referential; a referential that
   * caps the improvement axes of a criterion (Aix-Marseille 2012: one or two) gets one action and
   * one engagement per section, with more objectives instead.
   */
  public enum Size {
    /**
     * About 25 KB, the smallest complete dossier: one action and one engagement per section, one
     * objective and one indicator each, short texts.
     */
    S(new DossierMaker.Shape(1, 1, 1, 1, 0), 25_000),
    /** About 100 KB: per section, 3 actions × 3 objectives × 2 indicators, and one engagement. */
    M(new DossierMaker.Shape(3, 3, 2, 1, 1), 100_000),
    /** About 1 MB: per section, 32 actions × 3 objectives × 2 indicators, and 5 engagements. */
    L(new DossierMaker.Shape(32, 3, 2, 5, 1), 1_000_000),
    /** About 10 MB: per section, 320 actions × 3 objectives × 2 indicators, and 50 engagements. */
    XL(new DossierMaker.Shape(320, 3, 2, 50, 1), 10_000_000);

    private final DossierMaker.Shape shape;
    private final long approximateBytes;

    Size(DossierMaker.Shape shape, long approximateBytes) {
      this.shape = shape;
      this.approximateBytes = approximateBytes;
    }

    /** The size aimed at, in bytes of JSON; a generated dossier lies within a factor of two of it. */
    public long approximateBytes() {
      return approximateBytes;
    }
  }

  /**
   * A defect the generator can put in a dossier, each in its own section, each reported by one
   * built-in rule.
   */
  public enum Defect {
    /** A mandatory criterion has no section ({@code LDM-D-003}). */
    MISSING_SECTION("LDM-D-003"),
    /** A section has no diagnosis (<i>état des lieux</i>) ({@code LDM-D-020}). */
    MISSING_DIAGNOSIS("LDM-D-020"),
    /** A criterion team has no coordinator ({@code LDM-D-020}). */
    MISSING_COORDINATOR("LDM-D-020"),
    /** An indicator of an action that has started has no start measure ({@code LDM-D-051}). */
    MISSING_START_MEASURE("LDM-D-051"),
    /** A measure is dated in a school year that has not begun ({@code LDM-D-052}). */
    MEASURE_IN_THE_FUTURE("LDM-D-052"),
    /** An action cites evidence the annex does not contain ({@code LDM-D-060}). */
    UNRESOLVED_EVIDENCE("LDM-D-060"),
    /**
     * A co-applicant of a network candidature is of a sector the referential does not allow ({@code
     * LDM-D-071}); only under a referential that lists eligible sectors, such as Aix-Marseille 2012.
     */
    INELIGIBLE_CO_APPLICANT("LDM-D-071"),
    /**
     * A network candidature lacks the common strategy of a criterion that asks for one ({@code
     * LDM-D-074}); only under a referential with requirements for network candidatures, such as
     * the national one of 2023.
     */
    MISSING_COMMON_STRATEGY("LDM-D-074");

    private final String ruleId;

    Defect(String ruleId) {
      this.ruleId = ruleId;
    }

    /** The id of the built-in rule that reports the defect. */
    public String ruleId() {
      return ruleId;
    }
  }

  private final Referential referential;
  private final long seed;
  private final Size size;
  private final Set<Defect> defects;
  private final LocalDate asOf;

  private DossierGenerator(Referential referential, long seed, Size size, Set<Defect> defects, LocalDate asOf) {
    this.referential = referential;
    this.seed = seed;
    this.size = size;
    this.defects = Collections.unmodifiableSet(defects.isEmpty() ? EnumSet.noneOf(Defect.class) : EnumSet.copyOf(defects));
    this.asOf = asOf;
  }

  /**
   * Returns a generator of valid dossiers of size {@link Size#S} for a referential.
   *
   * @param referential the referential, possibly tailored by an academy profile
   * @param seed the seed of every choice
   * @return the generator
   */
  public static DossierGenerator of(Referential referential, long seed) {
    Objects.requireNonNull(referential, "referential");
    return new DossierGenerator(referential, seed, Size.S, Set.of(), DossierFixtures.DEFAULT_AS_OF);
  }

  /** The referential the dossiers answer. */
  public Referential referential() {
    return referential;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The size of the dossiers. */
  public Size size() {
    return size;
  }

  /** The defects put in the dossiers; empty for valid dossiers. */
  public Set<Defect> defects() {
    return defects;
  }

  /** The date as of which the dossiers are checked. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns a generator with another seed.
   *
   * @param seed the seed
   * @return the new generator
   */
  public DossierGenerator withSeed(long seed) {
    return new DossierGenerator(referential, seed, size, defects, asOf);
  }

  /**
   * Returns a generator of dossiers of another size.
   *
   * @param size the size
   * @return the new generator
   */
  public DossierGenerator withSize(Size size) {
    return new DossierGenerator(referential, seed, Objects.requireNonNull(size, "size"), defects, asOf);
  }

  /**
   * Returns a generator of dossiers as of another date: the measures are dated from that date's
   * school year.
   *
   * @param date the date of the check
   * @return the new generator
   */
  public DossierGenerator asOf(LocalDate date) {
    return new DossierGenerator(referential, seed, size, defects, Objects.requireNonNull(date, "date"));
  }

  /**
   * Returns a generator of dossiers with these defects, and only these (none for valid dossiers).
   *
   * @param defects the defects, each made once
   * @return the new generator
   * @throws IllegalArgumentException if the referential cannot show a defect: {@link
   *     Defect#INELIGIBLE_CO_APPLICANT} under a referential that lists no eligible sector, {@link
   *     Defect#MISSING_COMMON_STRATEGY} under one without requirements for network candidatures,
   *     a network defect under one that does not allow networks, or more defects than the
   *     referential has mandatory criteria
   */
  public DossierGenerator withDefects(Defect... defects) {
    Objects.requireNonNull(defects, "defects");
    Set<Defect> chosen = EnumSet.noneOf(Defect.class);
    chosen.addAll(Arrays.asList(defects));
    List<String> problems = new ArrayList<>();
    boolean network = chosen.contains(Defect.INELIGIBLE_CO_APPLICANT) || chosen.contains(Defect.MISSING_COMMON_STRATEGY);
    if (network && referential.parameters().networkCandidaturesAllowed().equals(Optional.of(false))) {
      problems.add(name() + " does not allow network candidatures");
    }
    if (chosen.contains(Defect.INELIGIBLE_CO_APPLICANT) && referential.parameters().eligibleSectors().isEmpty()) {
      problems.add(name() + " lists no eligible sector, so no co-applicant can be ineligible");
    }
    if (chosen.contains(Defect.MISSING_COMMON_STRATEGY) && networkCriteria().isEmpty()) {
      problems.add(name() + " has no mandatory criterion with a requirement for network candidatures");
    }
    long sectioned = chosen.stream().filter(d -> d != Defect.INELIGIBLE_CO_APPLICANT).count();
    if (sectioned > referential.mandatoryCriteria().size()) {
      problems.add(sectioned + " defects need as many sections, " + name() + " has "
          + referential.mandatoryCriteria().size() + " mandatory criteria");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Cannot make the defects " + chosen + ": " + String.join("; ", problems));
    }
    return new DossierGenerator(referential, seed, size, chosen, asOf);
  }

  /**
   * Generates the dossier.
   *
   * @return the dossier, equal for equal referential, seed, size, defects and date
   */
  public Dossier generate() {
    return generateFixture().dossier();
  }

  /**
   * Generates the dossier as a fixture, with the referential, date and stage it is checked with.
   *
   * @return the fixture
   */
  public DossierFixture generateFixture() {
    Random random = new Random(Words.mix(seed));
    boolean allowed = !referential.parameters().networkCandidaturesAllowed().equals(Optional.of(false));
    boolean network = allowed && (random.nextInt(4) == 0 || defects.contains(Defect.INELIGIBLE_CO_APPLICANT)
        || defects.contains(Defect.MISSING_COMMON_STRATEGY));
    Dossier dossier = DossierMaker.make(referential, asOf, random.nextLong(), size.shape, network, Optional.empty());
    DossierFixture fixture = new DossierFixture(dossier, referential, List.of(), asOf, Stage.CANDIDATURE,
        CheckerHolder.lazy(referential, List.of()));
    List<String> free = new ArrayList<>(dossier.sections().stream().map(CriterionSection::criterionId).toList());
    if (defects.contains(Defect.MISSING_COMMON_STRATEGY)) {
      List<String> candidates = new ArrayList<>(networkCriteria());
      String c = candidates.get(random.nextInt(candidates.size()));
      free.remove(c);
      fixture = fixture.withoutCommonStrategy(c);
    }
    for (Defect d : defects) {
      fixture = switch (d) {
        case MISSING_SECTION -> fixture.withoutSection(take(free, random));
        case MISSING_DIAGNOSIS -> fixture.withoutDiagnosis(take(free, random));
        case MISSING_COORDINATOR -> fixture.withoutCoordinator(take(free, random));
        case MISSING_START_MEASURE -> fixture.withoutMeasure(take(free, random), Milestone.START);
        case MEASURE_IN_THE_FUTURE -> fixture.withMeasureInTheFuture(take(free, random));
        case UNRESOLVED_EVIDENCE -> fixture.withUnresolvedEvidence(take(free, random));
        case INELIGIBLE_CO_APPLICANT -> fixture.withIneligibleCoApplicant();
        case MISSING_COMMON_STRATEGY -> fixture;
      };
    }
    return fixture;
  }

  private static String take(List<String> free, Random random) {
    return free.remove(random.nextInt(free.size()));
  }

  private List<String> networkCriteria() {
    return referential.mandatoryCriteria().stream()
        // LDM-D-074's criteria: a common strategy to put in place, not only reflections (LDM-D-079).
        .filter(c -> c.requirements().stream().anyMatch(r -> r.networkOnly() && !r.asksForReflectionsOnly()))
        .map(Criterion::id)
        .toList();
  }

  private String name() {
    return referential.id() + "@" + referential.edition().id();
  }

  /** Returns a summary: the referential, seed, size and defects. */
  @Override
  public String toString() {
    return "DossierGenerator[" + name() + ", seed=" + seed + ", size=" + size + ", defects=" + defects
        + ", asOf=" + asOf + "]";
  }
}
