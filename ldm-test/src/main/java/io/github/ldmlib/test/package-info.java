/**
 * The test kit of the « Lycée des métiers » label (<i>kit de test</i>), for academies that write
 * their own academic criterion and rules, for software vendors that write rules of their own, and
 * for the project's own rule tests. Add {@code ldm-test} with {@code <scope>test</scope>}.
 *
 * <ul>
 *   <li>{@link io.github.ldmlib.test.LdmAssertions} is the one entry point of the AssertJ
 *       assertions on conformity reports, findings, rules, referentials and academy profiles;
 *       failure messages say what was expected and list the findings the report holds.
 *   <li>{@link io.github.ldmlib.test.DossierFixtures} gives a complete dossier that conforms to a
 *       referential or an academy profile, and {@link io.github.ldmlib.test.DossierFixture}
 *       introduces exactly the defect a test is about ({@code withoutSection("C4")}, {@code
 *       withoutCoordinator("C3")}…).
 *   <li>{@link io.github.ldmlib.test.DossierGenerator} writes realistic dossiers of a chosen size,
 *       valid or with chosen defects, reproducible from a seed, for property tests and benchmarks.
 *   <li>{@link io.github.ldmlib.test.LdmCheckerTest} injects a checker, its referential and a
 *       conforming fixture into JUnit 5 tests.
 * </ul>
 *
 * <pre>{@code
 * @LdmCheckerTest(referential = "ldm-national-2023", edition = "2026-01")
 * class CoordinatorTest {
 *   @Test
 *   void aSectionWithoutCoordinatorIsToComplete(DossierFixture fixture) {
 *     assertThat(fixture.withoutCoordinator("C3").check())
 *         .isReadyForAudit()      // to complete: it does not stop the audit
 *         .hasFindingsOf("LDM-D-020").at("/sections/2/team/coordinator").withSeverity(TO_COMPLETE).exactly(1);
 *   }
 * }
 * }</pre>
 */
package io.github.ldmlib.test;
