package io.github.ldmlib.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmFormatException;
import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.ReadLimits;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.rules.Checker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One reader and one checker shared by 8 threads over thousands of dossiers, some of them broken or
 * hostile, give exactly the results of a sequential run, and no exception.
 */
class SharedReaderAndCheckerTest {

  private static final LdmJson JSON = LdmJson.defaults().withPrettyPrint(false)
      .withLimits(ReadLimits.defaults().withMaxStringLength(1_000_000));
  private static final Checker<Dossier> CHECKER = Checker.of(TestData.NATIONAL_2026);
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 14);
  private static final int DOSSIERS = 2_000;

  /** The JSON texts: generated dossiers, hostile ones, and every tenth one broken. */
  private static List<String> inputs() {
    List<String> texts = new ArrayList<>(DOSSIERS);
    List<String> distinct = new ArrayList<>();
    for (long seed = 0; seed < 100; seed++) {
      Dossier dossier = DossierGenerator.of(TestData.NATIONAL_2026, seed).asOf(AS_OF).generate();
      distinct.add(JSON.writeString(dossier));
      distinct.add(JSON.writeString(HostileValues.of(dossier, seed, 2)));
    }
    for (int i = 0; i < DOSSIERS; i++) {
      String text = distinct.get(i % distinct.size());
      texts.add(i % 10 == 9 ? text.substring(0, text.length() / 2 + i % 97) : text);
    }
    return texts;
  }

  /** Reads and checks one text: the report's JSON, or the error's message. */
  private static String process(String text, int i) {
    try {
      Dossier dossier = JSON.read(Dossier.class, text);
      Stage stage = Stage.values()[i % Stage.values().length];
      return JSON.writeString(CHECKER.check(dossier, AS_OF, stage));
    } catch (LdmFormatException e) {
      return e.getMessage();
    }
  }

  @Test
  void eightThreadsGiveTheResultsOfASequentialRun() throws Exception {
    List<String> texts = inputs();
    List<String> sequential = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      sequential.add(process(texts.get(i), i));
    }
    assertThat(sequential.stream().filter(r -> r.startsWith("{"))).hasSize(DOSSIERS * 9 / 10);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        int index = i;
        futures.add(pool.submit(() -> process(texts.get(index), index)));
      }
      for (int i = 0; i < texts.size(); i++) {
        // get() rethrows any exception of the task.
        assertThat(futures.get(i).get()).as("dossier %d", i).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
