package io.github.ldmlib.model.internal;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Identifiers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Identifier} with the syntax {@link Identifiers} states. */
public final class IdentifierValidator implements ConstraintValidator<Identifier, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Identifiers.isValid(value);
  }
}
