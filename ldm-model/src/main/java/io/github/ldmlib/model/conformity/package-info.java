/**
 * The result of a conformity check of a dossier against a referential: {@link
 * io.github.ldmlib.model.conformity.Finding findings} and their {@link
 * io.github.ldmlib.model.conformity.Severity severity}, {@link
 * io.github.ldmlib.model.conformity.Verdict verdicts} per {@link
 * io.github.ldmlib.model.conformity.CriterionResult criterion}, the {@link
 * io.github.ldmlib.model.conformity.RequirementCoverage requirement coverage matrix} and the
 * {@link io.github.ldmlib.model.conformity.ConformityReport conformity report} that holds them, made
 * at a {@link io.github.ldmlib.model.Stage stage} of the label. A {@link
 * io.github.ldmlib.model.referential.RuleTailoring} adapts a rule of the checker, as an academy
 * profile does.
 *
 * <p>These are plain values: {@code ldm-rules} produces them, {@code ldm-io} reads and writes them.
 * All types are immutable and thread-safe.
 */
package io.github.ldmlib.model.conformity;
