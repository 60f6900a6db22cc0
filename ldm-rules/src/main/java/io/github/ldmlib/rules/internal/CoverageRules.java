package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.ADVICE;
import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.CriterionKind;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Place;
import io.github.ldmlib.rules.Rule;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** Rules on what the dossier's work covers: requirements, and the improvement axes of an edition. */
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

  static final Rule<Dossier> IMPROVEMENT_AXES = Catalogue.dossier("LDM-D-091", TO_COMPLETE)
      .citing("the referential's own source, where its parameters come from")
      .checks("Edition-specific (Aix-Marseille 2012: « l'établissement choisit cinq critères au moins pour "
          + "lesquels il propose un ou deux axes de progrès »): at least `minCriteriaWithImprovementAxes` "
          + "national criteria have between `minImprovementAxesPerCriterion` (default 1) and "
          + "`maxImprovementAxesPerCriterion` (default: no maximum) improvement axes. Applies only when the "
          + "referential states `minCriteriaWithImprovementAxes`, and at the candidature and the renewal, "
          + "when the axes are proposed. The finding cites the referential's source.")
      .reads("`parameters.minCriteriaWithImprovementAxes`, `minImprovementAxesPerCriterion`, "
          + "`maxImprovementAxesPerCriterion`; criteria (kind)")
      .check(CoverageRules::improvementAxes);

  static final Rule<Dossier> TOO_MANY_AXES = Catalogue.dossier("LDM-D-092", ADVICE)
      .citing("the referential's own source, where its parameters come from")
      .checks("Edition-specific, as LDM-D-091: a criterion with more improvement axes than "
          + "`maxImprovementAxesPerCriterion` does not count towards the minimum; the school should choose.")
      .reads("`parameters.maxImprovementAxesPerCriterion`")
      .check(CoverageRules::tooManyAxes);

  /**
   * The improvement axes of a section: one per action that states improvement areas, and one per
   * engagement (work to come with improvement objectives).
   */
  static int improvementAxes(CriterionSection section) {
    int axes = (int) section.actions().stream().filter(a -> a.improvementAreas().isPresent()).count();
    return axes + section.engagements().size();
  }

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

  private static boolean axesStage(CheckContext<Dossier> context) {
    return context.stage().filter(s -> s == Stage.CANDIDATURE || s == Stage.RENEWAL).isPresent();
  }

  private static void improvementAxes(CheckContext<Dossier> context, FindingSink findings) {
    ProcessParameters p = context.referential().parameters();
    OptionalInt required = p.minCriteriaWithImprovementAxes();
    if (required.isEmpty() || !axesStage(context)) {
      return;
    }
    int min = p.minImprovementAxesPerCriterion().orElse(1);
    int max = p.maxImprovementAxesPerCriterion().orElse(Integer.MAX_VALUE);
    long criteria = context.document().sections().stream()
        .filter(s -> context.criterion(s.criterionId())
            .filter(c -> c.kind() == CriterionKind.NATIONAL).isPresent())
        .map(CriterionSection::criterionId)
        .distinct()
        .filter(id -> {
          int axes = context.document().sections().stream().filter(s -> s.criterionId().equals(id))
              .mapToInt(CoverageRules::improvementAxes).sum();
          return axes >= min && axes <= max;
        })
        .count();
    if (criteria < required.getAsInt()) {
      String range = max == Integer.MAX_VALUE ? String.valueOf(min) : min + "–" + max;
      findings.at(JsonPointer.of("sections")).source(context.referential().source())
          .report(max == Integer.MAX_VALUE ? "tooFewAtLeast" : "tooFew", required.getAsInt(), range, criteria);
    }
  }

  private static void tooManyAxes(CheckContext<Dossier> context, FindingSink findings) {
    ProcessParameters p = context.referential().parameters();
    if (p.minCriteriaWithImprovementAxes().isEmpty() || p.maxImprovementAxesPerCriterion().isEmpty()
        || !axesStage(context)) {
      return;
    }
    int max = p.maxImprovementAxesPerCriterion().getAsInt();
    for (Place<CriterionSection> s : context.each(CriterionSection.class)) {
      int axes = improvementAxes(s.value());
      if (axes > max) {
        findings.at(s.pointer()).source(context.referential().source()).report("tooMany", s.value().criterionId(), axes, max);
      }
    }
  }
}
