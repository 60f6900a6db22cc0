package io.github.ldmlib.model.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.ldmlib.model.internal.TextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a real text: not blank, without leading or trailing white space, without
 * control characters other than line breaks and tabs, and at most {@link #max()} characters long
 * (counted in Unicode code points). {@code null} is valid: combine with {@code @NotNull} where the
 * text is required.
 */
@Documented
@Constraint(validatedBy = TextValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Text {

  /** Maximum length for names and identifiers of people and places: {@value}. */
  int NAME = 100;

  /** Maximum length for titles and one-line texts: {@value}. */
  int TITLE = 300;

  /** Maximum length for a paragraph: {@value}. */
  int PARAGRAPH = 4_000;

  /** Maximum length for a long narrative section: {@value}. */
  int NARRATIVE = 20_000;

  /** The maximum number of code points; {@link #PARAGRAPH} unless stated. */
  int max() default PARAGRAPH;

  /** The message template. */
  String message() default "{io.github.ldmlib.model.constraints.Text.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
