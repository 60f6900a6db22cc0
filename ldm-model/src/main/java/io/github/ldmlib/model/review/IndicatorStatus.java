package io.github.ldmlib.model.review;

/**
 * Where an indicator stands on a date, as {@link IndicatorHistory#status(String, java.time.LocalDate)}
 * judges it from its history.
 */
public enum IndicatorStatus {
  /** Its latest measure is recent and at least as good as the trajectory expects. */
  ON_TRACK,
  /** Its latest measure is recent and worse than the trajectory expects. */
  BEHIND,
  /** Its latest measure is recent and meets its target. */
  REACHED,
  /** No measure of the school year of the date nor of the one before: the follow-up has lapsed. */
  NO_RECENT_MEASURE
}
