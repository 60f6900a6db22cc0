package io.github.ldmlib.spring;

import io.github.ldmlib.io.LdmFormatException;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Gravity;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.Errors;
import org.springframework.validation.ObjectError;

/**
 * Problem details (RFC 9457, {@code application/problem+json}) for what the library refuses: a
 * document that is not in the format, a document whose values break the model's constraints, a
 * conformity report with blocking findings. Every place is a JSON Pointer into the document the
 * client sent, so that a client can show the fault where it is.
 *
 * <p>The members beside RFC 9457's {@code type}, {@code title}, {@code status} and {@code detail}:
 *
 * <ul>
 *   <li>a format error ({@link #of(LdmFormatException)}, 400, type {@value #FORMAT_TYPE}): {@code
 *       problem} (a {@link io.github.ldmlib.io.FormatProblem} name), {@code line}, {@code column}
 *       (from 1; absent when unknown) and {@code pointer};
 *   <li>violations ({@link #of(List)}, 400, type {@value #VIOLATIONS_TYPE}): {@code violations},
 *       each with {@code pointer}, {@code code} (the constraint, {@code MeasuresFitUnit}) and
 *       {@code message};
 *   <li>blocking findings ({@link #blocking(ConformityReport)}, 422, type {@value
 *       #BLOCKING_TYPE}): {@code verdict} and {@code findings}, each with {@code ruleId}, {@code
 *       severity}, {@code pointer} and {@code message}.
 * </ul>
 *
 * <p>The {@code type}s are URNs: they name the kind of problem and locate nothing. Stateless and
 * thread-safe.
 */
public final class LdmProblems {

  /** The type of a format error. */
  public static final String FORMAT_TYPE = "urn:ldm:problem:format";

  /** The type of constraint violations. */
  public static final String VIOLATIONS_TYPE = "urn:ldm:problem:violations";

  /** The type of a conformity report with blocking findings. */
  public static final String BLOCKING_TYPE = "urn:ldm:problem:blocking-findings";

  private LdmProblems() {}

  /**
   * The problem of a document that is not in the format: 400, with where the fault is.
   *
   * @param error the reader's error, not null
   * @return a new problem detail
   */
  public static ProblemDetail of(LdmFormatException error) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, error.detail());
    problem.setType(URI.create(FORMAT_TYPE));
    problem.setTitle("Not a document of the label's JSON format");
    problem.setProperty("problem", error.problem().name());
    if (error.line() > 0) {
      problem.setProperty("line", error.line());
    }
    if (error.column() > 0) {
      problem.setProperty("column", error.column());
    }
    problem.setProperty("pointer", error.pointer().toString());
    return problem;
  }

  /**
   * The problem of a document whose values break the model's constraints: 400, with every
   * violation in the order given.
   *
   * @param violations the violations, not null, not empty
   * @return a new problem detail
   * @throws IllegalArgumentException if there is no violation
   */
  public static ProblemDetail of(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("no violation to report");
    }
    List<Map<String, Object>> list = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      list.add(entry("pointer", v.pointer().toString(), "code", v.constraint(), "message", v.message()));
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        violations.size() == 1 ? violations.get(0).pointer() + ": " + violations.get(0).message()
            : violations.size() + " values break the model's constraints");
    problem.setType(URI.create(VIOLATIONS_TYPE));
    problem.setTitle("Invalid values");
    problem.setProperty("violations", Collections.unmodifiableList(list));
    return problem;
  }

  /**
   * The violations Spring's validator found, as {@link LdmValidation#validate(Object)} gives them:
   * each error that comes from a Jakarta constraint violation becomes a {@link Violation} (its
   * pointer from the validated object), sorted as {@code LdmValidation} sorts them; an error of
   * another origin (a Spring {@code Validator}'s) is left out.
   *
   * @param result the errors of a {@code @Valid} argument (a {@code BindingResult}, or the {@code
   *     ParameterErrors} of Spring's method validation), not null
   * @return the violations, sorted; empty when no error comes from a constraint
   */
  public static List<Violation> violations(Errors result) {
    List<Violation> violations = new ArrayList<>();
    for (ObjectError error : result.getAllErrors()) {
      if (error.contains(ConstraintViolation.class)) {
        violations.add(LdmValidation.toViolation(error.unwrap(ConstraintViolation.class)));
      }
    }
    Collections.sort(violations);
    return List.copyOf(violations);
  }

  /**
   * The problem of a conformity report that has blocking findings (a dossier not submittable, an
   * audit with a major gap): 422, with those findings, in the report's order. Findings to correct,
   * advice and notes are not problems and are left out.
   *
   * @param report the report, not null
   * @return the problem, or empty when no finding blocks
   */
  public static Optional<ProblemDetail> blocking(ConformityReport report) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.severity().gravity() == Gravity.BLOCKING) {
        list.add(entry("ruleId", f.ruleId(), "severity", f.severity().name(),
            "pointer", f.pointer().toString(), "message", f.message()));
      }
    }
    if (list.isEmpty()) {
      return Optional.empty();
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(422),
        list.size() + (list.size() == 1 ? " finding blocks " : " findings block ") + "the "
            + report.documentKind().id());
    problem.setType(URI.create(BLOCKING_TYPE));
    problem.setTitle("Blocking findings");
    problem.setProperty("verdict", report.verdict().name());
    problem.setProperty("findings", Collections.unmodifiableList(list));
    return Optional.of(problem);
  }

  private static Map<String, Object> entry(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
