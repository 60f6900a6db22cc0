package io.github.ldmlib.test;

import static io.github.ldmlib.model.conformity.Severity.ADVICE;
import static io.github.ldmlib.model.conformity.Severity.NOT_SUBMITTABLE;
import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;
import static io.github.ldmlib.test.LdmAssertions.assertThat;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Network;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.rules.BuiltInRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * More of the built-in rules, each tested with the kit as an academy would test its own: a
 * conforming fixture, the one change the rule is about, and the finding expected where expected.
 */
class BuiltInRulesTest {

  static final DossierFixture NATIONAL = DossierFixtures.conforming(TestData.NATIONAL_2026);
  static final DossierFixture AIX = DossierFixtures.conforming(TestData.AIX_2012);

  @Test
  void ldmD002TheDossierFollowsTheEditionChecked() {
    DossierFixture older = NATIONAL.withDossier(d -> Dossier.builder().from(d).referentialEdition("2024-01").build());

    assertThat(older.check()).hasOnlyFindingsOf("LDM-D-002")
        .hasFindingsOf("LDM-D-002").at(JsonPointer.parse("/referentialEdition")).withSeverity(ADVICE).exactly(1);
  }

  @Test
  void ldmD006TheKindOfTheDossierFitsTheStage() {
    DossierFixture initialAtRenewal = NATIONAL.atStage(Stage.RENEWAL)
        .withDossier(d -> Dossier.builder().from(d).dossierKind(DossierKind.INITIAL).build());

    assertThat(initialAtRenewal.check()).hasOnlyFindingsOf("LDM-D-006")
        .hasFindingsOf("LDM-D-006").at(JsonPointer.parse("/dossierKind")).withMessageKey("LDM-D-006.initialAtRenewal").exactly(1);
  }

  @Test
  void ldmD022TheCoordinatorIsNotAMemberAgain() {
    DossierFixture twice = NATIONAL.withSection("C2", s -> {
      var team = s.team().orElseThrow();
      return CriterionSection.builder().from(s)
          .team(CriterionTeam.builder().from(team).addMembers(team.coordinator().orElseThrow()).build())
          .build();
    });
    int last = twice.dossier().section("C2").orElseThrow().team().orElseThrow().members().size() - 1;

    assertThat(twice.check()).hasOnlyFindingsOf("LDM-D-022")
        .hasFindingsOf("LDM-D-022").at("/sections/1/team/members/" + last).withSeverity(TO_COMPLETE).exactly(1);
  }

  @Test
  void ldmD063EveryPieceOfEvidenceHasAUniqueId() {
    DossierFixture duplicate = NATIONAL.withDossier(d -> {
      List<Evidence> annex = new ArrayList<>(d.evidence());
      annex.add(Evidence.builder().from(annex.get(0)).title("Doublon de la première pièce").build());
      return Dossier.builder().from(d).evidence(annex).build();
    });
    int last = duplicate.dossier().evidence().size() - 1;

    assertThat(duplicate.check()).hasOnlyFindingsOf("LDM-D-063")
        .hasFindingsOf("LDM-D-063").at("/evidence/" + last + "/id").exactly(1);
  }

  @Test
  void ldmD071EveryApplicantBelongsToAnEligibleSector() {
    DossierFixture network = AIX.asNetworkCandidature();
    DossierFixture outside = network.withDossier(d -> {
      Network n = d.network().orElseThrow();
      List<Establishment> co = new ArrayList<>(n.coApplicants());
      co.set(0, Establishment.builder().from(co.get(0)).sector(Sector.PRIVATE_WITHOUT_CONTRACT).build());
      return Dossier.builder().from(d).network(Network.builder().from(n).coApplicants(co).build()).build();
    });

    assertThat(outside.check()).hasOnlyFindingsOf("LDM-D-071").isNotReadyForAudit()
        .hasFindingsOf("LDM-D-071").at(JsonPointer.parse("/network/coApplicants/0/sector")).withSeverity(NOT_SUBMITTABLE).exactly(1);
    assertThat(BuiltInRules.byId(DocumentKind.DOSSIER, "LDM-D-071").orElseThrow()).accepts(network);
  }

  @Test
  void ldmD072EveryApplicantHasItsOwnUai() {
    DossierFixture network = NATIONAL.asNetworkCandidature();
    DossierFixture shared = network.withDossier(d -> {
      Network n = d.network().orElseThrow();
      List<Establishment> co = new ArrayList<>(n.coApplicants());
      co.set(1, Establishment.builder().from(co.get(1)).uai(d.establishment().uai()).build());
      return Dossier.builder().from(d).network(Network.builder().from(n).coApplicants(co).build()).build();
    });

    assertThat(shared.check()).hasOnlyFindingsOf("LDM-D-072")
        .hasFindingsOf("LDM-D-072").at(JsonPointer.parse("/network/coApplicants/1/uai")).withMessageKey("LDM-D-072.duplicate").exactly(1);
  }

  @Test
  void aix2012DossierIsNotAskedForImprovementAxes() {
    // five criteria with three engagements each: too many axes for « un ou deux axes de progrès », which the
    // summary report carries (LDM-A-042, LDM-A-043), not the dossier
    DossierFixture more = AIX;
    for (String criterion : List.of("C1", "C2", "C3", "C4", "C5")) {
      more = more.withSection(criterion, s -> CriterionSection.builder().from(s)
          .addEngagements(s.engagements().get(0), s.engagements().get(0)).build());
    }

    assertThat(more.check().findings()).isEqualTo(AIX.check().findings());
    assertThat(BuiltInRules.byId(DocumentKind.DOSSIER, "LDM-D-091")).isEmpty();
    assertThat(BuiltInRules.byId(DocumentKind.DOSSIER, "LDM-D-092")).isEmpty();
  }

  @Test
  void ldmD095IndicatorsMoveTheRightWay() {
    DossierFixture worse = NATIONAL.withFirstAction("C3", a -> {
      var objective = a.objectives().get(0);
      Indicator i = objective.indicators().get(0);
      Measure start = i.measure(Milestone.START).orElseThrow();
      List<Measure> measures = i.measures().stream()
          .map(m -> m.milestone() == Milestone.START ? m
              : Measure.of(m.schoolYear(), m.milestone(), i.direction() == Direction.HIGHER_IS_BETTER
                  ? start.value().subtract(BigDecimal.ONE).max(BigDecimal.ZERO) : start.value().add(BigDecimal.ONE)))
          .toList();
      return Action.builder().from(a).objectives(List.of(Objective.builder().from(objective)
          .indicators(List.of(Indicator.builder().from(i).measures(measures).build())).build())).build();
    });

    assertThat(worse.check()).hasOnlyFindingsOf("LDM-D-095")
        .hasFindingsOf("LDM-D-095").at(JsonPointer.parse("/sections/2/actions/0/objectives/0/indicators/0")).withSeverity(ADVICE).exactly(1);
    assertThat(worse.check()).hasVerdict(Verdict.CONFORMING_WITH_OBSERVATIONS)
        .criterion("C3").isConformingWithObservations();
  }
}
