package io.github.ldmlib.model.internal.meta;

import io.github.ldmlib.model.meta.ModelProperty.Holding;
import io.github.ldmlib.model.meta.ModelType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Declares a model type: its class, its description and its properties in the order of its JSON
 * form, each with its name (the accessor's), how it holds its value, its value class and the
 * builder's setter. The accessor itself is found by name.
 *
 * <pre>{@code
 * Declaration.value(Person.class, "A person named in a dossier (nom, prénom, fonction).",
 *         Person::builder, Person.Builder::build)
 *     .required("lastName", String.class, Person.Builder::lastName)
 *     .optional("firstName", String.class, Person.Builder::firstName)
 *     .build();
 * }</pre>
 *
 * @param <T> the model class
 * @param <B> its builder class
 */
final class Declaration<T, B> {

  private final Class<T> type;
  private final String description;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<DeclaredProperty<T>> properties = new ArrayList<>();

  private Declaration(Class<T> type, String description, Supplier<B> newBuilder, Function<B, T> build) {
    this.type = type;
    this.description = description;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  /**
   * Starts the declaration of a value type that Immutables implements, built with its builder.
   *
   * @param type the model class
   * @param description what the type is, one sentence in English
   * @param newBuilder creates a builder
   * @param build builds the instance
   * @param <T> the model class
   * @param <B> the builder class
   * @return the declaration
   */
  static <T, B> Declaration<T, B> value(Class<T> type, String description, Supplier<B> newBuilder,
      Function<B, T> build) {
    return new Declaration<>(type, description, newBuilder, build);
  }

  /**
   * Starts the declaration of a record of the model, built with its canonical constructor; its
   * components are declared in their order.
   *
   * @param type the record class
   * @param description what the type is, one sentence in English
   * @param <T> the record class
   * @return the declaration
   */
  static <T extends Record> RecordDeclaration<T> record(Class<T> type, String description) {
    return new RecordDeclaration<>(type, description);
  }

  /** A value that must be present. */
  <V> Declaration<T, B> required(String name, Class<V> valueClass, BiConsumer<B, ? super V> setter) {
    return add(name, Holding.ONE, false, null, valueClass, setter);
  }

  /** An {@code Optional} value. */
  <V> Declaration<T, B> optional(String name, Class<V> valueClass, BiConsumer<B, ? super V> setter) {
    return add(name, Holding.OPTIONAL, false, null, valueClass, setter);
  }

  /** An {@code OptionalInt}. */
  Declaration<T, B> optionalInt(String name, BiConsumer<B, Integer> setter) {
    return add(name, Holding.OPTIONAL_INT, false, null, int.class, setter);
  }

  /** A value with a default in the model ({@code @Value.Default}). */
  <V> Declaration<T, B> defaulted(String name, Class<V> valueClass, V defaultValue, BiConsumer<B, ? super V> setter) {
    return add(name, Holding.ONE, false, Objects.requireNonNull(defaultValue, "defaultValue"), valueClass, setter);
  }

  /** A list; the setter adds all the elements. */
  <V> Declaration<T, B> list(String name, Class<V> element, BiConsumer<B, ? super List<V>> setter) {
    return add(name, Holding.LIST, false, null, element, setter);
  }

  /** A set of enum constants; the setter adds all the elements. */
  <V extends Enum<V>> Declaration<T, B> enumSet(String name, Class<V> element, BiConsumer<B, ? super List<V>> setter) {
    return add(name, Holding.ENUM_SET, false, null, element, setter);
  }

  /** A value the model derives from the others ({@code @Value.Derived}). */
  Declaration<T, B> derived(String name, Class<?> valueClass) {
    return add(name, Holding.ONE, true, null, valueClass, null);
  }

  /** A list the model derives from the others ({@code @Value.Derived}). */
  Declaration<T, B> derivedList(String name, Class<?> element) {
    return add(name, Holding.LIST, true, null, element, null);
  }

  private Declaration<T, B> add(String name, Holding holding, boolean derived, Object defaultValue,
      Class<?> valueClass, BiConsumer<?, ?> setter) {
    if (!derived) {
      Objects.requireNonNull(setter, "setter");
    }
    properties.add(new DeclaredProperty<>(type, name, properties.size(), holding, derived, defaultValue, valueClass,
        setter));
    return this;
  }

  /** Ends the declaration. */
  ModelType<T> build() {
    return new DeclaredType<>(type, description, properties, new DeclaredType.Maker<T>() {
      @Override
      public Object start() {
        return newBuilder.get();
      }

      @Override
      public void set(Object builder, DeclaredProperty<T> property, Object value) {
        property.setter().accept(builder, value);
      }

      @Override
      @SuppressWarnings("unchecked")
      public T finish(Object builder) {
        return build.apply((B) builder);
      }
    });
  }

  /**
   * Declares a record: its components, in their order, each required or {@code Optional}. An
   * assembly collects the values, then calls the canonical constructor.
   *
   * @param <T> the record class
   */
  static final class RecordDeclaration<T extends Record> {
    private final Class<T> type;
    private final String description;
    private final List<DeclaredProperty<T>> components = new ArrayList<>();

    private RecordDeclaration(Class<T> type, String description) {
      this.type = type;
      this.description = description;
    }

    /** A component that must be present. */
    RecordDeclaration<T> required(String name, Class<?> valueClass) {
      components.add(new DeclaredProperty<>(type, name, components.size(), Holding.ONE, false, null, valueClass,
          null));
      return this;
    }

    /** An {@code Optional} component. */
    RecordDeclaration<T> optional(String name, Class<?> valueClass) {
      components.add(new DeclaredProperty<>(type, name, components.size(), Holding.OPTIONAL, false, null,
          valueClass, null));
      return this;
    }

    /** Ends the declaration. */
    ModelType<T> build() {
      return new DeclaredType<>(type, description, components, new Constructor<>(type, components));
    }
  }

  /** Makes a record with its canonical constructor, found at the first assembly. */
  private static final class Constructor<T extends Record> implements DeclaredType.Maker<T> {
    private final Class<T> type;
    private final List<DeclaredProperty<T>> components;
    private volatile MethodHandle constructor;

    Constructor(Class<T> type, List<DeclaredProperty<T>> components) {
      this.type = type;
      this.components = components;
    }

    @Override
    public Object start() {
      return new Object[components.size()];
    }

    @Override
    public void set(Object values, DeclaredProperty<T> property, Object value) {
      ((Object[]) values)[property.index()] = value;
    }

    @Override
    public T finish(Object state) {
      Object[] values = (Object[]) state;
      Object[] arguments = new Object[values.length];
      for (DeclaredProperty<T> c : components) {
        Object value = values[c.index()];
        arguments[c.index()] = c.holding() == Holding.OPTIONAL ? Optional.ofNullable(value) : value;
      }
      try {
        return type.cast(constructor().invokeExact(arguments));
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable cannotHappen) {
        throw new IllegalStateException(cannotHappen);
      }
    }

    /** The canonical constructor, taking the components as an array, returning an Object. */
    private MethodHandle constructor() {
      MethodHandle c = constructor;
      if (c == null) {
        RecordComponent[] declared = type.getRecordComponents();
        List<String> names = components.stream().map(DeclaredProperty::name).toList();
        if (!Arrays.stream(declared).map(RecordComponent::getName).toList().equals(names)) {
          throw new IllegalStateException("The declaration of " + type.getSimpleName() + " names " + names
              + ", not its components in their order");
        }
        Class<?>[] types = Arrays.stream(declared).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
          c = MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class, types))
              .asSpreader(Object[].class, types.length)
              .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("No public canonical constructor in " + type.getName(), e);
        }
        constructor = c;
      }
      return c;
    }
  }
}
