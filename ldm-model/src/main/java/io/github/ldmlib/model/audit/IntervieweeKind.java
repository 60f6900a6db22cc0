package io.github.ldmlib.model.audit;

/** Who an {@link Interviewee} of an audit is (<i>interlocuteur</i>). */
public enum IntervieweeKind {
  /**
   * A member of the establishment's staff: management, teachers, education and administrative
   * staff (<i>personnels</i>).
   */
  STAFF,
  /** Learners: pupils, apprentices, trainees (<i>élèves, apprentis, stagiaires</i>). */
  STUDENT,
  /** Parents of pupils (<i>parents d'élèves</i>). */
  PARENT,
  /**
   * A partner from outside the establishment: a company, a professional branch, a local authority,
   * another school (<i>partenaire extérieur</i>).
   */
  EXTERNAL_PARTNER,
  /** Anyone else. */
  OTHER;

  /**
   * True for {@link #PARENT} and {@link #EXTERNAL_PARTNER}: the procedure counts parents among the
   * external partners that must be heard ("des partenaires extérieurs (parents d'élèves,
   * professionnels...)").
   */
  public boolean isExternalPartner() {
    return this == PARENT || this == EXTERNAL_PARTNER;
  }
}
