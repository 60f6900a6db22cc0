package io.github.ldmlib.io;

/**
 * The resource limits a reader enforces (<i>limites de lecture</i>), so that hostile or broken
 * input fails fast with {@link FormatProblem#LIMIT_EXCEEDED} instead of exhausting memory.
 *
 * <p>The defaults ({@link #defaults()}) leave ample room for real documents: the bundled
 * referentials take about 200 kB and a complete dossier rarely 1 MB, the deepest value of the
 * format (a measure) sits at depth 11, and the longest text the model accepts is 20,000 characters.
 *
 * <table class="striped">
 *   <caption>Default limits</caption>
 *   <thead><tr><th>limit</th><th>default</th><th>counted in</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@link #maxDocumentLength()}</td><td>{@value #DEFAULT_MAX_DOCUMENT_LENGTH}</td>
 *         <td>characters of one document (of one line, for JSON Lines)</td></tr>
 *     <tr><td>{@link #maxNestingDepth()}</td><td>{@value #DEFAULT_MAX_NESTING_DEPTH}</td>
 *         <td>nested objects and arrays</td></tr>
 *     <tr><td>{@link #maxStringLength()}</td><td>{@value #DEFAULT_MAX_STRING_LENGTH}</td>
 *         <td>characters of one string value</td></tr>
 *     <tr><td>{@link #maxNumberLength()}</td><td>{@value #DEFAULT_MAX_NUMBER_LENGTH}</td>
 *         <td>characters of one number</td></tr>
 *     <tr><td>{@link #maxArrayLength()}</td><td>{@value #DEFAULT_MAX_ARRAY_LENGTH}</td>
 *         <td>elements of one array of the document (arrays under unknown keys that a lenient
 *         reader skips are not counted, only bounded by the document length)</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Property names are limited to {@value #MAX_NAME_LENGTH} characters; no key of the format
 * comes close. Characters are UTF-16 units, as in {@link String#length()}.
 *
 * @param maxDocumentLength the longest document, at least 1
 * @param maxNestingDepth the deepest nesting of objects and arrays, at least 1
 * @param maxStringLength the longest string value, at least 1
 * @param maxNumberLength the longest number, at least 1
 * @param maxArrayLength the most elements of one array, at least 1
 */
public record ReadLimits(
    long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNumberLength,
    int maxArrayLength) {

  /** Default {@link #maxDocumentLength()}: 16 Mi characters. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  /** Default {@link #maxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /** Default {@link #maxStringLength()}: room for the model's longest text (20,000 code points). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  /** Default {@link #maxNumberLength()}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /**
   * Default {@link #maxArrayLength()}: far more sections, actions, evidence items, criteria or
   * auditors than any real document has.
   */
  public static final int DEFAULT_MAX_ARRAY_LENGTH = 10_000;

  /** The fixed limit of a property name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  private static final ReadLimits DEFAULTS =
      new ReadLimits(
          DEFAULT_MAX_DOCUMENT_LENGTH,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_ARRAY_LENGTH);

  /**
   * Creates limits.
   *
   * @throws IllegalArgumentException if a limit is less than 1
   */
  public ReadLimits {
    if (maxDocumentLength < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1
        || maxArrayLength < 1) {
      throw new IllegalArgumentException("Every read limit must be at least 1: " + maxDocumentLength
          + ", " + maxNestingDepth + ", " + maxStringLength + ", " + maxNumberLength + ", " + maxArrayLength);
    }
  }

  /**
   * Creates limits with the default {@link #maxArrayLength()}, {@value #DEFAULT_MAX_ARRAY_LENGTH}.
   *
   * @param maxDocumentLength the longest document, at least 1
   * @param maxNestingDepth the deepest nesting of objects and arrays, at least 1
   * @param maxStringLength the longest string value, at least 1
   * @param maxNumberLength the longest number, at least 1
   * @throws IllegalArgumentException if a limit is less than 1
   */
  public ReadLimits(long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNumberLength) {
    this(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, DEFAULT_MAX_ARRAY_LENGTH);
  }

  /** Returns the default limits. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another document length limit.
   *
   * @param characters the longest document, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxDocumentLength(long characters) {
    return new ReadLimits(characters, maxNestingDepth, maxStringLength, maxNumberLength, maxArrayLength);
  }

  /**
   * Returns a copy with another nesting depth limit.
   *
   * @param depth the deepest nesting, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentLength, depth, maxStringLength, maxNumberLength, maxArrayLength);
  }

  /**
   * Returns a copy with another string length limit.
   *
   * @param characters the longest string, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxStringLength(int characters) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, characters, maxNumberLength, maxArrayLength);
  }

  /**
   * Returns a copy with another number length limit.
   *
   * @param characters the longest number, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxNumberLength(int characters) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, characters, maxArrayLength);
  }

  /**
   * Returns a copy with another array length limit.
   *
   * @param elements the most elements of one array, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxArrayLength(int elements) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, elements);
  }
}
