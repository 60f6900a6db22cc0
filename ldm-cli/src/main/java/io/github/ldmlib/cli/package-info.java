/**
 * The command line of the « Lycée des métiers » label ({@link io.github.ldmlib.cli.Ldm}, run as
 * {@code ldm}): it reads the arguments, checks documents with {@code ldm-rules}, and writes the
 * readable reports that {@code ldm-report} renders ({@code io.github.ldmlib.report.ReportRenderer}),
 * in French (the default) or English.
 */
package io.github.ldmlib.cli;
