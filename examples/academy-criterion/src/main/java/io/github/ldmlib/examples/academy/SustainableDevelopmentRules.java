package io.github.ldmlib.examples.academy;

import io.github.ldmlib.rules.MessageSource;
import io.github.ldmlib.rules.Rule;
import io.github.ldmlib.rules.RuleProvider;
import java.util.List;

/**
 * The rules the academy of Montclair adds for its academic criterion C9, found by a checker built
 * with {@code discoverRules()} through {@code META-INF/services/io.github.ldmlib.rules.RuleProvider}.
 */
public final class SustainableDevelopmentRules implements RuleProvider {

  /** The titles and messages of the rules, in French and English. */
  static final MessageSource MESSAGES = MessageSource.bundle("io.github.ldmlib.examples.academy.messages",
      SustainableDevelopmentRules.class.getClassLoader());

  /** Creates the provider; {@link java.util.ServiceLoader} calls this constructor. */
  public SustainableDevelopmentRules() {}

  /** Returns {@code MTC-C9-001} and {@code MTC-C9-002}. */
  @Override
  public List<Rule<?>> rules() {
    return List.of(RequirementsAddressedRule.RULE, PerennialActionRule.RULE);
  }
}
