package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.Fixtures.AS_OF;
import static io.github.ldmlib.rules.Fixtures.DOSSIER;
import static io.github.ldmlib.rules.Fixtures.check;
import static io.github.ldmlib.rules.Fixtures.measure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The message variants that the per-rule tests do not reach, in both languages. */
class MoreMessagesTest {

  private static List<String> messages(ConformityReport french, ConformityReport english) {
    assertThat(french.findings()).extracting(Finding::ruleId).doesNotContain("LDM-E-001");
    assertThat(english.findings()).extracting(Finding::ruleId).doesNotContain("LDM-E-001");
    return List.of(french.findings().get(0).message(), english.findings().get(0).message());
  }

  private static List<String> messages(Checker checker, Dossier d, Stage stage) {
    return messages(checker.check(d, AS_OF, stage), checker.check(d, AS_OF, stage, Locale.ENGLISH));
  }

  @Test
  void sectorNotStated() {
    Dossier d = Dossier.builder().from(DOSSIER)
        .establishment(Establishment.builder().from(DOSSIER.establishment()).sector(Optional.empty()).build()).build();
    assertThat(messages(Fixtures.CHECKER, d, Stage.CANDIDATURE)).containsExactly(
        "Le secteur de l’établissement « Lycée professionnel des Calanques » n’est pas indiqué ; il conditionne l’éligibilité.",
        "The sector of establishment “Lycée professionnel des Calanques” is not stated; eligibility depends on it.");
  }

  @Test
  void memberWithoutFunction() {
    Dossier d = Fixtures.changeSection(DOSSIER, 0, s -> CriterionSection.builder().from(s)
        .team(CriterionTeam.builder().from(s.team().orElseThrow())
            .members(List.of(Person.builder().lastName("Petit").firstName("Léa").build())).build()).build());
    assertThat(messages(Fixtures.CHECKER, d, Stage.CANDIDATURE)).containsExactly(
        "Critère C1 : la fonction du membre Petit de l’équipe manque.",
        "Criterion C1: the function of team member Petit is missing.");
  }

  @Test
  void indicatorThatShouldFallButRises() {
    Dossier d = Fixtures.changeAction(DOSSIER, 0, a -> io.github.ldmlib.model.dossier.Action.builder().from(a)
        .objectives(List.of(Objective.builder().from(a.objectives().get(0)).indicators(List.of(
            Indicator.builder().from(a.objectives().get(0).indicators().get(0)).direction(Direction.LOWER_IS_BETTER)
                .build())).build()))
        .build());
    assertThat(messages(Fixtures.CHECKER, d, Stage.CANDIDATURE)).containsExactly(
        "Indicateur « Taux de réussite C1 » : il devrait diminuer, mais il passe de 70 (N) à 78 (N+3).",
        "Indicator “Taux de réussite C1”: it should fall, but it goes from 70 (N) to 78 (N+3).");
  }

  @Test
  void engagementWhoseReferenceYearHasNotBegun() {
    Dossier d = Fixtures.changeEngagement(DOSSIER, 0, g -> Engagement.builder().from(g)
        .referenceYear(SchoolYear.of(2025))
        .objectives(List.of(Objective.builder().from(g.objectives().get(0)).indicators(List.of(
            Indicator.builder().from(g.objectives().get(0).indicators().get(0)).measures(List.of()).build())).build()))
        .build());
    assertThat(messages(Fixtures.CHECKER, d, Stage.CANDIDATURE)).containsExactly(
        "Engagement « Engagement du critère C1 » : l’année de référence 2025-2026 n’a pas commencé au 2025-03-14.",
        "Engagement “Engagement du critère C1”: the reference year 2025-2026 has not begun on 2025-03-14.");
  }

  @Test
  void improvementAxesOfTheSummaryWithoutMaximum() {
    Referential aix = AuditFixtures.referential(AuditFixtures.aixMarseille2012()
        .minCriteriaWithImprovementAxes(6).maxImprovementAxesPerCriterion(OptionalInt.empty()).build());
    Checker<AuditFile> checker = Checker.of(DocumentKind.AUDIT_FILE, aix);
    assertThat(messages(checker.check(AuditFixtures.FILE, AuditFixtures.AS_OF),
        checker.check(AuditFixtures.FILE, AuditFixtures.AS_OF, Locale.ENGLISH))).containsExactly(
        "Au moins 6 critères nationaux doivent avoir au moins 1 axe(s) de progrès ; le rapport de synthèse en a 5.",
        "At least 6 national criteria must have at least 1 improvement axes; the summary report has 5.");
  }

  @Test
  void measureOfAnEngagementOnTheWrongYear() {
    Dossier d = Fixtures.changeEngagement(DOSSIER, 2, g -> Engagement.builder().from(g)
        .objectives(List.of(Objective.builder().from(g.objectives().get(0)).indicators(List.of(
            Indicator.builder().from(g.objectives().get(0).indicators().get(0))
                .measures(List.of(measure(2023, Milestone.START, "12"))).build())).build()))
        .build());
    ConformityReport report = check(d);
    assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.pointer())
        .containsExactly("LDM-D-053 /sections/2/engagements/0/objectives/0/indicators/0/measures/0/schoolYear");
  }
}
