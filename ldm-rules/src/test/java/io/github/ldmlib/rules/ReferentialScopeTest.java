package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.Fixtures.AS_OF;
import static io.github.ldmlib.rules.Fixtures.DOSSIER;
import static io.github.ldmlib.rules.Fixtures.REFERENTIAL;
import static io.github.ldmlib.rules.Fixtures.changeAction;
import static io.github.ldmlib.rules.Fixtures.measure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.SourceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each referential brings its own structure and rules, a finding cites the edition actually used,
 * and an action's end measure comes at the end of the action.
 */
class ReferentialScopeTest {

  /** The same criteria drawn from the 2012 Aix-Marseille note, which states no section-E structure. */
  private static final Referential AIX_2012 = Referential.builder().from(REFERENTIAL)
      .dossierStructure(List.of())
      .source(SourceRef.of("Note SG/12-550-116 du 23/01/2012, académie d'Aix-Marseille",
          "Cahier des charges académique 2012 pour l'obtention du label « Lycée des métiers »"))
      .build();

  private static List<String> ruleIds(ConformityReport report) {
    return report.findings().stream().map(Finding::ruleId).distinct().toList();
  }

  @Nested
  class SectionEBelongsToTheGuide {
    /** A dossier without the guide's articulation and context: what a 2012 dossier may well be. */
    private final Dossier withoutSectionE = Dossier.builder().from(DOSSIER)
        .context(Optional.empty()).articulation(Optional.empty()).build();

    @Test
    void aGuideReferentialAsksForTheContextAndTheArticulation() {
      ConformityReport report = Checker.of(REFERENTIAL).check(withoutSectionE, AS_OF);

      assertThat(ruleIds(report)).contains("LDM-D-010");
    }

    @Test
    void aDossierOfThe2012NoteIsNotAskedForTheGuidesSectionE() {
      ConformityReport report = Checker.of(AIX_2012).check(withoutSectionE, AS_OF);

      assertThat(ruleIds(report)).doesNotContain("LDM-D-010", "LDM-D-020", "LDM-D-030", "LDM-D-040");
    }

    @Test
    void noRuleWhoseSourceIsTheGuideRunsOnA2012Referential() {
      Checker<Dossier> checker = Checker.of(AIX_2012);

      assertThat(checker.rules()).noneMatch(r -> r.source().map(SourceRef::document)
          .filter(Fixtures.GUIDE::equals).isPresent());
      assertThat(Checker.of(REFERENTIAL).rules()).anyMatch(r -> r.id().equals("LDM-D-030"));
    }
  }

  @Nested
  class CitationsFollowTheEditionUsed {
    @Test
    void aRuleWrittenAgainstThe2024EditionCitesThe2026EditionOfA2026Check() {
      Dossier d = changeAction(DOSSIER, 0, a -> Action.builder().from(a).addEvidenceIds("P-99").build());

      Finding f = Checker.of(REFERENTIAL).check(d, AS_OF).findings().stream()
          .filter(x -> x.ruleId().equals("LDM-D-060")).findFirst().orElseThrow();

      assertThat(f.source()).map(SourceRef::edition).contains(Optional.of("janvier 2026"));
    }

    @Test
    void theSameFindingCitesThe2024EditionOfA2024Check() {
      Referential edition2024 = Referential.builder().from(REFERENTIAL)
          .source(SourceRef.of(Fixtures.GUIDE, "janvier 2024", "F. Cahier des charges du label lycée des métiers"))
          .build();
      Dossier d = changeAction(DOSSIER, 0, a -> Action.builder().from(a).addEvidenceIds("P-99").build());

      Finding f = Checker.of(edition2024).check(d, AS_OF).findings().stream()
          .filter(x -> x.ruleId().equals("LDM-D-060")).findFirst().orElseThrow();

      assertThat(f.source()).map(SourceRef::edition).contains(Optional.of("janvier 2024"));
    }
  }

  /** « Mesure en fin d'action »: the end measure of an action comes at its end, not always at N+5. */
  @Nested
  class EndMeasureAtTheEndOfTheAction {
    private Dossier twoYearAction(int start, Measure... measures) {
      return changeAction(DOSSIER, 1, a -> Action.builder().from(a).startYear(SchoolYear.of(start))
          .objectives(List.of(Objective.builder().from(a.objectives().get(0)).indicators(List.of(
              Indicator.builder().from(a.objectives().get(0).indicators().get(0)).measures(List.of(measures)).build()))
              .build()))
          .build());
    }

    @Test
    void aTwoYearActionOverBeforeTheCheckOwesItsEndMeasure() {
      // Started in 2021-2022 for two years: its end, 2023-2024, is over on 14 March 2025.
      Dossier d = twoYearAction(2021, measure(2021, Milestone.START, "40"));

      List<Finding> due = Checker.of(REFERENTIAL).check(d, AS_OF).findings().stream()
          .filter(f -> f.ruleId().equals("LDM-D-055")).toList();

      assertThat(due).singleElement().satisfies(f -> assertThat(f.arguments()).contains("2023-2024"));
    }

    @Test
    void aTwoYearActionStillRunningOwesNoEndMeasure() {
      // Started in 2023-2024 for two years: it ends with 2025-2026, after the check.
      Dossier d = twoYearAction(2023, measure(2023, Milestone.START, "40"));

      assertThat(ruleIds(Checker.of(REFERENTIAL).check(d, AS_OF))).doesNotContain("LDM-D-055", "LDM-D-053");
    }

    @Test
    void anEndMeasureTakenAtTheEndOfATwoYearActionLiesOnItsYear() {
      Dossier d = twoYearAction(2021, measure(2021, Milestone.START, "40"), measure(2023, Milestone.END, "55"));

      assertThat(ruleIds(Checker.of(REFERENTIAL).check(d, AS_OF))).doesNotContain("LDM-D-053", "LDM-D-055");
    }

    @Test
    void aFollowUpMeasureNotYetDueAtSubmissionIsNotDemanded() {
      // Submitted on 14 March 2025 for an action started in 2022-2023: N+3 is 2025-2026, not yet due.
      Dossier changed = changeAction(DOSSIER, 0, a -> Action.builder().from(a).perennial(false).durationYears(5)
          .startYear(SchoolYear.of(2022))
          .objectives(List.of(Objective.builder().from(a.objectives().get(0)).indicators(List.of(
              Indicator.builder().from(a.objectives().get(0).indicators().get(0))
                  .measures(List.of(measure(2022, Milestone.START, "70"))).build())).build()))
          .build());
      Dossier d = Dossier.builder().from(changed).submissionDate(LocalDate.of(2025, 3, 14)).build();

      assertThat(ruleIds(Checker.of(REFERENTIAL).check(d))).doesNotContain("LDM-D-055");
    }
  }
}
