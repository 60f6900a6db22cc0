package io.github.ldmlib.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.report.view.BatchView;
import io.github.ldmlib.report.view.TableView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The summary of a batch: its aggregation per criterion, its unreadable inputs, its CSV and text. */
class BatchSummaryTest {

  static final ConformityReport COMPLETE = Examples.check(Examples.complete(), Locale.FRENCH);
  static final ConformityReport WITHOUT_COORDINATOR =
      Examples.check(Examples.dossier("defective/section-without-coordinator.json"), Locale.FRENCH);

  @Test
  void criteriaAreAggregatedAcrossDossiersOfDifferentVerdicts() {
    assertThat(COMPLETE.verdict()).isEqualTo(Verdict.CONFORMING_WITH_OBSERVATIONS);
    assertThat(WITHOUT_COORDINATOR.verdict()).isEqualTo(Verdict.NON_CONFORMING);

    BatchView view = ReportRenderer.french().view(List.of(BatchEntry.checked("a.json", COMPLETE, Examples.NATIONAL),
        BatchEntry.checked("b.json", WITHOUT_COORDINATOR, Examples.NATIONAL)));

    assertThat(view.totals()).isEqualTo("2 entrées : 2 dossiers vérifiés dont 1 non conformes, 0 illisibles.");
    // dossiers: the columns are the grades of a dossier check
    assertThat(view.criteria().header()).containsExactly("Critère", "Intitulé", "Dossiers", "Conforme",
        "Conforme avec observations", "Non conforme", "Non recevable en l’état", "À compléter", "Conseil");
    assertThat(view.criteria().rows()).extracting(r -> r.get(0))
        .containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8");
    // C2 conforms in the complete dossier; the other lacks its coordinator (to complete).
    CriterionResult a = result(COMPLETE, "C2");
    CriterionResult b = result(WITHOUT_COORDINATOR, "C2");
    assertThat(a.verdict()).isEqualTo(Verdict.CONFORMING);
    assertThat(b.verdict()).isEqualTo(Verdict.NON_CONFORMING);
    assertThat(view.criteria().rows().get(1)).containsExactly("C2", "L'accueil du public de statuts différents", "2",
        "1", "0", "1", sum(a.counts().notSubmittable(), b.counts().notSubmittable()),
        sum(a.counts().toComplete(), b.counts().toComplete()), sum(a.counts().advice(), b.counts().advice()));
    assertThat(b.counts().toComplete()).isPositive();
    for (List<String> row : view.criteria().rows()) {
      assertThat(Integer.parseInt(row.get(3)) + Integer.parseInt(row.get(4)) + Integer.parseInt(row.get(5)))
          .as(row.get(0)).isEqualTo(2);
    }
    assertThat(view.dossiers().rows()).extracting(r -> r.get(4))
        .containsExactly("Conforme avec observations", "Non conforme");
    FindingCounts counts = WITHOUT_COORDINATOR.counts();
    assertThat(view.dossiers().rows().get(1)).containsExactly("b.json", "Lycée professionnel Les Tilleuls",
        "0612345T", "ldm-national-2023@2026-01", "Non conforme", String.valueOf(counts.notSubmittable()),
        String.valueOf(counts.toComplete()), String.valueOf(counts.advice()), "non", "");
    assertThat(counts.notSubmittable()).isPositive();   // mandatory criteria without a section: not ready
    assertThat(counts.majorGaps() + counts.minorGaps() + counts.observations()).isZero();
  }

  @Test
  void anUnreadableInputIsARowWithItsErrorAndCountsInNoCriterion() {
    BatchView view = ReportRenderer.english().view(List.of(BatchEntry.checked("a.json", COMPLETE, Examples.NATIONAL),
        BatchEntry.unreadable("lot.jsonl:2", "lot.jsonl:2:1: not a dossier")));

    assertThat(view.dossiers().header()).containsExactly("Input", "Establishment", "UAI", "Referential", "Verdict",
        "Not submittable as it is", "To complete", "Advice", "Ready for audit", "Error");
    assertThat(view.dossiers().rows().get(1))
        .containsExactly("lot.jsonl:2", "", "", "", "unreadable", "", "", "", "", "lot.jsonl:2:1: not a dossier");
    assertThat(view.criteria().rows()).allSatisfy(r -> assertThat(r.get(2)).isEqualTo("1"));
    assertThat(view.totals()).isEqualTo("2 inputs: 1 dossiers checked, 0 non-conforming, 1 unreadable.");
  }

  @Test
  void aBatchOfUnreadableInputsOnlyHasNoCriterion() {
    BatchView view = ReportRenderer.french().view(List.of(BatchEntry.unreadable("x.json", "illisible")));

    assertThat(view.criteria().rows()).isEmpty();
    assertThat(ReportRenderer.french().csv(view.criteria())).isEqualTo("Critère,Intitulé,Dossiers,Conforme,"
        + "Conforme avec observations,Non conforme,Non recevable en l’état,À compléter,Conseil\r\n");
  }

  @Test
  void csvQuotesWhatItMustAndGuardsFormulasButNotNegativeNumbers() {
    TableView table = new TableView(List.of("a", "b", "c"), List.of(
        List.of("x,y", "dit \"oui\"", "deux\nlignes"),
        List.of("=SUM(A1)", "+33 1", "-x"),
        List.of("@cmd", "-3", ""),
        List.of("=a,\"b\"", "3", "\r"),
        // Spreadsheets skip a leading tab or carriage return before they look for a formula.
        List.of("\t=HYPERLINK(\"x\")", "\r=1+1", "tab\tinside")));

    assertThat(ReportRenderer.english().csv(table)).isEqualTo("a,b,c\r\n"
        + "\"x,y\",\"dit \"\"oui\"\"\",\"deux\nlignes\"\r\n"
        + "'=SUM(A1),'+33 1,'-x\r\n"
        + "'@cmd,-3,\r\n"
        + "\"'=a,\"\"b\"\"\",3,\"'\r\"\r\n"
        + "\"'\t=HYPERLINK(\"\"x\"\")\",\"'\r=1+1\",tab\tinside\r\n");
  }

  @Test
  void theTerminalTableLeavesOutTheReferentialAndTheTitlesAndCutsLongCells() {
    String error = "ligne un\n  ligne deux " + "x".repeat(250);

    String text = ReportRenderer.french().text(List.of(BatchEntry.checked("a.json", COMPLETE, Examples.NATIONAL),
        BatchEntry.unreadable("b.json", error)));

    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).isEqualTo("Par dossier");
    assertThat(lines.get(1)).startsWith("Entrée  Établissement").contains("  UAI  ").doesNotContain("Référentiel");
    assertThat(text).doesNotContain("ldm-national-2023").doesNotContain("L'accueil du public");
    String row = lines.stream().filter(l -> l.startsWith("b.json")).findFirst().orElseThrow();
    assertThat(row).endsWith("ligne un ligne deux " + "x".repeat(200 - "ligne un ligne deux ".length() - 1) + "…");
    assertThat(lines).contains("Par critère, sur l’ensemble des dossiers");
    assertThat(text).endsWith("\n2 entrées : 1 dossiers vérifiés dont 0 non conformes, 1 illisibles.\n");
  }

  @Test
  void theHtmlSummaryEscapesWhatTheEntriesSay() {
    String html = ReportRenderer.english().render(ReportFormat.HTML,
        List.of(BatchEntry.unreadable("<i>x</i>.json", "<script>alert(1)</script>")));

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<h1>Check of a batch of dossiers</h1>")
        .contains("&lt;script&gt;").doesNotContain("<script>").doesNotContain("<i>x</i>");
  }

  @Test
  void aReferentialOtherThanTheReportsIsRefusedNamingBoth() {
    assertThatThrownBy(() -> BatchEntry.checked("a.json", COMPLETE, Referentials.load("ldm-national-2023", "2024-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ldm-national-2023@2026-01").hasMessageContaining("ldm-national-2023@2024-01");
    assertThatThrownBy(() -> BatchEntry.checked("a.json", COMPLETE, Referentials.load("aix-marseille-2012", "2012-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ldm-national-2023@2026-01").hasMessageContaining("aix-marseille-2012@2012-01");
  }

  @Test
  void anEntryIsEitherCheckedOrUnreadable() {
    BatchEntry checked = BatchEntry.checked("a.json", COMPLETE, Examples.NATIONAL);
    BatchEntry unreadable = BatchEntry.unreadable("b.json", "boom");

    assertThat(checked.report()).containsSame(COMPLETE);
    assertThat(checked.error()).isEmpty();
    assertThat(unreadable.report()).isEmpty();
    assertThat(unreadable.referential()).isEmpty();
    assertThat(unreadable.error()).hasValue("boom");
    assertThatThrownBy(() -> new BatchEntry("c", Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BatchEntry("c", Optional.of(COMPLETE), Optional.of(Examples.NATIONAL),
        Optional.of("boom"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BatchEntry("c", Optional.of(COMPLETE), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BatchEntry.unreadable("c", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("error");
  }

  @Test
  void aTableRowMustBeAsWideAsTheHeader() {
    assertThatThrownBy(() -> new TableView(List.of("a", "b"), List.of(List.of("1", "2"), List.of("3"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Row 1 has 1 cells, the header 2");
  }

  private static CriterionResult result(ConformityReport report, String criterionId) {
    return report.criteria().stream().filter(c -> c.criterionId().equals(criterionId)).findFirst().orElseThrow();
  }

  private static String sum(int a, int b) {
    return String.valueOf(a + b);
  }
}
