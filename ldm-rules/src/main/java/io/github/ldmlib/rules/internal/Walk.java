package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Objective;
import java.util.ArrayList;
import java.util.List;

/** Walks a dossier's sections, actions, engagements and indicators with their JSON Pointers. */
public final class Walk {

  private Walk() {}

  /**
   * A value of the dossier with its place.
   *
   * @param value the value
   * @param pointer its JSON Pointer
   * @param section the section it lies in (itself for a section)
   * @param <T> the value type
   */
  public record At<T>(T value, String pointer, CriterionSection section) {

    /** The criterion id of the section. */
    public String criterionId() {
      return section.criterionId();
    }
  }

  /**
   * Lists the sections.
   *
   * @param dossier the dossier
   * @return the sections in order
   */
  public static List<At<CriterionSection>> sections(Dossier dossier) {
    List<At<CriterionSection>> result = new ArrayList<>();
    List<CriterionSection> sections = dossier.sections();
    for (int i = 0; i < sections.size(); i++) {
      result.add(new At<>(sections.get(i), Pointers.of("sections", i), sections.get(i)));
    }
    return result;
  }

  /**
   * Lists the actions.
   *
   * @param dossier the dossier
   * @return the actions, section by section
   */
  public static List<At<Action>> actions(Dossier dossier) {
    List<At<Action>> result = new ArrayList<>();
    for (At<CriterionSection> s : sections(dossier)) {
      List<Action> actions = s.value().actions();
      for (int j = 0; j < actions.size(); j++) {
        result.add(new At<>(actions.get(j), Pointers.append(s.pointer(), "actions", j), s.value()));
      }
    }
    return result;
  }

  /**
   * Lists the engagements.
   *
   * @param dossier the dossier
   * @return the engagements, section by section
   */
  public static List<At<Engagement>> engagements(Dossier dossier) {
    List<At<Engagement>> result = new ArrayList<>();
    for (At<CriterionSection> s : sections(dossier)) {
      List<Engagement> engagements = s.value().engagements();
      for (int j = 0; j < engagements.size(); j++) {
        result.add(new At<>(engagements.get(j), Pointers.append(s.pointer(), "engagements", j), s.value()));
      }
    }
    return result;
  }

  /**
   * Lists the actions and engagements.
   *
   * @param dossier the dossier
   * @return for each section, its actions then its engagements
   */
  public static List<At<Initiative>> initiatives(Dossier dossier) {
    List<At<Initiative>> result = new ArrayList<>();
    for (At<CriterionSection> s : sections(dossier)) {
      List<Action> actions = s.value().actions();
      for (int j = 0; j < actions.size(); j++) {
        result.add(new At<>(actions.get(j), Pointers.append(s.pointer(), "actions", j), s.value()));
      }
      List<Engagement> engagements = s.value().engagements();
      for (int j = 0; j < engagements.size(); j++) {
        result.add(new At<>(engagements.get(j), Pointers.append(s.pointer(), "engagements", j), s.value()));
      }
    }
    return result;
  }

  /**
   * Lists the indicators of an action or engagement.
   *
   * @param initiative the action or engagement with its place
   * @return its indicators, objective by objective
   */
  public static List<At<Indicator>> indicators(At<? extends Initiative> initiative) {
    List<At<Indicator>> result = new ArrayList<>();
    List<Objective> objectives = initiative.value().objectives();
    for (int k = 0; k < objectives.size(); k++) {
      List<Indicator> indicators = objectives.get(k).indicators();
      for (int m = 0; m < indicators.size(); m++) {
        result.add(new At<>(indicators.get(m),
            Pointers.append(initiative.pointer(), "objectives", k, "indicators", m), initiative.section()));
      }
    }
    return result;
  }
}
