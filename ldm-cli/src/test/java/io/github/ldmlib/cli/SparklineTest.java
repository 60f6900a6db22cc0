package io.github.ldmlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.cli.internal.Sparkline;
import io.github.ldmlib.cli.internal.Sparkline.Trend;
import io.github.ldmlib.cli.internal.Texts;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.IndicatorUnit;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class SparklineTest {

  static final SchoolYear N = SchoolYear.parse("2019-2020");

  static Indicator indicator(Direction direction, String... values) {
    Indicator.Builder b = Indicator.builder().label("Taux d'absentéisme").unit(IndicatorUnit.PERCENT).direction(direction);
    Milestone[] milestones = Milestone.values();
    for (int i = 0; i < values.length; i++) {
      b.addMeasures(Measure.of(N.plusYears(milestones[i].yearsAfterStart()), milestones[i], new BigDecimal(values[i])));
    }
    return b.build();
  }

  @Test
  void theTrendDependsOnTheDirection() {
    assertThat(Sparkline.trend(indicator(Direction.HIGHER_IS_BETTER, "10", "12", "15"))).isEqualTo(Trend.GOOD);
    assertThat(Sparkline.trend(indicator(Direction.LOWER_IS_BETTER, "10", "12", "15"))).isEqualTo(Trend.BAD);
    assertThat(Sparkline.trend(indicator(Direction.LOWER_IS_BETTER, "18", "9"))).isEqualTo(Trend.GOOD);
    assertThat(Sparkline.trend(indicator(Direction.HIGHER_IS_BETTER, "7", "9", "7.0"))).isEqualTo(Trend.FLAT);
    assertThat(Sparkline.trend(indicator(Direction.HIGHER_IS_BETTER, "7"))).isEqualTo(Trend.FLAT);
  }

  @Test
  void theChartPlacesTheMeasuresAtNNPlus3AndNPlus5WithTheTargetAndTheDirection() throws Exception {
    Indicator ind = Indicator.builder().from(indicator(Direction.LOWER_IS_BETTER, "18", "12", "9"))
        .target(new BigDecimal("10")).build();

    Document svg = parse(Sparkline.svg(ind, Texts.of(Locale.FRENCH)));

    Element root = svg.getDocumentElement();
    assertThat(root.getAttribute("class")).isEqualTo("sparkline trend-good");
    assertThat(root.getAttribute("aria-label"))
        .isEqualTo("Taux d'absentéisme — N 18, N+3 12, N+5 9 ; cible 10 ; plus bas est mieux ; évolue dans le bon sens");
    assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(3);
    double x0 = Double.parseDouble(((Element) svg.getElementsByTagName("circle").item(0)).getAttribute("cx"));
    double x3 = Double.parseDouble(((Element) svg.getElementsByTagName("circle").item(1)).getAttribute("cx"));
    double x5 = Double.parseDouble(((Element) svg.getElementsByTagName("circle").item(2)).getAttribute("cx"));
    assertThat((x3 - x0) / (x5 - x0)).isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.01));
    // Values grow upwards whatever the direction (the arrow tells which way is better): 18 is drawn above 9.
    double y18 = Double.parseDouble(((Element) svg.getElementsByTagName("circle").item(0)).getAttribute("cy"));
    double y9 = Double.parseDouble(((Element) svg.getElementsByTagName("circle").item(2)).getAttribute("cy"));
    assertThat(y18).isLessThan(y9);
    Element target = (Element) svg.getElementsByTagName("line").item(1);
    assertThat(target.getAttribute("class")).isEqualTo("target");
    assertThat(Double.parseDouble(target.getAttribute("y1"))).isBetween(y18, y9);
    Element direction = (Element) svg.getElementsByTagName("path").item(0);
    assertThat(direction.getAttribute("class")).isEqualTo("direction");
    assertThat(direction.getTextContent()).isEqualTo("plus bas est mieux");
  }

  @Test
  void anIndicatorWithoutMeasureStillHasAChart() throws Exception {
    Indicator ind = Indicator.builder().label("Nombre de partenaires").unit(IndicatorUnit.COUNT)
        .direction(Direction.HIGHER_IS_BETTER).build();

    Document svg = parse(Sparkline.svg(ind, Texts.of(Locale.ENGLISH)));

    assertThat(svg.getDocumentElement().getAttribute("aria-label")).contains("no measure");
    assertThat(svg.getElementsByTagName("circle").getLength()).isZero();
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }
}
