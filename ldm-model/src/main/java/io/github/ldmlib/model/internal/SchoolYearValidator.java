package io.github.ldmlib.model.internal;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.constraints.ValidSchoolYear;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidSchoolYear}. */
public final class SchoolYearValidator
    implements ConstraintValidator<ValidSchoolYear, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || SchoolYear.isValid(value);
  }
}
