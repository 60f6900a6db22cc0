package io.github.ldmlib.examples.academy;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rule {@code MTC-C9-001} of the academy of Montclair: every requirement (<i>attendu</i>) of the
 * academic criterion C9 is addressed by at least one action or engagement of its section. The
 * built-in rule {@code LDM-D-090} only observes an unaddressed requirement; for its own criterion
 * the academy makes it a minor gap. A dossier without a section for C9 is left to {@code
 * LDM-D-003}.
 */
public final class RequirementsAddressedRule implements Rule {

  /** The id of the rule. */
  public static final String ID = "MTC-C9-001";

  /** Creates the rule. */
  public RequirementsAddressedRule() {}

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
    return Optional.of(MontclairProfile.CRITERION_SOURCE);
  }

  @Override
  public String messageBundle() {
    return SustainableDevelopmentRules.BUNDLE;
  }

  @Override
  public void check(CheckContext context, FindingSink findings) {
    Optional<Criterion> criterion = context.referential().criterion(MontclairProfile.CRITERION_ID);
    List<CriterionSection> sections = context.dossier().sections();
    int index = indexOf(sections);
    if (criterion.isEmpty() || index < 0) {
      return;
    }
    List<Initiative> work = new ArrayList<>(sections.get(index).actions());
    work.addAll(sections.get(index).engagements());
    for (Requirement requirement : criterion.get().requirements()) {
      if (requirement.networkOnly() && !context.dossier().isNetworkCandidature()) {
        continue;
      }
      if (work.stream().noneMatch(w -> w.requirementIds().contains(requirement.id()))) {
        findings.at("/sections/" + index)
            .requirement(requirement.id())
            .source(requirement.source())
            .report("unaddressed", requirement.id(), requirement.text());
      }
    }
  }

  /** The index of the section of criterion C9, or -1. */
  static int indexOf(List<CriterionSection> sections) {
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).criterionId().equals(MontclairProfile.CRITERION_ID)) {
        return i;
      }
    }
    return -1;
  }
}
