package io.github.ldmlib.rules;

import io.github.ldmlib.model.audit.AuditorCategory;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Stage;
import java.util.List;
import java.util.Optional;

/** An academy's rule provider, dossier and audit rules, found through {@code META-INF/services}. */
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

  @Override
  public List<AuditRule> auditRules() {
    return List.of(TestAuditRule.of("ACAD-AUDIT-001", (context, findings) -> context.audit().plan()
        .filter(p -> p.stage() == Stage.FOLLOW_UP_3_YEARS)
        .ifPresent(p -> {
          for (int i = 0; i < p.team().size(); i++) {
            if (p.team().get(i).role() == io.github.ldmlib.model.audit.AuditRole.LEAD_AUDITOR
                && p.team().get(i).category() != AuditorCategory.RECTORATE) {
              findings.report("/plan/team/" + i, "notAnInspector", p.team().get(i).person().lastName());
            }
          }
        })));
  }
}
