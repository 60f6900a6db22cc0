package io.github.ldmlib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.EvidenceKind;
import io.github.ldmlib.model.meta.DocumentKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One checker, eight threads, many different dossiers: the reports equal those of a sequential run. */
class ConcurrencyTest {

  private static final int DOSSIERS = 240;

  /** Dossiers with defects that vary with i, so that reports differ from one dossier to the next. */
  private static Dossier variant(int i) {
    Dossier d = Fixtures.DOSSIER;
    if (i % 2 == 0) {
      d = Fixtures.changeAction(d, i % 3, a -> Action.builder().from(a).addedValue(Optional.empty()).build());
    }
    if (i % 3 == 0) {
      d = Fixtures.changeAction(d, 0, a -> Action.builder().from(a).startYear(SchoolYear.of(2015 + i % 7)).build());
    }
    if (i % 5 == 0) {
      d = Dossier.builder().from(d).addEvidence(Evidence.builder().id("X-" + i).title("Pièce " + i)
          .kind(EvidenceKind.OTHER).build()).build();
    }
    if (i % 7 == 0) {
      d = Fixtures.changeSection(d, 1, s -> CriterionSection.builder().from(s).diagnosis(Optional.empty()).build());
    }
    if (i % 11 == 0) {
      d = Fixtures.NETWORK;
    }
    return d;
  }

  private static ConformityReport check(Checker checker, int i) {
    Stage stage = Stage.values()[i % 3];
    Locale locale = i % 4 == 0 ? Locale.ENGLISH : Locale.FRENCH;
    return checker.check(variant(i), LocalDate.of(2023 + i % 3, 1 + i % 12, 1), stage, locale);
  }

  @Test
  void concurrentChecksGiveTheSameReportsAsSequentialOnes() throws Exception {
    Checker<Dossier> checker = Checker.builder(DocumentKind.DOSSIER).referential(Fixtures.REFERENTIAL).discoverRules().build();
    List<ConformityReport> sequential = new ArrayList<>();
    for (int i = 0; i < DOSSIERS; i++) {
      sequential.add(check(checker, i));
    }
    assertThat(sequential.stream().map(r -> r.findings().size()).distinct().count()).isGreaterThan(5);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<ConformityReport>> tasks = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (int i = DOSSIERS - 1; i >= 0; i--) {
          int n = i;
          tasks.add(() -> check(checker, n));
        }
      }
      List<Future<ConformityReport>> results = pool.invokeAll(tasks);
      for (int k = 0; k < results.size(); k++) {
        int i = DOSSIERS - 1 - k % DOSSIERS;
        assertThat(results.get(k).get()).as("dossier %d", i).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
