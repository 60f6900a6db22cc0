package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.referential.SourceRef;
import java.util.Optional;

/**
 * What a checker knows of a rule once built: its metadata read once (so that a rule cannot change
 * it between checks) and its effective severity after tailoring.
 *
 * @param rule the rule: a dossier {@link io.github.ldmlib.rules.Rule} or an {@link io.github.ldmlib.rules.AuditRule}
 * @param id its id
 * @param severity its effective severity
 * @param criterionId its criterion, if any
 * @param source its source, if any
 * @param bundleName the base name of its bundle
 * @param <R> the kind of rule
 */
public record RuleSpec<R>(
    R rule, String id, Severity severity, Optional<String> criterionId,
    Optional<SourceRef> source, String bundleName) {

  /**
   * Returns the same rule with another severity.
   *
   * @param other the severity
   * @return the new spec
   */
  public RuleSpec<R> withSeverity(Severity other) {
    return new RuleSpec<>(rule, id, other, criterionId, source, bundleName);
  }
}
