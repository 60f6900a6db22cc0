package io.github.ldmlib.test;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.IndicatorHistory;
import io.github.ldmlib.rules.Rule;
import org.assertj.core.api.Assertions;

/**
 * The entry point of the kit's assertions (<i>assertions du kit de test</i>): one static import
 * gives the assertions on conformity reports, findings, rules, referentials, academy profiles and
 * indicator histories, and, as this class extends AssertJ's {@link Assertions}, every standard
 * AssertJ assertion too.
 *
 * <pre>{@code
 * import static io.github.ldmlib.test.LdmAssertions.assertThat;
 *
 * assertThat(report).isReadyForAudit().hasNothingToCorrect();
 * assertThat(report).hasFindingsOf("LDM-D-074").at("/sections/3/commonStrategy").withSeverity(TO_COMPLETE).exactly(1);
 * assertThat(report).criterion("C9").isConforming();
 * assertThat(rule).flags(fixture.withUnaddressedRequirement("C9.R4")).onRequirement("C9.R4");
 * assertThat(rule).accepts(fixture);
 * assertThat(profile).isValid();
 * assertThat(Referentials.tailor(profile)).isSound();
 * assertThat(history).indicator("C4.A1.I1").hasStatusOn(LocalDate.of(2027, 7, 2), ON_TRACK);
 * }</pre>
 *
 * <p>When an assertion fails, its message says what was expected and what was found; for a report
 * it lists every finding, one per line, with its rule id, severity, pointer and message.
 */
public class LdmAssertions extends Assertions {

  /** Only static use; subclasses may add their own entry points. */
  protected LdmAssertions() {}

  /**
   * Starts assertions on a conformity report.
   *
   * @param report the report
   * @return the assertions
   */
  public static ConformityReportAssert assertThat(ConformityReport report) {
    return new ConformityReportAssert(report);
  }

  /**
   * Starts assertions on one finding of a conformity report.
   *
   * @param finding the finding
   * @return the assertions
   */
  public static FindingAssert assertThat(Finding finding) {
    return new FindingAssert(finding);
  }

  /**
   * Starts assertions on a conformity rule, built-in or custom, of any kind of document.
   *
   * @param rule the rule
   * @param <D> the model type of the documents it checks
   * @return the assertions
   */
  public static <D> RuleAssert<D> assertThat(Rule<D> rule) {
    return new RuleAssert<>(rule);
  }

  /**
   * Starts assertions on a referential.
   *
   * @param referential the referential
   * @return the assertions
   */
  public static ReferentialAssert assertThat(Referential referential) {
    return new ReferentialAssert(referential);
  }

  /**
   * Starts assertions on an academy profile.
   *
   * @param profile the profile
   * @return the assertions
   */
  public static AcademyProfileAssert assertThat(AcademyProfile profile) {
    return new AcademyProfileAssert(profile);
  }

  /**
   * Starts assertions on the history of a label's indicators.
   *
   * @param history the indicator history
   * @return the assertions
   */
  public static IndicatorHistoryAssert assertThat(IndicatorHistory history) {
    return new IndicatorHistoryAssert(history);
  }
}
