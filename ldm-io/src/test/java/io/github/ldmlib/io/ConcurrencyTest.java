package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.dossier.Dossier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One LdmJson shared by many threads gives the same results as a sequential use. */
class ConcurrencyTest {

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    LdmJson json = LdmJson.defaults();
    String text = Files.readString(ExamplesTest.EXAMPLES.resolve("dossier-complete.json"));
    String broken = text.replace("\"INITIAL\"", "\"INITIALE\"");
    Dossier expected = json.read(Dossier.class, text);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        boolean bad = i % 4 == 0;
        results.add(pool.submit(() -> {
          if (bad) {
            try {
              json.read(Dossier.class, broken);
              return "no error";
            } catch (LdmFormatException e) {
              return e.getMessage();
            }
          }
          Dossier dossier = json.read(Dossier.class, text);
          return dossier.equals(expected) ? json.writeString(dossier) : "different";
        }));
      }
      String error = "<string> (ligne 6, colonne 18) à /dossierKind : valeur « INITIALE » inconnue ; "
          + "valeurs admises : INITIAL, RENEWAL";
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(i % 4 == 0 ? error : text);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
