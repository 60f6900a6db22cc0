package io.github.ldmlib.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.report.view.Fact;
import io.github.ldmlib.report.view.NextAuditView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The follow-up report in docs/label-life.md: its Java block, marked {@code <!-- compiled by
 * ldm-report: FollowUpDocTest -->} there, is the marked region below, compiled and run on the
 * documents the page's earlier steps give (the example dossier, review, summary, the record with
 * the one-year follow-up, a referential with the follow-up schedule), and what its comments say is
 * asserted.
 */
class FollowUpDocTest {

  private static final Path DOC = Path.of("..", "docs", "label-life.md");
  private static final Path SOURCE = Path.of("src", "test", "java", "io", "github", "ldmlib", "report",
      "FollowUpDocTest.java");

  @Test
  void theFollowUpReportOfThePage() {
    Dossier dossier = Examples.complete();
    AnnualReview review = Examples.review2027();
    LabelRecord followedUp = Examples.followedUpRecord();
    AuditSummary summary = Examples.summary();
    Referential referential = Examples.WITH_SCHEDULE;

    // --- label-life (ldm-report): follow-up report ---
    FollowUpInput input = FollowUpInput.of(dossier, List.of(review))   // the reviews, in any order
        .withLabelRecord(followedUp)        // the one-year follow-up audit held on 2027-05-18
        .withLastAudit(summary);            // the candidature's gaps and improvement axes
    LocalDate reported = review.date().orElseThrow();                   // 2027-07-02
    String html = ReportRenderer.french().render(ReportFormat.HTML, input, referential, reported);
    String markdown = ReportRenderer.french().render(ReportFormat.MARKDOWN, input, referential, reported);

    NextAuditView next = ReportRenderer.french().view(input, referential, reported).nextAudit();
    next.facts();   // Prochain audit : Audit de suivi à trois ans, dû le 2029-07-02 (année scolaire 2028-2029)
    next.watch();   // AX-02, AX-03, AX-04 (no review took them up), E-02 and E-03 (open, their axes not
                    // taken up), C4.A1.I1 and C7.A1.I1 (behind); not AX-01 nor AX-05, which the review took up
    // --- end ---

    assertThat(reported).isEqualTo(LocalDate.of(2027, 7, 2));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>Suivi du label</h1>");
    assertThat(markdown).startsWith("# Suivi du label — Lycée professionnel Marie-Marvingt (UAI 0619876D)\n");
    assertThat(next.facts()).first().isEqualTo(new Fact("Prochain audit",
        "Audit de suivi à trois ans, dû le 2029-07-02 (année scolaire 2028-2029)"));
    assertThat(next.watch()).extracting(w -> w.split(" ")[w.startsWith("Axe de progrès") ? 3 : 1])
        .containsExactly("AX-02", "AX-03", "AX-04", "E-02", "E-03", "C4.A1.I1", "C7.A1.I1");
  }

  /** The page's block marked as this test's is the marked region above. */
  @Test
  void theJavaOfThePageIsTheCodeOfThisTest() throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("<!-- compiled by ldm-report: FollowUpDocTest -->\n```java\n(?:import [^\n]*\n)*\n?(.*?)```",
        Pattern.DOTALL)
        .matcher(Files.readString(DOC));
    while (m.find()) {
      blocks.add(m.group(1));
    }
    Matcher r = Pattern.compile("\n( *)// --- label-life \\(ldm-report\\): [a-z -]+ ---\n(.*?)\n *// --- end ---",
        Pattern.DOTALL).matcher(Files.readString(SOURCE));
    List<String> regions = new ArrayList<>();
    while (r.find()) {
      String indent = r.group(1);
      StringBuilder region = new StringBuilder();
      for (String line : r.group(2).split("\n", -1)) {
        region.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
      }
      regions.add(region.toString());
    }
    assertThat(regions).hasSize(1);
    assertThat(blocks).containsExactlyElementsOf(regions);
  }
}
