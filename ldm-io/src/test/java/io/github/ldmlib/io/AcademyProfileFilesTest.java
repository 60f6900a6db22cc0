package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.CriterionKind;
import io.github.ldmlib.model.referential.ProfileException;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.ReferentialChange;
import io.github.ldmlib.model.referential.ReferentialDiff;
import io.github.ldmlib.model.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Academy profile files, end to end. Reading is the first step and checks the format only; applying
 * the profile ({@link Referentials#tailor(AcademyProfile, Locale)}) is the second and refuses a
 * profile that does not fit its referential, with the JSON Pointer of every fault in the file.
 */
class AcademyProfileFilesTest {

  private static final LdmJson JSON = LdmJson.defaults();
  private static final Path EXAMPLE = ExamplesTest.EXAMPLES.resolve("academy-profile-developpement-durable.json");

  private static AcademyProfile faulty() throws IOException {
    try (InputStream in = AcademyProfileFilesTest.class.getResourceAsStream("academy-profile-faulty.json")) {
      return JSON.read(AcademyProfile.class, in, "academy-profile-faulty.json");
    }
  }

  @Test
  void theExampleTailorsTheLatestNationalReferential() throws IOException {
    AcademyProfile profile = JSON.read(AcademyProfile.class, EXAMPLE);
    Referential national = Referentials.latest("ldm-national-2023");
    Referential tailored = Referentials.tailor(profile, Locale.ENGLISH);

    assertThat(tailored.edition()).isEqualTo(national.edition());
    assertThat(tailored.criteria()).extracting(Criterion::id)
        .containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9");
    assertThat(tailored.criterion("C9").orElseThrow().kind()).isEqualTo(CriterionKind.ACADEMIC);
    assertThat(tailored.mandatoryCriteria()).hasSize(9);
    assertThat(ReferentialDiff.between(national, tailored).changes()).extracting(ReferentialChange::toString)
        .startsWith("ADDED CRITERION C9: \"Initiation à la pratique du développement durable\"")
        .hasSize(1 + 4 + 6);
  }

  @Test
  void theExampleFitsBothEditionsSinceItNamesNone() throws IOException {
    AcademyProfile profile = JSON.read(AcademyProfile.class, EXAMPLE);
    assertThat(profile.baseEdition()).isEmpty();
    for (String edition : new String[] {"2024-01", "2026-01"}) {
      assertThat(profile.check(Referentials.load("ldm-national-2023", edition))).as(edition).isEmpty();
    }
    AcademyProfile pinned = JSON.read(AcademyProfile.class, JSON.writeString(AcademyProfile.builder().from(profile)
        .baseEdition("2026-01").build()));
    assertThat(Referentials.tailor(pinned).edition().id()).isEqualTo("2026-01");
    assertThat(pinned.check(Referentials.load("ldm-national-2023", "2024-01"), Locale.ENGLISH))
        .extracting(Violation::toString)
        .containsExactly("baseEdition: the profile applies to edition 2026-01 of ldm-national-2023,"
            + " not to edition 2024-01");
  }

  @Test
  void aFaultyProfileIsReadThenRefusedWithThePlaceOfEveryFault() throws IOException {
    // Step 1: the file is well-formed JSON of the format, so it reads.
    AcademyProfile profile = faulty();
    assertThat(profile.criteria()).extracting(Criterion::id).containsExactly("C9", "C4");

    // Step 2: applying it to its referential names every fault and where it is in the file.
    ProfileException e = assertThrows(ProfileException.class, () -> Referentials.tailor(profile, Locale.ENGLISH));
    assertThat(e.documentId()).isEqualTo("bellerive-2026-brouillon");
    assertThat(e.violations()).extracting(v -> v.pointer().toString(), Violation::message).containsExactly(
        tuple("/addedRequirements/0/criterionId",
            "no criterion C12 in ldm-national-2023"),
        tuple("/criteria/0/requirements/1/id",
            "duplicate id C9.R1, already used at criteria[0].requirements[0].id"),
        tuple("/criteria/1",
            "ldm-national-2023 allows at most 1 academic criterion (ACADEMIC or OPTIONAL); this one would be number 2"),
        tuple("/criteria/1/id",
            "C4 is a national criterion of ldm-national-2023 and cannot be redefined"));
    assertThat(e.getMessage()).startsWith("Academy profile bellerive-2026-brouillon cannot be applied to"
        + " ldm-national-2023: 4 faults");

    // The same faults in French, the default.
    ProfileException french = assertThrows(ProfileException.class, () -> Referentials.tailor(profile));
    assertThat(french.violations()).extracting(Violation::pointer)
        .containsExactlyElementsOf(e.violations().stream().map(Violation::pointer).toList());
    assertThat(french.violations().get(3).message()).contains("C4").doesNotContain("cannot be redefined");
  }
}
