package io.github.ldmlib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.AsOfBasis;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's "check a dossier" example, on the bundled referential and the example dossier. */
class ReadmeQuickStartTest {

  static ConformityReport readmeExample(Path file, PrintStream out) throws IOException {
    // --- README: check a dossier ---
    Referential referential = Referentials.load("ldm-national-2023", "2026-01");
    Dossier dossier = LdmJson.defaults().read(Dossier.class, file);

    Checker<Dossier> checker = Checker.of(referential);           // immutable, thread-safe: build once
    ConformityReport report = checker.check(dossier);             // as of its submission date

    out.println(report.verdict() + ", ready for audit: " + report.readyForAudit());
    for (Finding f : report.findings()) {
      out.println(f.severity() + " " + f.ruleId() + " " + f.pointer() + " " + f.message());
    }
    // --- end ---
    return report;
  }

  @Test
  void theDefectiveExampleIsNotReadyForAudit() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConformityReport report = readmeExample(Path.of("../examples/defective/section-without-coordinator.json"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith("NON_CONFORMING, ready for audit: false");
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(report.asOfBasis()).isEqualTo(AsOfBasis.DOCUMENT_DATE);
    assertThat(report.stage()).contains(Stage.CANDIDATURE);
    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.pointer()).hasToString("/sections/0/team/coordinator");
      assertThat(f.severity()).isEqualTo(Severity.TO_COMPLETE);
    });
    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("LDM-D-003");
      assertThat(f.severity()).isEqualTo(Severity.NOT_SUBMITTABLE);
    });
    assertThat(printed.lines().count()).isEqualTo(1 + report.findings().size());
  }
}
