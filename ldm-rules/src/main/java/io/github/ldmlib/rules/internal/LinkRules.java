package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Transversality;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Place;
import io.github.ldmlib.rules.Rule;
import java.util.List;
import java.util.Optional;

/** Rules on links from the dossier to the referential: domains, Qualéduc sheets, requirements. */
final class LinkRules {

  private LinkRules() {}

  static final Rule<Dossier> DOMAINS_EXIST = Catalogue.dossier("LDM-D-080", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("Every evaluation domain or sub-domain a section's transversality links to (`D1`, `D1.2`) exists "
          + "in the referential. Does not apply to a referential without evaluation domains.")
      .reads("`evaluationDomains`")
      .clause("Domaine d'auto-évaluation de l'établissement / Mettre en lien avec un domaine de "
          + "l'auto-évaluation de l'établissement éventuellement")
      .grade("The link itself is optional (« éventuellement »), but a link that is given is to name a "
          + "domain of the referential: an unknown one is to be corrected, so TO_COMPLETE.")
      .check(LinkRules::domainsExist);

  static final Rule<Dossier> SHEETS_EXIST = Catalogue.dossier("LDM-D-081", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("Every Qualéduc sheet a section's transversality links to (`3.5`) exists in the referential. "
          + "Does not apply to a referential without Qualéduc sheets.")
      .reads("`qualeducSheets`")
      .grade("The source is silent: the guide's transversality table has no row for Qualéduc sheets (a "
          + "link the library adds), and an unknown sheet id is a fault of the data. The milder "
          + "TO_COMPLETE rather than NOT_SUBMITTABLE was chosen for that reason: the id is to be "
          + "corrected.")
      .check(LinkRules::sheetsExist);

  static final Rule<Dossier> REQUIREMENTS_EXIST = Catalogue.dossier("LDM-D-082", TO_COMPLETE)
      .citing("the library itself")
      .checks("Every requirement id an action or engagement declares (`requirementIds`) names a requirement "
          + "of the criterion of its section.")
      .reads("criteria, requirements")
      .grade("The source is silent: the dossier template asks for no requirement ids (the library adds "
          + "them), and one that names no requirement of the criterion is a fault of the data. The milder "
          + "TO_COMPLETE rather than NOT_SUBMITTABLE was chosen for that reason: the id is to be "
          + "corrected.")
      .check(LinkRules::requirementsExist);

  private static void domainsExist(CheckContext<Dossier> context, FindingSink findings) {
    Referential r = context.referential();
    if (r.evaluationDomains().isEmpty()) {
      return;
    }
    for (Place<CriterionSection> s : context.each(CriterionSection.class)) {
      List<String> ids = s.value().transversality().map(Transversality::evaluationDomainIds).orElse(List.of());
      for (int k = 0; k < ids.size(); k++) {
        if (!r.hasEvaluationDomain(ids.get(k))) {
          findings.report(Pointers.append(s.pointer(), "transversality", "evaluationDomainIds", k),
              "unknown", ids.get(k), s.value().criterionId());
        }
      }
    }
  }

  private static void sheetsExist(CheckContext<Dossier> context, FindingSink findings) {
    Referential r = context.referential();
    if (r.qualeducSheets().isEmpty()) {
      return;
    }
    for (Place<CriterionSection> s : context.each(CriterionSection.class)) {
      List<String> ids = s.value().transversality().map(Transversality::qualeducSheetIds).orElse(List.of());
      for (int k = 0; k < ids.size(); k++) {
        if (r.qualeducSheet(ids.get(k)).isEmpty()) {
          findings.report(Pointers.append(s.pointer(), "transversality", "qualeducSheetIds", k),
              "unknown", ids.get(k), s.value().criterionId());
        }
      }
    }
  }

  private static void requirementsExist(CheckContext<Dossier> context, FindingSink findings) {
    Referential r = context.referential();
    for (Place<Initiative> w : context.each(Initiative.class)) {
      if (w.criterionId().isEmpty()) {
        continue; // LDM-D-004 reports the section
      }
      String criterionId = w.criterionId().get();
      List<String> ids = w.value().requirementIds();
      for (int k = 0; k < ids.size(); k++) {
        String id = ids.get(k);
        if (context.requirement(criterionId, id).isPresent()) {
          continue;
        }
        JsonPointer at = Pointers.append(w.pointer(), "requirementIds", k);
        Optional<Criterion> owner = r.criteria().stream().filter(c -> c.requirement(id).isPresent()).findFirst();
        if (owner.isPresent()) {
          findings.report(at, "otherCriterion", id, w.value().title(), owner.get().id(), criterionId);
        } else {
          findings.report(at, "unknown", id, w.value().title(), criterionId);
        }
      }
    }
  }
}
