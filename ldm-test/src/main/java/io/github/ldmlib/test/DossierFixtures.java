package io.github.ldmlib.test;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.test.internal.CheckerHolder;
import io.github.ldmlib.test.internal.DossierMaker;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Complete dossiers that conform to a referential or an academy profile (<i>dossiers conformes
 * d'essai</i>), the starting point of a test that then introduces the one defect it is about.
 *
 * <pre>{@code
 * DossierFixture national = DossierFixtures.conforming(Referentials.load("ldm-national-2023", "2026-01"));
 * DossierFixture academy = DossierFixtures.conforming(profile);   // academic criteria included
 * }</pre>
 *
 * <p>A conforming dossier is a first application ({@link io.github.ldmlib.model.dossier.DossierKind#INITIAL
 * INITIAL}) of a fictional vocational lycée, of a type and sector the referential allows, checked
 * as of {@link #DEFAULT_AS_OF} at the candidature. It has one section per mandatory criterion
 * (national and academic; optional criteria are added with {@link DossierFixture#withSectionFor(String)}),
 * each with its diagnosis, general objective, transversality (citing only evaluation domains and
 * Qualéduc sheets of the referential), a team with its coordinator and members, one action and one
 * engagement that together address every requirement of the criterion, and an evidence annex that
 * every citation resolves to and that is cited throughout. The action is perennial, lasts five
 * years, started six school years before the date of the check and is measured at N, N+3 and N+5
 * (its end); the engagement takes the current school year as its reference year and is measured
 * at N. The built-in checker finds nothing in it: nothing to complete, no advice, no note. The
 * same arguments always give an equal dossier.
 */
public final class DossierFixtures {

  private DossierFixtures() {}

  /** The date as of which conforming fixtures are checked unless told otherwise: 16 March 2026, in the school year 2025-2026. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 3, 16);

  /** The seed of the conforming fixtures' names and texts. */
  private static final long SEED = 2026L;

  /**
   * Returns a complete dossier that conforms to a referential, checked as of {@link #DEFAULT_AS_OF}.
   *
   * @param referential the referential, for example {@code Referentials.load("ldm-national-2023", "2026-01")}
   * @return the fixture
   */
  public static DossierFixture conforming(Referential referential) {
    return conforming(referential, DEFAULT_AS_OF);
  }

  /**
   * Returns a complete dossier that conforms to a referential as of a date: its measures are dated
   * from that date's school year.
   *
   * @param referential the referential
   * @param asOf the date of the check
   * @return the fixture
   * @throws IllegalArgumentException if the school years of the measures would fall out of range
   */
  public static DossierFixture conforming(Referential referential, LocalDate asOf) {
    Objects.requireNonNull(referential, "referential");
    Objects.requireNonNull(asOf, "asOf");
    return fixture(referential, List.of(), asOf, Optional.empty());
  }

  /**
   * Returns a complete dossier that conforms to an academy profile applied to the bundled referential
   * it is based on (the edition it names, or the latest), academic criteria included, checked as of
   * {@link #DEFAULT_AS_OF} by a checker that applies the profile's rule tailorings.
   *
   * @param profile the academy profile
   * @return the fixture
   * @throws java.util.NoSuchElementException if the profile's base referential is not bundled
   * @throws io.github.ldmlib.model.referential.ProfileException if the profile does not fit its base
   */
  public static DossierFixture conforming(AcademyProfile profile) {
    Objects.requireNonNull(profile, "profile");
    return fixture(Referentials.tailor(profile), profile.ruleTailorings(), DEFAULT_AS_OF, Optional.of(profile.academy()));
  }

  /**
   * Returns a complete dossier that conforms to an academy profile applied to a given referential,
   * academic criteria included, checked as of {@link #DEFAULT_AS_OF} by a checker that applies the
   * profile's rule tailorings.
   *
   * @param profile the academy profile
   * @param base the referential the profile tailors
   * @return the fixture
   * @throws io.github.ldmlib.model.referential.ProfileException if the profile does not fit the referential
   */
  public static DossierFixture conforming(AcademyProfile profile, Referential base) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(base, "base");
    return fixture(profile.applyTo(base), profile.ruleTailorings(), DEFAULT_AS_OF, Optional.of(profile.academy()));
  }

  private static DossierFixture fixture(Referential referential, List<io.github.ldmlib.model.referential.RuleTailoring> tailorings,
      LocalDate asOf, Optional<String> academy) {
    Dossier dossier = DossierMaker.make(referential, asOf, SEED, DossierMaker.Shape.MINIMAL, false, academy);
    return new DossierFixture(dossier, referential, tailorings, asOf, Stage.CANDIDATURE,
        CheckerHolder.lazy(referential, tailorings));
  }
}
