/**
 * Audits and the life of the label: what happens after the dossier is submitted.
 *
 * <p>The lead auditor draws up the {@link io.github.ldmlib.model.audit.AuditPlan audit plan}
 * (<i>plan d'audit</i>, LDM 03) with its {@link io.github.ldmlib.model.audit.AuditTeamMember team}
 * and {@link io.github.ldmlib.model.audit.Interviewee interviewees}; the auditors fill the {@link
 * io.github.ldmlib.model.audit.AuditDashboard dashboard} (<i>tableau de bord</i>, LDM 04) during the
 * one-day audit and write the {@link io.github.ldmlib.model.audit.AuditSummary summary report}
 * (<i>rapport de synthèse</i>, LDM 05) with strengths, weaknesses, {@link
 * io.github.ldmlib.model.audit.Gap gaps} and {@link io.github.ldmlib.model.audit.ImprovementAxis
 * improvement axes}; the rector takes a {@link io.github.ldmlib.model.audit.LabelDecision
 * decision}; the {@link io.github.ldmlib.model.audit.LabelRecord label's record} follows it through
 * follow-up audits to renewal or expiry. {@link io.github.ldmlib.model.audit.Auditor Auditor}
 * records, gathered in an {@link io.github.ldmlib.model.audit.AuditorPool auditor pool}, hold each
 * auditor's training and audits.
 *
 * <p>These types hold data: the delays, the team's composition, the auditors' qualification and
 * the closing of the loop from gap to improvement axis to follow-up are checked by the rules of
 * {@code ldm-rules}, with the parameters the referential states, on an {@link
 * io.github.ldmlib.model.audit.AuditFile audit file} that gathers the documents of one audit; the
 * result is a {@link io.github.ldmlib.model.conformity.ConformityReport conformity report}. Only the schedule and
 * the status of a label are computed here. All types are immutable and thread-safe; collections are never
 * null and unmodifiable, and what is optional is an {@link java.util.Optional}.
 */
package io.github.ldmlib.model.audit;
