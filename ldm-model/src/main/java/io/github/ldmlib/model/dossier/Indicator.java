package io.github.ldmlib.model.dossier;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import io.github.ldmlib.model.internal.MeasuresFitUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An evaluation indicator (<i>indicateur d'évaluation</i>) of an objective: what is measured, in
 * which unit, which way is better, the optional target and the measures taken.
 *
 * <p>Every measure and the target must fit the unit: a percentage lies between 0 and 100, a count
 * is a whole number, amounts and hours are not negative. A violation is reported on the offending
 * value, for example {@code measures[2].value}.
 */
@Value.Immutable
@LdmStyle
@MeasuresFitUnit
public abstract class Indicator {

  Indicator() {}

  /**
   * A stable id by which an annual review names the indicator, for example {@code C4.A1.I1}; the
   * source is silent on ids, so it is optional. Within a dossier, an id names one action,
   * engagement or indicator.
   */
  public abstract Optional<@Identifier String> id();

  /** What is measured, for example "Taux d'absentéisme en PFMP". */
  @NotNull
  @Text(max = Text.TITLE)
  public abstract String label();

  /** The unit of the values. */
  @NotNull
  public abstract IndicatorUnit unit();

  /** Which way the indicator should move. */
  @NotNull
  public abstract Direction direction();

  /** The value aimed at, when the school sets one. */
  public abstract Optional<BigDecimal> target();

  /** The measures, usually at N, N+3 and N+5. */
  public abstract List<@NotNull @Valid Measure> measures();

  /**
   * Finds the measure of a milestone.
   *
   * @param milestone the milestone
   * @return the first measure at that milestone, or empty
   */
  public Optional<Measure> measure(Milestone milestone) {
    for (Measure m : measures()) {
      if (m.milestone() == milestone) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * The order in which measures follow each other in time: by milestone (N, N+3, N+5), then by
   * school year.
   */
  private static int chronological(Measure a, Measure b) {
    int byMilestone = a.milestone().compareTo(b.milestone());
    return byMilestone != 0 ? byMilestone : a.schoolYear().compareTo(b.schoolYear());
  }

  /**
   * Tells how the indicator moved: its first measure is compared with its latest one, in
   * chronological order (by milestone, then by school year; between measures at the same place in
   * that order, the first listed counts as the first and the last listed as the latest). The trend
   * is {@link Trend#GOOD} when the latest value moved the way the {@linkplain #direction()
   * direction} asks for, {@link Trend#BAD} when it moved the other way, and {@link Trend#FLAT} when
   * both values are equal (compared as numbers: {@code 7} and {@code 7.0} are equal) or when there
   * are fewer than two measures. The target plays no part.
   *
   * <p>This is the trend the conformity rule on a worsening indicator (LDM-D-095) reports as
   * {@link Trend#BAD}, and the one the readable reports show.
   *
   * @return the trend, never null
   */
  public Trend trend() {
    List<Measure> measures = measures();
    if (measures.size() < 2) {
      return Trend.FLAT;
    }
    // One pass for both ends, with the same tie-breaks as firstMeasure() and latestMeasure().
    Measure first = measures.get(0);
    Measure latest = first;
    for (int i = 1; i < measures.size(); i++) {
      Measure m = measures.get(i);
      if (chronological(m, first) < 0) {
        first = m;
      }
      if (chronological(m, latest) >= 0) {
        latest = m;
      }
    }
    int change = latest.value().compareTo(first.value());
    if (change == 0) {
      return Trend.FLAT;
    }
    return (change > 0) == (direction() == Direction.HIGHER_IS_BETTER) ? Trend.GOOD : Trend.BAD;
  }

  /**
   * Finds the first measure in chronological order (by milestone, then by school year; the first
   * listed among measures at the same place in that order).
   *
   * @return the measure, or empty without measures
   */
  public Optional<Measure> firstMeasure() {
    Measure first = null;
    for (Measure m : measures()) {
      if (first == null || chronological(m, first) < 0) {
        first = m;
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * Finds the latest measure in chronological order (by milestone, then by school year; the last
   * listed among measures at the same place in that order).
   *
   * @return the measure, or empty without measures
   */
  public Optional<Measure> latestMeasure() {
    Measure latest = null;
    for (Measure m : measures()) {
      if (latest == null || chronological(m, latest) >= 0) {
        latest = m;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Indicator} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
