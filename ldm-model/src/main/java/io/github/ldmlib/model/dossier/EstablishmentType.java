package io.github.ldmlib.model.dossier;

/**
 * The type of an {@link Establishment} (<i>type d'établissement</i>). The referential's
 * parameters say which types may apply for the label ({@link
 * io.github.ldmlib.model.referential.ProcessParameters#eligibleEstablishmentTypes()}).
 */
public enum EstablishmentType {
  /** <i>Lycée professionnel</i> (LP). */
  VOCATIONAL_LYCEE,
  /** <i>Lycée polyvalent</i>: general, technological and vocational tracks. */
  POLYVALENT_LYCEE,
  /** <i>Lycée professionnel associé à un lycée général et technologique</i>. */
  VOCATIONAL_LYCEE_ASSOCIATED_WITH_LGT,
  /** <i>Établissement régional d'enseignement adapté</i> or <i>lycée d'enseignement adapté</i> (EREA/LEA). */
  EREA,
  /** <i>Lycée général et technologique</i> (LGT) alone. */
  GENERAL_AND_TECHNOLOGICAL_LYCEE,
  /** Any other kind of establishment (collège, CFA, GRETA…). */
  OTHER
}
