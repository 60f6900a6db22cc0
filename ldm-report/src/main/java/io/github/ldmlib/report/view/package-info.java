/**
 * The view model of the readable reports: immutable records holding only what a page shows,
 * already worded in the report's language and formatted (numbers, dates, chart coordinates), with
 * no type of the domain model in them. A template reads a view and loops over its lists; it decides
 * nothing but whether an optional part is shown.
 *
 * <p>One view per document: {@link io.github.ldmlib.report.view.ConformityReportView} (the
 * conformity report of a dossier), {@link io.github.ldmlib.report.view.AuditSummaryView} (the audit
 * summary report, LDM 05), {@link io.github.ldmlib.report.view.AuditDashboardView} (the audit
 * dashboard, LDM 04) and {@link io.github.ldmlib.report.view.BatchView} (the summary of a batch of
 * dossiers, whose tables are {@link io.github.ldmlib.report.view.TableView}s). The parts they
 * share: {@link io.github.ldmlib.report.view.PageView} (the page frame), {@link
 * io.github.ldmlib.report.view.Fact}, {@link io.github.ldmlib.report.view.Status}, {@link
 * io.github.ldmlib.report.view.TileView} and {@link io.github.ldmlib.report.view.RequirementView}.
 *
 * <p>Texts are plain, never escaped: escaping belongs to the output format (HTML or Markdown). Lists
 * are unmodifiable and never null; what may be absent is an {@link java.util.Optional}.
 */
package io.github.ldmlib.report.view;
