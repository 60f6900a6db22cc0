package io.github.ldmlib.model.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Class-level constraint of {@link io.github.ldmlib.model.dossier.Indicator}: every measure value
 * and the target fit the indicator's unit. Each misfit is reported on its own property path ({@code
 * measures[2].value}, {@code target}).
 */
@Documented
@Constraint(validatedBy = MeasuresFitUnitValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface MeasuresFitUnit {

  /** The message template. */
  String message() default "{io.github.ldmlib.model.constraints.MeasuresFitUnit.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
