/**
 * The command line of the « Lycée des métiers » label ({@link io.github.ldmlib.cli.Ldm}, run as
 * {@code ldm}) and the renderers of its documents for people ({@link
 * io.github.ldmlib.cli.ReportRenderer}): the conformity report of a dossier, the audit summary
 * report (<i>rapport de synthèse</i>) and the audit dashboard (<i>tableau de bord</i>), as a
 * self-contained printable HTML page or as Markdown, in French (the default) or English.
 */
package io.github.ldmlib.cli;
