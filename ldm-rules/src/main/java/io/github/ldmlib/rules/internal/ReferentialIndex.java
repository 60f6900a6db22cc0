package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The look-ups by id that the rules make in a referential, built once: a checker's referential is
 * fixed, so its checker builds them once for all its checks. Each answers as the referential's own
 * look-up does: where two values share an id, the first one in the referential's order.
 */
public final class ReferentialIndex {

  private final Map<String, Criterion> criteria;
  private final Map<String, Map<String, Requirement>> requirements;

  private ReferentialIndex(Referential referential) {
    Map<String, Criterion> byId = new HashMap<>();
    Map<String, Map<String, Requirement>> byCriterion = new HashMap<>();
    for (Criterion c : referential.criteria()) {
      if (byId.putIfAbsent(c.id(), c) == null) {
        Map<String, Requirement> own = new LinkedHashMap<>();
        for (Requirement r : c.requirements()) {
          own.putIfAbsent(r.id(), r);
        }
        byCriterion.put(c.id(), Collections.unmodifiableMap(own));
      }
    }
    this.criteria = Collections.unmodifiableMap(byId);
    this.requirements = Collections.unmodifiableMap(byCriterion);
  }

  /**
   * Indexes a referential.
   *
   * @param referential the referential
   * @return its index
   */
  public static ReferentialIndex of(Referential referential) {
    return new ReferentialIndex(referential);
  }

  /**
   * Finds a criterion, as {@link Referential#criterion(String)} does.
   *
   * @param criterionId the id
   * @return the first criterion with that id, or empty
   */
  public Optional<Criterion> criterion(String criterionId) {
    return Optional.ofNullable(criteria.get(criterionId));
  }

  /**
   * Finds a requirement of the criterion {@link #criterion(String)} finds, as {@link
   * Criterion#requirement(String)} does.
   *
   * @param criterionId the criterion id
   * @param requirementId the requirement id
   * @return the requirement, or empty if that criterion does not exist or lacks it
   */
  public Optional<Requirement> requirement(String criterionId, String requirementId) {
    Map<String, Requirement> own = requirements.get(criterionId);
    return own == null ? Optional.empty() : Optional.ofNullable(own.get(requirementId));
  }
}
