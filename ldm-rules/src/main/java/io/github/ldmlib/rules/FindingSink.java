package io.github.ldmlib.rules;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.referential.SourceRef;

/**
 * Where a {@link Rule} reports its findings during a check.
 *
 * <p>A finding is placed by a {@link JsonPointer} into the JSON form of the checked document, the
 * same one {@link io.github.ldmlib.model.validation.Violation#pointer()} gives (keys are the model's
 * accessor names, list elements their index): for example {@code /sections/3/team/coordinator} in a
 * dossier, {@code /plan/team/0/auditorId} in an audit file. The simplest is to start from an
 * element's {@link Place}. The pointer may name an absent field (where the missing element belongs),
 * but every property must exist in the model and every list index in the document; otherwise the
 * rule is taken to misbehave. The message is the entry {@code <rule id>.<messageKey>} of the rule's
 * {@linkplain Rule#messages() messages}, formatted with the arguments (numbers in plain notation,
 * anything else by {@code toString()}).
 *
 * <p>The severity is the rule's, after tailoring. The criterion is, in this order: the one given
 * with {@link Draft#criterion(String)}, the criterion of the place the pointer lies in, the rule's
 * own. A sink is valid only during the {@code check} call it is given to, and only on that thread.
 */
public interface FindingSink {

  /**
   * Starts a finding at a place of the document.
   *
   * @param pointer the place; the root for the document as a whole
   * @return a draft to complete and report
   */
  Draft at(JsonPointer pointer);

  /**
   * Starts a finding at an element of the document.
   *
   * @param place the element
   * @return a draft to complete and report
   */
  default Draft at(Place<?> place) {
    return at(place.pointer());
  }

  /**
   * Reports a finding at a place of the document.
   *
   * @param pointer the place; the root for the document as a whole
   * @param messageKey the message key, relative to the rule id
   * @param arguments the message arguments, not null
   */
  default void report(JsonPointer pointer, String messageKey, Object... arguments) {
    at(pointer).report(messageKey, arguments);
  }

  /**
   * Reports a finding at an element of the document.
   *
   * @param place the element
   * @param messageKey the message key, relative to the rule id
   * @param arguments the message arguments, not null
   */
  default void report(Place<?> place, String messageKey, Object... arguments) {
    at(place.pointer()).report(messageKey, arguments);
  }

  /** A finding being reported, to which a criterion, a requirement and a source can be added. */
  interface Draft {

    /**
     * Attributes the finding to a criterion.
     *
     * @param criterionId the criterion id
     * @return this draft
     */
    Draft criterion(String criterionId);

    /**
     * Attributes the finding to a requirement (<i>attendu</i>).
     *
     * @param requirementId the requirement id
     * @return this draft
     */
    Draft requirement(String requirementId);

    /**
     * Cites a source more precise than the rule's, for example the requirement's.
     *
     * @param source the source
     * @return this draft
     */
    Draft source(SourceRef source);

    /**
     * Reports the finding.
     *
     * @param messageKey the message key, relative to the rule id
     * @param arguments the message arguments, not null
     */
    void report(String messageKey, Object... arguments);
  }
}
