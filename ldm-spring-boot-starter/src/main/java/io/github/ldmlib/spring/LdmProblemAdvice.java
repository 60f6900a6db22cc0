package io.github.ldmlib.spring;

import io.github.ldmlib.io.LdmFormatException;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Answers a refused document with problem+json ({@link LdmProblems}):
 *
 * <ul>
 *   <li>a request body that is not in the format (an {@link LdmFormatException}, which {@link
 *       LdmHttpMessageConverter} raises as the cause of Spring's {@code
 *       HttpMessageNotReadableException}): 400 with its line, column and pointer;
 *   <li>a document argument marked {@code @Valid} whose values break the model's constraints: 400
 *       with the violations, each with its pointer, code and message, as {@code
 *       LdmValidation.validate} gives them; Spring raises a {@code MethodArgumentNotValidException},
 *       or, when the method has constraints on its parameters too, a {@code
 *       HandlerMethodValidationException}.
 * </ul>
 *
 * <p>Either exception is answered with Spring's own problem detail for it ({@code getBody()}), as
 * Spring's {@code ResponseEntityExceptionHandler} would, when what failed is not only documents'
 * constraints (another class's, a path variable's). Its order is {@link #ORDER}: an application that maps
 * these exceptions itself gives its own advice a higher precedence, or declares a bean of this type
 * (the auto-configuration then backs off).
 */
@RestControllerAdvice
@Order(LdmProblemAdvice.ORDER)
public class LdmProblemAdvice {

  /** The order of this advice: just before the advices that have none (the lowest precedence). */
  public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

  /** Creates the advice. */
  public LdmProblemAdvice() {}

  /**
   * A body that is not in the format: 400 problem+json with line, column and pointer.
   *
   * @param error the reader's error, the cause of Spring's exception
   * @return the answer
   */
  @ExceptionHandler(LdmFormatException.class)
  public ResponseEntity<ProblemDetail> formatError(LdmFormatException error) {
    return answer(LdmProblems.of(error));
  }

  /**
   * A {@code @Valid} argument that breaks constraints: 400 problem+json with the violations of a
   * document, Spring's own problem detail otherwise.
   *
   * @param error Spring's exception
   * @return the answer
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> invalidArgument(MethodArgumentNotValidException error) {
    Object target = error.getBindingResult().getTarget();
    List<Violation> violations = LdmProblems.violations(error.getBindingResult());
    if (target == null || !isDocument(target.getClass()) || violations.isEmpty()) {
      return answer(error.getBody());
    }
    return answer(LdmProblems.of(violations));
  }

  /**
   * A method whose parameters are validated by Spring's method validation: 400 problem+json with
   * the violations when only documents' constraints failed, Spring's own problem detail otherwise.
   *
   * @param error Spring's exception
   * @return the answer
   */
  @ExceptionHandler(HandlerMethodValidationException.class)
  public ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException error) {
    List<Violation> violations = new ArrayList<>();
    boolean onlyDocuments = error.getCrossParameterValidationResults().isEmpty();
    for (ParameterValidationResult result : error.getParameterValidationResults()) {
      if (result instanceof ParameterErrors errors && errors.getArgument() != null
          && isDocument(errors.getArgument().getClass())) {
        List<Violation> found = LdmProblems.violations(errors);
        onlyDocuments &= found.size() == errors.getErrorCount();
        violations.addAll(found);
      } else {
        onlyDocuments = false;
      }
    }
    if (!onlyDocuments || violations.isEmpty()) {
      return answer(error.getBody());
    }
    Collections.sort(violations);
    return answer(LdmProblems.of(violations));
  }

  private static boolean isDocument(Class<?> type) {
    return DocumentKind.values().stream().anyMatch(kind -> kind.type().isAssignableFrom(type));
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
