package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.rules.Place;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the engine asks of the walk of one checked document: whether a finding's pointer names a
 * place of the document, which criterion a place belongs to, and the values the built-in rules work
 * out once per check and share. The walk itself lives beside {@link Place}, which it makes.
 */
public interface Walk {

  /**
   * Explains why a pointer names no place in the document: each property token must be a property
   * of the value at that place, each index token an element that exists. A pointer may end on, or go
   * through, an absent optional value: that is where a missing element belongs.
   *
   * @param pointer the pointer
   * @return the problem, or empty when the pointer is valid
   */
  Optional<String> problem(JsonPointer pointer);

  /**
   * Returns the criterion of the referential that a valid pointer's place belongs to.
   *
   * @param pointer the pointer
   * @return the criterion id, or empty
   */
  Optional<String> criterionAt(JsonPointer pointer);

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
  <T, V> V shared(Place<T> place, Class<V> kind, Function<Place<T>, V> compute);
}
