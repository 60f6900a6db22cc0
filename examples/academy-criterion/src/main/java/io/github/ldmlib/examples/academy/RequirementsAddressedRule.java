package io.github.ldmlib.examples.academy;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.rules.Rule;
import java.util.HashSet;
import java.util.Set;

/**
 * Rule {@code MTC-C9-001} of the academy of Montclair: every requirement (<i>attendu</i>) of the
 * academic criterion C9 is addressed by at least one action or engagement of its section. The
 * built-in rule {@code LDM-D-090} only observes an unaddressed requirement; for its own criterion
 * the academy makes it a point to complete. A dossier without a section for C9 is left to {@code
 * LDM-D-003}.
 */
public final class RequirementsAddressedRule {

  private RequirementsAddressedRule() {}

  /** The rule. */
  public static final Rule<Dossier> RULE = Rule.declare(DocumentKind.DOSSIER, "MTC-C9-001", Severity.TO_COMPLETE)
      .criterion(MontclairProfile.CRITERION_ID)
      .source(MontclairProfile.CRITERION_SOURCE)
      .messages(SustainableDevelopmentRules.MESSAGES)
      .check((context, findings) -> context.each(CriterionSection.class, MontclairProfile.CRITERION_ID).stream()
          .findFirst().ifPresent(section -> {
            Set<String> addressed = new HashSet<>();
            context.each(Initiative.class, section).forEach(work -> addressed.addAll(work.value().requirementIds()));
            for (Requirement requirement : context.criterion(MontclairProfile.CRITERION_ID).orElseThrow().requirements()) {
              boolean applies = !requirement.networkOnly() || context.document().isNetworkCandidature();
              if (applies && !addressed.contains(requirement.id())) {
                findings.at(section).requirement(requirement.id()).source(requirement.source())
                    .report("unaddressed", requirement.id(), requirement.text());
              }
            }
          }));
}
