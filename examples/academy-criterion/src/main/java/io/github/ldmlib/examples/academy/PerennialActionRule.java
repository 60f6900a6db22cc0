package io.github.ldmlib.examples.academy;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.rules.Place;
import io.github.ldmlib.rules.Rule;

/**
 * Rule {@code MTC-C9-002} of the academy of Montclair: from the first follow-up audit on, the
 * initiation to sustainable development is lasting work, so the section of the academic criterion
 * C9 presents at least one perennial action (<i>action pérenne</i>). At the candidature a school
 * may still be starting: the rule does not apply then.
 */
public final class PerennialActionRule {

  private PerennialActionRule() {}

  /** The rule. */
  public static final Rule<Dossier> RULE = Rule.declare(DocumentKind.DOSSIER, "MTC-C9-002", Severity.TO_COMPLETE)
      .criterion(MontclairProfile.CRITERION_ID)
      .source(MontclairProfile.PROFILE.source())
      .messages(SustainableDevelopmentRules.MESSAGES)
      .check((context, findings) -> {
        Stage stage = context.stage().orElse(Stage.CANDIDATURE);
        for (Place<CriterionSection> section : context.each(CriterionSection.class, MontclairProfile.CRITERION_ID)) {
          if (stage != Stage.CANDIDATURE
              && section.value().actions().stream().noneMatch(action -> action.perennial().orElse(false))) {
            findings.report(section.pointer().append("actions"), stage == Stage.RENEWAL ? "renewal" : "followUp");
          }
        }
      });
}
