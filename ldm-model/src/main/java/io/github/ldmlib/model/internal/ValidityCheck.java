package io.github.ldmlib.model.internal;

import io.github.ldmlib.model.meta.ModelProperty;
import io.github.ldmlib.model.meta.ModelType;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A fast answer to one question: would Bean Validation find any violation in this object of the
 * model? Valid documents are by far the common case (a dossier is checked on every save), and
 * Hibernate Validator's traversal (a value context and a path node per property, message
 * interpolation set up per constraint) costs more than reading the document. This check walks the
 * object with a plan made once per class from the same annotations Hibernate Validator reads
 * (constraints on accessors and fields, on type arguments of {@code List} and {@code Optional},
 * unwrapped from {@code OptionalInt} and its kin, class-level constraints, {@code @Valid}
 * cascades), evaluates each constraint with the constraint's own validator (the model's) or with the
 * definition of the built-in constraint, and stops at the first failure. The properties of a class
 * and the functions that read them come from the metamodel ({@link ModelType}); their annotations
 * are read where Hibernate Validator reads them, on the accessor, the accessors it overrides or
 * that override it, and a field of the same name.
 *
 * <p>The answer is <em>conservative</em>: {@link #isValid(Object)} returns {@code true} only when
 * Hibernate Validator would report nothing. Whenever it cannot be sure (a failed constraint, a
 * validator that throws, a class outside the model, or any construct the plan does not model:
 * groups other than the default, composed constraints, unwrapping payloads, maps, a built-in
 * constraint on a type it does not evaluate, a constraint on a member that is not a property of the
 * metamodel), it answers {@code false} and the caller hands the object to Hibernate Validator,
 * whose violations, messages and paths are therefore always its own. Tests compare the plan with
 * Hibernate Validator's metadata for every class of the model ({@link #describe(Class)}) and the
 * answer with Hibernate Validator's on generated documents.
 *
 * <p>This class is thread-safe: plans are immutable and built once per class; constraint
 * validators are initialised once and must be stateless after {@code initialize}, as Bean
 * Validation requires of them anyway.
 */
public final class ValidityCheck {

  private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "clone");

  private static final ClassValue<BeanPlan> PLANS = new ClassValue<>() {
    @Override
    protected BeanPlan computeValue(Class<?> type) {
      return ModelScope.inModelPackages(type) ? BeanPlan.of(type) : BeanPlan.UNSUPPORTED;
    }
  };

  private ValidityCheck() {}

  /**
   * Tells whether Bean Validation (default group) would find no violation in an object of the
   * model and in everything it cascades to.
   *
   * @param object the object, not null
   * @return {@code true} only if the object is certainly valid; {@code false} if it is not, or if
   *     this check cannot tell
   */
  public static boolean isValid(Object object) {
    Objects.requireNonNull(object, "object");
    return bean(object);
  }

  /**
   * Describes the plan of a class, as Bean Validation's metadata would: for each property, the
   * constraints on its value, on its container elements and whether it cascades. For tests.
   *
   * @param type a class of the model
   * @return the description, or empty if the plan cannot model the class (it is then always
   *     handed to Hibernate Validator)
   */
  public static Optional<Map<String, Set<String>>> describe(Class<?> type) {
    BeanPlan plan = PLANS.get(type);
    return plan.supported ? Optional.of(plan.description) : Optional.empty();
  }

  private static boolean bean(Object object) {
    BeanPlan plan = PLANS.get(object.getClass());
    if (!plan.supported) {
      return false;
    }
    for (Predicate<Object> check : plan.classConstraints) {
      if (!check.test(object)) {
        return false;
      }
    }
    for (Property property : plan.properties) {
      Object value;
      try {
        value = property.read(object);
      } catch (RuntimeException e) {
        return false;
      }
      if (!value(value, property.plan)) {
        return false;
      }
    }
    return true;
  }

  private static boolean value(Object value, ValuePlan plan) {
    if (plan.unwrap) {
      if (value == null) {
        return false;
      }
      Object held = unwrap(value);
      if (held != null && !constraints(held, plan)) {
        return false;
      }
    } else if (!constraints(value, plan)) {
      return false;
    }
    if (value == null) {
      return true;
    }
    if (plan.elements != null) {
      if (value instanceof Optional<?> optional) {
        if (optional.isPresent() && !value(optional.get(), plan.elements)) {
          return false;
        }
      } else if (value instanceof List<?> list && value instanceof RandomAccess) {
        // By index: an iterator over the model's unmodifiable lists is two objects per list
        // (4 % of the allocation of a full check of XL), not always optimised away.
        for (int i = 0, n = list.size(); i < n; i++) {
          if (!value(list.get(i), plan.elements)) {
            return false;
          }
        }
      } else {
        for (Object element : (Iterable<?>) value) {
          if (!value(element, plan.elements)) {
            return false;
          }
        }
      }
    }
    return !plan.cascaded || bean(value);
  }

  private static boolean constraints(Object value, ValuePlan plan) {
    for (Predicate<Object> check : plan.constraints) {
      if (!check.test(value)) {
        return false;
      }
    }
    return true;
  }

  /** The value inside an {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble}. */
  private static Object unwrap(Object value) {
    if (value instanceof OptionalInt o) {
      return o.isPresent() ? o.getAsInt() : null;
    } else if (value instanceof OptionalLong o) {
      return o.isPresent() ? o.getAsLong() : null;
    } else if (value instanceof OptionalDouble o) {
      return o.isPresent() ? o.getAsDouble() : null;
    }
    return value;
  }

  /** Thrown while planning a class when a construct is not modelled. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /** The plan of one class: its class-level constraints and its constrained properties. */
  private static final class BeanPlan {
    static final BeanPlan UNSUPPORTED = new BeanPlan(false, List.of(), List.of(), Map.of());

    final boolean supported;
    final Predicate<Object>[] classConstraints;
    final Property[] properties;
    final Map<String, Set<String>> description;

    @SuppressWarnings("unchecked")
    BeanPlan(boolean supported, List<Predicate<Object>> classConstraints, List<Property> properties,
        Map<String, Set<String>> description) {
      this.supported = supported;
      this.classConstraints = classConstraints.toArray(new Predicate[0]);
      this.properties = properties.toArray(new Property[0]);
      this.description = description;
    }

    static BeanPlan of(Class<?> type) {
      try {
        return plan(type);
      } catch (Unsupported unsupported) {
        return UNSUPPORTED;
      }
    }

    private static BeanPlan plan(Class<?> type) throws Unsupported {
      List<Class<?>> hierarchy = hierarchy(type);
      Map<String, Set<String>> description = new LinkedHashMap<>();
      List<Predicate<Object>> classConstraints = new ArrayList<>();
      Set<String> classDescription = new LinkedHashSet<>();
      for (Class<?> t : hierarchy) {
        for (Annotation a : constraints(t)) {
          classConstraints.add(constraint(a, t));
          classDescription.add(name(a));
        }
      }
      if (!classDescription.isEmpty()) {
        description.put("", Set.copyOf(classDescription));
      }
      Map<String, ModelProperty<?>> properties = properties(type);
      List<Property> planned = new ArrayList<>();
      for (ModelProperty<?> property : properties.values()) {
        ValuePlanBuilder builder = new ValuePlanBuilder();
        for (AnnotatedElement element : declarations(property, hierarchy)) {
          builder.add(element, type);
        }
        if (!builder.isEmpty()) {
          planned.add(new Property(property, builder.build()));
          description.put(property.name(), builder.describe());
        }
      }
      checkNoOtherConstrainedMember(type, hierarchy, properties.keySet());
      return new BeanPlan(true, classConstraints, planned, Map.copyOf(description));
    }

    /**
     * The properties of a class, by name, from the metamodel: those of its model type; for an
     * interface that model types implement ({@code Initiative}), those it declares; none for any
     * other class.
     */
    private static Map<String, ModelProperty<?>> properties(Class<?> type) {
      Map<String, ModelProperty<?>> properties = new LinkedHashMap<>();
      Optional<? extends ModelType<?>> modelType = ModelType.of(type);
      if (modelType.isPresent()) {
        modelType.get().properties().forEach(p -> properties.put(p.name(), p));
      } else if (type.isInterface()) {
        for (ModelType<?> implementing : ModelType.all()) {
          for (ModelProperty<?> p : implementing.properties()) {
            if (p.method().getDeclaringClass() == type) {
              properties.putIfAbsent(p.name(), p);
            }
          }
        }
      }
      return properties;
    }

    /**
     * Where Hibernate Validator finds the constraints of a property: its accessor, the accessors of
     * the same name it overrides or that override it, and a field of the same name.
     */
    private static Set<AnnotatedElement> declarations(ModelProperty<?> property, List<Class<?>> hierarchy) {
      Set<AnnotatedElement> declarations = new LinkedHashSet<>();
      declarations.add(property.method());
      for (Class<?> t : hierarchy) {
        try {
          Method m = t.getDeclaredMethod(property.name());
          if (isAccessor(m)) {
            declarations.add(m);
          }
        } catch (NoSuchMethodException notHere) {
          // declared elsewhere in the hierarchy
        }
        try {
          Field f = t.getDeclaredField(property.name());
          if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
            declarations.add(f);
          }
        } catch (NoSuchFieldException notHere) {
          // no field of that name here
        }
      }
      return declarations;
    }

    /**
     * Makes sure no member outside the metamodel's properties carries a constraint or a cascade:
     * Hibernate Validator would check it, and a plan that skipped it would answer "valid" wrongly.
     */
    private static void checkNoOtherConstrainedMember(Class<?> type, List<Class<?>> hierarchy, Set<String> properties)
        throws Unsupported {
      for (Class<?> t : hierarchy) {
        List<AnnotatedElement> members = new ArrayList<>();
        for (Method m : t.getDeclaredMethods()) {
          if (isAccessor(m) && !properties.contains(m.getName())) {
            members.add(m);
          }
        }
        for (Field f : t.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && !properties.contains(f.getName())) {
            members.add(f);
          }
        }
        for (AnnotatedElement member : members) {
          ValuePlanBuilder builder = new ValuePlanBuilder();
          builder.add(member, type);
          if (!builder.isEmpty()) {
            throw new Unsupported("a constrained member that is not a property of the metamodel: " + member);
          }
        }
      }
    }

    /** A method Hibernate Validator takes for a property's getter. */
    private static boolean isAccessor(Method m) {
      return m.getParameterCount() == 0 && m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())
          && !m.isSynthetic() && !m.isBridge() && !NOT_PROPERTIES.contains(m.getName());
    }

    /** The class, its superclasses and every interface they implement. */
    private static List<Class<?>> hierarchy(Class<?> type) {
      Set<Class<?>> found = new LinkedHashSet<>();
      for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
        found.add(c);
        addInterfaces(c, found);
      }
      return List.copyOf(found);
    }

    private static void addInterfaces(Class<?> type, Set<Class<?>> found) {
      for (Class<?> i : type.getInterfaces()) {
        if (found.add(i)) {
          addInterfaces(i, found);
        }
      }
    }
  }

  /** A constrained property of a class and how to read it. */
  /**
   * A property to check: its model property, asked for its accessor at each read, which is then the
   * accessor's own class once it is spun ({@link Accessors#settled}), and the plan of its value.
   */
  private record Property(ModelProperty<?> property, ValuePlan plan) {
    @SuppressWarnings("unchecked")
    Object read(Object owner) {
      return ((Function<Object, Object>) property.accessor()).apply(owner);
    }
  }

  /**
   * What to check on a value: constraints (on the value, or on what an {@code OptionalInt} and its
   * kin hold), the plan of its container elements ({@code List}, {@code Optional}), and whether to
   * cascade into it.
   */
  private static final class ValuePlan {
    final Predicate<Object>[] constraints;
    final boolean unwrap;
    final ValuePlan elements;
    final boolean cascaded;

    @SuppressWarnings("unchecked")
    ValuePlan(List<Predicate<Object>> constraints, boolean unwrap, ValuePlan elements, boolean cascaded) {
      this.constraints = constraints.toArray(new Predicate[0]);
      this.unwrap = unwrap;
      this.elements = elements;
      this.cascaded = cascaded;
    }
  }

  /** Gathers the declarations of one property (an accessor and the overridden ones, a field). */
  private static final class ValuePlanBuilder {
    private final List<Predicate<Object>> constraints = new ArrayList<>();
    private final Set<String> names = new LinkedHashSet<>();
    private Type declaredType;
    private boolean cascaded;
    private ValuePlanBuilder elements;

    void add(AnnotatedElement element, Class<?> bean) throws Unsupported {
      AnnotatedType annotatedType = element instanceof Method m ? m.getAnnotatedReturnType()
          : ((Field) element).getAnnotatedType();
      addValue(Arrays.asList(element.getDeclaredAnnotations()), element.isAnnotationPresent(Valid.class),
          annotatedType, bean);
    }

    private void addValue(List<Annotation> annotations, boolean valid, AnnotatedType type, Class<?> bean)
        throws Unsupported {
      if (declaredType == null) {
        declaredType = type.getType();
      }
      Class<?> raw = raw(type.getType());
      for (Annotation a : annotations) {
        if (isConstraint(a.annotationType())) {
          Class<?> constrained = unwrapped(raw);
          constraints.add(constraint(a, constrained == null ? raw : constrained));
          names.add(name(a));
        } else if (containsConstraints(a)) {
          throw new Unsupported("repeated constraints: " + a);
        }
      }
      if (valid) {
        if (Iterable.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || Optional.class == raw) {
          throw new Unsupported("@Valid on a container");
        }
        cascaded = true;
      }
      if (type instanceof AnnotatedParameterizedType parameterized) {
        AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
        boolean annotated = Arrays.stream(arguments).anyMatch(ValuePlanBuilder::annotatedDeep);
        if (annotated) {
          if (!(Iterable.class.isAssignableFrom(raw) || raw == Optional.class) || arguments.length != 1) {
            throw new Unsupported("constraints on the type arguments of " + raw);
          }
          if (elements == null) {
            elements = new ValuePlanBuilder();
          }
          AnnotatedType argument = arguments[0];
          elements.addValue(Arrays.asList(argument.getDeclaredAnnotations()), argument.isAnnotationPresent(Valid.class),
              argument, bean);
        }
      }
    }

    private static boolean annotatedDeep(AnnotatedType type) {
      if (type.getDeclaredAnnotations().length > 0) {
        return true;
      }
      return type instanceof AnnotatedParameterizedType p
          && Arrays.stream(p.getAnnotatedActualTypeArguments()).anyMatch(ValuePlanBuilder::annotatedDeep);
    }

    boolean isEmpty() {
      return constraints.isEmpty() && !cascaded && (elements == null || elements.isEmpty());
    }

    ValuePlan build() {
      boolean unwrap = unwrapped(raw(declaredType)) != null;
      return new ValuePlan(constraints, unwrap, elements == null || elements.isEmpty() ? null : elements.build(),
          cascaded);
    }

    /** Constraints as {@code @Name}, cascades as {@code @Valid}, elements prefixed by {@code <>}. */
    Set<String> describe() {
      Set<String> description = new LinkedHashSet<>(names);
      if (cascaded) {
        description.add("@Valid");
      }
      if (elements != null) {
        for (String e : elements.describe()) {
          description.add("<>" + e);
        }
      }
      return Set.copyOf(description);
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    } else if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  /** The type a value unwrapped by default holds: {@code int} for {@code OptionalInt}; null otherwise. */
  private static Class<?> unwrapped(Class<?> type) {
    if (type == OptionalInt.class) {
      return Integer.class;
    } else if (type == OptionalLong.class) {
      return Long.class;
    } else if (type == OptionalDouble.class) {
      return Double.class;
    }
    return null;
  }

  private static boolean isConstraint(Class<? extends Annotation> type) {
    return type.isAnnotationPresent(Constraint.class);
  }

  /** A repeatable constraint's container ({@code @Pattern.List}). */
  private static boolean containsConstraints(Annotation a) {
    try {
      Method value = a.annotationType().getMethod("value");
      return value.getReturnType().isArray() && value.getReturnType().getComponentType().isAnnotation()
          && isConstraint(value.getReturnType().getComponentType().asSubclass(Annotation.class));
    } catch (NoSuchMethodException none) {
      return false;
    }
  }

  private static List<Annotation> constraints(Class<?> type) throws Unsupported {
    List<Annotation> found = new ArrayList<>();
    for (Annotation a : type.getDeclaredAnnotations()) {
      if (isConstraint(a.annotationType())) {
        found.add(a);
      } else if (containsConstraints(a)) {
        throw new Unsupported("repeated class constraints: " + a);
      }
    }
    return found;
  }

  private static String name(Annotation a) {
    return "@" + a.annotationType().getSimpleName();
  }

  /** The check of one constraint on values of a type. */
  private static Predicate<Object> constraint(Annotation a, Class<?> type) throws Unsupported {
    Class<? extends Annotation> kind = a.annotationType();
    Object groups = attribute(a, "groups");
    if (groups instanceof Class<?>[] g && !(g.length == 0 || (g.length == 1 && g[0] == Default.class))) {
      throw new Unsupported("a constraint in a group: " + a);
    }
    Object payload = attribute(a, "payload");
    if (payload instanceof Class<?>[] p && p.length > 0) {
      throw new Unsupported("a constraint with a payload: " + a);
    }
    for (Annotation meta : kind.getDeclaredAnnotations()) {
      if (isConstraint(meta.annotationType())) {
        throw new Unsupported("a composed constraint: " + kind);
      }
    }
    Class<?>[] validators = kind.getAnnotation(Constraint.class).validatedBy();
    if (validators.length == 1) {
      return custom(a, validators[0]);
    } else if (validators.length > 1) {
      throw new Unsupported("a constraint with several validators: " + kind);
    }
    return BuiltIn.of(a, type);
  }

  private static Object attribute(Annotation a, String name) {
    try {
      return a.annotationType().getMethod(name).invoke(a);
    } catch (ReflectiveOperationException | RuntimeException none) {
      return null;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Predicate<Object> custom(Annotation a, Class<?> validatorClass) throws Unsupported {
    ConstraintValidator validator;
    try {
      validator = (ConstraintValidator) validatorClass.getDeclaredConstructor().newInstance();
      validator.initialize(a);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new Unsupported("a validator that cannot be made: " + validatorClass);
    }
    return value -> {
      try {
        // No context: a validator that reaches for it has something to report, and Hibernate
        // Validator will report it.
        return validator.isValid(value, null);
      } catch (RuntimeException e) {
        return false;
      }
    };
  }

  /** The built-in constraints the model uses, on the types it uses them on. */
  private static final class BuiltIn {
    private BuiltIn() {}

    static Predicate<Object> of(Annotation a, Class<?> type) throws Unsupported {
      Class<?> boxed = box(type);
      if (a instanceof NotNull) {
        return Objects::nonNull;
      } else if (a instanceof Min min && isWhole(boxed)) {
        long bound = min.value();
        return v -> v == null || ((Number) v).longValue() >= bound;
      } else if (a instanceof Max max && isWhole(boxed)) {
        long bound = max.value();
        return v -> v == null || ((Number) v).longValue() <= bound;
      } else if (a instanceof Positive && isWhole(boxed)) {
        return v -> v == null || ((Number) v).longValue() > 0;
      } else if (a instanceof Positive && boxed == BigDecimal.class) {
        return v -> v == null || ((BigDecimal) v).signum() > 0;
      } else if (a instanceof PositiveOrZero && isWhole(boxed)) {
        return v -> v == null || ((Number) v).longValue() >= 0;
      } else if (a instanceof PositiveOrZero && boxed == BigDecimal.class) {
        return v -> v == null || ((BigDecimal) v).signum() >= 0;
      } else if (a instanceof Digits digits && boxed == BigDecimal.class) {
        int integer = digits.integer();
        int fraction = digits.fraction();
        return v -> {
          if (v == null) {
            return true;
          }
          BigDecimal d = (BigDecimal) v;
          return integer >= d.precision() - d.scale() && fraction >= Math.max(d.scale(), 0);
        };
      } else if (a instanceof Pattern pattern && CharSequence.class.isAssignableFrom(type)) {
        int flags = 0;
        for (Pattern.Flag flag : pattern.flags()) {
          flags |= flag.getValue();
        }
        java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern.regexp(), flags);
        return v -> v == null || compiled.matcher((CharSequence) v).matches();
      }
      throw new Unsupported("a built-in constraint on this type: " + a + " on " + type);
    }

    /** Integer types whose value a long holds exactly. */
    private static boolean isWhole(Class<?> type) {
      return type == Integer.class || type == Long.class || type == Short.class || type == Byte.class;
    }

    private static Class<?> box(Class<?> type) {
      if (!type.isPrimitive()) {
        return type;
      }
      return switch (type.getName()) {
        case "int" -> Integer.class;
        case "long" -> Long.class;
        case "short" -> Short.class;
        case "byte" -> Byte.class;
        default -> type;
      };
    }
  }
}
