package io.github.ldmlib.test.internal;

import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Objective;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Copy-modify helpers on dossiers: each returns a new dossier with one part replaced. */
public final class Edits {

  private Edits() {}

  /**
   * Finds the index of a criterion's section.
   *
   * @param dossier the dossier
   * @param criterionId the criterion id
   * @return the index of its first section
   * @throws IllegalArgumentException if the dossier has no section for it, listing those it has
   */
  public static int sectionIndex(Dossier dossier, String criterionId) {
    List<CriterionSection> sections = dossier.sections();
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).criterionId().equals(criterionId)) {
        return i;
      }
    }
    throw new IllegalArgumentException("The dossier has no section for criterion " + criterionId
        + "; its sections are for " + sectionIds(dossier));
  }

  /** The criterion ids of the sections, for messages. */
  public static String sectionIds(Dossier dossier) {
    return dossier.sections().isEmpty() ? "no criterion"
        : dossier.sections().stream().map(CriterionSection::criterionId).collect(Collectors.joining(", "));
  }

  /** Replaces the section of a criterion. */
  public static Dossier section(Dossier dossier, String criterionId, UnaryOperator<CriterionSection> change) {
    int index = sectionIndex(dossier, criterionId);
    List<CriterionSection> sections = new ArrayList<>(dossier.sections());
    sections.set(index, change.apply(sections.get(index)));
    return Dossier.builder().from(dossier).sections(sections).build();
  }

  /** Replaces the first action of a criterion's section. */
  public static Dossier firstAction(Dossier dossier, String criterionId, UnaryOperator<Action> change) {
    return section(dossier, criterionId, s -> {
      if (s.actions().isEmpty()) {
        throw new IllegalArgumentException("The section of criterion " + criterionId + " has no action");
      }
      List<Action> actions = new ArrayList<>(s.actions());
      actions.set(0, change.apply(actions.get(0)));
      return CriterionSection.builder().from(s).actions(actions).build();
    });
  }

  /** Replaces the first engagement of a criterion's section. */
  public static Dossier firstEngagement(Dossier dossier, String criterionId, UnaryOperator<Engagement> change) {
    return section(dossier, criterionId, s -> {
      if (s.engagements().isEmpty()) {
        throw new IllegalArgumentException("The section of criterion " + criterionId + " has no engagement");
      }
      List<Engagement> engagements = new ArrayList<>(s.engagements());
      engagements.set(0, change.apply(engagements.get(0)));
      return CriterionSection.builder().from(s).engagements(engagements).build();
    });
  }

  /** Replaces the first indicator of the first objective of an action. */
  public static Action firstIndicator(Action action, UnaryOperator<Indicator> change) {
    return Action.builder().from(action).objectives(firstIndicator(action.objectives(), action.title(), change)).build();
  }

  /** Replaces the first indicator of the first objective of an engagement. */
  public static Engagement firstIndicator(Engagement engagement, UnaryOperator<Indicator> change) {
    return Engagement.builder().from(engagement)
        .objectives(firstIndicator(engagement.objectives(), engagement.title(), change)).build();
  }

  private static List<Objective> firstIndicator(List<Objective> objectives, String title, UnaryOperator<Indicator> change) {
    if (objectives.isEmpty() || objectives.get(0).indicators().isEmpty()) {
      throw new IllegalArgumentException("« " + title + " » has no indicator");
    }
    List<Objective> result = new ArrayList<>(objectives);
    Objective first = result.get(0);
    List<Indicator> indicators = new ArrayList<>(first.indicators());
    indicators.set(0, change.apply(indicators.get(0)));
    result.set(0, Objective.builder().from(first).indicators(indicators).build());
    return result;
  }

  /** The evidence ids cited by the actions and engagements of a dossier. */
  public static Set<String> citedEvidence(Dossier dossier) {
    Set<String> cited = new HashSet<>();
    for (CriterionSection s : dossier.sections()) {
      s.actions().forEach(a -> cited.addAll(a.evidenceIds()));
      s.engagements().forEach(e -> cited.addAll(e.evidenceIds()));
    }
    return cited;
  }

  /** The actions then the engagements of a section. */
  public static List<Initiative> initiatives(CriterionSection section) {
    List<Initiative> all = new ArrayList<>(section.actions());
    all.addAll(section.engagements());
    return all;
  }
}
