package io.github.ldmlib.rules;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.AuditRole;
import io.github.ldmlib.model.audit.AuditTeamMember;
import io.github.ldmlib.model.audit.AuditorCategory;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.meta.DocumentKind;
import java.util.List;
import java.util.Optional;

/** An academy's rule provider, dossier and audit rules, found through {@code META-INF/services}. */
public final class TestRuleProvider implements RuleProvider {

  @Override
  public List<Rule<?>> rules() {
    return List.of(
        new TestRule<>(DocumentKind.DOSSIER, "ACAD-A1-001", Severity.TO_COMPLETE, Optional.of("A1"), (context, findings) -> {
          for (Place<CriterionSection> s : context.each(CriterionSection.class)) {
            if (s.value().criterionId().equals("A1") && s.value().engagements().size() < 2) {
              findings.report(s.pointer().append("engagements"), "tooFew", s.value().engagements().size());
              return;
            }
          }
        }),
        TestRule.audit("ACAD-AUDIT-001", (context, findings) -> context.document().plan()
            .filter(p -> p.stage() == Stage.FOLLOW_UP_3_YEARS)
            .ifPresent(p -> {
              for (Place<AuditTeamMember> m : context.each(AuditTeamMember.class)) {
                if (m.value().role() == AuditRole.LEAD_AUDITOR && m.value().category() != AuditorCategory.RECTORATE) {
                  findings.report(m, "notAnInspector", m.value().person().lastName());
                }
              }
            })));
  }
}
