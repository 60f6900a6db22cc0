package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.MAJOR_GAP;
import static io.github.ldmlib.model.conformity.Severity.MINOR_GAP;
import static io.github.ldmlib.model.conformity.Severity.OBSERVATION;

import io.github.ldmlib.model.conformity.Stage;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rules on the dossier as a whole: the engine's own, well-formedness, referential, sections, stage. */
final class DossierRules {

  private DossierRules() {}

  static final BuiltInRule RULE_FAILED = BuiltInRule.of("LDM-E-001", MAJOR_GAP)
      .protect()
      .citing("the library itself")
      .checks("A rule could not be applied: it threw, reported a place that does not exist in the dossier (or "
          + "in the audit file, for an audit rule), a message it does not have, or more than 10,000 findings. The "
          + "checker drops what that rule reported and records this finding, naming it; the other rules still "
          + "run. As the check is incomplete, the dossier is not ready for audit.")
      .reads("—")
      .check((context, findings) -> { });

  static final BuiltInRule WELL_FORMED = BuiltInRule.of("LDM-V-001", MAJOR_GAP)
      .protect()
      .citing("the model's constraints")
      .checks("The dossier is well-formed: every Bean Validation constraint of the model holds (texts, "
          + "identifiers, UAI codes, durations, and measures that fit their indicator's unit: a percentage "
          + "lies within 0–100, a count is a whole number). One finding per violation, at its pointer; the "
          + "message is the constraint's, in the report's language.")
      .reads("—")
      .check(DossierRules::wellFormed);

  static final BuiltInRule SAME_REFERENTIAL = BuiltInRule.of("LDM-D-001", MAJOR_GAP)
      .protect()
      .citing("the library itself")
      .checks("The dossier answers the referential it is checked against (`referentialId`).")
      .reads("referential id")
      .check(DossierRules::sameReferential);

  static final BuiltInRule SAME_EDITION = BuiltInRule.of("LDM-D-002", OBSERVATION)
      .citing("the library itself")
      .checks("When the dossier names the edition of its referential, it is the edition it is checked against.")
      .reads("referential edition")
      .check(DossierRules::sameEdition);

  static final BuiltInRule MANDATORY_SECTIONS = BuiltInRule.of("LDM-D-003", MAJOR_GAP)
      .protect()
      .source(Sources.DOSSIER_OBJECTIVES)
      .checks("Every mandatory criterion (national, and academic as the profile makes it) has a section. "
          + "Optional criteria need none. The finding cites the criterion's source.")
      .reads("criteria (kind)")
      .check(DossierRules::mandatorySections);

  static final BuiltInRule KNOWN_CRITERIA = BuiltInRule.of("LDM-D-004", MAJOR_GAP)
      .citing("the library itself")
      .checks("Every section is about a criterion of the referential.")
      .reads("criteria")
      .check(DossierRules::knownCriteria);

  static final BuiltInRule ONE_SECTION_PER_CRITERION = BuiltInRule.of("LDM-D-005", MINOR_GAP)
      .citing("the library itself")
      .checks("No criterion has two sections.")
      .reads("—")
      .check(DossierRules::oneSectionPerCriterion);

  static final BuiltInRule KIND_FITS_STAGE = BuiltInRule.of("LDM-D-006", OBSERVATION)
      .citing("the library itself")
      .checks("The dossier's kind fits the stage of the check: a first application (`INITIAL`) is not "
          + "checked for a renewal, a renewal dossier not for a candidature.")
      .reads("—")
      .check(DossierRules::kindFitsStage);

  static final BuiltInRule DOSSIER_ELEMENTS = BuiltInRule.of("LDM-D-010", MINOR_GAP)
      .source(Sources.DOSSIER_OBJECTIVES)
      .checks("The dossier presents what section E asks of it as a whole: the context of the establishment "
          + "and the articulation of the label work with self-evaluation, the projet d'établissement and the "
          + "contrat d'objectifs. Each required element with scope `DOSSIER` that is absent or empty is a "
          + "finding at its place, citing the element's source.")
      .reads("`dossierStructure`, scope `DOSSIER` (else the built-in default below)")
      .check((c, f) -> StructureRules.check(c, f, io.github.ldmlib.model.referential.StructureScope.DOSSIER));

  private static void wellFormed(CheckContext context, FindingSink findings) {
    for (Violation v : LdmValidation.validate(context.dossier(), context.language())) {
      findings.report(v.pointer(), "violation", v.message(), v.constraint());
    }
  }

  private static void sameReferential(CheckContext context, FindingSink findings) {
    Dossier d = context.dossier();
    Referential r = context.referential();
    if (!d.referentialId().equals(r.id())) {
      findings.report("/referentialId", "otherReferential", d.referentialId(), r.id());
    }
  }

  private static void sameEdition(CheckContext context, FindingSink findings) {
    String checked = context.referential().edition().id();
    context.dossier().referentialEdition()
        .filter(e -> !e.equals(checked))
        .ifPresent(e -> findings.report("/referentialEdition", "otherEdition", e, checked));
  }

  private static void mandatorySections(CheckContext context, FindingSink findings) {
    for (Criterion c : context.referential().mandatoryCriteria()) {
      if (context.dossier().section(c.id()).isEmpty()) {
        findings.at("/sections").criterion(c.id()).source(c.source()).report("missing", c.id(), c.title());
      }
    }
  }

  private static void knownCriteria(CheckContext context, FindingSink findings) {
    for (Walk.At<CriterionSection> s : Walk.of(context).sections()) {
      if (ReferentialIndex.of(context).criterion(s.criterionId()).isEmpty()) {
        findings.report(s.pointer() + "/criterionId", "unknown", s.criterionId(), context.referential().id());
      }
    }
  }

  private static void oneSectionPerCriterion(CheckContext context, FindingSink findings) {
    Map<String, Integer> first = new HashMap<>();
    List<CriterionSection> sections = context.dossier().sections();
    for (int i = 0; i < sections.size(); i++) {
      Integer earlier = first.putIfAbsent(sections.get(i).criterionId(), i);
      if (earlier != null) {
        findings.report(Pointers.of("sections", i, "criterionId"), "duplicate",
            sections.get(i).criterionId(), earlier + 1, i + 1);
      }
    }
  }

  private static void kindFitsStage(CheckContext context, FindingSink findings) {
    DossierKind kind = context.dossier().dossierKind();
    Stage stage = context.stage();
    if (stage == Stage.RENEWAL && kind == DossierKind.INITIAL) {
      findings.report("/dossierKind", "initialAtRenewal");
    } else if (stage == Stage.CANDIDATURE && kind == DossierKind.RENEWAL) {
      findings.report("/dossierKind", "renewalAtCandidature");
    }
  }
}
