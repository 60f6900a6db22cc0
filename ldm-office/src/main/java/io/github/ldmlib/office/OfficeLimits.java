package io.github.ldmlib.office;

/**
 * Bounds on what an office document read back may grow: the file's size, the number of entries of
 * its ZIP container, their total size once decompressed (a ZIP bomb is refused before any XML is
 * parsed), the rows of one table and the characters of one cell. Exceeding a bound is an
 * {@link OfficeFormatException}, never a truncated document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxFileBytes the largest file accepted, in bytes
 * @param maxEntries the most entries of the ZIP container
 * @param maxDecompressedBytes the largest total size of the entries once decompressed, in bytes
 * @param maxRows the most rows of one table (or sheet)
 * @param maxCellChars the most characters of one cell
 */
public record OfficeLimits(
    long maxFileBytes, int maxEntries, long maxDecompressedBytes, int maxRows, int maxCellChars) {

  /** 20 MiB, 2,000 entries, 200 MiB decompressed, 5,000 rows, 20,000 characters a cell. */
  public static final OfficeLimits DEFAULTS =
      new OfficeLimits(20L << 20, 2_000, 200L << 20, 5_000, 20_000);

  /**
   * Checks every bound is positive.
   *
   * @throws IllegalArgumentException if a bound is zero or negative
   */
  public OfficeLimits {
    if (maxFileBytes <= 0 || maxEntries <= 0 || maxDecompressedBytes <= 0 || maxRows <= 0
        || maxCellChars <= 0) {
      throw new IllegalArgumentException("every bound must be positive");
    }
  }
}
