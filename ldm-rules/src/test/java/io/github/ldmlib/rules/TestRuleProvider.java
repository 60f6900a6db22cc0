package io.github.ldmlib.rules;

import io.github.ldmlib.model.conformity.Severity;
import java.util.List;
import java.util.Optional;

/** An academy's rule provider, found through {@code META-INF/services}. */
public final class TestRuleProvider implements RuleProvider {

  @Override
  public List<Rule> rules() {
    return List.of(new TestRule("ACAD-A1-001", Severity.MINOR_GAP, Optional.of("A1"), (context, findings) ->
        context.dossier().section("A1").ifPresent(s -> {
          if (s.engagements().size() < 2) {
            int index = context.dossier().sections().indexOf(s);
            findings.report("/sections/" + index + "/engagements", "tooFew", s.engagements().size());
          }
        })));
  }
}
