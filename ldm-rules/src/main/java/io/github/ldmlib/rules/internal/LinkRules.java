package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.MINOR_GAP;

import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Transversality;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import java.util.List;
import java.util.Optional;

/** Rules on links from the dossier to the referential: domains, Qualéduc sheets, requirements. */
final class LinkRules {

  private LinkRules() {}

  static final BuiltInRule DOMAINS_EXIST = BuiltInRule.of("LDM-D-080", MINOR_GAP)
      .source(Sources.TABLES)
      .checks("Every evaluation domain or sub-domain a section's transversality links to (`D1`, `D1.2`) exists "
          + "in the referential. Does not apply to a referential without evaluation domains.")
      .reads("`evaluationDomains`")
      .check(LinkRules::domainsExist);

  static final BuiltInRule SHEETS_EXIST = BuiltInRule.of("LDM-D-081", MINOR_GAP)
      .source(Sources.TABLES)
      .checks("Every Qualéduc sheet a section's transversality links to (`3.5`) exists in the referential. "
          + "Does not apply to a referential without Qualéduc sheets.")
      .reads("`qualeducSheets`")
      .check(LinkRules::sheetsExist);

  static final BuiltInRule REQUIREMENTS_EXIST = BuiltInRule.of("LDM-D-082", MINOR_GAP)
      .citing("the library itself")
      .checks("Every requirement id an action or engagement declares (`requirementIds`) names a requirement "
          + "of the criterion of its section.")
      .reads("criteria, requirements")
      .check(LinkRules::requirementsExist);

  private static void domainsExist(CheckContext context, FindingSink findings) {
    Referential r = context.referential();
    if (r.evaluationDomains().isEmpty()) {
      return;
    }
    ReferentialIndex index = ReferentialIndex.of(context);
    for (Walk.At<CriterionSection> s : Walk.of(context).sections()) {
      List<String> ids = s.value().transversality().map(Transversality::evaluationDomainIds).orElse(List.of());
      for (int k = 0; k < ids.size(); k++) {
        if (!index.hasEvaluationDomain(ids.get(k))) {
          findings.report(Pointers.append(s.pointer(), "transversality", "evaluationDomainIds", k),
              "unknown", ids.get(k), s.criterionId());
        }
      }
    }
  }

  private static void sheetsExist(CheckContext context, FindingSink findings) {
    Referential r = context.referential();
    if (r.qualeducSheets().isEmpty()) {
      return;
    }
    ReferentialIndex index = ReferentialIndex.of(context);
    for (Walk.At<CriterionSection> s : Walk.of(context).sections()) {
      List<String> ids = s.value().transversality().map(Transversality::qualeducSheetIds).orElse(List.of());
      for (int k = 0; k < ids.size(); k++) {
        if (!index.hasQualeducSheet(ids.get(k))) {
          findings.report(Pointers.append(s.pointer(), "transversality", "qualeducSheetIds", k),
              "unknown", ids.get(k), s.criterionId());
        }
      }
    }
  }

  private static void requirementsExist(CheckContext context, FindingSink findings) {
    Referential r = context.referential();
    ReferentialIndex index = ReferentialIndex.of(context);
    for (Walk.At<Initiative> w : Walk.of(context).initiatives()) {
      if (index.criterion(w.criterionId()).isEmpty()) {
        continue; // LDM-D-004 reports the section
      }
      List<String> ids = w.value().requirementIds();
      for (int k = 0; k < ids.size(); k++) {
        String id = ids.get(k);
        if (index.hasRequirement(w.criterionId(), id)) {
          continue;
        }
        String at = Pointers.append(w.pointer(), "requirementIds", k);
        Optional<Criterion> owner = r.criteria().stream().filter(c -> c.requirement(id).isPresent()).findFirst();
        if (owner.isPresent()) {
          findings.report(at, "otherCriterion", id, w.value().title(), owner.get().id(), w.criterionId());
        } else {
          findings.report(at, "unknown", id, w.value().title(), w.criterionId());
        }
      }
    }
  }
}
