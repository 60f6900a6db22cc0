package io.github.ldmlib.examples.academy;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Stage;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Rule;
import java.util.List;
import java.util.Optional;

/**
 * Rule {@code MTC-C9-002} of the academy of Montclair: from the first follow-up audit on, the
 * initiation to sustainable development is lasting work, so the section of the academic criterion
 * C9 presents at least one perennial action (<i>action pérenne</i>). At the candidature a school
 * may still be starting: the rule does not apply then.
 */
public final class PerennialActionRule implements Rule {

  /** The id of the rule. */
  public static final String ID = "MTC-C9-002";

  /** Creates the rule. */
  public PerennialActionRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.MINOR_GAP;
  }

  @Override
  public Optional<String> criterionId() {
    return Optional.of(MontclairProfile.CRITERION_ID);
  }

  @Override
  public Optional<SourceRef> source() {
    return Optional.of(MontclairProfile.PROFILE.source());
  }

  @Override
  public String messageBundle() {
    return SustainableDevelopmentRules.BUNDLE;
  }

  @Override
  public void check(CheckContext context, FindingSink findings) {
    if (context.stage() == Stage.CANDIDATURE) {
      return;
    }
    List<CriterionSection> sections = context.dossier().sections();
    int index = RequirementsAddressedRule.indexOf(sections);
    if (index < 0) {
      return;
    }
    boolean lasting = sections.get(index).actions().stream()
        .map(Action::perennial)
        .anyMatch(p -> p.orElse(false));
    if (!lasting) {
      findings.report("/sections/" + index + "/actions", context.stage() == Stage.RENEWAL ? "renewal" : "followUp");
    }
  }
}
