package io.github.ldmlib.model.internal;

import io.github.ldmlib.model.audit.Interviewee;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link PersonOrGroup}. */
public final class PersonOrGroupValidator implements ConstraintValidator<PersonOrGroup, Interviewee> {
  @Override
  public boolean isValid(Interviewee interviewee, ConstraintValidatorContext context) {
    return interviewee == null || interviewee.person().isPresent() || interviewee.group().isPresent();
  }
}
