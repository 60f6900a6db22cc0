package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.validation.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a referential (<i>cahier des charges</i>) or an academy profile is refused because
 * it is not sound: a duplicate id, a reference to an unknown criterion, Qualéduc sheet or
 * evaluation domain, a missing or malformed text. The exception lists every fault with its place,
 * as a property path and a JSON Pointer into the document.
 *
 * <p>The message names the document and lists the faults, one per line, as {@code path: message}.
 */
public class ReferentialException extends IllegalArgumentException {

  private final String documentId;
  private final List<Violation> violations;

  /**
   * Creates an exception.
   *
   * @param headline what was refused, for example {@code "Referential ldm-national-2023 (2026-01) is not sound"}
   * @param documentId the id of the refused document
   * @param violations the faults, at least one
   * @throws IllegalArgumentException if there is no fault
   */
  public ReferentialException(String headline, String documentId, List<Violation> violations) {
    super(message(headline, violations));
    this.documentId = Objects.requireNonNull(documentId, "documentId");
    this.violations = List.copyOf(violations);
  }

  private static String message(String headline, List<Violation> violations) {
    Objects.requireNonNull(headline, "headline");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("A ReferentialException lists at least one fault");
    }
    StringBuilder s = new StringBuilder(headline).append(": ").append(violations.size())
        .append(violations.size() == 1 ? " fault" : " faults");
    for (Violation v : violations) {
      s.append(System.lineSeparator()).append("  ").append(v);
    }
    return s.toString();
  }

  /** The id of the refused referential or profile. */
  public String documentId() {
    return documentId;
  }

  /** Every fault, sorted by place; never empty. */
  public List<Violation> violations() {
    return violations;
  }
}
