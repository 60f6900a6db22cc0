package io.github.ldmlib.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ldmlib.io.LdmFormatException;
import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.rules.Checker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Coverage-guided fuzz test of the checker: over any dossier that parses, leniently, the checker
 * returns a valid report, the same every time, and no built-in rule fails.
 *
 * <p>A normal build replays the committed corpus under {@code
 * src/test/resources/io/github/ldmlib/test/CheckerFuzzTestInputs/anyDossier/}; {@code
 * docs/reliability.md} says how to fuzz for longer.
 */
class CheckerFuzzTest {

  private static final LdmJson JSON = LdmJson.defaults().withLenient(true);
  private static final Checker<Dossier> CHECKER = Checker.of(TestData.NATIONAL_2026);
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 14);

  @FuzzTest
  void anyDossier(byte[] data) {
    Dossier dossier;
    try {
      dossier = JSON.read(Dossier.class, new ByteArrayInputStream(data), "fuzz");
    } catch (LdmFormatException notADossier) {
      return;
    } catch (IOException impossible) {
      throw new AssertionError(impossible);
    }
    Stage stage = Stage.values()[data.length % Stage.values().length];
    Locale locale = data.length % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH;
    ConformityReport report = CHECKER.check(dossier, AS_OF, stage, locale);
    assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("LDM-E-001");
    assertThat(CHECKER.check(dossier, AS_OF, stage, locale)).isEqualTo(report);
    assertThat(LdmJson.defaults().read(ConformityReport.class, LdmJson.defaults().writeString(report)))
        .isEqualTo(report);
  }
}
