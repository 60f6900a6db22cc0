package io.github.ldmlib.examples.academy;

import static io.github.ldmlib.test.LdmAssertions.assertThat;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.rules.Rule;
import io.github.ldmlib.test.DossierFixture;
import io.github.ldmlib.test.DossierFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Step 3 of the tutorial: rule MTC-C9-002, which depends on the stage of the check. */
class PerennialActionRuleTest {

  static final Rule<Dossier> RULE = PerennialActionRule.RULE;
  static final DossierFixture FIXTURE = DossierFixtures.conforming(MontclairProfile.PROFILE);
  /** The same dossier, whose only C9 action is not perennial. */
  static final DossierFixture SHORT_LIVED =
      FIXTURE.withFirstAction("C9", action -> Action.builder().from(action).perennial(false).build());

  @Test
  void isWellDefined() {
    assertThat(RULE).isWellDefined();
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void acceptsAPerennialActionAtEveryStage(Stage stage) {
    assertThat(RULE).accepts(FIXTURE.atStage(stage));
  }

  @Test
  void asksNothingAtTheCandidature() {
    assertThat(RULE).accepts(SHORT_LIVED);
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = {"FOLLOW_UP_1_YEAR", "FOLLOW_UP_3_YEARS"})
  void flagsTheSectionAtTheFollowUpAudits(Stage stage) {
    assertThat(RULE).flags(SHORT_LIVED.atStage(stage))
        .at(FIXTURE.sectionPointer("C9") + "/actions")
        .withMessageKey("MTC-C9-002.followUp")
        .exactly(1);
  }

  @Test
  void flagsTheSectionAtTheRenewal() {
    assertThat(RULE).flags(SHORT_LIVED.atStage(Stage.RENEWAL))
        .withMessageContaining("Au renouvellement")
        .exactly(1);
  }
}
