package io.github.ldmlib.model.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.ldmlib.model.internal.SchoolYearValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence is a school year such as {@code 2024-2025}, as {@link
 * io.github.ldmlib.model.SchoolYear#isValid(CharSequence)} decides. For host applications that keep
 * school years as strings; the model itself uses {@link io.github.ldmlib.model.SchoolYear}. {@code
 * null} is valid.
 */
@Documented
@Constraint(validatedBy = SchoolYearValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidSchoolYear {

  /** The message template. */
  String message() default "{io.github.ldmlib.model.constraints.ValidSchoolYear.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
