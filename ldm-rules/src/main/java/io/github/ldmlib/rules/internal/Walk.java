package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.rules.CheckContext;
import java.util.ArrayList;
import java.util.List;

/** Walks a dossier's sections, actions, engagements and indicators with their JSON Pointers. */
public final class Walk {

  private Walk() {}

  private static final String SECTIONS = "/sections/";
  private static final String ACTIONS = "/actions/";
  private static final String ENGAGEMENTS = "/engagements/";
  private static final String OBJECTIVES = "/objectives/";
  private static final String INDICATORS = "/indicators/";

  /**
   * A value of the dossier with its place. The JSON Pointer is worked out only when asked for: most
   * values have no finding, and building every pointer up front cost a tenth of a check. Once built, it is kept.
   *
   * @param <T> the value type
   */
  public static final class At<T> {

    private final T value;
    private final At<?> parent;
    private final CriterionSection section;
    // The place below the parent: "/sections/" + first, "/actions/" + first, or
    // "/objectives/" + first + "/indicators/" + second. The names need no escaping.
    private final String name;
    private final int first;
    private final String secondName;
    private final int second;
    private String pointer;
    private List<At<Indicator>> indicators;
    /** For an indicator: what the measure rules need of its measures, kept once found. */
    MeasureFacts measureFacts;

    private At(T value, At<?> parent, CriterionSection section, String name, int first) {
      this(value, parent, section, name, first, null, 0);
    }

    private At(T value, At<?> parent, CriterionSection section, String name, int first, String secondName,
        int second) {
      this.value = value;
      this.parent = parent;
      this.section = section;
      this.name = name;
      this.first = first;
      this.secondName = secondName;
      this.second = second;
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
        // One concatenation sized once: the coverage matrix asks for every indicator's pointer.
        if (parent == null) {
          p = name + first;
        } else if (secondName == null) {
          p = parent.pointer() + name + first;
        } else {
          p = parent.pointer() + name + first + secondName + second;
        }
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
      result.add(new At<>(sections.get(i), null, sections.get(i), SECTIONS, i));
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
        result.add(new At<>(actions.get(j), s, s.value(), ACTIONS, j));
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
        result.add(new At<>(engagements.get(j), s, s.value(), ENGAGEMENTS, j));
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
        result.add(new At<>(actions.get(j), s, s.value(), ACTIONS, j));
      }
      List<Engagement> engagements = s.value().engagements();
      for (int j = 0; j < engagements.size(); j++) {
        result.add(new At<>(engagements.get(j), s, s.value(), ENGAGEMENTS, j));
      }
    }
    return result;
  }

  /**
   * Lists the indicators of an action or engagement. The list is made once per place and kept, so
   * that every rule of a check that shares the walk ({@link #of(CheckContext)}) reuses it, pointers
   * included.
   *
   * @param initiative the action or engagement with its place
   * @return its indicators, objective by objective, unmodifiable
   */
  public static List<At<Indicator>> indicators(At<? extends Initiative> initiative) {
    List<At<Indicator>> kept = initiative.indicators;
    if (kept == null) {
      // An immutable list is safely published through its final fields; a race only lists twice.
      kept = List.copyOf(listIndicators(initiative));
      initiative.indicators = kept;
    }
    return kept;
  }

  private static List<At<Indicator>> listIndicators(At<? extends Initiative> initiative) {
    List<At<Indicator>> result = new ArrayList<>();
    List<Objective> objectives = initiative.value().objectives();
    for (int k = 0; k < objectives.size(); k++) {
      List<Indicator> indicators = objectives.get(k).indicators();
      for (int m = 0; m < indicators.size(); m++) {
        result.add(new At<>(indicators.get(m), initiative, initiative.section(),
            OBJECTIVES, k, INDICATORS, m));
      }
    }
    return result;
  }

  /**
   * Returns the places of a check's dossier, listed once per check and shared by every rule.
   *
   * @param context the check
   * @return its places
   */
  public static Places of(CheckContext context) {
    return access().places(context);
  }

  /**
   * How this package reaches what a {@link CheckContext} keeps for the rules; set by {@code
   * CheckContext}.
   */
  public interface Access {
    /**
     * Returns the places a context keeps.
     *
     * @param context the context
     * @return its places
     */
    Places places(CheckContext context);

    /**
     * Returns the index of a context's referential.
     *
     * @param context the context
     * @return the index
     */
    ReferentialIndex index(CheckContext context);
  }

  static Access access() {
    Access a = ACCESS;
    if (a == null) {
      try {
        // Registers the access, in case no context was created on this path yet.
        Class.forName(CheckContext.class.getName(), true, CheckContext.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      a = ACCESS;
    }
    return a;
  }

  private static volatile Access ACCESS;

  /**
   * Registers how to reach a context's places; called once, by {@code CheckContext}'s initializer.
   *
   * @param access the access
   */
  public static void register(Access access) {
    if (ACCESS != null) {
      throw new IllegalStateException("already registered");
    }
    ACCESS = access;
  }

  /**
   * The sections, actions, engagements and indicators of one dossier with their places, each list
   * made at first use and kept: the rules of a check walk the dossier once between them, and each
   * pointer is built at most once. The lists are unmodifiable; the actions and engagements are the
   * same places as in {@link #initiatives()}. Thread-safe: a race only lists twice.
   */
  public static final class Places {
    private final Dossier dossier;
    private List<At<CriterionSection>> sections;
    private List<At<Initiative>> initiatives;
    private List<At<Action>> actions;
    private List<At<Engagement>> engagements;

    /**
     * Creates the places of a dossier, listing nothing yet.
     *
     * @param dossier the dossier
     */
    public Places(Dossier dossier) {
      this.dossier = dossier;
    }

    /** The sections, in order. */
    public List<At<CriterionSection>> sections() {
      List<At<CriterionSection>> l = sections;
      if (l == null) {
        l = List.copyOf(Walk.sections(dossier));
        sections = l;
      }
      return l;
    }

    /** For each section, its actions then its engagements. */
    public List<At<Initiative>> initiatives() {
      List<At<Initiative>> l = initiatives;
      if (l == null) {
        List<At<Initiative>> result = new ArrayList<>();
        for (At<CriterionSection> s : sections()) {
          List<Action> as = s.value().actions();
          for (int j = 0; j < as.size(); j++) {
            result.add(new At<>(as.get(j), s, s.value(), ACTIONS, j));
          }
          List<Engagement> gs = s.value().engagements();
          for (int j = 0; j < gs.size(); j++) {
            result.add(new At<>(gs.get(j), s, s.value(), ENGAGEMENTS, j));
          }
        }
        l = List.copyOf(result);
        initiatives = l;
      }
      return l;
    }

    /** The actions, section by section. */
    @SuppressWarnings("unchecked")
    public List<At<Action>> actions() {
      List<At<Action>> l = actions;
      if (l == null) {
        List<At<Action>> result = new ArrayList<>();
        for (At<Initiative> w : initiatives()) {
          if (w.value() instanceof Action) {
            result.add((At<Action>) (At<?>) w);
          }
        }
        l = List.copyOf(result);
        actions = l;
      }
      return l;
    }

    /** The engagements, section by section. */
    @SuppressWarnings("unchecked")
    public List<At<Engagement>> engagements() {
      List<At<Engagement>> l = engagements;
      if (l == null) {
        List<At<Engagement>> result = new ArrayList<>();
        for (At<Initiative> w : initiatives()) {
          if (w.value() instanceof Engagement) {
            result.add((At<Engagement>) (At<?>) w);
          }
        }
        l = List.copyOf(result);
        engagements = l;
      }
      return l;
    }
  }
}
