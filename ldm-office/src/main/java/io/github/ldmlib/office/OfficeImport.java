package io.github.ldmlib.office;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What reading an office document back gives: the document of the model and every problem met.
 *
 * <p>With errors, {@link #value()} is the document as far as it could be read: a value whose cell
 * could not be read keeps the exported value and a row that could not be read is left out, each
 * said by an error. Callers that accept nothing less than a clean import use {@link
 * #valueOrThrow()}. Immutable and thread-safe.
 *
 * @param <T> the model type read
 * @param value the document read
 * @param problems the problems met, in document order
 */
public record OfficeImport<T>(T value, List<OfficeProblem> problems) {

  /**
   * Copies the problems.
   *
   * @throws NullPointerException if a component is null
   */
  public OfficeImport {
    Objects.requireNonNull(value, "value");
    problems = List.copyOf(problems);
  }

  /** Whether a problem is an {@link OfficeProblem.Severity#ERROR}. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == OfficeProblem.Severity.ERROR);
  }

  /**
   * Returns the document if no problem is an error.
   *
   * @return the document read
   * @throws OfficeFormatException listing the errors, one a line, if there are any
   */
  public T valueOrThrow() {
    if (hasErrors()) {
      throw new OfficeFormatException(problems.stream()
          .filter(p -> p.severity() == OfficeProblem.Severity.ERROR)
          .map(OfficeProblem::toString)
          .collect(Collectors.joining("\n")));
    }
    return value;
  }
}
