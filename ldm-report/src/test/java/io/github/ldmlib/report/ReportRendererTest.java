package io.github.ldmlib.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.audit.Assessment;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.DashboardEntry;
import io.github.ldmlib.model.audit.Gap;
import io.github.ldmlib.model.audit.ImprovementAxis;
import io.github.ldmlib.model.audit.Opinion;
import io.github.ldmlib.model.audit.Remark;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.report.view.ConformityReportView;
import io.github.ldmlib.report.view.FindingView;
import io.github.ldmlib.report.view.TileView;
import io.github.ldmlib.rules.Checker;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class ReportRendererTest {

  static final Referential NATIONAL = Referentials.load("ldm-national-2023", "2026-01");
  static final Uai UAI = Uai.parse("0619876D");

  static AuditSummary summary() {
    return AuditSummary.builder()
        .uai(UAI)
        .establishmentName("Lycée professionnel Marie-Marvingt")
        .referentialId("ldm-national-2023")
        .referentialEdition("2026-01")
        .stage(Stage.CANDIDATURE)
        .auditDate(LocalDate.of(2026, 5, 12))
        .teamOpinion(Opinion.FAVOURABLE_WITH_RESERVATIONS)
        .teamOpinionText("Avis favorable sous réserve de lever l'écart majeur du critère 7.")
        .addStrengths(Remark.of("C4", "Un réseau d'entreprises partenaires fidèles"))
        .addStrengths(Remark.builder().text("Une équipe de direction mobilisée").build())
        .addWeaknesses(Remark.of("C8", "Une communication externe peu actualisée"))
        .addGaps(Gap.builder().id("E-01").severity(Severity.MAJOR_GAP).criterionId("C7").requirementId("C7.R2")
            .text("Aucun suivi des élèves sortis <sans diplôme>").build())
        .addGaps(Gap.builder().id("E-02").severity(Severity.MINOR_GAP).criterionId("C4").requirementId("C4.R3")
            .text("Le bureau des entreprises n'est pas identifié").liftedOn(LocalDate.of(2026, 6, 1)).build())
        .addImprovementAxes(ImprovementAxis.builder().id("AX-01").criterionId("C7")
            .text("Mettre en place le suivi des sortants").owner(Person.of("Hamon", "Julien", "Proviseur adjoint"))
            .deadline(LocalDate.of(2027, 6, 30)).addGapIds("E-01").build())
        .build();
  }

  static AuditDashboard dashboard() {
    return AuditDashboard.builder()
        .uai(UAI)
        .referentialId("ldm-national-2023")
        .stage(Stage.CANDIDATURE)
        .auditDate(LocalDate.of(2026, 5, 12))
        .addEntries(DashboardEntry.builder().criterionId("C4").requirementId("C4.R3")
            .assessment(Assessment.PARTLY_CONFORMING).addEvidenceSeen("P-07")
            .comment("Le bureau des entreprises existe mais n'est pas signalé.").prefilled(true).build())
        .addEntries(DashboardEntry.builder().criterionId("C4").assessment(Assessment.CONFORMING).build())
        .addEntries(DashboardEntry.builder().criterionId("C7").requirementId("C7.R2")
            .assessment(Assessment.NON_CONFORMING).build())
        .addEntries(DashboardEntry.builder().criterionId("C1").assessment(Assessment.CONFORMING).build())
        .build();
  }

  @Test
  void theSummaryHasATilePerCriterionColouredByItsGaps() {
    String html = ReportRenderer.french().render(ReportFormat.HTML, summary(), NATIONAL);

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>Rapport de synthèse de l’audit</h1>");
    assertThat(count(html, "<a class=\"tile ")).isEqualTo(NATIONAL.criteria().size());
    assertThat(html).contains("<a class=\"tile v-gap\" href=\"#criterion-C7\" data-criterion=\"C7\">")
        .contains("<a class=\"tile v-obs\" href=\"#criterion-C4\" data-criterion=\"C4\">")
        .contains("<a class=\"tile v-obs\" href=\"#criterion-C8\" data-criterion=\"C8\">")
        .contains("<a class=\"tile v-ok\" href=\"#criterion-C1\" data-criterion=\"C1\">");
    assertThat(html).contains("Avis favorable avec réserves").contains("Une équipe de direction mobilisée")
        .contains("Aucun suivi des élèves sortis &lt;sans diplôme&gt;")
        .contains(NATIONAL.requirement("C7.R2").orElseThrow().text())
        .contains("Julien Hamon (Proviseur adjoint)").contains("2027-06-30").contains("non levé").contains("2026-06-01");
  }

  @Test
  void theSummaryInMarkdownAndEnglish() {
    String md = ReportRenderer.english().render(ReportFormat.MARKDOWN, summary(), NATIONAL);

    assertThat(md).startsWith("# Audit summary report — Lycée professionnel Marie-Marvingt (UAI 0619876D)\n")
        .contains("| C7 | " + NATIONAL.criterion("C7").orElseThrow().title() + " | **Gaps not lifted** |")
        .contains("- `E-01` **Major gap** — Aucun suivi des élèves sortis \\<sans diplôme\\>")
        .contains("> **C7.R2** — ")
        .contains("- `AX-01` Mettre en place le suivi des sortants — Owner: Julien Hamon (Proviseur adjoint)");
  }

  @Test
  void theDashboardHasATilePerCriterionColouredByItsLeastFavourableAssessment() {
    String html = ReportRenderer.french().render(ReportFormat.HTML, dashboard(), NATIONAL);

    assertThat(html).contains("<h1>Tableau de bord de l’audit</h1>").contains("<p class=\"subject\">UAI 0619876D</p>");
    assertThat(html).contains("<a class=\"tile v-obs\" href=\"#criterion-C4\"")
        .contains("<a class=\"tile v-gap\" href=\"#criterion-C7\"")
        .contains("<a class=\"tile v-ok\" href=\"#criterion-C1\"")
        .contains("<a class=\"tile v-none\" href=\"#criterion-C2\"");
    assertThat(html).contains("pré-rempli lors de la revue documentaire").contains("P-07")
        .contains(NATIONAL.requirement("C4.R3").orElseThrow().text());

    String md = ReportRenderer.french().render(ReportFormat.MARKDOWN, dashboard(), NATIONAL);
    assertThat(md).contains("## C7 — ").contains("- `C7.R2` ").contains("**Non conforme**");
  }

  @Test
  void aDocumentOfAnotherReferentialIsRefused() {
    Referential aix = Referentials.latest("aix-marseille-2012");

    assertThatThrownBy(() -> ReportRenderer.french().render(ReportFormat.HTML, summary(), aix))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ldm-national-2023");
    Dossier dossier = Examples.complete();
    ConformityReport report = Checker.of(NATIONAL).check(dossier, Examples.AS_OF, Stage.CANDIDATURE);
    assertThatThrownBy(() -> ReportRenderer.french().render(ReportFormat.HTML, report, aix, dossier))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ldm-national-2023@2026-01");
  }

  @Test
  void renderingIsDeterministicAndTheHtmlIsWellFormed() throws Exception {
    Dossier dossier = Examples.complete();
    ConformityReport report = Examples.check(dossier, Locale.FRENCH);

    String first = ReportRenderer.of(Locale.FRANCE).render(ReportFormat.HTML, report, NATIONAL, dossier);
    String second = ReportRenderer.french().render(ReportFormat.HTML, report, NATIONAL, dossier);

    assertThat(first).isEqualTo(second);
    // Every element is closed and every entity known: the page parses as XML once its doctype is set aside.
    String body = first.substring(first.indexOf("<html")).replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>")
        .replaceAll("<meta ([^>]*[^/])>", "<meta $1/>").replace("<br>", "<br/>");
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(body)));
  }

  @Test
  void everyTextOfTheDossierIsEscapedInHtmlAndMarkdown() {
    Dossier complete = Examples.complete();
    Dossier hostile = Dossier.builder().from(complete)
        .establishment(Establishment.builder().from(complete.establishment())
            .name("Lycée <script>alert('x')</script> & \"Cie\" *gras* [lien](x) | `code`").build())
        .build();
    ConformityReport report = Examples.check(hostile, Locale.FRENCH);

    String html = ReportRenderer.french().render(ReportFormat.HTML, report, NATIONAL, hostile);
    String md = ReportRenderer.french().render(ReportFormat.MARKDOWN, report, NATIONAL, hostile);

    assertThat(html).doesNotContain("<script").contains(
        "<p class=\"subject\">Lycée &lt;script&gt;alert('x')&lt;/script&gt; &amp; \"Cie\" *gras* [lien](x) | `code` (UAI 0619876D)</p>");
    assertThat(md).startsWith(
        "# Rapport de conformité — Lycée \\<script\\>alert('x')\\</script\\> & \"Cie\" \\*gras\\* \\[lien\\](x) \\| \\`code\\` (UAI 0619876D)\n");
  }

  @Test
  void aControlCharacterBecomesAReplacementCharacterInHtml() {
    Dossier complete = Examples.complete();
    Dossier odd = Dossier.builder().from(complete)
        .establishment(Establishment.builder().from(complete.establishment()).name("Lycée\u0001Nord\tSud").build())
        .build();

    String html = ReportRenderer.french().render(ReportFormat.HTML, Examples.check(odd, Locale.FRENCH), NATIONAL, odd);

    assertThat(html).doesNotContain("\u0001").contains("<title>Rapport de conformité — Lycée\uFFFDNord\tSud</title>");
  }

  @Test
  void theTextForATerminalGroupsTheFindingsAndAlignsTheirColumns() {
    Dossier dossier = Examples.dossier("defective/section-without-coordinator.json");
    ConformityReport report = Examples.check(dossier, Locale.FRENCH);

    String text = ReportRenderer.french().text(report, NATIONAL, dossier);

    assertThat(text).startsWith("Lycée professionnel Les Tilleuls (UAI 0612345T)\n"
        + "Référentiel ldm-national-2023@2026-01 · Candidature · vérifié au 2026-11-22 (date demandée)\n\n"
        + "Dossier dans son ensemble\n")
        .contains("\nC2 — L'accueil du public de statuts différents : Non conforme\n"
            + "  Conseil                  /sections/0  L’attendu C2.R1 n’est traité par aucune action ni aucun engagement")
        .contains("\n  À compléter              /sections/0/team/coordinator  Critère C2 : élément attendu manquant")
        .contains("\n  Non recevable en l’état  /sections  Le critère C1 est obligatoire")
        .doesNotContain("Écart").doesNotContain("écart")
        .endsWith(". Prêt pour l’audit : non (points bloquants à lever).\n");
  }

  @Test
  void aDossierCheckedAtItsOwnDateSaysSoAndCountsOnTheDossierScale() {
    Dossier dossier = Examples.complete();
    ConformityReport french = Checker.of(NATIONAL).check(dossier);
    ConformityReport english = Checker.of(NATIONAL).check(dossier, Locale.ENGLISH);

    String text = ReportRenderer.french().text(french, NATIONAL, dossier);
    assertThat(text).contains(" · vérifié au 2026-03-16 (date de dépôt du dossier)\n")
        .contains("0 point bloquant, 0 point à compléter, " + french.counts().advice() + " conseils, 0 information")
        .contains("Prêt pour l’audit : oui (aucun point bloquant)")
        .doesNotContain("écart");
    assertThat(ReportRenderer.english().text(english, NATIONAL, dossier))
        .contains(" · checked as of 2026-03-16 (the dossier’s submission date)\n")
        .contains("0 blocking points, 0 points to complete, " + english.counts().advice() + " pieces of advice, 0 notes")
        .contains("Ready for audit: yes (nothing blocking)")
        .doesNotContain("gap");
    assertThat(ReportRenderer.english().text(Examples.check(dossier, Locale.ENGLISH), NATIONAL, dossier))
        .contains(" as of 2026-11-22 (date given)\n");
  }

  @Test
  void theRendererOfALanguage() {
    assertThat(ReportRenderer.of(Locale.UK)).isSameAs(ReportRenderer.english());
    assertThat(ReportRenderer.of(Locale.GERMAN)).isSameAs(ReportRenderer.french());
    assertThat(ReportRenderer.english().locale()).isEqualTo(Locale.ENGLISH);
    assertThat(ReportRenderer.french()).hasToString("ReportRenderer[fr]");
  }

  static long count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void theViewAnApplicationGetsIsTheOneTheRendererRenders() {
    Dossier dossier = Examples.complete();
    ConformityReport report = Examples.check(dossier, Locale.ENGLISH);
    ConformityReportView view = ReportRenderer.english().view(report, Examples.NATIONAL, dossier);

    assertThat(view.tiles()).extracting(TileView::criterionId)
        .containsExactlyElementsOf(report.criteria().stream().map(CriterionResult::criterionId).toList());
    assertThat(view.groups().stream().flatMap(g -> g.findings().stream()).map(FindingView::pointer).toList())
        .containsExactlyInAnyOrderElementsOf(report.findings().stream()
            .map(f -> f.pointer().isRoot() ? "/" : f.pointer().toString()).toList());
    String html = ReportRenderer.english().render(ReportFormat.HTML, report, Examples.NATIONAL, dossier);
    assertThat(html).contains(view.establishment()).contains(view.verdict().word());
    assertThat(ReportRenderer.english().text(report, Examples.NATIONAL, dossier)).contains(view.verdictLine());
    assertThat(ReportRenderer.french().view(summary(), NATIONAL).labels())
        .isNotEqualTo(ReportRenderer.english().view(summary(), NATIONAL).labels());
    assertThat(ReportRenderer.english().view(dashboard(), NATIONAL)).isEqualTo(ReportRenderer.english().view(dashboard(), NATIONAL));
  }
}
