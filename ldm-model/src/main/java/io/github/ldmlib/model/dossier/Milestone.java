package io.github.ldmlib.model.dossier;

/**
 * When a {@link Measure} is taken in the life of an action: at the start (year N), at the
 * follow-up (N+3) or at the end (N+5).
 */
public enum Milestone {
  /** <i>Mesure début (N)</i>; for an engagement, the measure at the reference year N. */
  START(0),
  /** <i>Mesure suivi (N+3)</i>. */
  FOLLOW_UP(3),
  /** <i>Mesure fin (N+5)</i>. */
  END(5);

  private final int yearsAfterStart;

  Milestone(int yearsAfterStart) {
    this.yearsAfterStart = yearsAfterStart;
  }

  /** School years between the start year N and this milestone: 0, 3 or 5. */
  public int yearsAfterStart() {
    return yearsAfterStart;
  }
}
