package io.github.ldmlib.model.conformity;

/**
 * Why a document was checked as of the date its report states ({@link ConformityReport#asOf()}). A
 * document is judged as it stood at its own date unless the caller says otherwise: a dossier at its
 * submission date, an audit file at its audit day.
 */
public enum AsOfBasis {
  /** The document's own date ({@link ConformityReport#documentDate()}): the default. */
  DOCUMENT_DATE,
  /** A date the caller gave (for example {@code ldm check --as-of}). */
  GIVEN,
  /** The document states no date of its own and the caller gave none: the day of the check. */
  DAY_OF_CHECK
}
