package io.github.ldmlib.cli.internal;

import java.io.PrintWriter;

/**
 * The progress of a batch on the error output: a bar redrawn in place on a terminal, one plain line
 * per dossier otherwise (a log, a CI job), so that the standard output keeps only the summary.
 */
public final class Progress {

  private static final int BAR = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final int total;
  private int done;
  private int lastWidth;

  /**
   * Creates the progress display.
   *
   * @param err where to write
   * @param terminal true to draw a bar in place
   * @param total the number of items, 0 or less when unknown
   */
  public Progress(PrintWriter err, boolean terminal, int total) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
  }

  /**
   * Records one more item done.
   *
   * @param name the item
   * @param outcome what became of it, in words
   */
  public void step(String name, String outcome) {
    done++;
    String count = total > 0 ? done + "/" + total : String.valueOf(done);
    if (terminal) {
      int filled = total > 0 ? Math.min(BAR, done * BAR / total) : 0;
      String line = "\r[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + count + " " + name;
      int width = line.length();
      err.print(line + " ".repeat(Math.max(0, lastWidth - width)));
      lastWidth = width;
    } else {
      err.println("[" + count + "] " + name + " : " + outcome);
    }
    err.flush();
  }

  /** Ends the display: the bar's line is closed. */
  public void finish() {
    if (terminal && done > 0) {
      err.println();
      err.flush();
    }
  }
}
