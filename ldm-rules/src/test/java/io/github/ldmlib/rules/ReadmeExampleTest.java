package io.github.ldmlib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.RuleTailoring;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's example, kept compiled and run. */
class ReadmeExampleTest {

  static void readmeExample(Referential referential, Dossier dossier, PrintStream out) {
    // --- README example (the referential and the dossier come from ldm-io) ---
    Checker<Dossier> checker = Checker.builder(DocumentKind.DOSSIER)
        .referential(referential)
        .tailor(RuleTailoring.withSeverity("LDM-D-090", Severity.TO_COMPLETE))   // as an academy profile may
        .build();                                                               // immutable, thread-safe
    ConformityReport report = checker.check(dossier, LocalDate.of(2025, 3, 14), Stage.CANDIDATURE);
    out.println(report.verdict() + ", ready for audit: " + report.readyForAudit());
    for (Finding f : report.findings()) {
      out.println(f.severity() + " " + f.ruleId() + " " + f.pointer() + " " + f.message());
    }
    // --- end of the README example ---
  }

  @Test
  void theReadmeExampleRunsAndPrintsTheFindings() {
    Dossier dossier = Fixtures.changeSection(Fixtures.DOSSIER, 0, s ->
        io.github.ldmlib.model.dossier.CriterionSection.builder().from(s).generalObjective(Optional.empty()).build());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    readmeExample(Fixtures.REFERENTIAL, dossier, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).isEqualTo(List.of(
        "NON_CONFORMING, ready for audit: true",   // to complete: it does not stop the audit
        "TO_COMPLETE LDM-D-020 /sections/0/generalObjective Critère C1 : élément attendu manquant : "
            + "« OBJECTIF GÉNÉRAL DU CRITÈRE 1 » (E.CRITERION_SECTION.generalObjective)."));
  }
}
