package io.github.ldmlib.test;

import io.github.ldmlib.model.referential.AcademyProfile;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sets up the checking of dossiers for the JUnit 5 tests of a class or method (<i>test avec
 * vérificateur</i>): the tests declare what they need as parameters, and receive
 *
 * <ul>
 *   <li>a {@link io.github.ldmlib.rules.Checker} with the built-in rules, the rules of every
 *       {@link io.github.ldmlib.rules.RuleProvider} on the test class path (unless {@link
 *       #discoverRules()} is false) and the profile's rule tailorings;
 *   <li>its {@link io.github.ldmlib.model.referential.Referential}: a bundled referential, or the
 *       one the academy profile makes of it;
 *   <li>a {@link DossierFixture} that conforms to that referential and is checked by that checker;
 *   <li>the {@link AcademyProfile}, when there is one.
 * </ul>
 *
 * <pre>{@code
 * @LdmCheckerTest(profile = MontclairProfile.class)
 * class AcademicCriterionTest {
 *   @Test
 *   void theConformingDossierPassesTheAcademyRules(DossierFixture fixture) {
 *     assertThat(fixture.check()).hasNoFindings();
 *   }
 * }
 * }</pre>
 *
 * <p>The setup is built once per distinct annotation and shared by every test that uses it. A
 * method's annotation takes precedence over its class's; a nested class inherits its enclosing
 * class's.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LdmCheckerExtension.class)
public @interface LdmCheckerTest {

  /**
   * The id of the bundled referential, {@code ldm-national-2023} unless told otherwise. With a
   * {@link #profile()}, the profile's base referential is used, and this must be left as is or
   * name the same referential.
   *
   * @return the referential id
   */
  String referential() default "ldm-national-2023";

  /**
   * The edition of the bundled referential, for example {@code 2026-01}; empty for the edition the
   * profile names, or else the latest.
   *
   * @return the edition id, or empty
   */
  String edition() default "";

  /**
   * The academy profile that tailors the referential, given by a class with a public no-argument
   * constructor whose {@code get()} returns it; {@link NoProfile} for none.
   *
   * @return the class that supplies the profile
   */
  Class<? extends Supplier<AcademyProfile>> profile() default NoProfile.class;

  /**
   * Whether the checker includes the rules of the {@link io.github.ldmlib.rules.RuleProvider
   * RuleProviders} found on the test class path, as an academy's own rules.
   *
   * @return true (the default) to include them
   */
  boolean discoverRules() default true;

  /** The default of {@link #profile()}: no academy profile. */
  final class NoProfile implements Supplier<AcademyProfile> {

    private NoProfile() {}

    /**
     * Never called.
     *
     * @return nothing
     * @throws UnsupportedOperationException always
     */
    @Override
    public AcademyProfile get() {
      throw new UnsupportedOperationException("no academy profile");
    }
  }
}
