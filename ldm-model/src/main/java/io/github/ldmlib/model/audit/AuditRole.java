package io.github.ldmlib.model.audit;

/** The role of a member of an audit team (<i>équipe d'audit</i>). */
public enum AuditRole {
  /**
   * The lead auditor (<i>responsable d'audit</i>): fixes the audit date and plan with the head of
   * the establishment, conducts the audit and sends the audit documents to the coordinator.
   */
  LEAD_AUDITOR,
  /** An auditor (<i>auditeur</i>) who conducts the audit with the lead auditor. */
  AUDITOR
}
