package io.github.ldmlib.model.internal.meta;

import io.github.ldmlib.model.meta.ModelProperty;
import io.github.ldmlib.model.meta.ModelType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A model type as its declaration states it, with how its instances are made (its builder, or a
 * record's canonical constructor).
 *
 * @param <T> the model class
 */
final class DeclaredType<T> implements ModelType<T> {

  /** Makes the instances of a type: the state of one assembly, the values set on it, the instance. */
  interface Maker<T> {
    /** Returns the state of a new assembly. */
    Object start();

    /** Sets a property's value, not null, on the state. */
    void set(Object state, DeclaredProperty<T> property, Object value);

    /** Makes the instance; every required property is set. */
    T finish(Object state);
  }

  private final Class<T> type;
  private final String description;
  private final DeclaredProperty<T>[] byIndex;
  private final DeclaredProperty<T>[] required;
  private final List<ModelProperty<T>> properties;
  private final Map<String, ModelProperty<T>> byName;
  private final Maker<T> maker;

  /**
   * The most properties a type may declare: an assembly marks the properties it has set in the bits
   * of one {@code long}, so that reading an object allocates no array for it.
   */
  static final int MAX_PROPERTIES = Long.SIZE;

  @SuppressWarnings({"unchecked", "rawtypes"})
  DeclaredType(Class<T> type, String description, List<DeclaredProperty<T>> properties, Maker<T> maker) {
    this.type = type;
    this.description = description;
    this.byIndex = properties.toArray(new DeclaredProperty[0]);
    if (byIndex.length > MAX_PROPERTIES) {
      throw new IllegalStateException(type.getSimpleName() + " declares " + byIndex.length
          + " properties; a model type has at most " + MAX_PROPERTIES);
    }
    List<DeclaredProperty<T>> required = new ArrayList<>();
    for (DeclaredProperty<T> p : byIndex) {
      if (p.required()) {
        required.add(p);
      }
    }
    this.required = required.toArray(new DeclaredProperty[0]);
    this.properties = List.copyOf(properties);
    this.byName = new HashMap<>();
    for (DeclaredProperty<T> p : byIndex) {
      if (byName.put(p.name(), p) != null) {
        throw new IllegalStateException("Two properties named " + p.name() + " in " + name());
      }
    }
    this.maker = maker;
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public String name() {
    return type.getSimpleName();
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<ModelProperty<T>> properties() {
    return properties;
  }

  @Override
  public Optional<ModelProperty<T>> property(String name) {
    return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name")));
  }

  @Override
  public Assembly<T> assemble() {
    return new DeclaredAssembly(maker.start());
  }

  /** Returns the name, for example {@code Dossier}. */
  @Override
  public String toString() {
    return name();
  }

  /** The declared property behind one of this type's properties. */
  private DeclaredProperty<T> own(ModelProperty<T> property) {
    // One declared type per model class: a property of this class is one of this type's.
    if (property instanceof DeclaredProperty<T> declared && declared.owner() == type) {
      return declared;
    }
    throw new IllegalArgumentException(property + " is not a property of " + name());
  }

  private final class DeclaredAssembly implements Assembly<T> {
    private final Object state;
    /** Bit i is set once the property of index i is. */
    private long set;
    private int requiredLeft = required.length;

    DeclaredAssembly(Object state) {
      this.state = state;
    }

    @Override
    public Assembly<T> set(ModelProperty<T> property, Object value) {
      DeclaredProperty<T> declared = own(property);
      if (declared.derived()) {
        throw new IllegalArgumentException(property + " is derived: the model derives it, it cannot be set");
      }
      long bit = 1L << declared.index();
      if ((set & bit) != 0) {
        throw new IllegalStateException(property + " is already set");
      }
      maker.set(state, declared, Objects.requireNonNull(value, "value"));
      set |= bit;
      if (declared.required()) {
        requiredLeft--;
      }
      return this;
    }

    @Override
    public boolean isSet(ModelProperty<T> property) {
      return (set & (1L << own(property).index())) != 0;
    }

    @Override
    public List<ModelProperty<T>> missing() {
      if (requiredLeft == 0) {
        return List.of();
      }
      List<ModelProperty<T>> missing = new ArrayList<>(requiredLeft);
      for (DeclaredProperty<T> p : required) {
        if ((set & (1L << p.index())) == 0) {
          missing.add(p);
        }
      }
      return List.copyOf(missing);
    }

    @Override
    public T build() {
      if (requiredLeft != 0) {
        throw new IllegalStateException("Cannot build " + name() + ": required properties not set "
            + Arrays.toString(missing().stream().map(ModelProperty::name).toArray()));
      }
      return maker.finish(state);
    }
  }
}
