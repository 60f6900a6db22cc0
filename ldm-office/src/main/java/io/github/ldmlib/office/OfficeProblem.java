package io.github.ldmlib.office;

import io.github.ldmlib.model.JsonPointer;
import java.util.Objects;

/**
 * One problem met while reading an office document back: where it is in the document (for a
 * DOCX « Critère C1 › Actions › ligne 3 › Intitulé », for an XLSX {@code Tableau de bord!D7}),
 * the JSON Pointer of the value of the document it maps to, and what is wrong.
 *
 * <p>An {@link Severity#ERROR} means the value could not be taken from the document (the exported
 * value was kept, or the row was left out, as the message says); a {@link Severity#WARNING} means
 * something typed in the document has no place in the model and was not imported.
 *
 * @param severity how serious it is
 * @param place where it is in the office document, in words or as a cell reference
 * @param pointer the place in the model's document that it maps to
 * @param message what is wrong, in the reader's language
 */
public record OfficeProblem(Severity severity, String place, JsonPointer pointer, String message) {

  /** How serious a problem is. */
  public enum Severity {
    /** Something typed could not be imported and a value is missing or was kept as exported. */
    ERROR,
    /** Something typed has no place in the model and was not imported. */
    WARNING
  }

  /**
   * Checks no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public OfficeProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** One line: severity, place, pointer and message. */
  @Override
  public String toString() {
    return severity + " " + place + " (" + pointer + "): " + message;
  }
}
