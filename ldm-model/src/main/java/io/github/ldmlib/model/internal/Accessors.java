package io.github.ldmlib.model.internal;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Accessors of the model turned into plain functions, for the code that reads the model by its
 * properties (Bean Validation's fast path, the structure rules): a {@link Method#invoke} costs its
 * access checks and a megamorphic dispatch at every call, as much again as reading the value.
 * Each function is made once per accessor and shared.
 *
 * <p>A function starts by calling its accessor through a {@link MethodHandle}, and after {@value
 * #CALLS_BEFORE_CLASS} calls through a class of its own spun by {@link LambdaMetafactory}. A fresh
 * JVM makes a method handle about four times faster than it spins a class (0.08 against 0.32 ms; a
 * first check reads some 150 accessors), so the first report does not wait for the classes; a
 * class is then the faster call in the long run (the validation pass and the rules are 8–10 %
 * slower through method handles alone: docs/performance.md, round 6). A holder of the function
 * swaps in the spun class once there is one ({@link #settled}), so that a warm call is one call.
 *
 * <p>This class is thread-safe.
 */
public final class Accessors {

  /** How many calls an accessor takes through its method handle before its class is spun. */
  static final int CALLS_BEFORE_CLASS = 1_000;

  private static final Map<Method, Function<Object, Object>> FUNCTIONS = new ConcurrentHashMap<>();
  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

  private Accessors() {}

  /**
   * Returns a function that calls an accessor: through a method handle, then a class of its own,
   * where the JVM can make them (the accessor is public, in a public class), a reflective call
   * otherwise. An exception the accessor throws reaches the caller unchanged when it is unchecked,
   * wrapped in an {@link IllegalStateException} otherwise.
   *
   * @param accessor a public method without parameters that returns a value
   * @return the function, the same for the same accessor
   */
  public static Function<Object, Object> function(Method accessor) {
    return FUNCTIONS.computeIfAbsent(accessor, Accessors::make);
  }

  /**
   * The function to keep in place of one this class made: once its class is spun, that class,
   * which a caller calls directly thereafter (one call instead of two); until then, or when the
   * accessor declares a checked exception (which only the function itself wraps), the function
   * itself.
   *
   * @param function a function {@link #function(Method)} returned
   * @return the function to call from now on
   */
  public static Function<Object, Object> settled(Function<Object, Object> function) {
    if (function instanceof Tiered tiered && !tiered.throwsChecked) {
      Function<Object, Object> spun = tiered.spun;
      return spun == null ? function : spun;
    }
    return function;
  }

  private static Function<Object, Object> make(Method accessor) {
    MethodHandle handle;
    try {
      handle = MethodHandles.publicLookup().unreflect(accessor);
    } catch (IllegalAccessException | RuntimeException refused) {
      return owner -> invoke(accessor, owner);
    }
    return new Tiered(accessor, handle);
  }

  /**
   * An accessor called through its method handle until it has been called often enough, then
   * through the class spun for it. The fields are written by whichever thread gets there: the
   * count is a heuristic, and the spun function holds no state.
   */
  private static final class Tiered implements Function<Object, Object> {
    private final Method accessor;
    private final MethodHandle target;
    private final MethodHandle handle;
    /** Whether the accessor declares a checked exception, which a spun class would let through. */
    private final boolean throwsChecked;
    private volatile Function<Object, Object> spun;
    private int calls;

    Tiered(Method accessor, MethodHandle target) {
      this.accessor = accessor;
      this.target = target;
      this.handle = target.asType(GETTER);
      this.throwsChecked = Arrays.stream(accessor.getExceptionTypes())
          .anyMatch(e -> !RuntimeException.class.isAssignableFrom(e) && !Error.class.isAssignableFrom(e));
    }

    @Override
    public Object apply(Object owner) {
      try {
        Function<Object, Object> fast = spun;
        if (fast != null) {
          return fast.apply(owner); // a spun class lets a checked exception through: caught below
        }
        if (++calls == CALLS_BEFORE_CLASS) {
          spun = spin();
        }
        return (Object) handle.invokeExact(owner);
      } catch (RuntimeException | Error unchecked) {
        throw unchecked;
      } catch (Throwable checked) {
        throw new IllegalStateException("cannot read " + accessor, checked);
      }
    }

    /** The class of this accessor, or null where the JVM will not spin one: the handle stays. */
    private Function<Object, Object> spin() {
      try {
        @SuppressWarnings("unchecked")
        Function<Object, Object> function = (Function<Object, Object>) LambdaMetafactory.metafactory(
                MethodHandles.lookup(), "apply", MethodType.methodType(Function.class), GETTER, target,
                target.type().wrap())
            .getTarget().invoke();
        return function;
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable refused) {
        return null;
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
