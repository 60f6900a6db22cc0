package io.github.ldmlib.test;

import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.ReferentialCheck;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.test.internal.Describe;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a referential (<i>cahier des charges</i>), for example one tailored by an academy
 * profile: it is sound, and it has the criteria expected. Obtain them with {@link
 * LdmAssertions#assertThat(Referential)}.
 *
 * <pre>{@code
 * assertThat(Referentials.tailor(profile))
 *     .isSound()
 *     .hasMandatoryCriteria("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9");
 * }</pre>
 */
public final class ReferentialAssert extends AbstractObjectAssert<ReferentialAssert, Referential> {

  ReferentialAssert(Referential actual) {
    super(actual, ReferentialAssert.class);
  }

  private String name() {
    return "the referential " + actual.id() + "@" + actual.edition().id();
  }

  /**
   * Verifies that the referential passes its integrity check ({@link ReferentialCheck}): Bean
   * Validation, unique ids and numbers, known Qualéduc sheets and evaluation domains, consistent
   * parameters. A failure lists every fault with its place.
   *
   * @return this assertion
   */
  public ReferentialAssert isSound() {
    isNotNull();
    List<Violation> faults = ReferentialCheck.check(actual, Locale.ENGLISH);
    if (!faults.isEmpty()) {
      failWithMessage("%s", "Expecting " + name() + " to be sound,\nbut it has " + Describe.count(faults.size(), "fault")
          + ":" + Describe.violations(faults));
    }
    return myself;
  }

  /**
   * Verifies the ids of the criteria, all of them and in order.
   *
   * @param criterionIds the ids expected, for example {@code "C1", …, "C8", "C9"}
   * @return this assertion
   */
  public ReferentialAssert hasCriteria(String... criterionIds) {
    isNotNull();
    return ids("criteria", actual.criteria(), criterionIds);
  }

  /**
   * Verifies the ids of the mandatory criteria (national and academic), all of them and in order.
   *
   * @param criterionIds the ids expected
   * @return this assertion
   */
  public ReferentialAssert hasMandatoryCriteria(String... criterionIds) {
    isNotNull();
    return ids("mandatory criteria", actual.mandatoryCriteria(), criterionIds);
  }

  private ReferentialAssert ids(String what, List<Criterion> criteria, String... expected) {
    Objects.requireNonNull(expected, "criterionIds");
    List<String> found = criteria.stream().map(Criterion::id).toList();
    if (!found.equals(List.of(expected))) {
      failWithMessage("%s", "Expecting " + name() + " to have the " + what + " " + String.join(", ", expected)
          + ",\nbut they are " + (found.isEmpty() ? "none" : String.join(", ", found)) + ".");
    }
    return myself;
  }
}
