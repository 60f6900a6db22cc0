package io.github.ldmlib.examples.academy;

import io.github.ldmlib.rules.Rule;
import io.github.ldmlib.rules.RuleProvider;
import java.util.List;

/**
 * The rules the academy of Montclair adds for its academic criterion C9, found by a checker built
 * with {@code discoverRules()} through {@code META-INF/services/io.github.ldmlib.rules.RuleProvider}.
 */
public final class SustainableDevelopmentRules implements RuleProvider {

  /** The base name of the rules' messages, in French and English. */
  static final String BUNDLE = "io.github.ldmlib.examples.academy.messages";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this constructor. */
  public SustainableDevelopmentRules() {}

  /** Returns {@code MTC-C9-001} and {@code MTC-C9-002}. */
  @Override
  public List<Rule> rules() {
    return List.of(new RequirementsAddressedRule(), new PerennialActionRule());
  }
}
