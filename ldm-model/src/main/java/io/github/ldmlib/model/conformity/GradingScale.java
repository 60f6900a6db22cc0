package io.github.ldmlib.model.conformity;

import java.util.List;

/**
 * The grading scale a kind of document is checked on ({@link
 * io.github.ldmlib.model.meta.DocumentKind#gradingScale()}): one {@link Severity} per {@link
 * Gravity}, gravest first.
 */
public enum GradingScale {
  /**
   * A dossier check, before the audit: it is not an audit and records no gaps (<i>non recevable en
   * l'état, à compléter, conseil, information</i>).
   */
  DOSSIER_CHECK(List.of(Severity.NOT_SUBMITTABLE, Severity.TO_COMPLETE, Severity.ADVICE, Severity.INFO)),
  /** An audit: the auditors' gaps and observations (<i>écart majeur, écart mineur, observation, information</i>). */
  AUDIT(List.of(Severity.MAJOR_GAP, Severity.MINOR_GAP, Severity.OBSERVATION, Severity.INFO));

  private final List<Severity> severities;

  GradingScale(List<Severity> severities) {
    this.severities = severities;
  }

  /** The severities of the scale, gravest first, one per {@link Gravity}; unmodifiable. */
  public List<Severity> severities() {
    return severities;
  }

  /** Tells whether a severity is on this scale. */
  public boolean contains(Severity severity) {
    return severities.contains(severity);
  }

  /**
   * The severity of this scale that has a gravity.
   *
   * @param gravity the gravity, not null
   * @return the severity
   */
  public Severity severityOf(Gravity gravity) {
    return severities.get(gravity.ordinal());
  }
}
