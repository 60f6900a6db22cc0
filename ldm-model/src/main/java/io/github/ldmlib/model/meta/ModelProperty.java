package io.github.ldmlib.model.meta;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.Function;

/**
 * A property of a {@linkplain ModelType model type}: one accessor of its class, with how it holds
 * its value and the class of that value.
 *
 * <p>The {@linkplain #name() name} is the accessor's name, the property's key in the JSON form and
 * its token in a JSON Pointer: the {@code sections} of a dossier are {@code dossier.sections()},
 * written {@code "sections": [...]}, and the third of them is at {@code /sections/2}. What a class
 * computes from its properties ({@code Dossier.isNetworkCandidature()}, {@code
 * Gap.isMajor()}) is not a property; what the model derives and stores ({@code
 * ConformityReport.verdict()}) is one, {@linkplain #derived() derived}.
 *
 * <p>Instances are immutable and thread-safe, and compare by identity. This interface is not meant
 * to be implemented outside the model: instances come from {@link ModelType#properties()}.
 *
 * @param <T> the model class that has the property
 */
public interface ModelProperty<T> {

  /**
   * How a property holds its value, that is, what its accessor returns. Whether the value must be
   * present is told by {@link #required()}, {@link #defaultValue()} and {@link #derived()}.
   */
  enum Holding {
    /** One value, the {@linkplain #valueClass() value class} itself (a required value, a value with a default, a derived one). */
    ONE,
    /** An {@code Optional} of the value class: absent from the JSON form when empty. */
    OPTIONAL,
    /** An {@code OptionalInt}, whose value class is {@code int}: absent from the JSON form when empty. */
    OPTIONAL_INT,
    /** A {@code List} of the value class, in its order: absent from the JSON form when empty. */
    LIST,
    /**
     * A {@code Set} of constants of an enumeration, the value class: written in the order the
     * enumeration declares them, so that equal sets have equal JSON forms; absent when empty.
     */
    ENUM_SET
  }

  /**
   * The name of the property: the name of its accessor, its key in the JSON form and its token in
   * a JSON Pointer, for example {@code sections}.
   *
   * @return the name
   */
  String name();

  /**
   * How the property holds its value.
   *
   * @return the holding
   */
  Holding holding();

  /**
   * Whether an instance cannot be made without this property: a property held as {@link
   * Holding#ONE ONE}, neither derived nor with a default value. A reader reports it missing.
   *
   * @return true if the property is required
   */
  boolean required();

  /**
   * Whether the model derives the value from the other properties ({@code @Value.Derived}), as a
   * conformity report derives its counts from its findings: the JSON form writes it for its
   * readers, and reading ignores it, since the model derives it again. A derived property cannot be
   * {@linkplain ModelType.Assembly#set set}.
   *
   * @return true if the property is derived
   */
  boolean derived();

  /**
   * The value the model gives the property when none is set, for a property held as {@link
   * Holding#ONE ONE} that is optional in its JSON form: omitted on write when the value equals it.
   *
   * @return the default value, or empty if the property has none
   */
  Optional<Object> defaultValue();

  /**
   * The class of the value: the class of a {@link Holding#ONE ONE} value (a primitive class for a
   * primitive accessor, {@code int.class} for {@code int}), the class of what an {@code Optional}
   * holds, {@code int.class} for an {@code OptionalInt}, the class of the elements of a list or
   * a set.
   *
   * @return the class
   */
  Class<?> valueClass();

  /**
   * The model type of the value, when the value class is one (the {@code Establishment} of a
   * dossier, the {@code CriterionSection}s of its sections).
   *
   * @return the model type, or empty for a scalar, an enumeration or a text
   */
  Optional<ModelType<?>> modelType();

  /**
   * The accessor as a function: {@code accessor().apply(dossier)} is {@code dossier.sections()}. It
   * calls the accessor directly, without reflection, and returns what the accessor returns (an
   * {@code Optional}, an {@code OptionalInt}, a list...). A fresh JVM first calls an accessor
   * through a method handle, which it makes faster than a class; once the accessor has been called
   * often, this method returns the faster function that replaces it, which answers the same.
   *
   * @return the function: the same at every call, but for that one replacement
   */
  Function<T, ?> accessor();

  /**
   * The accessor as declared, where its annotations are read (the constraints of Bean
   * Validation): in the model class, or in the interface it implements that declares it.
   *
   * @return the public method without parameters that returns the value
   */
  Method method();
}
