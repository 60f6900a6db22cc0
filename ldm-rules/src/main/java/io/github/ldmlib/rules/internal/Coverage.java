package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.conformity.RequirementCoverage;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the requirement coverage matrix of a dossier. */
public final class Coverage {

  private Coverage() {}

  /**
   * Tells whether a criterion applies to a dossier: it is mandatory, or the dossier addresses it.
   *
   * @param criterion the criterion
   * @param dossier the dossier
   * @return true if it applies
   */
  public static boolean applies(Criterion criterion, Dossier dossier) {
    return criterion.isMandatory() || dossier.section(criterion.id()).isPresent();
  }

  /**
   * Tells whether a requirement applies to a dossier: network-only requirements apply to network
   * candidatures only.
   *
   * @param requirement the requirement
   * @param dossier the dossier
   * @return true if it applies
   */
  public static boolean applies(Requirement requirement, Dossier dossier) {
    return !requirement.networkOnly() || dossier.isNetworkCandidature();
  }

  /**
   * Builds the matrix from the elements a check lists: one row per requirement that applies, in
   * the order of the referential.
   *
   * @param context the check of the dossier
   * @return the rows
   */
  public static List<RequirementCoverage> matrix(CheckContext<Dossier> context) {
    Dossier dossier = context.document();
    Map<String, Map<String, List<Place<Initiative>>>> index = index(context);
    List<RequirementCoverage> rows = new ArrayList<>();
    for (Criterion c : context.referential().criteria()) {
      if (!applies(c, dossier)) {
        continue;
      }
      Map<String, List<Place<Initiative>>> byRequirement = index.getOrDefault(c.id(), Map.of());
      for (Requirement r : c.requirements()) {
        if (!applies(r, dossier)) {
          continue;
        }
        RequirementCoverage.Builder row = RequirementCoverage.builder().requirementId(r.id()).criterionId(c.id());
        Set<String> evidence = new LinkedHashSet<>();
        for (Place<Initiative> w : byRequirement.getOrDefault(r.id(), List.of())) {
          if (w.value() instanceof Engagement) {
            row.addEngagements(w.pointer());
          } else {
            row.addActions(w.pointer());
          }
          for (Place<Indicator> i : context.each(Indicator.class, w)) {
            row.addIndicators(i.pointer());
          }
          evidence.addAll(w.value().evidenceIds());
        }
        rows.add(row.addAllEvidenceIds(evidence).build());
      }
    }
    return rows;
  }

  /**
   * Lists the requirements the dossier's work addresses: for each criterion id, the ids of the
   * requirements that an action or engagement of one of its sections names.
   *
   * @param dossier the dossier
   * @return the requirement ids by criterion id
   */
  public static Map<String, Set<String>> addressed(Dossier dossier) {
    Map<String, Set<String>> addressed = new HashMap<>();
    for (CriterionSection s : dossier.sections()) {
      Set<String> ids = null;
      for (Initiative i : s.actions()) {
        ids = addAll(addressed, s, ids, i.requirementIds());
      }
      for (Initiative i : s.engagements()) {
        ids = addAll(addressed, s, ids, i.requirementIds());
      }
    }
    return addressed;
  }

  private static Set<String> addAll(Map<String, Set<String>> addressed, CriterionSection s, Set<String> ids,
      List<String> requirementIds) {
    if (requirementIds.isEmpty()) {
      return ids;
    }
    Set<String> set = ids != null ? ids : addressed.computeIfAbsent(s.criterionId(), k -> new HashSet<>());
    set.addAll(requirementIds);
    return set;
  }

  /**
   * The actions and engagements by criterion id and requirement id, each in the dossier's order
   * and once per requirement however often it names it. One pass over the dossier instead of one
   * per requirement.
   */
  private static Map<String, Map<String, List<Place<Initiative>>>> index(CheckContext<Dossier> context) {
    Map<String, Map<String, List<Place<Initiative>>>> index = new HashMap<>();
    for (Place<Initiative> w : context.each(Initiative.class)) {
      List<String> ids = w.value().requirementIds();
      if (ids.isEmpty() || w.criterionId().isEmpty()) {
        continue;
      }
      Map<String, List<Place<Initiative>>> byRequirement =
          index.computeIfAbsent(w.criterionId().get(), k -> new HashMap<>());
      for (String id : ids) {
        List<Place<Initiative>> list = byRequirement.computeIfAbsent(id, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != w) {
          list.add(w);
        }
      }
    }
    return index;
  }

}
