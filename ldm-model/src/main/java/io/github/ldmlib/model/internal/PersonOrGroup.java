package io.github.ldmlib.model.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Class-level constraint of {@link io.github.ldmlib.model.audit.Interviewee}: it names a person, a
 * group, or both. The violation is reported on the interviewee itself.
 */
@Documented
@Constraint(validatedBy = PersonOrGroupValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PersonOrGroup {

  /** The message template. */
  String message() default "{io.github.ldmlib.model.constraints.PersonOrGroup.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
