package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.conformity.RequirementCoverage;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
   * Builds the matrix: one row per requirement that applies, in the order of the referential.
   *
   * @param referential the referential
   * @param dossier the dossier
   * @return the rows
   */
  public static List<RequirementCoverage> matrix(Referential referential, Dossier dossier) {
    List<Walk.At<Initiative>> initiatives = Walk.initiatives(dossier);
    List<RequirementCoverage> rows = new ArrayList<>();
    for (Criterion c : referential.criteria()) {
      if (!applies(c, dossier)) {
        continue;
      }
      for (Requirement r : c.requirements()) {
        if (!applies(r, dossier)) {
          continue;
        }
        RequirementCoverage.Builder row = RequirementCoverage.builder().requirementId(r.id()).criterionId(c.id());
        Set<String> evidence = new LinkedHashSet<>();
        for (Walk.At<Initiative> w : initiatives) {
          if (!w.criterionId().equals(c.id()) || !w.value().requirementIds().contains(r.id())) {
            continue;
          }
          if (w.value() instanceof Engagement) {
            row.addEngagements(w.pointer());
          } else {
            row.addActions(w.pointer());
          }
          Walk.indicators(w).forEach(i -> row.addIndicators(i.pointer()));
          evidence.addAll(w.value().evidenceIds());
        }
        rows.add(row.addAllEvidenceIds(evidence).build());
      }
    }
    return rows;
  }
}
