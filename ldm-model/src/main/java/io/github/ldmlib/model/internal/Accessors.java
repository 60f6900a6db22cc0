package io.github.ldmlib.model.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Accessors of the model turned into plain functions, for the code that reads the model by its
 * properties (Bean Validation's fast path, the structure rules): a {@link Method#invoke} costs its
 * access checks and a megamorphic dispatch at every call, as much again as reading the value.
 * Each function is made once per accessor and shared.
 *
 * <p>A function holds a {@link MethodHandle} of its accessor rather than a class of its own spun by
 * {@link java.lang.invoke.LambdaMetafactory}: a fresh JVM makes a method handle about four times
 * faster than it spins a class (a first check reads some 150 accessors: that many classes of the
 * 2,500 it loaded), and the call sites that use these functions each see many accessors, so a spun
 * class was rarely inlined there either: a warm call costs the same (docs/performance.md, round 6).
 *
 * <p>This class is thread-safe.
 */
public final class Accessors {

  private static final Map<Method, Function<Object, Object>> FUNCTIONS = new ConcurrentHashMap<>();
  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

  private Accessors() {}

  /**
   * Returns a function that calls an accessor: through a method handle where the JVM can make one
   * (the accessor is public, in a public class), a reflective call otherwise. An exception the
   * accessor throws reaches the caller unchanged when it is unchecked, wrapped in an {@link
   * IllegalStateException} otherwise.
   *
   * @param accessor a public method without parameters that returns a value
   * @return the function, the same for the same accessor
   */
  public static Function<Object, Object> function(Method accessor) {
    return FUNCTIONS.computeIfAbsent(accessor, Accessors::make);
  }

  private static Function<Object, Object> make(Method accessor) {
    MethodHandle handle;
    try {
      handle = MethodHandles.publicLookup().unreflect(accessor).asType(GETTER);
    } catch (IllegalAccessException | RuntimeException refused) {
      return owner -> invoke(accessor, owner);
    }
    return new Handle(accessor, handle);
  }

  /** An accessor called through its method handle. */
  private record Handle(Method accessor, MethodHandle handle) implements Function<Object, Object> {
    @Override
    public Object apply(Object owner) {
      try {
        return (Object) handle.invokeExact(owner);
      } catch (RuntimeException | Error unchecked) {
        throw unchecked;
      } catch (Throwable checked) {
        throw new IllegalStateException("cannot read " + accessor, checked);
      }
    }
  }

  private static Object invoke(Method accessor, Object owner) {
    try {
      return accessor.invoke(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw new IllegalStateException("cannot read " + accessor, e.getCause());
    }
  }
}
