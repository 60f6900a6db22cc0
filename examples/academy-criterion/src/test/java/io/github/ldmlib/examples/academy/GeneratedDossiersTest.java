package io.github.ldmlib.examples.academy;

import static io.github.ldmlib.test.LdmAssertions.assertThat;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.test.DossierFixture;
import io.github.ldmlib.test.DossierGenerator.Defect;
import io.github.ldmlib.test.DossierGenerator.Size;
import io.github.ldmlib.test.DossierGenerator;
import org.junit.jupiter.api.Test;

/** Step 8 of the tutorial: the academy's rules on many generated dossiers. */
class GeneratedDossiersTest {

  @Test
  void theRuleAcceptsEveryGeneratedDossierThatAddressesItsRequirements() {
    Referential montclair = Referentials.tailor(MontclairProfile.PROFILE);
    for (long seed = 0; seed < 20; seed++) {
      DossierFixture generated = DossierGenerator.of(montclair, seed).withSize(Size.M)
          .withDefects(Defect.MISSING_COORDINATOR).generateFixture();
      assertThat(RequirementsAddressedRule.RULE).accepts(generated);
      assertThat(RequirementsAddressedRule.RULE).flags(generated.withUnaddressedRequirement("C9.R1")).exactly(1);
    }
  }
}
