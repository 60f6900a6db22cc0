package io.github.ldmlib.rules;

import io.github.ldmlib.model.referential.SourceRef;

/**
 * Where a {@link Rule} or an {@link AuditRule} reports its findings during a check.
 *
 * <p>A finding is placed by a JSON Pointer into the JSON form of what is checked, the same one
 * {@link io.github.ldmlib.model.validation.Violation#pointer()} gives (keys are the model's accessor
 * names, list elements their index): into the dossier for a {@link Rule}, for example {@code
 * /sections/3/team/coordinator}; into the {@link io.github.ldmlib.model.audit.AuditFile audit file}
 * for an {@link AuditRule}, whose first token names the document, for example {@code
 * /plan/team/0/auditorId}. The pointer may name an absent field (where the missing element
 * belongs), but every property must exist in the model and every list index in the checked value;
 * otherwise the rule is taken to misbehave. Its message is the entry {@code <rule id>.<messageKey>} of the rule's bundle,
 * formatted with the arguments (numbers in plain notation, anything else by {@code toString()}).
 *
 * <p>The severity is the rule's, after tailoring. The criterion is, in this order: the one given
 * with {@link Draft#criterion(String)}, the criterion of the place the pointer lies in (a dossier's
 * criterion section; an audit's dashboard entry, gap, improvement axis, remark or interviewee), the
 * rule's own. A sink is valid only during the {@code check} call it is given to, and only on that
 * thread.
 */
public interface FindingSink {

  /**
   * Starts a finding at a place in the dossier.
   *
   * @param pointer the JSON Pointer of the place; empty for the dossier as a whole
   * @return a draft to complete and report
   */
  Draft at(String pointer);

  /**
   * Reports a finding at a place in the dossier.
   *
   * @param pointer the JSON Pointer of the place; empty for the dossier as a whole
   * @param messageKey the message key, relative to the rule id
   * @param arguments the message arguments, not null
   */
  default void report(String pointer, String messageKey, Object... arguments) {
    at(pointer).report(messageKey, arguments);
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
