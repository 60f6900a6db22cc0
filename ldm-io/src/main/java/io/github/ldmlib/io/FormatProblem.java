package io.github.ldmlib.io;

/**
 * The kind of fault that makes a JSON document of the label unreadable (<i>type d'erreur de
 * format</i>), as carried by {@link LdmFormatException#problem()} and {@link
 * FormatWarning#problem()}.
 *
 * <p>These are faults of the <em>format</em>: the text is not the JSON that the format describes.
 * A document that is well-formed but incomplete or inconsistent (a missing diagnosis, a percentage
 * of 140) is read without error; Bean Validation and the rules of {@code ldm-rules} report those.
 */
public enum FormatProblem {

  /** The text is not JSON: a syntax error, invalid UTF-8, an empty document, or content after it. */
  MALFORMED_JSON,

  /** A value has the wrong JSON type, for example a number where a string is expected, or null. */
  WRONG_TYPE,

  /** An object has a key that the format does not define at that place. */
  UNKNOWN_PROPERTY,

  /** An object has the same key twice. */
  DUPLICATE_KEY,

  /** An object lacks a required key, including {@code formatVersion} and {@code kind}. */
  MISSING_PROPERTY,

  /** A string that must name a constant of an enumeration names none, for example {@code "PARTIAL"}. */
  UNKNOWN_ENUM_VALUE,

  /**
   * A value has the right JSON type but is not a value of its kind: an invalid UAI code, school
   * year, date or month, an integer out of range, a repeated value in a set, a malformed {@code
   * formatVersion}.
   */
  INVALID_VALUE,

  /** The {@code formatVersion} has a major version that this library cannot read, such as {@code "2.0"}. */
  UNSUPPORTED_FORMAT_VERSION,

  /** The document's {@code kind} is unknown, or is not the kind that the caller asked for. */
  WRONG_DOCUMENT_KIND,

  /**
   * A resource limit of {@link ReadLimits} was exceeded: document length, nesting depth, string
   * length, number length or property name length.
   */
  LIMIT_EXCEEDED
}
