/**
 * The readable reports of the « Lycée des métiers » label ({@link
 * io.github.ldmlib.report.ReportRenderer}): the conformity report of a dossier, the audit summary
 * report (<i>rapport de synthèse</i>), the audit dashboard (<i>tableau de bord</i>) and the summary
 * of a batch of dossiers ({@link io.github.ldmlib.report.BatchEntry}), as a self-contained printable
 * HTML page or as Markdown, the conformity report and the batch summary as plain text, and the
 * batch summary's tables as CSV, in French (the default) or English. The pages are rendered from
 * templates precompiled at build time over the view model of {@link io.github.ldmlib.report.view}.
 */
package io.github.ldmlib.report;
