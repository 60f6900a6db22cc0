package io.github.ldmlib.rules;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.meta.ModelProperty;
import io.github.ldmlib.model.meta.ModelType;
import io.github.ldmlib.rules.internal.Models;
import io.github.ldmlib.rules.internal.Walk;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The walk of one checked document, made from the description of the model: the elements of a type
 * with their places ({@link #each(Class)}, listed once per check), whether a pointer names a place
 * in the document ({@link #problem(JsonPointer)}), and which criterion a place belongs to ({@link
 * #criterionAt(JsonPointer)}). An element belongs to the criterion named by the innermost element
 * on its path, itself included, whose {@code criterionId} is a criterion of the referential.
 *
 * <p>The elements an element holds are listed at the first walk that goes down to them, property by
 * property, and kept: a walk only goes down the properties that can lead to the type asked for
 * (listing the actions of a dossier does not visit its measures), no element is listed twice, and
 * the same element always has the same {@link Place} object, so that what a rule works out from a
 * place can be shared with the other rules of the check ({@link #shared}).
 *
 * <p>A walk belongs to the thread that made it, the thread of its check: what it lists is kept for
 * that thread only, and a call from another thread (a rule that hands work to other threads) is
 * answered by a walk of its own, so that nothing is shared across threads.
 */
final class Walker implements Walk {

  private final Node root;
  private final Class<?> rootType;
  private final Predicate<String> knownCriterion;
  private final Thread owner = Thread.currentThread();
  private final Map<Class<?>, List<? extends Place<?>>> lists = new HashMap<>();

  /**
   * An element of the document with its place; the elements it holds are listed at the first walk
   * that goes down to them, property by property, and kept.
   */
  private final class Node {
    final Place<Object> place;
    final Models.Shape shape;
    private Node[][] children;
    private Class<?> sharedKind;
    private Object sharedValue;
    private Map<Class<?>, Object> moreShared;
    private Map<Class<?>, List<Place<?>>> within;

    Node(Object value, JsonPointer pointer, Place<?> parent, String criterionId, Models.Shape shape) {
      this.place = new Place<>(value, pointer, parent, criterionId, this);
      this.shape = shape;
    }

    /** An element held by the parent's property, at an index of its list or -1; its pointer is made when asked for. */
    Node(Object value, Place<?> parent, String property, int index, String criterionId, Models.Shape shape) {
      this.place = new Place<>(value, parent, property, index, criterionId, this);
      this.shape = shape;
    }

    Walker walker() {
      return Walker.this;
    }

    /** The elements held by the k-th of the shape's children properties, in order. */
    Node[] children(int k) {
      if (children == null) {
        children = new Node[shape.children().size()][];
      }
      Node[] found = children[k];
      if (found == null) {
        found = list(shape.children().get(k), shape.child(k));
        children[k] = found;
      }
      return found;
    }

    private Node[] list(ModelProperty<?> property, Models.Shape childShape) {
      Object raw = Models.read(property, place.value());
      return switch (property.holding()) {
        case LIST, ENUM_SET -> {
          Collection<?> values = (Collection<?>) raw;
          Node[] out = new Node[values.size()];
          if (values instanceof List<?> list && values instanceof RandomAccess) {
            // By index: an iterator over the model's lists is not always optimised away.
            for (int i = 0; i < out.length; i++) {
              out[i] = child(property.name(), i, list.get(i), childShape);
            }
          } else {
            int i = 0;
            for (Object element : values) {
              out[i] = child(property.name(), i, element, childShape);
              i++;
            }
          }
          yield out;
        }
        case OPTIONAL -> {
          Object value = ((Optional<?>) raw).orElse(null);
          yield value == null ? NONE : new Node[] {child(property.name(), -1, value, childShape)};
        }
        case ONE -> new Node[] {child(property.name(), -1, raw, childShape)};
        default -> throw new AssertionError(property.holding());
      };
    }

    private Node child(String property, int index, Object value, Models.Shape childShape) {
      String criterionId = criterionOf(value, childShape, place.criterionId);
      return new Node(value, place, property, index, criterionId, childShape);
    }

    /** Adds this element, if of the type, and the elements of the type it holds, in document order. */
    void collect(Class<?> type, Models.Shape.Towards towards, List<Place<?>> out) {
      int matches = towards.matches();
      if (matches == Models.Shape.ALWAYS || matches == Models.Shape.ASK && type.isInstance(place.value())) {
        out.add(place);
      }
      for (int i = 0, count = towards.count(); i < count; i++) {
        int k = towards.position(i);
        Models.Shape.Towards next = towards.child(k);
        for (Node n : children(k)) {
          n.collect(type, next, out);
        }
      }
    }
  }

  private static final Node[] NONE = new Node[0];

  /**
   * Prepares the walk of a document; nothing is listed yet.
   *
   * @param document the document
   * @param rootType the model type of the document
   * @param knownCriterion tells whether an id is a criterion of the referential
   */
  Walker(Object document, Class<?> rootType, Predicate<String> knownCriterion) {
    this.rootType = rootType;
    this.knownCriterion = knownCriterion;
    Models.Shape shape = Models.shape(rootType);
    this.root = new Node(document, JsonPointer.root(), null, criterionOf(document, shape, null), shape);
  }

  /** A walk of the elements below a place that no walk of this thread made, with their true places. */
  private Walker(Place<?> start, Predicate<String> knownCriterion) {
    this.rootType = typeOf(start.value().getClass(), start.value());
    this.knownCriterion = knownCriterion;
    Models.Shape shape = Models.shape(rootType);
    this.root = new Node(start.value(), start.pointer(), start.parent().orElse(null),
        start.criterionId().orElse(null), shape);
  }

  /**
   * The document at the root pointer.
   *
   * @param <D> the document type
   * @return its place
   */
  @SuppressWarnings("unchecked")
  <D> Place<D> root() {
    return (Place<D>) root.place;
  }

  /**
   * Lists every element of a type in document order, once per walk.
   *
   * @param type the type
   * @param <T> the type
   * @return the places, unmodifiable
   */
  @SuppressWarnings("unchecked")
  <T> List<Place<T>> each(Class<T> type) {
    if (Thread.currentThread() != owner) {
      return fresh().each(type);
    }
    List<? extends Place<?>> found = lists.get(type);
    if (found == null) {
      List<Place<?>> out = new ArrayList<>();
      root.collect(type, root.shape.towards(type), out);
      found = List.copyOf(out);
      lists.put(type, found);
    }
    return (List<Place<T>>) found;
  }

  /**
   * Lists the elements of a type that lie within an element of the document, itself included.
   *
   * @param type the type
   * @param within the element's place: one of this walk's, or any other place, whose value is then
   *     walked
   * @param <T> the type
   * @return the places, in document order, unmodifiable; listed once per element and type when
   *     the element is one of this walk's
   */
  @SuppressWarnings("unchecked")
  <T> List<Place<T>> each(Class<T> type, Place<?> within) {
    Node node = nodeOf(within);
    if (node == null) {
      return (List<Place<T>>) (List<?>) collect(new Walker(within, knownCriterion).root, type);
    }
    if (node.within == null) {
      node.within = new HashMap<>(4);
    }
    return (List<Place<T>>) (List<?>) node.within.computeIfAbsent(type, t -> collect(node, t));
  }

  private static List<Place<?>> collect(Node node, Class<?> type) {
    List<Place<?>> out = new ArrayList<>();
    node.collect(type, node.shape.towards(type), out);
    return out.isEmpty() ? List.of() : Collections.unmodifiableList(out);
  }

  /**
   * Returns a value worked out from a place of this walk once per check: the first rule that asks
   * computes it, the others get the same value. A place of another walk, or a call from another
   * thread than the check's, gets the value computed anew.
   *
   * @param place the place
   * @param kind the class of the value, which keys it together with the place
   * @param compute works the value out from the place
   * @param <T> the type of the element
   * @param <V> the type of the value
   * @return the value
   */
  @Override
  public <T, V> V shared(Place<T> place, Class<V> kind, Function<Place<T>, V> compute) {
    Node node = nodeOf(place);
    if (node == null) {
      return compute.apply(place);
    }
    if (node.sharedKind == kind) {
      return kind.cast(node.sharedValue);
    }
    if (node.sharedKind == null) {
      V value = compute.apply(place);
      node.sharedKind = kind;
      node.sharedValue = value;
      return value;
    }
    if (node.moreShared == null) {
      node.moreShared = new HashMap<>(4);
    }
    Object value = node.moreShared.get(kind);
    if (value == null) {
      value = compute.apply(place);
      node.moreShared.put(kind, value);
    }
    return kind.cast(value);
  }

  /** The node of a place this walk made, when asked from the check's thread; else null. */
  private Node nodeOf(Place<?> place) {
    return place.node instanceof Node n && n.walker() == this && Thread.currentThread() == owner ? n : null;
  }

  /** The same walk, for a thread other than the check's: it shares nothing with this one. */
  private Walker fresh() {
    return new Walker(root.place.value(), rootType, knownCriterion);
  }

  private static Class<?> typeOf(Class<?> declared, Object value) {
    return Models.type(declared).<Class<?>>map(ModelType::type).orElse(value.getClass());
  }

  /** The criterion an element names, if it names one of the referential; else the one it lies in. */
  private String criterionOf(Object value, Models.Shape shape, String inherited) {
    ModelProperty<?> property = shape.criterionId();
    if (property != null) {
      Object id = Models.read(property, value);
      if (id instanceof Optional<?> o) {
        id = o.orElse(null);
      }
      if (id instanceof String s && knownCriterion.test(s)) {
        return s;
      }
    }
    return inherited;
  }

  /**
   * Explains why a pointer names no place in the document: each property token must be a property
   * of the value at that place, each index token an element that exists. A pointer may end on, or go
   * through, an absent optional value: that is where a missing element belongs.
   *
   * @param pointer the pointer
   * @return the problem, or empty when the pointer is valid
   */
  @Override
  public Optional<String> problem(JsonPointer pointer) {
    return resolve(pointer).problem;
  }

  /**
   * Returns the criterion of the referential that a valid pointer's place belongs to.
   *
   * @param pointer the pointer
   * @return the criterion id, or empty
   */
  @Override
  public Optional<String> criterionAt(JsonPointer pointer) {
    return Optional.ofNullable(resolve(pointer).criterionId);
  }

  private record Resolution(Optional<String> problem, String criterionId) {}

  private Resolution resolve(JsonPointer pointer) {
    List<String> tokens = pointer.tokens();
    Class<?> type = rootType;
    Object value = root.place.value();
    String criterion = root.place.criterionId().orElse(null);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      Optional<ModelType<?>> model = Models.type(type);
      if (model.isEmpty()) {
        return new Resolution(Optional.of("'" + token + "': nothing lies below a " + type.getSimpleName()), null);
      }
      ModelProperty<?> property = model.get().property(token).orElse(null);
      if (property == null) {
        return new Resolution(Optional.of("'" + token + "' is not a property of " + type.getSimpleName()), null);
      }
      Object raw = value == null ? null : Models.read(property, value);
      type = property.valueClass();
      switch (property.holding()) {
        case LIST, ENUM_SET -> {
          if (i + 1 == tokens.size()) {
            return new Resolution(Optional.empty(), criterion);
          }
          String next = tokens.get(++i);
          int index = JsonPointer.index(next);
          List<?> list = raw == null ? List.of() : List.copyOf((Collection<?>) raw);
          if (index < 0 || index >= list.size()) {
            return new Resolution(Optional.of("'" + property.name() + "' has no element '" + next + "'"), null);
          }
          value = list.get(index);
        }
        case OPTIONAL -> value = raw == null ? null : ((Optional<?>) raw).orElse(null);
        case OPTIONAL_INT -> value = raw == null || ((OptionalInt) raw).isEmpty() ? null : ((OptionalInt) raw).getAsInt();
        case ONE -> value = raw;
        default -> throw new AssertionError(property.holding());
      }
      if (value != null && Models.type(type).isPresent()) {
        criterion = criterionOf(value, Models.shape(type), criterion);
      }
    }
    return new Resolution(Optional.empty(), criterion);
  }
}
