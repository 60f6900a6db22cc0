package io.github.ldmlib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.rules.internal.CollectingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bounds of the checker and of evidence integrity that {@code docs/reliability.md} states are those of the code. */
class ReliabilityDocRulesTest {

  @Test
  void everyFigureOfTheBoundsTableIsTheConstantItLinks() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "reliability.md"));
    assertThat(page)
        .contains(String.format(Locale.ENGLISH, "%,d", CollectingSink.MAX_FINDINGS) + " ([`CollectingSink.MAX_FINDINGS`]")
        .contains(Checker.DEFAULT_RULE_DEADLINE_SECONDS + " s ([`Checker.DEFAULT_RULE_DEADLINE_SECONDS`]")
        .contains("first " + CollectingSink.MESSAGE_READ + " characters worked on ([`CollectingSink.MESSAGE_READ`]")
        .contains(CollectingSink.MESSAGE_SHOWN + " shown ([`CollectingSink.MESSAGE_SHOWN`]")
        .contains(EvidenceIntegrity.MAX_FILE_BYTES / (1024 * 1024) + " MiB ([`EvidenceIntegrity.MAX_FILE_BYTES`]")
        .contains(EvidenceIntegrity.MAX_TOTAL_BYTES / (1024L * 1024 * 1024) + " GiB ([`EvidenceIntegrity.MAX_TOTAL_BYTES`]");
  }
}
