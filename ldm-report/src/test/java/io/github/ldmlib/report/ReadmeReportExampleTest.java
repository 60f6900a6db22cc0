package io.github.ldmlib.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.rules.Checker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example of a readable report, as it is written there. */
class ReadmeReportExampleTest {

  @TempDir
  Path folder;

  @Test
  void theReadmesHtmlReport() throws Exception {
    Referential referential = Examples.NATIONAL;
    Dossier dossier = Examples.complete();
    Path file = folder.resolve("rapport.html");

    ConformityReport report = Checker.of(referential).check(dossier, LocalDate.of(2026, 3, 16), Stage.CANDIDATURE);
    String html = ReportRenderer.french().render(ReportFormat.HTML, report, referential, dossier);
    Files.writeString(file, html);                                  // file: a Path such as rapport.html

    assertThat(file).content().startsWith("<!DOCTYPE html>\n<html lang=\"fr\">")
        .contains("<h1>Rapport de conformité</h1>").contains("class=\"sparkline trend-good\"");
  }

  @Test
  void theReadmesFollowUpReport() {
    Dossier dossier = Examples.complete();
    List<AnnualReview> reviews = List.of(Examples.review2027(), Examples.review2028());
    LabelRecord record = Examples.followedUpRecord();
    AuditSummary summary = Examples.summary();
    Referential referential = Examples.WITH_SCHEDULE;

    FollowUpInput input = FollowUpInput.of(dossier, reviews).withLabelRecord(record).withLastAudit(summary);
    String html = ReportRenderer.french().render(ReportFormat.HTML, input, referential, LocalDate.of(2028, 9, 15));

    assertThat(html).contains("<h1>Suivi du label</h1>").contains("class=\"sparkline history status-behind\"")
        .contains("Audit de suivi à trois ans, dû le 2029-07-02");
  }
}
