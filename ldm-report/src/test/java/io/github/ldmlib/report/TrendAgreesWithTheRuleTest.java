package io.github.ldmlib.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.dossier.Trend;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The reports show {@link Indicator#trend()}; rule LDM-D-095 reports an indicator that moved the
 * wrong way. Both must judge alike, whatever the order, the ties and the scale of the measures.
 */
class TrendAgreesWithTheRuleTest {

  static final String POINTER = "/sections/0/actions/0/objectives/0/indicators/0";
  static final SchoolYear N = SchoolYear.parse("2019-2020");

  static Measure at(Milestone milestone, int yearsAfterN, String value) {
    return Measure.of(N.plusYears(yearsAfterN), milestone, new BigDecimal(value));
  }

  static Measure at(Milestone milestone, String value) {
    return at(milestone, milestone.yearsAfterStart(), value);
  }

  @Test
  void theRuleReportsAnIndicatorExactlyWhenItsTrendIsBad() {
    Dossier complete = Examples.complete();
    List<List<Measure>> series = List.of(
        List.of(at(Milestone.START, "58"), at(Milestone.FOLLOW_UP, "67"), at(Milestone.END, "74")),
        List.of(at(Milestone.START, "74"), at(Milestone.FOLLOW_UP, "67"), at(Milestone.END, "58")),
        List.of(at(Milestone.START, "58"), at(Milestone.FOLLOW_UP, "40"), at(Milestone.END, "58.0")),
        List.of(at(Milestone.END, "50"), at(Milestone.START, "58")),
        List.of(at(Milestone.END, "60"), at(Milestone.START, "58")),
        List.of(at(Milestone.START, 1, "70"), at(Milestone.START, 0, "58")),
        List.of(at(Milestone.START, "10"), at(Milestone.START, "12")),
        List.of(at(Milestone.START, "12"), at(Milestone.START, "10")),
        List.of(at(Milestone.FOLLOW_UP, -1, "20"), at(Milestone.START, "30")),
        List.of(at(Milestone.START, "58")));
    List<Trend> seen = new ArrayList<>();
    for (Direction direction : Direction.values()) {
      for (List<Measure> measures : series) {
        Dossier dossier = withFirstIndicator(complete, direction, measures);
        Indicator indicator = firstIndicator(dossier);
        ConformityReport report = Examples.check(dossier, Locale.FRENCH);

        boolean reported = report.findings().stream()
            .anyMatch(f -> f.ruleId().equals("LDM-D-095") && f.pointer().toString().equals(POINTER));

        assertThat(reported).as("%s %s: trend %s", direction, measures, indicator.trend())
            .isEqualTo(indicator.trend() == Trend.BAD);
        seen.add(indicator.trend());
      }
    }
    assertThat(seen).contains(Trend.GOOD, Trend.BAD, Trend.FLAT);
  }

  static Indicator firstIndicator(Dossier dossier) {
    return dossier.sections().get(0).actions().get(0).objectives().get(0).indicators().get(0);
  }

  static Dossier withFirstIndicator(Dossier dossier, Direction direction, List<Measure> measures) {
    CriterionSection section = dossier.sections().get(0);
    Action action = section.actions().get(0);
    Objective objective = action.objectives().get(0);
    Indicator indicator = Indicator.builder().from(objective.indicators().get(0)).direction(direction)
        .measures(measures).build();
    List<Indicator> indicators = new ArrayList<>(objective.indicators());
    indicators.set(0, indicator);
    List<Objective> objectives = new ArrayList<>(action.objectives());
    objectives.set(0, Objective.builder().from(objective).indicators(indicators).build());
    List<Action> actions = new ArrayList<>(section.actions());
    actions.set(0, Action.builder().from(action).objectives(objectives).build());
    List<CriterionSection> sections = new ArrayList<>(dossier.sections());
    sections.set(0, CriterionSection.builder().from(section).actions(actions).build());
    return Dossier.builder().from(dossier).sections(sections).build();
  }
}
