package io.github.ldmlib.cli.internal;

/**
 * A failure of a command that the user can fix (a missing file, an unknown referential, a profile
 * that does not fit): its message is one line, already in the user's language, printed without a
 * stack trace unless {@code --debug} is given.
 */
public final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * Creates the exception.
   *
   * @param message the one-line message, in the user's language
   * @param exitCode the exit code of the command
   */
  public CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /**
   * Creates the exception with its cause, shown with {@code --debug}.
   *
   * @param message the one-line message
   * @param exitCode the exit code
   * @param cause the cause
   */
  public CliException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** The exit code of the command. */
  public int exitCode() {
    return exitCode;
  }
}
