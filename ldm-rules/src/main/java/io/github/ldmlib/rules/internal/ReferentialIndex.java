package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.EvaluationDomain;
import io.github.ldmlib.model.referential.EvaluationSubDomain;
import io.github.ldmlib.model.referential.QualeducSheet;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.rules.CheckContext;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The look-ups by id that the rules make in a referential, built once: a checker's referential is
 * fixed, so its checker builds them once for all its checks. Each answers as the referential's own
 * look-up does: where two values share an id, the first one in the referential's order.
 */
public final class ReferentialIndex {

  private final Map<String, Criterion> criteria;
  private final Map<String, Set<String>> requirementIds;
  private final Set<String> sheetIds;
  private final Set<String> domainIds;

  private ReferentialIndex(Referential referential) {
    Map<String, Criterion> byId = new HashMap<>();
    Map<String, Set<String>> requirements = new HashMap<>();
    for (Criterion c : referential.criteria()) {
      if (byId.putIfAbsent(c.id(), c) == null) {
        Set<String> ids = new HashSet<>();
        for (Requirement r : c.requirements()) {
          ids.add(r.id());
        }
        requirements.put(c.id(), Collections.unmodifiableSet(ids));
      }
    }
    Set<String> sheets = new HashSet<>();
    for (QualeducSheet s : referential.qualeducSheets()) {
      sheets.add(s.id());
    }
    Set<String> domains = new HashSet<>();
    for (EvaluationDomain d : referential.evaluationDomains()) {
      domains.add(d.id());
      for (EvaluationSubDomain sub : d.subDomains()) {
        domains.add(sub.id());
      }
    }
    this.criteria = Collections.unmodifiableMap(byId);
    this.requirementIds = Collections.unmodifiableMap(requirements);
    this.sheetIds = Collections.unmodifiableSet(sheets);
    this.domainIds = Collections.unmodifiableSet(domains);
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
   * Returns the index of a check's referential, built once by its checker.
   *
   * @param context the check
   * @return the index
   */
  public static ReferentialIndex of(CheckContext context) {
    return Walk.access().index(context);
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
   * Tells whether the criterion {@link #criterion(String)} finds has a requirement, as {@link
   * Criterion#requirement(String)} tells.
   *
   * @param criterionId the criterion id
   * @param requirementId the requirement id
   * @return true if that criterion exists and has the requirement
   */
  public boolean hasRequirement(String criterionId, String requirementId) {
    Set<String> ids = requirementIds.get(criterionId);
    return ids != null && ids.contains(requirementId);
  }

  /**
   * Tells whether the referential has a Qualéduc sheet, as {@link Referential#qualeducSheet(String)}
   * finds one.
   *
   * @param sheetId the id
   * @return true if it has
   */
  public boolean hasQualeducSheet(String sheetId) {
    return sheetIds.contains(sheetId);
  }

  /**
   * Tells whether an id is that of an evaluation domain or sub-domain, as {@link
   * Referential#hasEvaluationDomain(String)} does.
   *
   * @param domainOrSubDomainId the id, not null
   * @return true if it is
   */
  public boolean hasEvaluationDomain(String domainOrSubDomainId) {
    Objects.requireNonNull(domainOrSubDomainId, "domainOrSubDomainId");
    return domainIds.contains(domainOrSubDomainId);
  }
}
