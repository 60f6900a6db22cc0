package io.github.ldmlib.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.RequirementCoverage;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.test.DossierGenerator.Defect;
import io.github.ldmlib.test.DossierGenerator.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The checker builds the requirement coverage matrix in one pass over the dossier; these tests
 * prove it equal, row for row and pointer for pointer, to the matrix by its definition (for each
 * requirement that applies, every action and engagement of its criterion's sections that names
 * it, in the dossier's order, with all their indicators and evidence), and rule LDM-D-090 to report
 * exactly the rows without any action or engagement, on generated dossiers reshuffled at random.
 */
class CoverageMatrixTest {

  @Test
  void theMatrixIsTheDefinitionsOnReshuffledDossiers() {
    Referential national = Referentials.load("ldm-national-2023", "2026-01");
    Checker<Dossier> checker = Checker.of(national);
    List<String> requirementIds = national.criteria().stream()
        .flatMap(c -> c.requirements().stream()).map(Requirement::id).toList();
    Random random = new Random(31);
    int rows = 0;
    int unaddressed = 0;
    for (long seed = 1; seed <= 10; seed++) {
      DossierGenerator generator = DossierGenerator.of(national, seed).withSize(seed % 5 == 0 ? Size.M : Size.S);
      if (seed % 2 == 0) {
        generator = generator.withDefects(Defect.MISSING_SECTION);
      }
      Dossier generated = generator.generate();
      for (int variant = 0; variant < 6; variant++) {
        Dossier dossier = variant == 0 ? generated : reshuffle(generated, requirementIds, random);
        ConformityReport report = checker.check(dossier, generator.asOf(), Stage.CANDIDATURE);
        List<RequirementCoverage> expected = byDefinition(national, dossier);
        assertThat(report.coverage()).isEqualTo(expected);
        List<String> empty = expected.stream()
            .filter(r -> r.actions().isEmpty() && r.engagements().isEmpty())
            .filter(r -> dossier.section(r.criterionId()).isPresent())
            .map(RequirementCoverage::requirementId).toList();
        List<String> reported = report.findings().stream().filter(f -> f.ruleId().equals("LDM-D-090"))
            .map(Finding::requirementId).map(o -> o.orElseThrow()).toList();
        assertThat(reported).containsExactlyInAnyOrderElementsOf(empty);
        rows += expected.size();
        unaddressed += empty.size();
      }
    }
    assertThat(rows).isGreaterThan(1_000);
    assertThat(unaddressed).as("rows without work among those compared").isGreaterThan(50);
  }

  /** Moves requirement ids around: dropped, duplicated, foreign, and whole sections duplicated. */
  private static Dossier reshuffle(Dossier dossier, List<String> requirementIds, Random random) {
    Function<List<String>, List<String>> shuffleIds = ids -> {
      List<String> out = new ArrayList<>(ids);
      switch (random.nextInt(4)) {
        case 0 -> out.clear();
        case 1 -> out.addAll(ids); // every id twice
        case 2 -> out.add(requirementIds.get(random.nextInt(requirementIds.size())));
        default -> { }
      }
      return out;
    };
    List<CriterionSection> sections = new ArrayList<>();
    for (CriterionSection s : dossier.sections()) {
      List<Action> actions = s.actions().stream()
          .map(a -> Action.builder().from(a).requirementIds(shuffleIds.apply(a.requirementIds())).build()).toList();
      List<Engagement> engagements = s.engagements().stream()
          .map(g -> Engagement.builder().from(g).requirementIds(shuffleIds.apply(g.requirementIds())).build()).toList();
      CriterionSection changed = CriterionSection.builder().from(s).actions(actions).engagements(engagements).build();
      sections.add(changed);
      if (random.nextInt(8) == 0) {
        sections.add(changed); // the same criterion twice
      }
    }
    return Dossier.builder().from(dossier).sections(sections).build();
  }

  private static List<RequirementCoverage> byDefinition(Referential referential, Dossier dossier) {
    List<RequirementCoverage> rows = new ArrayList<>();
    for (Criterion c : referential.criteria()) {
      if (!c.isMandatory() && dossier.section(c.id()).isEmpty()) {
        continue;
      }
      for (Requirement r : c.requirements()) {
        if (r.networkOnly() && !dossier.isNetworkCandidature()) {
          continue;
        }
        RequirementCoverage.Builder row = RequirementCoverage.builder().requirementId(r.id()).criterionId(c.id());
        Set<String> evidence = new LinkedHashSet<>();
        for (int i = 0; i < dossier.sections().size(); i++) {
          CriterionSection s = dossier.sections().get(i);
          if (!s.criterionId().equals(c.id())) {
            continue;
          }
          for (int j = 0; j < s.actions().size(); j++) {
            if (s.actions().get(j).requirementIds().contains(r.id())) {
              String at = "/sections/" + i + "/actions/" + j;
              row.addActions(JsonPointer.parse(at));
              addIndicators(row, s.actions().get(j), at, evidence);
            }
          }
          for (int j = 0; j < s.engagements().size(); j++) {
            if (s.engagements().get(j).requirementIds().contains(r.id())) {
              String at = "/sections/" + i + "/engagements/" + j;
              row.addEngagements(JsonPointer.parse(at));
              addIndicators(row, s.engagements().get(j), at, evidence);
            }
          }
        }
        rows.add(row.addAllEvidenceIds(evidence).build());
      }
    }
    return rows;
  }

  private static void addIndicators(RequirementCoverage.Builder row, Initiative initiative, String at, Set<String> evidence) {
    List<Objective> objectives = initiative.objectives();
    for (int k = 0; k < objectives.size(); k++) {
      for (int m = 0; m < objectives.get(k).indicators().size(); m++) {
        row.addIndicators(JsonPointer.parse(at + "/objectives/" + k + "/indicators/" + m));
      }
    }
    evidence.addAll(initiative.evidenceIds());
  }
}
