package io.github.ldmlib.test;

import static io.github.ldmlib.test.LdmAssertions.assertThat;
import static io.github.ldmlib.test.LdmAssertions.assertThatThrownBy;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.test.DossierGenerator.Defect;
import io.github.ldmlib.test.DossierGenerator.Size;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generator is reproducible, its sizes are what they say, its valid dossiers conform and its defects show. */
class DossierGeneratorTest {

  static final LdmJson COMPACT = LdmJson.defaults().withPrettyPrint(false);

  @Test
  void theSameSeedGivesAnEqualDossier() {
    for (Size size : List.of(Size.S, Size.M)) {
      DossierGenerator generator = DossierGenerator.of(TestData.NATIONAL_2026, 42).withSize(size);
      assertThat(generator.generate()).isEqualTo(generator.generate());
      assertThat(COMPACT.writeString(generator.generate()))
          .isEqualTo(COMPACT.writeString(DossierGenerator.of(TestData.NATIONAL_2026, 42).withSize(size).generate()));
    }
    DossierGenerator broken = DossierGenerator.of(TestData.AIX_2012, 7)
        .withDefects(Defect.MISSING_COORDINATOR, Defect.INELIGIBLE_CO_APPLICANT, Defect.MEASURE_IN_THE_FUTURE);
    assertThat(broken.generate()).isEqualTo(broken.withSeed(7).generate());
  }

  @Test
  void otherSeedsGiveOtherDossiers() {
    Set<Dossier> dossiers = new HashSet<>();
    LongStream.range(0, 10).forEach(seed -> dossiers.add(DossierGenerator.of(TestData.NATIONAL_2026, seed).generate()));

    assertThat(dossiers).hasSize(10);
    assertThat(dossiers).extracting(d -> d.establishment().uai().orElseThrow()).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(Size.class)
  void theSizeIsWithinAFactorOfTwo(Size size) {
    long bytes = COMPACT.writeString(DossierGenerator.of(TestData.NATIONAL_2026, 1).withSize(size).generate())
        .getBytes(StandardCharsets.UTF_8).length;

    assertThat(bytes).isBetween(size.approximateBytes() / 2, size.approximateBytes() * 2);
  }

  @Test
  void theMediumShapeIsEightCriteriaOfThreeActionsOfThreeObjectivesOfTwoIndicators() {
    Dossier m = DossierGenerator.of(TestData.NATIONAL_2026, 5).withSize(Size.M).generate();

    assertThat(m.sections()).hasSize(8).allSatisfy(s -> {
      assertThat(s.actions()).hasSize(3).allSatisfy(a -> assertThat(a.objectives()).hasSize(3)
          .allSatisfy(o -> assertThat(o.indicators()).hasSize(2)));
      assertThat(s.engagements()).hasSize(1);
    });
  }

  @Test
  void validDossiersConformToEveryReferential() {
    List<Referential> referentials = new ArrayList<>(TestData.referentials());
    for (Referential r : referentials) {
      for (long seed = 0; seed < 8; seed++) {
        DossierFixture fixture = DossierGenerator.of(r, seed).withSize(seed % 2 == 0 ? Size.S : Size.M).generateFixture();
        assertThat(fixture.check()).as("%s seed %d", r.id(), seed).hasNoFindings();
        assertThat(LdmValidation.validate(fixture.dossier())).isEmpty();
      }
    }
  }

  @Test
  void someSeedsGiveNetworkCandidatures() {
    long networks = LongStream.range(0, 16)
        .filter(seed -> DossierGenerator.of(TestData.NATIONAL_2026, seed).generate().isNetworkCandidature())
        .count();

    assertThat(networks).isBetween(1L, 15L);
  }

  @Test
  void aLargeDossierConformsToo() {
    assertThat(DossierGenerator.of(TestData.NATIONAL_2024, 11).withSize(Size.L).generateFixture().check()).hasNoFindings();
  }

  @Test
  void asOfAnotherDate() {
    DossierGenerator later = DossierGenerator.of(TestData.NATIONAL_2026, 3).asOf(LocalDate.of(2030, 1, 15));

    assertThat(later.asOf()).isEqualTo(LocalDate.of(2030, 1, 15));
    assertThat(later.generateFixture().check()).hasNoFindings();
    assertThat(later.generate().submissionDate()).contains(LocalDate.of(2030, 1, 15));
  }

  @Test
  void eachDefectShowsAsItsRuleAndOnlyIt() {
    for (Defect defect : Defect.values()) {
      Referential r = defect == Defect.INELIGIBLE_CO_APPLICANT ? TestData.AIX_2012 : TestData.NATIONAL_2026;
      for (long seed = 0; seed < 4; seed++) {
        DossierFixture fixture = DossierGenerator.of(r, seed).withSize(Size.M).withDefects(defect).generateFixture();
        assertThat(fixture.check()).as("%s, seed %d", defect, seed)
            .hasOnlyFindingsOf(defect.ruleId())
            .hasFindingsOf(defect.ruleId()).exactly(1);
      }
    }
  }

  @Test
  void allDefectsAtOnceEachInItsOwnSection() {
    Set<Defect> all = EnumSet.complementOf(EnumSet.of(Defect.INELIGIBLE_CO_APPLICANT));
    DossierGenerator generator = DossierGenerator.of(TestData.NATIONAL_2026, 9).withDefects(all.toArray(Defect[]::new));

    assertThat(generator.defects()).isEqualTo(all);
    assertThat(generator.generateFixture().check())
        .hasOnlyFindingsOf(all.stream().map(Defect::ruleId).toArray(String[]::new))
        .hasFindingsOf("LDM-D-020").exactly(2);
    DossierGenerator aix = DossierGenerator.of(TestData.AIX_2012, 9).withDefects(Defect.INELIGIBLE_CO_APPLICANT,
        Defect.MISSING_SECTION, Defect.UNRESOLVED_EVIDENCE);
    assertThat(aix.generateFixture().check()).hasOnlyFindingsOf("LDM-D-071", "LDM-D-003", "LDM-D-060");
  }

  @Test
  void aDefectTheReferentialCannotShowIsRefused() {
    assertThatThrownBy(() -> DossierGenerator.of(TestData.NATIONAL_2026, 1).withDefects(Defect.INELIGIBLE_CO_APPLICANT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot make the defects [INELIGIBLE_CO_APPLICANT]: ldm-national-2023@2026-01 lists no eligible "
            + "sector, so no co-applicant can be ineligible");
    assertThatThrownBy(() -> DossierGenerator.of(TestData.AIX_2012, 1).withDefects(Defect.MISSING_COMMON_STRATEGY))
        .hasMessage("Cannot make the defects [MISSING_COMMON_STRATEGY]: aix-marseille-2012@2012-01 has no mandatory "
            + "criterion with a requirement for network candidatures");
  }

  @Test
  void describesItself() {
    assertThat(DossierGenerator.of(Referentials.load("ldm-national-2023", "2024-01"), 5).withSize(Size.L)
            .withDefects(Defect.MISSING_SECTION))
        .hasToString("DossierGenerator[ldm-national-2023@2024-01, seed=5, size=L, defects=[MISSING_SECTION], asOf=2026-03-16]");
  }
}
