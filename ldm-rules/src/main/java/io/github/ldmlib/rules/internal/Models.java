package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.meta.ModelProperty;
import io.github.ldmlib.model.meta.ModelProperty.Holding;
import io.github.ldmlib.model.meta.ModelType;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * How the rules read the model through its one description, {@link ModelType}: a property's raw
 * value, whether it is present, and which types a walk can meet below a type.
 */
public final class Models {

  private Models() {}

  /** What the rules need of each class, worked out once per class. */
  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return new Shape(type);
    }
  };

  /**
   * What a walk needs of one class: its model type, its {@code criterionId} property, and the
   * properties (not derived) whose values are elements of the model themselves, with those that
   * lead to each type looked for (worked out at the first look). Thread-safe.
   */
  public static final class Shape {
    private final ModelType<?> model;
    private final ModelProperty<?> criterionId;
    private final List<ModelProperty<?>> children;
    private final Map<Class<?>, Towards> towards = new ConcurrentHashMap<>();
    private final Shape[] childShapes;

    /**
     * How a walk looking for a type goes through a value of a shape: the positions of the children
     * properties that can lead to it, and whether the value itself is one. It knows the answers for
     * the children's shapes once asked, so that a walk down the document looks nothing up twice.
     */
    public static final class Towards {
      private final Shape shape;
      private final Class<?> target;
      private final int[] positions;
      private final int matches;
      private final Towards[] next;

      private Towards(Shape shape, Class<?> target) {
        this.shape = shape;
        this.target = target;
        this.positions = IntStream.range(0, shape.children.size())
            .filter(k -> reaches(shape.children.get(k).valueClass(), target, new HashSet<>()))
            .toArray();
        this.matches = shape.model == null ? ASK : target.isAssignableFrom(shape.model.type()) ? ALWAYS
            : shape.model.type().isAssignableFrom(target) ? ASK : NEVER;
        this.next = new Towards[shape.children.size()];
      }

      /** The positions, among the shape's children, of the properties that can lead to the type. */
      public int[] positions() {
        return positions.clone();
      }

      /** The number of {@link #positions()}. */
      public int count() {
        return positions.length;
      }

      /** The i-th of {@link #positions()}. */
      public int position(int i) {
        return positions[i];
      }

      /**
       * Whether a value of the shape is of the type looked for: {@link #ALWAYS}, {@link #NEVER} or
       * {@link #ASK} (look at the value's class).
       */
      public int matches() {
        return matches;
      }

      /**
       * The answer for the shape of the k-th child property.
       *
       * @param k the position of the property among the shape's children
       * @return how the walk goes through its values
       */
      public Towards child(int k) {
        Towards found = next[k];
        if (found == null) {
          // Answers are canonical (one per shape and type), so two threads store the same object.
          found = shape.child(k).towards(target);
          next[k] = found;
        }
        return found;
      }
    }

    /** Every value of the shape is of the type looked for. */
    public static final int ALWAYS = 1;
    /** No value of the shape is. */
    public static final int NEVER = 0;
    /** Some may be: look at the value. */
    public static final int ASK = 2;

    private Shape(Class<?> type) {
      this.model = ModelType.of(type).orElse(null);
      this.criterionId = model == null ? null : model.property(CRITERION_ID).orElse(null);
      this.children = model == null ? List.of() : model.properties().stream()
          .filter(p -> !p.derived() && ModelType.of(p.valueClass()).isPresent())
          .<ModelProperty<?>>map(p -> p)
          .toList();
      this.childShapes = new Shape[children.size()];
    }

    /** The model type, or null for a scalar, an enumeration or an interface. */
    public ModelType<?> model() {
      return model;
    }

    /** The {@code criterionId} property, or null. */
    public ModelProperty<?> criterionId() {
      return criterionId;
    }

    /** The properties, not derived, whose values are elements of the model. */
    public List<ModelProperty<?>> children() {
      return children;
    }

    /**
     * Tells how a walk looking for a type goes through a value of this shape: the positions, among
     * {@link #children()}, of the properties whose values are, or can hold at any depth, elements
     * of that type, and whether the value itself is one.
     *
     * @param target the type looked for
     * @return the answer, worked out at the first look
     */
    public Towards towards(Class<?> target) {
      return towards.computeIfAbsent(target, t -> new Towards(this, t));
    }

    /**
     * The shape of the values of the k-th of {@link #children()}.
     *
     * @param k the position
     * @return the shape of its value class
     */
    public Shape child(int k) {
      Shape found = childShapes[k];
      if (found == null) {
        // Shapes are canonical (one per class), so two threads that both look it up store the same.
        found = shape(children.get(k).valueClass());
        childShapes[k] = found;
      }
      return found;
    }
  }

  private static final String CRITERION_ID = "criterionId";

  /**
   * Returns what the rules need of a class, worked out at its first use.
   *
   * @param type the class
   * @return its shape
   */
  public static Shape shape(Class<?> type) {
    return SHAPES.get(type);
  }

  /**
   * Finds the model type of a class.
   *
   * @param type the class, a model class or its implementation
   * @return the model type, or empty for a scalar, an enumeration or an interface
   */
  public static Optional<ModelType<?>> type(Class<?> type) {
    return Optional.ofNullable(shape(type).model());
  }

  /**
   * Finds a property of a model class.
   *
   * @param type the class
   * @param name the property's name
   * @return the property, or empty if the class is not a model type or has no such property
   */
  public static Optional<ModelProperty<?>> property(Class<?> type, String name) {
    return type(type).flatMap(t -> t.property(name)).map(p -> (ModelProperty<?>) p);
  }

  /**
   * Reads a property: the raw value its accessor returns (a list, an Optional, an OptionalInt or
   * a value).
   *
   * @param property the property
   * @param owner an instance of the property's model class
   * @return the raw value
   */
  @SuppressWarnings("unchecked")
  public static Object read(ModelProperty<?> property, Object owner) {
    return ((Function<Object, ?>) property.accessor()).apply(owner);
  }

  /**
   * Tells whether a raw value read from a property is present and not empty.
   *
   * @param holding how the property holds its value
   * @param value the raw value
   * @return false for an empty Optional or OptionalInt, an empty collection, a null or blank value
   */
  public static boolean isPresent(Holding holding, Object value) {
    return switch (holding) {
      case LIST, ENUM_SET -> !((Collection<?>) value).isEmpty();
      case OPTIONAL -> ((Optional<?>) value).filter(Models::isPresent).isPresent();
      case OPTIONAL_INT -> ((OptionalInt) value).isPresent();
      case ONE -> isPresent(value);
    };
  }

  private static boolean isPresent(Object value) {
    return value != null && (!(value instanceof CharSequence s) || !s.toString().isBlank());
  }

  /**
   * Tells whether a property holds several values.
   *
   * @param property the property
   * @return true for a list or a set
   */
  public static boolean isCollection(ModelProperty<?> property) {
    return property.holding() == Holding.LIST || property.holding() == Holding.ENUM_SET;
  }

  private static boolean reaches(Class<?> from, Class<?> target, Set<Class<?>> seen) {
    if (target.isAssignableFrom(from)) {
      return true;
    }
    Shape shape = shape(from);
    if (shape.model() == null || !seen.add(from)) {
      return false;
    }
    for (ModelProperty<?> p : shape.children()) {
      if (reaches(p.valueClass(), target, seen)) {
        return true;
      }
    }
    return false;
  }
}
