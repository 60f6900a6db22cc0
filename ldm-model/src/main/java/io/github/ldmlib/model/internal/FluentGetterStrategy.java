package io.github.ldmlib.model.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Makes Hibernate Validator see fluent accessors ({@code title()}) as bean properties. A stock
 * validator only knows {@code getTitle()} and {@code isTitle()}, and would silently skip every
 * constraint of the model. Any public, non-static, no-argument, non-void method is a property named
 * after the method, except the methods every object has.
 */
public final class FluentGetterStrategy implements GetterPropertySelectionStrategy {

  private static final Set<String> EXCLUDED = Set.of("hashCode", "toString", "getClass", "clone");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || EXCLUDED.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
