package io.github.ldmlib.test;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.test.internal.Describe;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on an academy profile (<i>profil académique</i>): it is valid and fits the
 * referential it tailors, or it has the fault a test expects. Obtain them with {@link
 * LdmAssertions#assertThat(AcademyProfile)}.
 *
 * <pre>{@code
 * assertThat(profile).isValid();
 * assertThat(profileRedefiningC4).hasViolation("NoRedefinition", "criteria[0].id");
 * }</pre>
 *
 * <p>The profile is checked ({@link AcademyProfile#check(Referential, Locale)}) against the bundled
 * referential it names (the edition it names, or the latest), unless {@link #against(Referential)}
 * gives another. A failure lists every fault with its place.
 */
public final class AcademyProfileAssert extends AbstractObjectAssert<AcademyProfileAssert, AcademyProfile> {

  private Referential base;

  AcademyProfileAssert(AcademyProfile actual) {
    super(actual, AcademyProfileAssert.class);
  }

  /**
   * Sets the referential the profile is checked against.
   *
   * @param base the referential the profile tailors
   * @return this assertion
   */
  public AcademyProfileAssert against(Referential base) {
    this.base = Objects.requireNonNull(base, "base");
    return myself;
  }

  /**
   * Verifies that the profile is valid and fits its referential: no Bean Validation violation, no
   * redefined criterion, no id used twice, no more academic criteria than the referential allows,
   * only known criteria, Qualéduc sheets and evaluation domains, no rule tailored twice.
   *
   * @return this assertion
   */
  public AcademyProfileAssert isValid() {
    isNotNull();
    Referential r = base();
    List<Violation> faults = actual.check(r, Locale.ENGLISH);
    if (!faults.isEmpty()) {
      failWithMessage("%s", "Expecting the academy profile " + actual.id() + " to be valid for " + r.id() + "@"
          + r.edition().id() + ",\nbut it has " + Describe.count(faults.size(), "fault") + ":" + Describe.violations(faults));
    }
    return myself;
  }

  /**
   * Verifies that checking the profile reports a fault of a kind at a place.
   *
   * @param constraint the kind of fault, for example {@code NoRedefinition}, {@code UniqueId},
   *     {@code MaxAcademicCriteria} or a Bean Validation constraint such as {@code NotNull}
   * @param path the place in the profile, for example {@code criteria[0].id}
   * @return this assertion
   */
  public AcademyProfileAssert hasViolation(String constraint, String path) {
    Objects.requireNonNull(constraint, "constraint");
    Objects.requireNonNull(path, "path");
    isNotNull();
    Referential r = base();
    List<Violation> faults = actual.check(r, Locale.ENGLISH);
    if (faults.stream().noneMatch(v -> v.constraint().equals(constraint) && v.path().equals(path))) {
      failWithMessage("%s", "Expecting the academy profile " + actual.id() + " checked against " + r.id() + "@"
          + r.edition().id() + "\nto have a fault " + constraint + " at " + path + ",\nbut "
          + (faults.isEmpty() ? "it has none." : "its faults are:" + Describe.violations(faults)));
    }
    return myself;
  }

  private Referential base() {
    if (base != null) {
      return base;
    }
    try {
      return actual.baseEdition()
          .map(edition -> Referentials.load(actual.baseReferentialId(), edition))
          .orElseGet(() -> Referentials.latest(actual.baseReferentialId()));
    } catch (NoSuchElementException e) {
      failWithMessage("%s", "Cannot check the academy profile " + actual.id() + ": " + e.getMessage()
          + "; give its referential with against(Referential)");
      throw e;
    }
  }
}
