package io.github.ldmlib.model.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.ldmlib.model.internal.UaiValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence is a valid UAI code (seven digits and the right check letter),
 * as {@link io.github.ldmlib.model.Uai#isValid(CharSequence)} decides. For host applications that
 * keep UAI codes as strings; the model itself uses {@link io.github.ldmlib.model.Uai}. {@code null}
 * is valid.
 */
@Documented
@Constraint(validatedBy = UaiValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidUai {

  /** The message template. */
  String message() default "{io.github.ldmlib.model.constraints.ValidUai.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
