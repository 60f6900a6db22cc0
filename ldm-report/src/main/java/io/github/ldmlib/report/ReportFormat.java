package io.github.ldmlib.report;

/** The formats of the reports for people that {@link ReportRenderer} writes. */
public enum ReportFormat {

  /**
   * One self-contained HTML page (no script, no network, no external asset), printable: a tile per
   * criterion coloured by its verdict, the findings, the source texts and a chart per indicator.
   */
  HTML,

  /** Markdown with the same content, for tickets and e-mails; indicators as tables instead of charts. */
  MARKDOWN
}
