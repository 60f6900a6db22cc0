package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.CriterionKind;
import io.github.ldmlib.model.referential.ProfileException;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.SourceRef;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReferentialsTest {

  @Test
  void listsEveryBundledReferentialInOrder() {
    assertThat(Referentials.list()).extracting(ReferentialInfo::toString).containsExactly(
        "aix-marseille-2012@2012-01", "ldm-national-2023@2024-01", "ldm-national-2023@2026-01");
  }

  @Test
  void loadsTheModelTypesOnceAndCachesThem() {
    Referential national = Referentials.load("ldm-national-2023", "2026-01");
    assertThat(national.id()).isEqualTo("ldm-national-2023");
    assertThat(national.edition().id()).isEqualTo("2026-01");
    assertThat(national.criteria()).hasSize(8);
    assertThat(Referentials.load("ldm-national-2023", "2026-01")).isSameAs(national);
    assertThat(Referentials.latest("ldm-national-2023")).isSameAs(national);
    assertThat(Referentials.latest("aix-marseille-2012").criteria()).hasSize(11);
  }

  @Test
  void concurrentFirstLoadsGiveOneInstance() {
    var loads = IntStream.range(0, 8)
        .mapToObj(i -> CompletableFuture.supplyAsync(() -> Referentials.load("ldm-national-2023", "2024-01")))
        .toList();
    Referential first = loads.get(0).join();
    assertThat(loads).allSatisfy(f -> assertThat(f.join()).isSameAs(first));
  }

  @Test
  void anUnknownReferentialNamesTheBundledOnes() {
    assertThatThrownBy(() -> Referentials.load("ldm-national-2023", "2025-01"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("ldm-national-2023@2025-01")
        .hasMessageEndingWith("bundled: aix-marseille-2012@2012-01, ldm-national-2023@2024-01, ldm-national-2023@2026-01");
    assertThatThrownBy(() -> Referentials.latest("ldm-national-2016"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("aix-marseille-2012@2012-01");
  }

  private static AcademyProfile.Builder profile() {
    SourceRef source = SourceRef.of("Profil académique de test", "Critère académique");
    return AcademyProfile.builder()
        .id("ac-exemple-2026").academy("Exemple").title("Profil de test")
        .baseReferentialId("ldm-national-2023")
        .source(source)
        .addCriteria(Criterion.builder().id("A1").number(9).title("Initiation à la pratique du développement durable")
            .kind(CriterionKind.ACADEMIC).source(source).build());
  }

  @Test
  void tailorsAProfileOnItsBaseOrTheLatestEdition() {
    Referential latest = Referentials.tailor(profile().build());
    assertThat(latest.edition().id()).isEqualTo("2026-01");
    assertThat(latest.criteria()).extracting(Criterion::id).endsWith("C8", "A1");
    Referential older = Referentials.tailor(profile().baseEdition("2024-01").build());
    assertThat(older.edition().id()).isEqualTo("2024-01");
  }

  @Test
  void aProfileThatRedefinesANationalCriterionIsRefused() {
    SourceRef source = SourceRef.of("Profil", "Critère");
    AcademyProfile clash = profile().addCriteria(Criterion.builder().id("C4").number(10).title("Autre")
        .kind(CriterionKind.ACADEMIC).source(source).build()).build();
    assertThatThrownBy(() -> Referentials.tailor(clash)).isInstanceOf(ProfileException.class)
        .hasMessageContaining("C4");
  }
}
