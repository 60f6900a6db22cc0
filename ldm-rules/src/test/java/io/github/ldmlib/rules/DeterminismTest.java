package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.Fixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  /** Defects spread over criteria, dossier-level places and list indexes beyond 9. */
  private static Dossier manyDefects() {
    Dossier d = Fixtures.changeSection(Fixtures.DOSSIER, 2, s -> CriterionSection.builder().from(s)
        .diagnosis(Optional.empty()).build());
    d = Fixtures.changeSection(d, 0, s -> {
      List<Action> actions = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        actions.add(Action.builder().from(s.actions().get(0)).addedValue(Optional.empty()).build());
      }
      return CriterionSection.builder().from(s).actions(actions).build();
    });
    return Dossier.builder().from(d).context(Optional.empty()).addEvidence(Fixtures.evidence("P-09", "Inutile")).build();
  }

  @Test
  void theSameInputGivesAnEqualReport() {
    Checker<Dossier> other = Checker.of(Fixtures.REFERENTIAL);
    ConformityReport first = Fixtures.check(manyDefects());
    ConformityReport second = other.check(manyDefects(), AS_OF, Stage.CANDIDATURE);
    assertThat(second).isEqualTo(first);
    assertThat(second.toString()).isEqualTo(first.toString());
  }

  @Test
  void findingsAreOrderedByCriterionThenPointerThenRule() {
    List<Finding> findings = Fixtures.check(manyDefects()).findings();

    assertThat(findings).extracting(f -> f.criterionId().orElse("-") + " " + f.pointer() + " " + f.ruleId())
        .containsExactly(
            "- /context LDM-D-010",
            "- /evidence/4 LDM-D-062",
            "C1 /sections/0/actions/0/addedValue LDM-D-030",
            "C1 /sections/0/actions/1/addedValue LDM-D-030",
            "C1 /sections/0/actions/2/addedValue LDM-D-030",
            "C1 /sections/0/actions/3/addedValue LDM-D-030",
            "C1 /sections/0/actions/4/addedValue LDM-D-030",
            "C1 /sections/0/actions/5/addedValue LDM-D-030",
            "C1 /sections/0/actions/6/addedValue LDM-D-030",
            "C1 /sections/0/actions/7/addedValue LDM-D-030",
            "C1 /sections/0/actions/8/addedValue LDM-D-030",
            "C1 /sections/0/actions/9/addedValue LDM-D-030",
            "C1 /sections/0/actions/10/addedValue LDM-D-030",
            "C1 /sections/0/actions/11/addedValue LDM-D-030",
            "A1 /sections/2/diagnosis LDM-D-020");
  }

  @Test
  void messagesFollowTheRequestedLanguage() {
    Dossier d = Dossier.builder().from(Fixtures.DOSSIER).context(Optional.empty()).build();
    ConformityReport french = Fixtures.check(d);
    ConformityReport english = Fixtures.CHECKER.check(d, AS_OF, Stage.CANDIDATURE, Locale.ENGLISH);
    ConformityReport german = Fixtures.CHECKER.check(d, AS_OF, Stage.CANDIDATURE, Locale.GERMAN);

    assertThat(french.language()).isEqualTo("fr");
    assertThat(english.language()).isEqualTo("en");
    assertThat(german).isEqualTo(french);
    assertThat(french.findings().get(0).message())
        .isEqualTo("Élément attendu manquant : « Présenter le contexte de l'établissement et ses particularités » (E.DOSSIER.context).");
    assertThat(english.findings().get(0).message())
        .isEqualTo("Expected element missing: “Présenter le contexte de l'établissement et ses particularités” (E.DOSSIER.context).");
    assertThat(english.findings().get(0).messageKey()).isEqualTo(french.findings().get(0).messageKey());
    assertThat(english.findings().get(0).arguments()).isEqualTo(french.findings().get(0).arguments());
  }
}
