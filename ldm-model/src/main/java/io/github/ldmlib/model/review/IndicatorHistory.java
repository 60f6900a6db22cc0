package io.github.ldmlib.model.review;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.dossier.Initiative;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The history of the indicators of a label (<i>suivi régulier des indicateurs définis</i>): one
 * time series per indicator id, from the measures of the dossier then those of each annual review.
 * Only indicators with an {@linkplain Indicator#id() id} have a history, since a review names an
 * indicator by its id.
 *
 * <p>A series maps a school year to one value. The dossier's measures come first, a later milestone
 * replacing an earlier one of the same year; then the reviews, in the order of their school years,
 * a review's value replacing the dossier's for the same year. An indicator a review introduces takes
 * its label, unit and direction from the first measure that gives them.
 *
 * <p>The sources ask for the regular follow-up of the indicators and measures at N, N+3 and N+5,
 * but define no trajectory between them. {@link #status(String, LocalDate)} chooses the simplest
 * one those measures suggest: a straight line from the first value (N) to the target at N+5, the end
 * of the guide's five years. Instances are immutable and thread-safe.
 */
public final class IndicatorHistory {

  /** The number of school years from N to the end measure, over which the trajectory runs. */
  private static final int YEARS_TO_TARGET = 5;

  private final Map<String, Series> series;

  private IndicatorHistory(Map<String, Series> series) {
    this.series = Collections.unmodifiableMap(series);
  }

  /**
   * The series of one indicator.
   *
   * @param id the indicator id
   * @param label what is measured, when known
   * @param direction which way is better, when known
   * @param target the value aimed at, when the dossier sets one
   * @param values the value of each school year, in the order of the years
   */
  public record Series(String id, Optional<String> label, Optional<Direction> direction,
      Optional<BigDecimal> target, NavigableMap<SchoolYear, BigDecimal> values) {

    /**
     * Checks the series and makes its map unmodifiable.
     *
     * @param id the indicator id
     * @param label what is measured
     * @param direction which way is better
     * @param target the value aimed at
     * @param values the values by school year
     */
    public Series {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(target, "target");
      values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
    }

    /**
     * The value the trajectory expects in a school year: on the straight line from the first value,
     * in school year N, to the target in N+5, and the target itself afterwards (see {@link
     * IndicatorHistory#status(String, LocalDate)}).
     *
     * @param year the school year, not null
     * @return the expected value; empty without a target, without values, or for a year before N
     */
    public Optional<BigDecimal> trajectory(SchoolYear year) {
      Objects.requireNonNull(year, "year");
      if (target.isEmpty() || values.isEmpty() || year.isBefore(values.firstKey())) {
        return Optional.empty();
      }
      return Optional.of(expected(values.firstEntry(), target.get(), year));
    }
  }

  /**
   * Builds the history of a dossier's indicators followed up by annual reviews.
   *
   * @param dossier the dossier
   * @param reviews the annual reviews, in any order
   * @return the history
   */
  public static IndicatorHistory of(Dossier dossier, List<AnnualReview> reviews) {
    Objects.requireNonNull(dossier, "dossier");
    Map<String, Builder> built = new LinkedHashMap<>();
    for (var section : dossier.sections()) {
      List<Initiative> work = new ArrayList<>(section.actions());
      work.addAll(section.engagements());
      for (Initiative initiative : work) {
        for (Objective objective : initiative.objectives()) {
          for (Indicator indicator : objective.indicators()) {
            indicator.id().ifPresent(id -> built.computeIfAbsent(id, Builder::new).from(indicator));
          }
        }
      }
    }
    List<AnnualReview> byYear = new ArrayList<>(reviews);
    byYear.sort(Comparator.comparing(AnnualReview::schoolYear));
    for (AnnualReview review : byYear) {
      for (ReviewSection section : review.sections()) {
        for (IndicatorMeasure m : section.measures()) {
          built.computeIfAbsent(m.indicatorId(), Builder::new).from(review.schoolYear(), m);
        }
      }
    }
    Map<String, Series> series = new LinkedHashMap<>();
    built.forEach((id, b) -> series.put(id, b.build()));
    return new IndicatorHistory(series);
  }

  /**
   * The ids of the indicators with a history: the dossier's in its order, then those the reviews
   * introduce.
   *
   * @return the ids, unmodifiable
   */
  public List<String> indicatorIds() {
    return List.copyOf(series.keySet());
  }

  /**
   * The series of an indicator.
   *
   * @param indicatorId the id
   * @return the series, or empty for an id the dossier and the reviews do not name
   */
  public Optional<Series> series(String indicatorId) {
    return Optional.ofNullable(series.get(Objects.requireNonNull(indicatorId, "indicatorId")));
  }

  /**
   * Judges where an indicator stands on a date, from its values up to the school year of the date:
   *
   * <ul>
   *   <li>{@link IndicatorStatus#NO_RECENT_MEASURE} when it has no value for that school year nor
   *       the one before (an annual review measures the year it reviews, so the year before is the
   *       most recent a review can hold);
   *   <li>{@link IndicatorStatus#REACHED} when its latest value meets its target (at least the
   *       target if higher is better, at most if lower is);
   *   <li>otherwise {@link IndicatorStatus#ON_TRACK} or {@link IndicatorStatus#BEHIND}: whether the
   *       latest value is at least as good as the trajectory expects for its school year. The
   *       trajectory is a straight line from the first value, in school year N, to the target in N+5,
   *       and the target itself afterwards. Without a target there is no line: the latest value must
   *       be at least as good as the first.
   * </ul>
   *
   * @param indicatorId the id
   * @param date the date
   * @return the status, or empty for an id without history or an indicator whose direction nobody
   *     states
   */
  public Optional<IndicatorStatus> status(String indicatorId, LocalDate date) {
    Objects.requireNonNull(date, "date");
    Series s = series.get(Objects.requireNonNull(indicatorId, "indicatorId"));
    if (s == null || s.direction().isEmpty()) {
      return Optional.empty();
    }
    SchoolYear current = SchoolYear.containing(date);
    NavigableMap<SchoolYear, BigDecimal> known = s.values().headMap(current, true);
    if (known.isEmpty() || known.lastKey().isBefore(current.plusYears(-1))) {
      return Optional.of(IndicatorStatus.NO_RECENT_MEASURE);
    }
    Direction direction = s.direction().get();
    BigDecimal latest = known.lastEntry().getValue();
    if (s.target().isPresent() && atLeastAsGood(latest, s.target().get(), direction)) {
      return Optional.of(IndicatorStatus.REACHED);
    }
    BigDecimal expected = s.trajectory(known.lastKey()).orElse(known.firstEntry().getValue());
    return Optional.of(atLeastAsGood(latest, expected, direction) ? IndicatorStatus.ON_TRACK : IndicatorStatus.BEHIND);
  }

  /** The value of the straight line from the first value to the target N+5 years later, in a year. */
  private static BigDecimal expected(Map.Entry<SchoolYear, BigDecimal> first, BigDecimal target, SchoolYear year) {
    int elapsed = Math.min(YEARS_TO_TARGET, year.startYear() - first.getKey().startYear());
    BigDecimal step = target.subtract(first.getValue())
        .multiply(BigDecimal.valueOf(elapsed))
        .divide(BigDecimal.valueOf(YEARS_TO_TARGET), MathContext.DECIMAL64);
    return first.getValue().add(step);
  }

  private static boolean atLeastAsGood(BigDecimal value, BigDecimal reference, Direction direction) {
    int c = value.compareTo(reference);
    return direction == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
  }

  /** Gathers one series. */
  private static final class Builder {
    private final String id;
    private String label;
    private Direction direction;
    private BigDecimal target;
    private final TreeMap<SchoolYear, BigDecimal> values = new TreeMap<>();

    Builder(String id) {
      this.id = id;
    }

    void from(Indicator indicator) {
      label = label != null ? label : indicator.label();
      direction = direction != null ? direction : indicator.direction();
      target = target != null ? target : indicator.target().orElse(null);
      indicator.measures().stream()
          .sorted(Comparator.comparing(Measure::milestone))
          .forEach(m -> values.put(m.schoolYear(), m.value()));
    }

    void from(SchoolYear year, IndicatorMeasure measure) {
      label = label != null ? label : measure.label().orElse(null);
      direction = direction != null ? direction : measure.direction().orElse(null);
      values.put(year, measure.value());
    }

    Series build() {
      return new Series(id, Optional.ofNullable(label), Optional.ofNullable(direction), Optional.ofNullable(target),
          values);
    }
  }
}
