/**
 * The result of a conformity check of a dossier against a referential: findings, their {@link
 * io.github.ldmlib.model.conformity.Severity severity}, verdicts and the conformity report. These
 * are plain values: {@code ldm-rules} produces them, {@code ldm-io} reads and writes them.
 */
package io.github.ldmlib.model.conformity;
