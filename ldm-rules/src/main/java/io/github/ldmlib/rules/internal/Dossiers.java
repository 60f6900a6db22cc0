package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.rules.Place;

/** What the dossier rules say of an element's place. */
final class Dossiers {

  private Dossiers() {}

  /**
   * The criterion id a dossier element's section names, whether or not the referential has that
   * criterion: the messages name the section as the dossier does.
   *
   * @param place an element of a dossier
   * @return the section's criterion id, or the empty string for an element outside the sections
   */
  static String sectionOf(Place<?> place) {
    return place.enclosing(CriterionSection.class).map(s -> s.value().criterionId()).orElse("");
  }
}
