package io.github.ldmlib.rules;

import java.util.List;

/**
 * Supplies custom rules from another jar, found through {@link java.util.ServiceLoader} when a
 * checker is built with {@link Checker.Builder#discoverRules()} (dossier rules) or {@link
 * AuditChecker.Builder#discoverRules()} (audit rules). List the implementation's class
 * name in {@code META-INF/services/io.github.ldmlib.rules.RuleProvider}.
 *
 * <p>An academy that adds its own criterion typically ships its rules this way, next to the
 * academy profile that names the criterion.
 */
public interface RuleProvider {

  /**
   * Returns the dossier rules this provider contributes, for a {@link Checker}.
   *
   * @return the rules, not null; none unless overridden
   */
  default List<Rule> rules() {
    return List.of();
  }

  /**
   * Returns the audit rules this provider contributes, for an {@link AuditChecker} built with
   * {@link AuditChecker.Builder#discoverRules()}.
   *
   * @return the rules, not null; none unless overridden
   */
  default List<AuditRule> auditRules() {
    return List.of();
  }
}
