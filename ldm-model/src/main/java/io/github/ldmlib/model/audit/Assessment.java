package io.github.ldmlib.model.audit;

/** The auditor's assessment of a criterion or a requirement in the {@link AuditDashboard}. */
public enum Assessment {
  /** Conforming (<i>conforme</i>). */
  CONFORMING,
  /** Partly conforming (<i>partiellement conforme</i>). */
  PARTLY_CONFORMING,
  /** Non-conforming (<i>non conforme</i>). */
  NON_CONFORMING,
  /** Not assessed (yet) (<i>non évalué</i>). */
  NOT_ASSESSED
}
