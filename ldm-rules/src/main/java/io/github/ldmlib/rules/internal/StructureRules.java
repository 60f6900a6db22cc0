package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.referential.StructureElement;
import io.github.ldmlib.model.referential.StructureScope;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Place;
import io.github.ldmlib.rules.Rule;
import java.util.List;

/** The rules that read the dossier structure of section E: one per scope. */
final class StructureRules {

  private StructureRules() {}

  static final Rule<Dossier> SECTION_ELEMENTS = Catalogue.dossier("LDM-D-020", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("Each criterion section has what section E asks of it: the diagnosis (état des lieux), the "
          + "general objective and a team with its coordinator. Each required element with scope "
          + "`CRITERION_SECTION` that is absent or empty is a finding at its place, citing the element's source.")
      .reads("`dossierStructure`, scope `CRITERION_SECTION` (else the built-in default below)")
      .clause("ÉTAT DES LIEUX DU CRITÈRE X / OBJECTIF GÉNÉRAL DU CRITÈRE X / ÉQUIPE CRITÈRE X")
      .grade("Section E V) gives these tables as the « éléments attendus pour chaque tableau » of every "
          + "criterion: a missing one is to be completed.")
      .check((c, f) -> check(c, f, StructureScope.CRITERION_SECTION));

  static final Rule<Dossier> ACTION_ELEMENTS = Catalogue.dossier("LDM-D-030", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("Each action is complete: title, duration, perennial yes/no, description, at least one "
          + "operational objective and, for each, at least one indicator; added value; the four columns of "
          + "its implementation (resources, schedule, places, organisation); strengths, improvement areas "
          + "and conclusion. Each required element with scope `ACTION` that is absent or empty is a finding "
          + "at its place. Paths ending in `indicators/measures` are left to the measure rules.")
      .reads("`dossierStructure`, scope `ACTION` (else the built-in default below)")
      .clause("CRITÈRE X : ACTION 1 / Une action présente la mise en œuvre d'un dispositif achevé avec ses "
          + "objectifs de travail et leur évaluation.")
      .grade("Section E V) gives the rows and columns of the action table as « éléments attendus pour "
          + "chaque tableau »: a missing one is to be completed.")
      .check((c, f) -> check(c, f, StructureScope.ACTION));

  static final Rule<Dossier> ENGAGEMENT_ELEMENTS = Catalogue.dossier("LDM-D-040", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("Each engagement is complete: title, description, lead, duration, at least one operational "
          + "objective and, for each, at least one indicator, and the four columns of its implementation. "
          + "Each required element with scope `ENGAGEMENT` that is absent or empty is a finding at its place. "
          + "Paths ending in `indicators/measures` are left to the measure rules.")
      .reads("`dossierStructure`, scope `ENGAGEMENT` (else the built-in default below)")
      .clause("CRITÈRE X : ENGAGEMENT 1 / Un engagement présente une action à venir et les attendus de "
          + "cette action.")
      .grade("Section E V) gives the rows and columns of the engagement table as « éléments attendus pour "
          + "chaque tableau »: a missing one is to be completed.")
      .check((c, f) -> check(c, f, StructureScope.ENGAGEMENT));

  static void check(CheckContext<Dossier> context, FindingSink findings, StructureScope scope) {
    List<StructureElement> elements = Structure.of(context.referential()).stream()
        .filter(e -> e.scope() == scope && e.required() && !Structure.isDelegated(e))
        .toList();
    if (elements.isEmpty()) {
      return;
    }
    Dossier dossier = context.document();
    // The places are listed once for all the elements, so that each pointer is built at most once.
    switch (scope) {
      case DOSSIER -> {
        for (StructureElement e : elements) {
          Structure.path(Dossier.class, e.field()).findMissing(dossier, JsonPointer.root(),
              p -> findings.at(p).source(e.source()).report("missing", e.title(), e.id()));
        }
      }
      case CRITERION_SECTION -> reportMissing(elements, CriterionSection.class, context.each(CriterionSection.class),
          (e, s, p) -> findings.at(p).source(e.source())
              .report("missing", heading(context, e, s.value().criterionId()), e.id(), s.value().criterionId()));
      case ACTION -> reportMissing(elements, Action.class, context.each(Action.class),
          (e, a, p) -> findings.at(p).source(e.source())
              .report("missing", heading(context, e, Dossiers.sectionOf(a)), e.id(), a.value().title(),
                  Dossiers.sectionOf(a)));
      case ENGAGEMENT -> reportMissing(elements, Engagement.class, context.each(Engagement.class),
          (e, g, p) -> findings.at(p).source(e.source())
              .report("missing", heading(context, e, Dossiers.sectionOf(g)), e.id(), g.value().title(),
                  Dossiers.sectionOf(g)));
      default -> throw new AssertionError(scope);
    }
  }

  /** Reports an element missing at one place. */
  @FunctionalInterface
  private interface MissingReport<T> {
    void missing(StructureElement element, Place<T> place, JsonPointer pointer);
  }

  /**
   * Reports the elements missing at each place, element by element, in the order of the elements
   * then of the places. First tells, for each element, whether it is missing anywhere, reading every
   * element of one place before the next place while the place's values are at hand; only the
   * elements missing somewhere are then looked for place by place, where each pointer is made.
   */
  private static <T> void reportMissing(List<StructureElement> elements, Class<T> type, List<Place<T>> places,
      MissingReport<T> report) {
    Structure.FieldPath[] paths = new Structure.FieldPath[elements.size()];
    for (int k = 0; k < paths.length; k++) {
      paths[k] = Structure.path(type, elements.get(k).field());
    }
    boolean[] incomplete = new boolean[paths.length];
    for (Place<T> place : places) {
      Object value = place.value();
      for (int k = 0; k < paths.length; k++) {
        if (!incomplete[k] && !paths[k].isComplete(value)) {
          incomplete[k] = true;
        }
      }
    }
    for (int k = 0; k < paths.length; k++) {
      if (incomplete[k]) {
        StructureElement e = elements.get(k);
        for (Place<T> place : places) {
          paths[k].findMissing(place.value(), place.pointer(), p -> report.missing(e, place, p));
        }
      }
    }
  }

  private static final java.util.regex.Pattern CRITERION_PLACEHOLDER = java.util.regex.Pattern.compile("\\bX\\b");

  /**
   * The guide's heading of an element for one criterion: its template names the criterion "X"
   * ("Coordonnateur critère X"), which becomes the criterion's number ("Coordonnateur critère 3").
   */
  static String heading(CheckContext<Dossier> context, StructureElement element, String criterionId) {
    String number = context.criterion(criterionId)
        .map(c -> String.valueOf(c.number())).orElse(criterionId);
    return CRITERION_PLACEHOLDER.matcher(element.title()).replaceAll(number);
  }
}
