package io.github.ldmlib.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.ProfileException;
import io.github.ldmlib.rules.Checker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * Documents that name another referential than the one they meet. Reading never judges this (the
 * format is fine); the error belongs where the two meet: the checker reports a dossier of another
 * referential as {@code LDM-D-001}, and applying an academy profile to a referential that is not its
 * base, or whose base is not bundled, throws at once.
 */
class MismatchedReferentialTest {

  private static final LdmJson JSON = LdmJson.defaults();
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 14);
  private static final Path PROFILE = Path.of("..", "examples", "academy-profile-developpement-durable.json");

  @Test
  void aDossierOfAnotherReferentialIsNotSubmittableAtItsReferentialId() {
    Dossier national = DossierGenerator.of(TestData.NATIONAL_2026, 5).asOf(AS_OF).generate();
    Dossier elsewhere = Dossier.builder().from(national).referentialId("aix-marseille-2012").build();
    // It reads and writes as any dossier: the format does not know which referential is meant.
    assertThat(JSON.read(Dossier.class, JSON.writeString(elsewhere))).isEqualTo(elsewhere);

    ConformityReport report = Checker.of(TestData.NATIONAL_2026).check(elsewhere, AS_OF, Stage.CANDIDATURE, Locale.ENGLISH);

    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("LDM-D-001")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.NOT_SUBMITTABLE);
      assertThat(f.pointer()).hasToString("/referentialId");
      assertThat(f.message()).isEqualTo("The dossier answers the referential “aix-marseille-2012”, not the referential "
          + "“ldm-national-2023” used for the check.");
    });
    assertThat(report.readyForAudit()).isFalse();
    assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("LDM-E-001");
  }

  @Test
  void anotherEditionOfTheSameReferentialIsAdvice() {
    Dossier dossier = DossierGenerator.of(TestData.NATIONAL_2026, 5).asOf(AS_OF).generate();
    Dossier older = Dossier.builder().from(dossier).referentialEdition("2024-01").build();
    ConformityReport report = Checker.of(TestData.NATIONAL_2026).check(older, AS_OF, Stage.CANDIDATURE);
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("LDM-D-002")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ADVICE));
  }

  @Test
  void aProfileWhoseBaseIsNotBundledFailsWhenItIsApplied() throws IOException {
    AcademyProfile profile = JSON.read(AcademyProfile.class, PROFILE);
    AcademyProfile orphan = AcademyProfile.builder().from(profile).baseReferentialId("ldm-national-1999").build();
    // The profile itself is well-formed: the missing base is found when it is applied.
    assertThat(JSON.read(AcademyProfile.class, JSON.writeString(orphan))).isEqualTo(orphan);
    assertThatThrownBy(() -> Referentials.tailor(orphan))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("ldm-national-1999")
        .hasMessageContaining("ldm-national-2023");
  }

  @Test
  void aProfileAppliedToAnotherReferentialIsRefused() throws IOException {
    AcademyProfile profile = JSON.read(AcademyProfile.class, PROFILE);
    assertThatThrownBy(() -> profile.applyTo(TestData.AIX_2012, Locale.ENGLISH))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("aix-marseille-2012");
  }
}
