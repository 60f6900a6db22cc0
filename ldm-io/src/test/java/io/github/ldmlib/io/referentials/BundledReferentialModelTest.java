package io.github.ldmlib.io.referentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.CriterionKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.ReferentialChange;
import io.github.ldmlib.model.referential.ReferentialCheck;
import io.github.ldmlib.model.referential.ReferentialDiff;
import io.github.ldmlib.model.validation.Violation;
import java.util.List;
import java.util.Locale;
import io.github.ldmlib.io.Referentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the bundled files into the model and checks them as a user of the library would. */
class BundledReferentialModelTest {

  /** Loads a bundled file the way users do, through {@link Referentials}. */
  private static Referential referential(String resource) {
    String[] idAndEdition = resource.replace(".json", "").split("@");
    return Referentials.load(idAndEdition[0], idAndEdition[1]);
  }

  @ParameterizedTest
  @ValueSource(strings = {BundledReferentialDataTest.N2024, BundledReferentialDataTest.N2026,
      BundledReferentialDataTest.AIX})
  void bundledReferentialIsSound(String resource) {
    assertThat(ReferentialCheck.check(referential(resource), Locale.ENGLISH)).isEmpty();
  }

  @Test
  void editionDiffShowsExactlyWhatTheGuideChangedIn2026() {
    ReferentialDiff diff = ReferentialDiff.between(
        referential(BundledReferentialDataTest.N2024), referential(BundledReferentialDataTest.N2026));
    assertThat(diff.changes()).extracting(ReferentialChange::toString).containsExactly(
        "CHANGED EXAMPLE_ACTION C4.EX8 text: \"Développer le mentorat, le parrainage, le tutorat "
            + "(enseignement supérieur, entreprise...) ; mettre en œuvre le dispositif 1 jeune, 1 mentor\" -> "
            + "\"Développer le mentorat, le parrainage, le tutorat (enseignement supérieur, entreprise...); "
            + "mettre en œuvre le dispositif 1 jeune, 1 mentor\"",
        "CHANGED REQUIREMENT C5.R5 text: \"Le pass Culture est mobilisé par l'établissement pour la part "
            + "collective et les élèves sont informés de la possible mobilisation de la part individuelle, "
            + "notamment en leur transmettant leurs codes EduConnect.\" -> \"Le pass Culture est mobilisé par "
            + "l'établissement pour la part collective et les élèves sont informés de la possible mobilisation "
            + "de la part individuelle, notamment en leur transmettant leurs codes ÉduConnect.\"",
        "CHANGED REQUIREMENT C8.R6 text: \"Dans le cas des candidatures en réseau, les établissements "
            + "co-candidats engagent des réflexions sur une stratégie de communication commune.\" -> \"Dans le "
            + "cas des candidatures en réseau, les établissements co-candidats engageant des réflexions sur une "
            + "stratégie de communication commune.\"",
        "REMOVED REFORM_MEASURE C8.RM1: \"Bureau des entreprises\"");
  }

  @Test
  void aixReferentialHasTwoOptionalCriteriaAndNoAcademicMaximum() {
    Referential aix = referential(BundledReferentialDataTest.AIX);
    assertThat(aix.mandatoryCriteria()).hasSize(9);
    assertThat(aix.criteria()).filteredOn(c -> c.kind() == CriterionKind.OPTIONAL)
        .extracting(Criterion::id).containsExactly("C10", "C11");
    assertThat(aix.parameters().maxAcademicCriteria()).isEmpty();
    assertThat(aix.parameters().followUpAuditYears()).containsExactly(1, 3);
    assertThat(aix.parameters().labelValidityYears()).isEmpty();
  }

  @Test
  void aixOptionalCriteriaCanBeAddedByAProfileToTheNationalReferentialOnlyOneAtATime() {
    Referential national = referential(BundledReferentialDataTest.N2026);
    Referential aix = referential(BundledReferentialDataTest.AIX);
    List<Criterion> optional = aix.criteria().subList(9, 11).stream()
        .map(c -> Criterion.builder().from(c).id("A" + c.number()).number(c.number() - 1)
            .requirements(c.requirements().stream().map(r -> io.github.ldmlib.model.referential.Requirement
                .builder().from(r).id(r.id().replace("C", "A")).build()).toList())
            .exampleActions(c.exampleActions().stream().map(a -> io.github.ldmlib.model.referential.ExampleAction
                .builder().from(a).id(a.id().replace("C", "A")).build()).toList())
            .build())
        .toList();
    AcademyProfile both = AcademyProfile.builder().id("aix-2012-sur-2023").academy("Aix-Marseille")
        .title("Critères facultatifs de 2012").baseReferentialId("ldm-national-2023")
        .criteria(optional).source(aix.source()).build();
    assertThat(both.check(national, Locale.ENGLISH)).extracting(v -> v.pointer().toString()).containsExactly("/criteria/1");
    AcademyProfile one = AcademyProfile.builder().from(both).criteria(optional.subList(0, 1)).build();
    assertThat(one.applyTo(national).criteria()).hasSize(9);
  }
}
