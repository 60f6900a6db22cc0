package io.github.ldmlib.office;

/**
 * An office document that cannot be read back at all: not a ZIP container, not a document of the
 * expected kind, not exported by ldm (its hidden description is missing or broken), or beyond an
 * {@link OfficeLimits} bound. The message says which, in the reader's language.
 */
public final class OfficeFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   */
  public OfficeFormatException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong
   * @param cause the underlying failure
   */
  public OfficeFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
