package io.github.ldmlib.model.validation;

import io.github.ldmlib.model.JsonPointer;
import java.util.Objects;

/**
 * A constraint violation of the model, reduced to what a caller needs: where (as a property path
 * and as the JSON Pointer of the same place in the JSON format), which constraint, and a message in
 * the requested language. The invalid value itself is not kept, so that a violation never carries
 * personal data further than needed.
 *
 * @param path the property path from the validated object, for example {@code
 *     sections[3].actions[0].objectives[1].indicators[0].measures[2].value}; empty for the object
 *     itself
 * @param pointer the same place as a JSON Pointer, for example {@code
 *     /sections/3/actions/0/objectives/1/indicators/0/measures/2/value}; the root for the object
 *     itself
 * @param constraint the simple name of the constraint annotation, for example {@code NotNull} or
 *     {@code Text}
 * @param messageTemplate the message template, for example {@code
 *     {io.github.ldmlib.model.constraints.Text.message}}
 * @param message the interpolated message
 */
public record Violation(
    String path, JsonPointer pointer, String constraint, String messageTemplate, String message)
    implements Comparable<Violation> {

  /**
   * Creates a violation.
   *
   * @throws NullPointerException if any argument is null
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(constraint, "constraint");
    Objects.requireNonNull(messageTemplate, "messageTemplate");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Orders by pointer (in its natural order, list indexes as numbers), then constraint, then
   * message: the order {@link LdmValidation} returns.
   */
  @Override
  public int compareTo(Violation other) {
    int c = pointer.compareTo(other.pointer);
    if (c == 0) {
      c = constraint.compareTo(other.constraint);
    }
    return c != 0 ? c : message.compareTo(other.message);
  }

  /** Returns {@code path: message}. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "<root>" : path) + ": " + message;
  }
}
