package io.github.ldmlib.test;

import static io.github.ldmlib.test.LdmAssertions.assertThat;

import io.github.ldmlib.io.Referentials;
import org.junit.jupiter.api.Test;

/** The README's test-kit example, kept compiled and true. */
class ReadmeKitExampleTest {

  @Test
  void readmeExample() {
    // --- README: test kit ---
    DossierFixture fixture = DossierFixtures.conforming(Referentials.load("ldm-national-2023", "2026-01"));

    assertThat(fixture.check()).hasNoFindings();                    // complete and conforming
    assertThat(fixture.withoutCoordinator("C3").check())            // exactly one defect
        .hasOnlyFindingsOf("LDM-D-020")
        .hasFindingsOf("LDM-D-020").at(fixture.sectionPointer("C3") + "/team/coordinator").exactly(1);
    // --- end ---
  }
}
