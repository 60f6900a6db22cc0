package io.github.ldmlib.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.IndicatorUnit;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.report.internal.Charts;
import io.github.ldmlib.report.internal.Texts;
import io.github.ldmlib.report.view.ChartView;
import io.github.ldmlib.report.view.SeriesView;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** The chart of an indicator: its geometry worked out in Java, and its drawing by the HTML template. */
class ChartsTest {

  static final SchoolYear N = SchoolYear.parse("2019-2020");

  static Indicator indicator(Direction direction, String... values) {
    Indicator.Builder b = Indicator.builder().label("Taux d'absentéisme").unit(IndicatorUnit.PERCENT).direction(direction);
    Milestone[] milestones = Milestone.values();
    for (int i = 0; i < values.length; i++) {
      b.addMeasures(Measure.of(N.plusYears(milestones[i].yearsAfterStart()), milestones[i], new BigDecimal(values[i])));
    }
    return b.build();
  }

  static double number(String coordinate) {
    return Double.parseDouble(coordinate);
  }

  @Test
  void theMeasuresLieAtNNPlus3AndNPlus5WithTheTargetBetweenThemAndTheDirection() {
    Indicator ind = Indicator.builder().from(indicator(Direction.LOWER_IS_BETTER, "18", "12", "9"))
        .target(new BigDecimal("10")).build();

    ChartView chart = Charts.chart(ind, Texts.of(Locale.FRENCH));

    assertThat(chart.description())
        .isEqualTo("Taux d'absentéisme — N 18, N+3 12, N+5 9 ; cible 10 ; plus bas est mieux ; évolue dans le bon sens");
    assertThat(chart.colour()).isEqualTo("#1a7f37");
    assertThat(chart.points()).extracting(ChartView.Point::value).containsExactly("18", "12", "9");
    double x0 = number(chart.points().get(0).x());
    double x3 = number(chart.points().get(1).x());
    double x5 = number(chart.points().get(2).x());
    assertThat((x3 - x0) / (x5 - x0)).isCloseTo(0.6, within(0.01));
    assertThat(chart.ticks()).extracting(ChartView.Tick::x).containsExactly(chart.points().get(0).x(),
        chart.points().get(1).x(), chart.points().get(2).x());
    // Values grow upwards whatever the direction (the arrow tells which way is better): 18 is drawn above 9.
    double y18 = number(chart.points().get(0).y());
    double y9 = number(chart.points().get(2).y());
    assertThat(y18).isLessThan(y9);
    assertThat(number(chart.target().orElseThrow().y())).isBetween(y18, y9);
    assertThat(chart.target().orElseThrow().label()).isEqualTo("cible 10");
    assertThat(chart.line()).contains(chart.points().get(0).x() + "," + chart.points().get(0).y() + " "
        + chart.points().get(1).x() + "," + chart.points().get(1).y() + " "
        + chart.points().get(2).x() + "," + chart.points().get(2).y());
    // Lower is better: the arrow points down, its tip below its base.
    assertThat(chart.arrow()).isEqualTo("M9 30 L3 18 L15 18 Z");
    assertThat(chart.arrowTitle()).isEqualTo("plus bas est mieux");
  }

  @Test
  void theColourFollowsTheIndicatorsTrend() {
    assertThat(Charts.chart(indicator(Direction.HIGHER_IS_BETTER, "10", "12", "15"), Texts.of(Locale.FRENCH)).colour())
        .isEqualTo("#1a7f37");
    assertThat(Charts.chart(indicator(Direction.LOWER_IS_BETTER, "10", "12", "15"), Texts.of(Locale.FRENCH)).colour())
        .isEqualTo("#b42318");
    assertThat(Charts.chart(indicator(Direction.HIGHER_IS_BETTER, "7", "9", "7.0"), Texts.of(Locale.FRENCH)).colour())
        .isEqualTo("#57606a");
    // Higher is better: the arrow points up.
    assertThat(Charts.chart(indicator(Direction.HIGHER_IS_BETTER, "7"), Texts.of(Locale.FRENCH)).arrow())
        .isEqualTo("M9 18 L3 30 L15 30 Z");
  }

  @Test
  void anIndicatorWithoutMeasureStillHasAChart() {
    Indicator ind = Indicator.builder().label("Nombre de partenaires").unit(IndicatorUnit.COUNT)
        .direction(Direction.HIGHER_IS_BETTER).build();

    ChartView chart = Charts.chart(ind, Texts.of(Locale.ENGLISH));

    assertThat(chart.description()).contains("no measure");
    assertThat(chart.points()).isEmpty();
    assertThat(chart.line()).isEmpty();
    assertThat(chart.target()).isEmpty();
    assertThat(chart.ticks()).extracting(ChartView.Tick::label).containsExactly("N", "N+3", "N+5");
  }

  @Test
  void aValueBeyondWhatADoubleHoldsIsDrawnAtTheEdgeAndWrittenExactly() {
    // 1e400 is read (401 characters written out, within the reader's bound) but no double holds it.
    ChartView chart = Charts.chart(indicator(Direction.HIGHER_IS_BETTER, "10", "1E+400", "-1E+400"), Texts.of(Locale.FRENCH));

    assertThat(chart.points()).allSatisfy(p -> {
      assertThat(Double.isFinite(number(p.x()))).isTrue();
      assertThat(Double.isFinite(number(p.y()))).isTrue();
    });
    assertThat(number(chart.points().get(1).y())).isLessThan(number(chart.points().get(0).y()));
    assertThat(chart.points().get(1).value()).hasSizeGreaterThan(400);
  }

  @Test
  void theHtmlReportDrawsTheChartAsSvg() throws Exception {
    Dossier dossier = Examples.complete();
    ConformityReport report = Examples.check(dossier, Locale.FRENCH);
    String html = ReportRenderer.french().render(ReportFormat.HTML, report, Examples.NATIONAL, dossier);

    // The first indicator of the dossier: N 58, N+3 67, N+5 74, target 75, higher is better.
    String first = html.substring(html.indexOf("<svg "), html.indexOf("</svg>") + "</svg>".length());
    Document svg = parse(first);

    Element root = svg.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("class")).isEqualTo("sparkline trend-good");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 250 84");
    assertThat(root.getAttribute("aria-label")).isEqualTo(
        "Taux d'emploi à six mois des sortants de la filière — N 58, N+3 67, N+5 74 ; cible 75 ; plus haut est mieux ; évolue dans le bon sens");
    assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(3);
    assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(1);
    Element target = (Element) svg.getElementsByTagName("line").item(1);
    assertThat(target.getAttribute("class")).isEqualTo("target");
    assertThat(target.getAttribute("stroke-dasharray")).isEqualTo("4 3");
    Element direction = (Element) svg.getElementsByTagName("path").item(0);
    assertThat(direction.getAttribute("class")).isEqualTo("direction");
    assertThat(direction.getAttribute("d")).isEqualTo("M9 18 L3 30 L15 30 Z");
    assertThat(direction.getTextContent()).isEqualTo("plus haut est mieux");
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  @Test
  void aHistoryChartDrawsTheTrajectoryToTheTargetAtNPlus5ThenAlongIt() {
    SeriesView s = FollowUpReportTest.series(FollowUpReportTest.example(), "C4.A1.I1");   // N 2019-2020, target 25
    ChartView chart = s.chart();

    String[] trajectory = chart.trajectory().orElseThrow().split(" ");
    // One point a school year from 2019-2020 to 2027-2028; from N+5 on, on the target's line.
    assertThat(trajectory).hasSize(9);
    assertThat(trajectory[0]).isEqualTo(chart.points().get(0).x() + "," + chart.points().get(0).y());
    for (int i = 5; i < trajectory.length; i++) {
      assertThat(trajectory[i].split(",")[1]).isEqualTo(chart.target().orElseThrow().y());
    }
    // The values at their school years: 2022-2023 lies 3/8 of the way along the axis.
    double start = number(chart.axisStart());
    double end = number(chart.axisEnd());
    assertThat((number(chart.points().get(1).x()) - start) / (end - start)).isCloseTo(3 / 8.0, within(0.01));
    assertThat(chart.ticks()).extracting(ChartView.Tick::label).containsExactly("N", "N+3", "N+5", "N+8");
  }
}
