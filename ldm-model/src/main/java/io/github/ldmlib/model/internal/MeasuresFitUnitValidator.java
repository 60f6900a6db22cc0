package io.github.ldmlib.model.internal;

import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.IndicatorUnit;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.List;

/** Validates {@link MeasuresFitUnit}. */
public final class MeasuresFitUnitValidator
    implements ConstraintValidator<MeasuresFitUnit, Indicator> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public boolean isValid(Indicator indicator, ConstraintValidatorContext context) {
    if (indicator == null || indicator.unit() == null) {
      return true;
    }
    boolean valid = true;
    List<io.github.ldmlib.model.dossier.Measure> measures = indicator.measures();
    for (int i = 0; i < measures.size(); i++) {
      BigDecimal value = measures.get(i).value();
      if (!fits(indicator.unit(), value)) {
        if (valid) {
          context.disableDefaultConstraintViolation();
        }
        valid = false;
        context.buildConstraintViolationWithTemplate(template(indicator.unit()))
            .addPropertyNode("measures")
            .addPropertyNode("value").inIterable().atIndex(i)
            .addConstraintViolation();
      }
    }
    if (indicator.target().isPresent() && !fits(indicator.unit(), indicator.target().get())) {
      if (valid) {
        context.disableDefaultConstraintViolation();
      }
      valid = false;
      context.buildConstraintViolationWithTemplate(template(indicator.unit()))
          .addPropertyNode("target")
          .addConstraintViolation();
    }
    return valid;
  }

  /**
   * Tells whether a value fits a unit.
   *
   * @param unit the unit
   * @param value the value, not null
   * @return true if it fits
   */
  public static boolean fits(IndicatorUnit unit, BigDecimal value) {
    return switch (unit) {
      case PERCENT -> value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
      case COUNT -> value.signum() >= 0 && isWhole(value);
      case EURO, HOURS -> value.signum() >= 0;
      case NUMBER -> true;
    };
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static String template(IndicatorUnit unit) {
    return "{io.github.ldmlib.model.constraints.MeasuresFitUnit." + unit.name() + ".message}";
  }
}
