/**
 * The conformity rules engine of the « Lycée des métiers » label: a {@link
 * io.github.ldmlib.rules.Checker} checks dossiers against a referential with {@link
 * io.github.ldmlib.rules.Rule rules} and writes a {@link
 * io.github.ldmlib.model.conformity.ConformityReport conformity report} for each; an {@link
 * io.github.ldmlib.rules.AuditChecker} checks {@link io.github.ldmlib.model.audit.AuditFile audit
 * files} (plan, dashboard, summary report, decision, label record, auditor pool) with {@link
 * io.github.ldmlib.rules.AuditRule audit rules} and writes an {@link
 * io.github.ldmlib.model.audit.AuditReport audit report}. {@link
 * io.github.ldmlib.rules.DashboardPrefill} pre-fills an audit dashboard from the document review of
 * a dossier.
 *
 * <p>The library's own rules are in the {@link io.github.ldmlib.rules.BuiltInRules catalogue}
 * (see {@code docs/rules.md}); an academy adds its own by implementing {@link
 * io.github.ldmlib.rules.Rule} or {@link io.github.ldmlib.rules.AuditRule} and passing them to the
 * checker or shipping them with a {@link io.github.ldmlib.rules.RuleProvider}. A rule reads a
 * {@link io.github.ldmlib.rules.CheckContext} or an {@link io.github.ldmlib.rules.AuditContext} and
 * reports to a {@link io.github.ldmlib.rules.FindingSink}; findings are placed by the JSON Pointer
 * of the dossier's or the audit file's JSON form, and their messages come in French (the default)
 * and English.
 */
package io.github.ldmlib.rules;
