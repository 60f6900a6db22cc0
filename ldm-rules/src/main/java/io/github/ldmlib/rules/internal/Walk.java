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
   * A value of the dossier with its place. The JSON Pointer is worked out only when asked for: most
   * values have no finding, and building every pointer up front cost a tenth of a check. Once built, it is kept.
   *
   * @param <T> the value type
   */
  public static final class At<T> {

    private final T value;
    private final At<?> parent;
    private final Object[] tokens;
    private final CriterionSection section;
    private String pointer;

    private At(T value, At<?> parent, CriterionSection section, Object... tokens) {
      this.value = value;
      this.parent = parent;
      this.tokens = tokens;
      this.section = section;
    }

    /** The value. */
    public T value() {
      return value;
    }

    /** Its JSON Pointer. */
    public String pointer() {
      String p = pointer;
      if (p == null) {
        // A race only computes the same immutable string twice.
        p = parent == null ? Pointers.of(tokens) : Pointers.append(parent.pointer(), tokens);
        pointer = p;
      }
      return p;
    }

    /** The section it lies in (itself for a section). */
    public CriterionSection section() {
      return section;
    }

    /** The criterion id of the section. */
    public String criterionId() {
      return section.criterionId();
    }

    @Override
    public String toString() {
      return "At[" + pointer() + "]";
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
      result.add(new At<>(sections.get(i), null, sections.get(i), "sections", i));
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
        result.add(new At<>(actions.get(j), s, s.value(), "actions", j));
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
        result.add(new At<>(engagements.get(j), s, s.value(), "engagements", j));
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
        result.add(new At<>(actions.get(j), s, s.value(), "actions", j));
      }
      List<Engagement> engagements = s.value().engagements();
      for (int j = 0; j < engagements.size(); j++) {
        result.add(new At<>(engagements.get(j), s, s.value(), "engagements", j));
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
        result.add(new At<>(indicators.get(m), initiative, initiative.section(),
            "objectives", k, "indicators", m));
      }
    }
    return result;
  }
}
