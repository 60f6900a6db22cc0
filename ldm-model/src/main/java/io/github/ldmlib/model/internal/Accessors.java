package io.github.ldmlib.model.internal;

import java.lang.invoke.LambdaMetafactory;
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
 * Each function is made once per accessor and shared, since each is a class the JVM spins.
 *
 * <p>This class is thread-safe.
 */
public final class Accessors {

  private static final Map<Method, Function<Object, Object>> FUNCTIONS = new ConcurrentHashMap<>();

  private Accessors() {}

  /**
   * Returns a function that calls an accessor: a direct call where the JVM can make one (the
   * accessor is public, in a public class), a reflective call otherwise. An exception the accessor
   * throws reaches the caller unchanged when it is unchecked, wrapped in an {@link
   * IllegalStateException} otherwise.
   *
   * @param accessor a public method without parameters that returns a value
   * @return the function, the same for the same accessor
   */
  public static Function<Object, Object> function(Method accessor) {
    return FUNCTIONS.computeIfAbsent(accessor, Accessors::make);
  }

  private static Function<Object, Object> make(Method accessor) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle target = lookup.unreflect(accessor);
      @SuppressWarnings("unchecked")
      Function<Object, Object> function = (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
              MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), target,
              target.type().wrap())
          .getTarget().invoke();
      return function;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable refused) {
      return owner -> invoke(accessor, owner);
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
