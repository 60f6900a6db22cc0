package io.github.ldmlib.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.report.internal.Places;
import io.github.ldmlib.report.internal.Texts;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The place of a finding in words, from its JSON Pointer and the dossier. */
class PlacesTest {

  static final Texts FRENCH = Texts.of(Locale.FRENCH);

  static String place(Dossier dossier, String pointer) {
    return Places.describe(dossier, JsonPointer.parse(pointer), FRENCH);
  }

  @Test
  void elementsAreNamedByWhatTheyAreAndFieldsByTheirLabel() {
    Dossier complete = Examples.complete();

    assertThat(place(complete, "")).isEqualTo("Dossier dans son ensemble");
    assertThat(place(complete, "/sections/0/actions/0/objectives/0/indicators/0/measures/2")).isEqualTo(
        "Section C1 › Action 1 « Ouverture d'une mention complémentaire « Maintenance des systèmes embarqués de"
            + " l'automobile » » › Objectif 1 › Indicateur « Taux d'emploi à six mois des sortants de la filière »"
            + " › Mesure N+5 (2024-2025)");
    assertThat(place(Examples.dossier("defective/section-without-coordinator.json"), "/sections/0/team/coordinator"))
        .isEqualTo("Section C2 › Équipe critère › Coordonnateur");
  }

  @Test
  void whatTheDossierLacksIsStillNamed() {
    Dossier complete = Examples.complete();

    // An element past the end of a list: the list's label and the element's rank.
    assertThat(place(complete, "/sections/99/team")).isEqualTo("Sections 100 › Équipe critère");
    // A field the model does not know, its token unescaped (~1 is a slash).
    assertThat(place(complete, "/sections/0/notes~1draft")).isEqualTo("Section C1 › notes/draft");
  }
}
