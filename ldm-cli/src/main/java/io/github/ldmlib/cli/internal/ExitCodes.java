package io.github.ldmlib.cli.internal;

/** The exit codes of the command line, documented in {@code docs/cli.md} and {@code ldm --help}. */
public final class ExitCodes {

  private ExitCodes() {}

  /** Success; for a check, the dossier has no gap (it may have observations). */
  public static final int OK = 0;

  /** The check ran and found at least one gap (major or minor). */
  public static final int GAPS = 1;

  /** Unreadable input (a file missing, not JSON, not in the format), unknown referential, or usage error. */
  public static final int INPUT = 2;

  /** An unexpected internal error: a bug of ldm; run again with --debug and report the stack trace. */
  public static final int INTERNAL = 3;
}
