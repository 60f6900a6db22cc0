package io.github.ldmlib.model.internal;

import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.constraints.ValidUai;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidUai}. */
public final class UaiValidator implements ConstraintValidator<ValidUai, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Uai.isValid(value);
  }
}
