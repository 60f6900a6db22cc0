package io.github.ldmlib.model.conformity;

/**
 * How serious a finding is, on the grading scale of the kind of document checked, from the
 * gravest to the lightest.
 *
 * <p>Two scales share this type. An <b>audit</b> grades in the auditors' own words: a major gap
 * (<i>écart majeur</i>) must be lifted before the label is granted, a minor gap (<i>écart
 * mineur</i>) must be addressed, an observation is advice. A <b>dossier check</b> is not an audit
 * and does not record gaps: it tells the school whether its dossier can be submitted as it is
 * ({@link #NOT_SUBMITTABLE}), what it should complete before the audit ({@link #TO_COMPLETE}), and
 * advice ({@link #ADVICE}). A note ({@link #INFO}) belongs to both. Each checked kind of document
 * declares the scale it grades on, and a checker refuses a rule or a tailoring of its kind graded
 * on another scale. Severities of different scales that mean the same for the document share a
 * {@link #gravity()}, from which verdicts and readiness are drawn.
 */
public enum Severity {
  /** <i>Écart majeur</i> (audit): blocks the label until lifted. */
  MAJOR_GAP(Gravity.BLOCKING),
  /**
   * <i>Dossier non recevable en l'état</i> (dossier check): the dossier cannot go to audit as it is,
   * for example because it does not answer the referential or the applicant is not eligible.
   */
  NOT_SUBMITTABLE(Gravity.BLOCKING),
  /** <i>Écart mineur</i> (audit): to be corrected, does not block the label alone. */
  MINOR_GAP(Gravity.TO_CORRECT),
  /**
   * <i>À compléter</i> (dossier check): something the source asks the dossier to hold is missing or
   * wrong; the dossier should be completed, but this alone does not stop the audit.
   */
  TO_COMPLETE(Gravity.TO_CORRECT),
  /** <i>Observation</i> (audit): a weakness or a piece of advice. */
  OBSERVATION(Gravity.ADVICE),
  /** <i>Conseil</i> (dossier check): advice the source gives without demanding it. */
  ADVICE(Gravity.ADVICE),
  /** <i>Information</i> (both): a note, no action needed. */
  INFO(Gravity.NOTE);

  private final Gravity gravity;

  Severity(Gravity gravity) {
    this.gravity = gravity;
  }

  /** What the finding means for the document, shared across scales. */
  public Gravity gravity() {
    return gravity;
  }

  /** True for the auditors' gaps, {@link #MAJOR_GAP} and {@link #MINOR_GAP}. */
  public boolean isGap() {
    return this == MAJOR_GAP || this == MINOR_GAP;
  }
}
