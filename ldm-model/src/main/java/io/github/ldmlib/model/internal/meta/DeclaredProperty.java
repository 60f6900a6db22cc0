package io.github.ldmlib.model.internal.meta;

import io.github.ldmlib.model.internal.Accessors;
import io.github.ldmlib.model.meta.ModelProperty;
import io.github.ldmlib.model.meta.ModelType;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A property as its type's declaration states it. The accessor's {@link Method} and function are
 * looked up at first use: a reader needs neither, only the builder's setter.
 *
 * @param <T> the model class
 */
final class DeclaredProperty<T> implements ModelProperty<T> {

  private final Class<T> owner;
  private final String name;
  private final int index;
  private final Holding holding;
  private final boolean required;
  private final boolean derived;
  private final Object defaultValue;
  private final Class<?> valueClass;
  /** Sets the value on a builder; null for a derived property and for a record's component. */
  private final BiConsumer<Object, Object> setter;

  private volatile Method method;
  private volatile Function<T, ?> accessor;

  @SuppressWarnings("unchecked")
  DeclaredProperty(Class<T> owner, String name, int index, Holding holding, boolean derived, Object defaultValue,
      Class<?> valueClass, BiConsumer<?, ?> setter) {
    this.owner = owner;
    this.name = name;
    this.index = index;
    this.holding = holding;
    this.required = holding == Holding.ONE && !derived && defaultValue == null;
    this.derived = derived;
    this.defaultValue = defaultValue;
    this.valueClass = valueClass;
    this.setter = (BiConsumer<Object, Object>) setter;
  }

  int index() {
    return index;
  }

  /** The model class that has the property. */
  Class<T> owner() {
    return owner;
  }

  BiConsumer<Object, Object> setter() {
    return setter;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Holding holding() {
    return holding;
  }

  @Override
  public boolean required() {
    return required;
  }

  @Override
  public boolean derived() {
    return derived;
  }

  @Override
  public Optional<Object> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  @Override
  public Class<?> valueClass() {
    return valueClass;
  }

  @Override
  public Optional<ModelType<?>> modelType() {
    return Registry.of(valueClass);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Function<T, ?> accessor() {
    Function<T, ?> held = accessor;
    Function<T, ?> function = held != null ? held
        : (Function<T, ?>) (Function<?, ?>) Accessors.function(method());
    // Once the accessor's class is spun, keep it: a warm call is then one call, not two.
    Function<T, ?> settled = (Function<T, ?>) (Function<?, ?>) Accessors.settled((Function<Object, Object>) function);
    if (settled != held) {
      accessor = settled;
    }
    return settled;
  }

  @Override
  public Method method() {
    Method m = method;
    if (m == null) {
      try {
        method = m = owner.getMethod(name);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("The declaration of " + owner.getSimpleName() + " names " + name
            + ", which is not an accessor of the class", e);
      }
    }
    return m;
  }

  /** Returns the type and the name, for example {@code Dossier.sections}. */
  @Override
  public String toString() {
    return owner.getSimpleName() + "." + name;
  }
}
