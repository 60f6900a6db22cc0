package io.github.ldmlib.rules;

import java.util.List;

/**
 * Supplies custom rules from another jar, found through {@link java.util.ServiceLoader} when a
 * checker is built with {@code discoverRules()}: each checker takes the rules of its own kind of
 * document. List the implementation's class name in {@code
 * META-INF/services/io.github.ldmlib.rules.RuleProvider}.
 *
 * <p>An academy that adds its own criterion typically ships its rules this way, next to the
 * academy profile that names the criterion.
 */
public interface RuleProvider {

  /**
   * Returns the rules this provider contributes, of any kind of document.
   *
   * @return the rules, not null
   */
  List<? extends Rule<?>> rules();
}
