package io.github.ldmlib.rules;

import java.util.List;

/**
 * Supplies custom rules from another jar, found through {@link java.util.ServiceLoader} when a
 * checker is built with {@code discoverRules()}: a {@link Checker.Builder} takes its dossier rules,
 * an {@link AuditChecker.Builder} its audit rules. List the implementation's class name in {@code
 * META-INF/services/io.github.ldmlib.rules.RuleProvider}.
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
   * {@code discoverRules()} on its {@link AuditChecker.Builder}.
   *
   * @return the rules, not null; none unless overridden
   */
  default List<AuditRule> auditRules() {
    return List.of();
  }
}
