package io.github.ldmlib.model.audit;

/**
 * Where an auditor or a member of an audit team comes from. The Aix-Marseille 2012 procedure
 * recruits auditors among inspectors, the rectorate's project officers, heads and deputy heads of
 * schools, heads of vocational training, CETs, members of professional branches and parents'
 * representatives, and asks that every audit team include at least one representative of the
 * rectorate and, where possible, an external person.
 *
 * <p>Every category other than {@link #RECTORATE} is outside the rectorate: it is what the
 * procedure calls an external person (<i>personne extérieure</i>).
 */
public enum AuditorCategory {
  /**
   * A representative of the rectorate (<i>représentant du rectorat</i>): an inspector (IEN, IA-IPR)
   * or a project officer of the academic delegation (DAET, DRAFPIC…).
   */
  RECTORATE,
  /**
   * The head or deputy head of another school (<i>chef d'établissement, proviseur, proviseur
   * adjoint</i>).
   */
  SCHOOL_HEAD,
  /**
   * The head of vocational and technological training of another school (<i>directeur délégué aux
   * formations professionnelles et technologiques</i>, formerly <i>chef de travaux</i>).
   */
  VOCATIONAL_TRAINING_HEAD,
  /** A professional: a member of a company or a professional branch (<i>professionnel</i>). */
  PROFESSIONAL,
  /** An adviser for technical education (<i>conseiller de l'enseignement technologique</i>, CET). */
  CET,
  /** A representative of a parents' association (<i>représentant des parents d'élèves</i>). */
  PARENT_REPRESENTATIVE,
  /** Anyone else. */
  OTHER
}
