package io.github.ldmlib.model.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.SampleDossiers;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Person;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelEditTest {

  private final Dossier dossier = SampleDossiers.complete();

  @Test
  void aNestedActionIsChangedInOneCall() {
    // --- README: nested change ---
    Dossier renamed = ModelEdit.replace(dossier, JsonPointer.parse("/sections/0/actions/0"), Action.class,
        action -> Action.builder().from(action).title("Stage d'observation en entreprise").build());
    Dossier coordinated = ModelEdit.set(dossier, JsonPointer.parse("/sections/0/team/coordinator"),
        Person.of("Bernard", "Inès", "Proviseure adjointe"));
    // --- end ---

    assertThat(renamed.sections().get(0).actions().get(0).title()).isEqualTo("Stage d'observation en entreprise");
    assertThat(coordinated.sections().get(0).team().orElseThrow().coordinator().orElseThrow().lastName()).isEqualTo("Bernard");
    assertThat(dossier.sections().get(0).actions().get(0).title())
        .as("the original is unchanged").isEqualTo("Suivi renforcé des périodes de formation en milieu professionnel");
  }

  @Test
  void theResultIsWhatTheBuildersMakeLevelByLevel() {
    CriterionSection section = dossier.sections().get(0);
    Action action = section.actions().get(0);
    Dossier byHand = Dossier.builder().from(dossier)
        .sections(List.of(CriterionSection.builder().from(section)
            .actions(List.of(Action.builder().from(action).title("Nouveau titre").build()))
            .build()))
        .build();

    Dossier edited = ModelEdit.set(dossier, JsonPointer.parse("/sections/0/actions/0/title"), "Nouveau titre");

    assertThat(edited).isEqualTo(byHand).isNotEqualTo(dossier);
    assertThat(edited.establishment()).as("values off the path are shared").isSameAs(dossier.establishment());
    assertThat(edited.sections().get(0).engagements()).isEqualTo(section.engagements());
    assertThat(edited.evidence()).isEqualTo(dossier.evidence());
  }

  @Test
  void optionalValuesAndWholeListsAreReplacedToo() {
    Dossier teamless = ModelEdit.replace(dossier, JsonPointer.parse("/sections/0/team"), CriterionTeam.class,
        team -> CriterionTeam.builder().coordinator(team.coordinator()).build());
    assertThat(teamless.sections().get(0).team().orElseThrow().members()).isEmpty();

    Dossier withoutTrades = ModelEdit.set(dossier, JsonPointer.parse("/trades"), List.of("Navigation"));
    assertThat(withoutTrades.trades()).containsExactly("Navigation");

    Dossier sameTitle = ModelEdit.set(dossier, JsonPointer.parse("/labelTitle"), "Lycée des métiers de la mer");
    assertThat(sameTitle.labelTitle()).contains("Lycée des métiers de la mer");
  }

  @Test
  void aChangeThatChangesNothingReturnsTheSameDocument() {
    assertThat(ModelEdit.replace(dossier, JsonPointer.parse("/sections/0/actions/0"), Action.class, a -> a))
        .isSameAs(dossier);
    assertThat(ModelEdit.replace(dossier, JsonPointer.root(), Dossier.class, d -> d)).isSameAs(dossier);
  }

  @Test
  void aPointerToNoValueIsRefusedNamingWhereItStops() {
    assertThatThrownBy(() -> ModelEdit.set(dossier, JsonPointer.parse("/sections/0/actoins/0/title"), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot change /sections/0/actoins/0/title: at /sections/0, CriterionSection has no property \"actoins\"");
    assertThatThrownBy(() -> ModelEdit.set(dossier, JsonPointer.parse("/sections/3/diagnosis"), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot change /sections/3/diagnosis: at /sections/3, no element 3 in a list of 1");
    Dossier withoutDiagnosis = ModelEdit.replace(dossier, JsonPointer.parse("/sections/0"), CriterionSection.class,
        s -> CriterionSection.builder().from(s).diagnosis(Optional.empty()).build());
    assertThatThrownBy(() -> ModelEdit.set(withoutDiagnosis, JsonPointer.parse("/sections/0/diagnosis"), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot change /sections/0/diagnosis: at /sections/0/diagnosis, nothing there");
    assertThatThrownBy(() -> ModelEdit.replace(dossier, JsonPointer.parse("/sections/0/team"), Action.class, a -> a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot change /sections/0/team: the value there is of class CriterionTeam, not Action");
    assertThatThrownBy(() -> ModelEdit.set(dossier, JsonPointer.parse("/labelTitle/x"), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot change /labelTitle/x: at /labelTitle, a String has no property");
  }

  @Test
  void aNewValueOfTheWrongClassIsRefused() {
    assertThatThrownBy(() -> ModelEdit.set(dossier, JsonPointer.parse("/sections/0/team/coordinator"), "Bernard"))
        .isInstanceOf(ClassCastException.class);
  }
}
