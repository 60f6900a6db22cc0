package io.github.ldmlib.model.internal;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link io.github.ldmlib.model.conformity.Severity} is a gap: {@code MAJOR_GAP} or
 * {@code MINOR_GAP}, as an audit summary's gaps must be. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = GapSeverityValidator.class)
@Target({METHOD, TYPE_USE})
@Retention(RUNTIME)
public @interface GapSeverity {

  /** The message template. */
  String message() default "{io.github.ldmlib.model.constraints.GapSeverity.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
