package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.ADVICE;
import static io.github.ldmlib.model.conformity.Severity.NOT_SUBMITTABLE;
import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Place;
import io.github.ldmlib.rules.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rules on the dossier as a whole: the engine's own, well-formedness, referential, sections, stage. */
final class DossierRules {

  private DossierRules() {}

  static final Rule<Dossier> WELL_FORMED = Catalogue.dossier("LDM-V-001", TO_COMPLETE)
      .citing("the model's constraints")
      .checks("The dossier is well-formed: every Bean Validation constraint of the model holds (texts, "
          + "identifiers, UAI codes, durations, and measures that fit their indicator's unit: a percentage "
          + "lies within 0–100, a count is a whole number). One finding per violation, at its pointer; the "
          + "message is the constraint's, in the report's language.")
      .reads("—")
      .grade("The source is silent: these are the model's own constraints, not a clause of the guide. The "
          + "milder TO_COMPLETE rather than NOT_SUBMITTABLE was chosen for that reason: a malformed value "
          + "is corrected in place.")
      .check(DossierRules::wellFormed);

  static final Rule<Dossier> SAME_REFERENTIAL = Catalogue.dossier("LDM-D-001", NOT_SUBMITTABLE)
      .citing("the library itself")
      .checks("The dossier answers the referential it is checked against (`referentialId`).")
      .reads("referential id")
      .grade("The source is silent: it knows a single cahier des charges, so no clause names the "
          + "referential. NOT_SUBMITTABLE all the same, as a dossier written for another referential does "
          + "not answer the one it is checked against, and no other finding would then mean anything.")
      .check(DossierRules::sameReferential);

  static final Rule<Dossier> SAME_EDITION = Catalogue.dossier("LDM-D-002", ADVICE)
      .citing("the library itself")
      .checks("When the dossier names the edition of its referential, it is the edition it is checked against.")
      .reads("referential edition")
      .grade("The source is silent on editions. The milder ADVICE was chosen for that reason: section E is "
          + "the same in the January 2024 and January 2026 editions, so a dossier naming another edition "
          + "usually still answers the referential.")
      .check(DossierRules::sameEdition);

  static final Rule<Dossier> MANDATORY_SECTIONS = Catalogue.dossier("LDM-D-003", NOT_SUBMITTABLE)
      .source(Sources.DOSSIER_OBJECTIVES)
      .checks("Every mandatory criterion (national, and academic as the profile makes it) has a section. "
          + "Optional criteria need none. The finding cites the criterion's source.")
      .reads("criteria (kind)")
      .clause("Présenter le travail réalisé au sein de l'établissement pour chaque critère")
      .grade("Section E I) has the dossier present its work « pour chaque critère »: without a section for "
          + "a mandatory criterion the dossier does not answer the referential, so it cannot be submitted "
          + "as it is.")
      .check(DossierRules::mandatorySections);

  static final Rule<Dossier> KNOWN_CRITERIA = Catalogue.dossier("LDM-D-004", TO_COMPLETE)
      .citing("the library itself")
      .checks("Every section is about a criterion of the referential.")
      .reads("criteria")
      .grade("The source is silent: a section about a criterion the referential does not have is a fault "
          + "of the data, not of a clause. The milder TO_COMPLETE rather than NOT_SUBMITTABLE was chosen "
          + "for that reason: the section is to be attached to its criterion.")
      .check(DossierRules::knownCriteria);

  static final Rule<Dossier> ONE_SECTION_PER_CRITERION = Catalogue.dossier("LDM-D-005", TO_COMPLETE)
      .citing("the library itself")
      .checks("No criterion has two sections.")
      .reads("—")
      .grade("The source is silent: it gives one set of tables per criterion but no sentence forbids two. "
          + "The milder TO_COMPLETE rather than NOT_SUBMITTABLE was chosen for that reason: the two "
          + "sections are to be merged.")
      .check(DossierRules::oneSectionPerCriterion);

  static final Rule<Dossier> KIND_FITS_STAGE = Catalogue.dossier("LDM-D-006", ADVICE)
      .citing("the library itself")
      .checks("The dossier's kind fits the stage of the check: a first application (`INITIAL`) is not "
          + "checked for a renewal, a renewal dossier not for a candidature.")
      .reads("—")
      .grade("The source is silent on dossier kinds and stages. The milder ADVICE was chosen for that "
          + "reason: the content of the dossier is checked all the same.")
      .check(DossierRules::kindFitsStage);

  static final Rule<Dossier> DOSSIER_ELEMENTS = Catalogue.dossier("LDM-D-010", TO_COMPLETE)
      .source(Sources.DOSSIER_OBJECTIVES)
      .checks("The dossier presents what section E asks of it as a whole: the context of the establishment "
          + "and the articulation of the label work with self-evaluation, the projet d'établissement and the "
          + "contrat d'objectifs. Each required element with scope `DOSSIER` that is absent or empty is a "
          + "finding at its place, citing the element's source.")
      .reads("`dossierStructure`, scope `DOSSIER` (else the built-in default below)")
      .clause("Présenter le contexte de l'établissement et ses particularités / Présenter l'articulation de "
          + "travail mené dans le cadre du LDM avec l'auto-évaluation, le projet d'établissement, le "
          + "contrat d'objectifs et les autres labels")
      .grade("Section E I) lists these among the « Objectifs du dossier »: the dossier is asked to present "
          + "them, so a dossier without them is to be completed.")
      .check((c, f) -> StructureRules.check(c, f, io.github.ldmlib.model.referential.StructureScope.DOSSIER));

  private static void wellFormed(CheckContext<Dossier> context, FindingSink findings) {
    for (Violation v : LdmValidation.validate(context.document(), context.language())) {
      findings.report(v.pointer(), "violation", v.message(), v.constraint());
    }
  }

  private static void sameReferential(CheckContext<Dossier> context, FindingSink findings) {
    Dossier d = context.document();
    Referential r = context.referential();
    if (!d.referentialId().equals(r.id())) {
      findings.report(JsonPointer.of("referentialId"), "otherReferential", d.referentialId(), r.id());
    }
  }

  private static void sameEdition(CheckContext<Dossier> context, FindingSink findings) {
    String checked = context.referential().edition().id();
    context.document().referentialEdition()
        .filter(e -> !e.equals(checked))
        .ifPresent(e -> findings.report(JsonPointer.of("referentialEdition"), "otherEdition", e, checked));
  }

  private static void mandatorySections(CheckContext<Dossier> context, FindingSink findings) {
    for (Criterion c : context.referential().mandatoryCriteria()) {
      if (context.document().section(c.id()).isEmpty()) {
        findings.at(JsonPointer.of("sections")).criterion(c.id()).source(c.source()).report("missing", c.id(), c.title());
      }
    }
  }

  private static void knownCriteria(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<CriterionSection> s : context.each(CriterionSection.class)) {
      if (context.criterion(s.value().criterionId()).isEmpty()) {
        findings.report(s.pointer().append("criterionId"), "unknown", s.value().criterionId(),
            context.referential().id());
      }
    }
  }

  private static void oneSectionPerCriterion(CheckContext<Dossier> context, FindingSink findings) {
    Map<String, Integer> first = new HashMap<>();
    List<CriterionSection> sections = context.document().sections();
    for (int i = 0; i < sections.size(); i++) {
      Integer earlier = first.putIfAbsent(sections.get(i).criterionId(), i);
      if (earlier != null) {
        findings.report(Pointers.of("sections", i, "criterionId"), "duplicate",
            sections.get(i).criterionId(), earlier + 1, i + 1);
      }
    }
  }

  private static void kindFitsStage(CheckContext<Dossier> context, FindingSink findings) {
    DossierKind kind = context.document().dossierKind();
    Stage stage = context.stage().orElse(null);
    if (stage == Stage.RENEWAL && kind == DossierKind.INITIAL) {
      findings.report(JsonPointer.of("dossierKind"), "initialAtRenewal");
    } else if (stage == Stage.CANDIDATURE && kind == DossierKind.RENEWAL) {
      findings.report(JsonPointer.of("dossierKind"), "renewalAtCandidature");
    }
  }
}
