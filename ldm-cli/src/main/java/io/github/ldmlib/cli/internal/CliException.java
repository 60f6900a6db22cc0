package io.github.ldmlib.cli.internal;

/**
 * A failure of a command that the user can fix (a missing file, an unknown referential, a profile
 * that does not fit): its message is one line, already in the user's language, printed without a
 * stack trace unless {@code --debug} is given.
 */
public final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final boolean output;

  /**
   * Creates the exception.
   *
   * @param message the one-line message, in the user's language
   * @param exitCode the exit code of the command
   */
  public CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
    this.output = false;
  }

  /**
   * Creates the exception with its cause, shown with {@code --debug}.
   *
   * @param message the one-line message
   * @param exitCode the exit code
   * @param cause the cause
   */
  public CliException(String message, int exitCode, Throwable cause) {
    this(message, exitCode, cause, false);
  }

  private CliException(String message, int exitCode, Throwable cause, boolean output) {
    super(message, cause);
    this.exitCode = exitCode;
    this.output = output;
  }

  /**
   * Creates the exception of an output that cannot be written: the fault of the {@code -o} option
   * (or of the disk), never of the input being processed.
   *
   * @param message the one-line message
   * @param cause the cause, may be null
   * @return the exception, with exit code {@link ExitCodes#INPUT}
   */
  public static CliException output(String message, Throwable cause) {
    return new CliException(message, ExitCodes.INPUT, cause, true);
  }

  /** Whether the output, not the input, is at fault: a batch stops rather than blame an input. */
  public boolean isOutput() {
    return output;
  }

  /** The exit code of the command. */
  public int exitCode() {
    return exitCode;
  }
}
