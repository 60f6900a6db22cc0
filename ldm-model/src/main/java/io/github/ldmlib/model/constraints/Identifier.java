package io.github.ldmlib.model.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.ldmlib.model.internal.IdentifierValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence is a stable identifier: 1 to 64 ASCII letters, digits, dots,
 * hyphens and underscores, starting with a letter or digit (for example {@code C4}, {@code C4.R3},
 * {@code ldm-national-2023}, {@code P-01}). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = IdentifierValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Identifier {

  /** The message template. */
  String message() default "{io.github.ldmlib.model.constraints.Identifier.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
