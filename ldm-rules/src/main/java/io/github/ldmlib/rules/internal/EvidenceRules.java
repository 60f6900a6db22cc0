package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.ADVICE;
import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;

import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.EngagementDecision;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Place;
import io.github.ldmlib.rules.Rule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules on the evidence annex and its citations. */
final class EvidenceRules {

  private EvidenceRules() {}

  static final Rule<Dossier> REFERENCES_RESOLVE = Catalogue.dossier("LDM-D-060", TO_COMPLETE)
      .source(Sources.EVIDENCE)
      .checks("Every evidence id cited by an action or an engagement names an item of the evidence annex.")
      .reads("—")
      .clause("Les éléments de preuve doivent être joints au dossier dans un document annexe "
          + "complémentaire.")
      .grade("Section E IV) says the evidence « doivent être joints au dossier »: a cited piece missing "
          + "from the annex is to be attached.")
      .check(EvidenceRules::referencesResolve);

  static final Rule<Dossier> ACTION_CITES_EVIDENCE = Catalogue.dossier("LDM-D-061", ADVICE)
      .source(Sources.EVIDENCE)
      .checks("Each action cites at least one piece of evidence (« faire la preuve »).")
      .reads("—")
      .clause("Les éléments de preuve doivent être joints au dossier dans un document annexe "
          + "complémentaire.")
      .grade("Section E IV) requires the evidence to be attached, but neither it nor the action table asks "
          + "each action to cite a piece: the milder ADVICE for an action that cites none.")
      .check(EvidenceRules::actionCitesEvidence);

  static final Rule<Dossier> EVIDENCE_CITED = Catalogue.dossier("LDM-D-062", ADVICE)
      .source(Sources.EVIDENCE)
      .checks("Each item of the evidence annex is cited by at least one action or engagement, or is the copy of "
          + "the board's minutes named by the engagement decision (`engagementDecision.minutesEvidenceId`).")
      .reads("—")
      .grade("The source is silent on citations: it asks for the evidence in an annex, not that each piece "
          + "be cited. The milder ADVICE was chosen for that reason.")
      .check(EvidenceRules::evidenceCited);

  static final Rule<Dossier> UNIQUE_EVIDENCE_IDS = Catalogue.dossier("LDM-D-063", TO_COMPLETE)
      .source(Sources.EVIDENCE)
      .checks("No two items of the evidence annex share an id, so that every citation names one document.")
      .reads("—")
      .grade("The source is silent on identifiers: unique ids are the model's own consistency, so that "
          + "each citation names one document. The milder TO_COMPLETE rather than NOT_SUBMITTABLE was "
          + "chosen for that reason: an item is to be renamed.")
      .check(EvidenceRules::uniqueIds);

  static final Rule<Dossier> UNIQUE_LINK_IDS = Catalogue.dossier("LDM-D-064", TO_COMPLETE)
      .source(Sources.FOLLOW_UP)
      .checks("No two actions, engagements or indicators of the dossier share an id, so that an annual review "
          + "that names one (`id`) names one thing only.")
      .reads("—")
      .grade("Fiche 2 asks for the regular follow-up of the indicators but is silent on identifiers: the ids only "
          + "let the annual reviews name what they follow up. TO_COMPLETE rather than NOT_SUBMITTABLE for that "
          + "reason: one of the two is to be renamed.")
      .check(EvidenceRules::uniqueLinkIds);

  private static void referencesResolve(CheckContext<Dossier> context, FindingSink findings) {
    Set<String> annex = new HashSet<>();
    context.document().evidence().forEach(e -> annex.add(e.id()));
    for (Place<Initiative> w : context.each(Initiative.class)) {
      List<String> ids = w.value().evidenceIds();
      for (int k = 0; k < ids.size(); k++) {
        if (!annex.contains(ids.get(k))) {
          findings.report(Pointers.append(w.pointer(), "evidenceIds", k), "unresolved", ids.get(k), w.value().title());
        }
      }
    }
  }

  private static void actionCitesEvidence(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<Action> a : context.each(Action.class)) {
      if (a.value().evidenceIds().isEmpty()) {
        findings.report(a.pointer().append("evidenceIds"), "none", a.value().title());
      }
    }
  }

  private static void evidenceCited(CheckContext<Dossier> context, FindingSink findings) {
    Set<String> cited = new HashSet<>();
    context.each(Initiative.class).forEach(w -> cited.addAll(w.value().evidenceIds()));
    context.document().engagementDecision().flatMap(EngagementDecision::minutesEvidenceId).ifPresent(cited::add);
    List<Evidence> annex = context.document().evidence();
    for (int k = 0; k < annex.size(); k++) {
      if (!cited.contains(annex.get(k).id())) {
        findings.report(Pointers.of("evidence", k), "uncited", annex.get(k).id(), annex.get(k).title());
      }
    }
  }

  private static void uniqueLinkIds(CheckContext<Dossier> context, FindingSink findings) {
    Map<String, String> first = new HashMap<>();
    for (Place<Initiative> w : context.each(Initiative.class)) {
      w.value().id().ifPresent(id -> duplicate(first, id, w, w.value().title(), findings));
    }
    for (Place<Indicator> i : context.each(Indicator.class)) {
      i.value().id().ifPresent(id -> duplicate(first, id, i, i.value().label(), findings));
    }
  }

  private static void duplicate(Map<String, String> first, String id, Place<?> at, String name,
      FindingSink findings) {
    String earlier = first.putIfAbsent(id, name);
    if (earlier != null) {
      findings.report(at.pointer().append("id"), "duplicateLink", id, earlier, name);
    }
  }

  private static void uniqueIds(CheckContext<Dossier> context, FindingSink findings) {
    Map<String, Integer> first = new HashMap<>();
    List<Evidence> annex = context.document().evidence();
    for (int k = 0; k < annex.size(); k++) {
      Integer earlier = first.putIfAbsent(annex.get(k).id(), k);
      if (earlier != null) {
        findings.report(Pointers.of("evidence", k, "id"), "duplicate", annex.get(k).id(), earlier + 1, k + 1);
      }
    }
  }
}
