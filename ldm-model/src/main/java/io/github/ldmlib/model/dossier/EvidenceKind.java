package io.github.ldmlib.model.dossier;

/** The kind of an {@link Evidence} item. */
public enum EvidenceKind {
  /** A document: procedure, charter, plan, report. */
  DOCUMENT,
  /** Minutes of a meeting or of a board vote (<i>procès-verbal, compte rendu</i>). */
  MINUTES,
  /** A table of data or a dashboard. */
  DATA,
  /** A survey and its results. */
  SURVEY,
  /** A convention or agreement with a partner. */
  AGREEMENT,
  /** A photograph, a poster, a publication. */
  MEDIA,
  /** A web page. */
  WEB_PAGE,
  /** Anything else. */
  OTHER
}
