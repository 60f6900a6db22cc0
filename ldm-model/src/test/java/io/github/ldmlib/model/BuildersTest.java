package io.github.ldmlib.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.CriterionKind;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.model.referential.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildersTest {

  @Test
  void aMissingRequiredAttributeFailsAtOnceNamingIt() {
    assertThatThrownBy(() -> Person.builder().firstName("Claire").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Person")
        .hasMessageContaining("lastName");
    assertThatThrownBy(() -> Dossier.builder().referentialId("ldm-national-2023").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dossierKind")
        .hasMessageContaining("establishment");
    assertThatThrownBy(() -> Requirement.builder().id("C1.R1").build())
        .hasMessageContaining("text")
        .hasMessageContaining("source");
  }

  @Test
  void nullIsRefusedNamingTheAttribute() {
    assertThatThrownBy(() -> Person.builder().lastName(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("lastName");
    assertThatThrownBy(() -> Action.builder().addEvidenceIds((String) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void collectionsAreUnmodifiableAndNeverNull() {
    Action action = Action.builder().title("Action").build();
    assertThat(action.objectives()).isEmpty();
    assertThat(action.description()).isEmpty();
    Dossier dossier = SampleDossiers.complete();
    assertThatThrownBy(() -> dossier.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dossier.evidence().add(dossier.evidence().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void buildersCopyTheirInputs() {
    java.util.ArrayList<String> ids = new java.util.ArrayList<>(List.of("P-01"));
    Action action = Action.builder().title("Action").evidenceIds(ids).build();
    ids.add("P-02");
    assertThat(action.evidenceIds()).containsExactly("P-01");
  }

  @Test
  void equalityIsByValue() {
    assertThat(SampleDossiers.complete()).isEqualTo(SampleDossiers.complete())
        .hasSameHashCodeAs(SampleDossiers.complete());
    Dossier renamed = Dossier.builder().from(SampleDossiers.complete()).labelTitle("Autre intitulé").build();
    assertThat(renamed).isNotEqualTo(SampleDossiers.complete());
    assertThat(renamed.toString()).contains("Autre intitulé");
  }

  @Test
  void lookupsFindByStableId() {
    SourceRef source = SourceRef.of("Guide", "janvier 2024", "F. Critère 4");
    Criterion criterion = Criterion.builder().id("C4").number(4).title("Partenariat").kind(CriterionKind.NATIONAL)
        .source(source)
        .addRequirements(Requirement.builder().id("C4.R7").text("Réseau").networkOnly(true).source(source).build())
        .build();
    assertThat(criterion.requirement("C4.R7")).map(Requirement::networkOnly).contains(true);
    assertThat(criterion.requirement("C4.R8")).isEmpty();
    assertThat(criterion.isMandatory()).isTrue();
    assertThat(CriterionKind.OPTIONAL.isMandatory()).isFalse();
    assertThat(source).hasToString("Guide (janvier 2024), F. Critère 4");
    Dossier dossier = SampleDossiers.complete();
    assertThat(dossier.section("C3")).isPresent();
    assertThat(dossier.evidence("P-01")).isPresent();
    assertThat(dossier.isNetworkCandidature()).isFalse();
  }
}
