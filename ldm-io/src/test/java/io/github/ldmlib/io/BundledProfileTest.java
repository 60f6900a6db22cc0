package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Referential;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * A region's campaign calendar lives in its profile, not in the national referential: the
 * Nouvelle-Aquitaine presentation asks for the dossier and its evidence « 3 semaines avant la date
 * de l'audit »; the national guide sets no such delay.
 */
class BundledProfileTest {

  @Test
  void theNationalReferentialStatesNoDossierNoticeOfItsOwn() {
    assertThat(Referentials.load("ldm-national-2023", "2024-01").parameters().dossierNoticeWeeks()).isEmpty();
    assertThat(Referentials.load("ldm-national-2023", "2026-01").parameters().dossierNoticeWeeks()).isEmpty();
  }

  @Test
  void theNouvelleAquitaineProfileBringsItsThreeWeeksOnTopOfTheNationalReferential() {
    AcademyProfile na = Referentials.profile("nouvelle-aquitaine-2023");
    Referential national = Referentials.latest("ldm-national-2023");

    Referential tailored = Referentials.tailor(na);

    assertThat(tailored.parameters().dossierNoticeWeeks()).hasValue(3);
    // Everything else the referential states is kept.
    assertThat(tailored.parameters().majorGapsBlockLabel()).isEqualTo(national.parameters().majorGapsBlockLabel());
    assertThat(tailored.parameters().maxAcademicCriteria()).isEqualTo(national.parameters().maxAcademicCriteria());
    assertThat(tailored.criteria()).hasSameSizeAs(national.criteria());
    assertThat(Referentials.profileIds()).containsExactly("nouvelle-aquitaine-2023");
  }

  @Test
  void anUnknownProfileIsRefusedWithTheBundledOnes() {
    assertThatThrownBy(() -> Referentials.profile("bretagne"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("No bundled profile bretagne; bundled: nouvelle-aquitaine-2023");
  }
}
