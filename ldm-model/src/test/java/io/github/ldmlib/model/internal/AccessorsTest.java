package io.github.ldmlib.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The accessor functions answer the same through their method handle and, past {@link
 * Accessors#CALLS_BEFORE_CLASS} calls, through their spun class; exceptions keep their contract in
 * both.
 */
public class AccessorsTest {

  /** A public type with public accessors, which the JVM can call directly. */
  public static final class Open {
    private final String name;

    public Open(String name) {
      this.name = name;
    }

    public String name() {
      return name;
    }

    public int length() {
      return name.length();
    }

    public String failing() {
      throw new IllegalArgumentException("unchecked from " + name);
    }

    public String checked() throws IOException {
      throw new IOException("checked from " + name);
    }
  }

  /** A type the JVM cannot call directly from outside its package: read reflectively. */
  static final class Hidden {
    public String name() {
      return "hidden";
    }
  }

  private static Function<Object, Object> function(Class<?> type, String name) throws NoSuchMethodException {
    return Accessors.function(type.getMethod(name));
  }

  @Test
  void theSameFunctionAnswersTheSameBeforeAndAfterItsClassIsSpun() throws Exception {
    Function<Object, Object> name = function(Open.class, "name");
    Function<Object, Object> length = function(Open.class, "length");
    assertThat(function(Open.class, "name")).isSameAs(name);
    for (int i = 0; i < 3 * Accessors.CALLS_BEFORE_CLASS; i++) {
      Open open = new Open("n" + i);
      assertThat(name.apply(open)).isEqualTo("n" + i);
      assertThat(length.apply(open)).isEqualTo(open.length()); // boxed
    }
  }

  @Test
  void aHolderKeepsTheSpunClassOnceThereIsOneAndItAnswersTheSame() throws Exception {
    Function<Object, Object> length = function(Open.class, "length");
    Open open = new Open("four");
    for (int i = 1; i < Accessors.CALLS_BEFORE_CLASS; i++) {
      length.apply(open);
    }
    assertThat(Accessors.settled(length)).isSameAs(length);
    length.apply(open); // the thousandth call spins the class
    Function<Object, Object> settled = Accessors.settled(length);
    assertThat(settled).isNotSameAs(length);
    assertThat(settled.apply(new Open("seven!!"))).isEqualTo(7);
    assertThat(Accessors.settled(settled)).isSameAs(settled);
  }

  @Test
  void anAccessorThatDeclaresACheckedExceptionIsNeverSwappedForItsBareClass() throws Exception {
    Function<Object, Object> checked = function(Open.class, "checked");
    for (int i = 0; i < 2 * Accessors.CALLS_BEFORE_CLASS; i++) {
      assertThatThrownBy(() -> checked.apply(new Open("x"))).isInstanceOf(IllegalStateException.class);
    }
    Function<Object, Object> settled = Accessors.settled(checked);
    assertThat(settled).isSameAs(checked);
    assertThatThrownBy(() -> settled.apply(new Open("y"))).isExactlyInstanceOf(IllegalStateException.class)
        .cause().isInstanceOf(IOException.class);
  }

  @Test
  void anUncheckedExceptionArrivesUnchangedAndACheckedOneWrappedInBothTiers() throws Exception {
    Function<Object, Object> failing = function(Open.class, "failing");
    Function<Object, Object> checked = function(Open.class, "checked");
    for (int i = 0; i < 2 * Accessors.CALLS_BEFORE_CLASS; i++) {
      Open open = new Open("n" + i);
      assertThatThrownBy(() -> failing.apply(open)).isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("unchecked from n" + i);
      assertThatThrownBy(() -> checked.apply(open)).isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cannot read").cause().isInstanceOf(IOException.class).hasMessage("checked from n" + i);
    }
  }

  @Test
  void anAccessorTheJvmCannotCallDirectlyIsReadReflectively() throws Exception {
    Function<Object, Object> name = function(Hidden.class, "name");
    for (int i = 0; i < 2 * Accessors.CALLS_BEFORE_CLASS; i++) {
      assertThat(name.apply(new Hidden())).isEqualTo("hidden");
    }
  }

  @Test
  void aWrongOwnerIsAClassCastInBothTiers() throws Exception {
    Function<Object, Object> name = function(Open.class, "name");
    for (int i = 0; i < 2 * Accessors.CALLS_BEFORE_CLASS; i++) {
      assertThatThrownBy(() -> name.apply("not an Open")).isInstanceOf(ClassCastException.class);
      name.apply(new Open("x"));
    }
  }
}
