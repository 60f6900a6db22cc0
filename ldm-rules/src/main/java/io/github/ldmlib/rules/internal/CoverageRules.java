package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.ADVICE;

import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Place;
import io.github.ldmlib.rules.Rule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules on what the dossier's work covers: the requirements of each criterion. The improvement axes
 * of the 2012 procedure are not asked of a dossier: they are chosen at the audit and checked on its
 * summary report.
 */
final class CoverageRules {

  private CoverageRules() {}

  static final Rule<Dossier> REQUIREMENTS_ADDRESSED = Catalogue.dossier("LDM-D-090", ADVICE)
      .citing("the requirement")
      .checks("Every requirement (attendu) of a criterion the dossier has a section for is addressed by at "
          + "least one action or engagement of that section (`requirementIds`); requirements for network "
          + "candidatures count only in a network candidature. The finding names and cites the requirement. "
          + "An observation by default: the official dossier does not ask a school to map its work onto the "
          + "requirements; a profile may raise it.")
      .reads("criteria, requirements (`networkOnly`)")
      .grade("The source is silent: the official dossier does not ask a school to map its work onto the "
          + "requirements (each finding quotes the requirement itself). The milder ADVICE was chosen for "
          + "that reason; a profile may raise it.")
      .check(CoverageRules::requirementsAddressed);

  private static void requirementsAddressed(CheckContext<Dossier> context, FindingSink findings) {
    Referential r = context.referential();
    Dossier dossier = context.document();
    // The rows of the coverage matrix without an action or engagement, without building the matrix.
    Map<String, Set<String>> addressed = Coverage.addressed(dossier);
    for (Criterion c : r.criteria()) {
      if (!Coverage.applies(c, dossier)) {
        continue;
      }
      Set<String> ids = addressed.getOrDefault(c.id(), Set.of());
      for (Requirement requirement : c.requirements()) {
        if (!Coverage.applies(requirement, dossier) || ids.contains(requirement.id())) {
          continue;
        }
        List<Place<CriterionSection>> sections = context.each(CriterionSection.class, c.id());
        if (sections.isEmpty()) {
          continue; // LDM-D-003 reports the missing section
        }
        findings.at(sections.get(0).pointer()).requirement(requirement.id()).source(requirement.source())
            .report("unaddressed", requirement.id(), Texts.abbreviate(requirement.text()));
      }
    }
  }
}
