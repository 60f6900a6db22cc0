package io.github.ldmlib.model.internal;

import io.github.ldmlib.model.conformity.Severity;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link GapSeverity}. */
public final class GapSeverityValidator implements ConstraintValidator<GapSeverity, Severity> {
  @Override
  public boolean isValid(Severity severity, ConstraintValidatorContext context) {
    return severity == null || severity.isGap();
  }
}
