package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.Fixtures.AS_OF;
import static io.github.ldmlib.rules.Fixtures.DOSSIER;
import static io.github.ldmlib.rules.Fixtures.NETWORK;
import static io.github.ldmlib.rules.Fixtures.REFERENTIAL;
import static io.github.ldmlib.rules.Fixtures.changeAction;
import static io.github.ldmlib.rules.Fixtures.changeEngagement;
import static io.github.ldmlib.rules.Fixtures.changeSection;
import static io.github.ldmlib.rules.Fixtures.check;
import static io.github.ldmlib.rules.Fixtures.measure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.EngagementDecision;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.EstablishmentType;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Network;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.dossier.ResponsibleTeam;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.dossier.Transversality;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.internal.Sources;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each built-in rule against a defect made for it; {@link CompleteDossierTest} shows that the
 * complete dossier, from which every defective one derives, gives no finding at all.
 */
class BuiltInRulesTest {

  /** Asserts that the report holds exactly these findings of these rules, in this order, and returns them. */
  private static List<Finding> onlyFindings(ConformityReport report, String... pointersByRule) {
    List<String> actual = report.findings().stream().map(f -> f.ruleId() + " " + f.pointer()).toList();
    assertThat(actual).containsExactly(pointersByRule);
    return report.findings();
  }

  private static Finding single(ConformityReport report, String ruleId, String pointer) {
    return onlyFindings(report, ruleId + " " + pointer).get(0);
  }

  private static Action withIndicator(Action a, Indicator indicator) {
    return Action.builder().from(a).objectives(List.of(
        Objective.builder().from(a.objectives().get(0)).indicators(List.of(indicator)).build())).build();
  }

  private static Indicator withMeasures(Action a, Measure... measures) {
    return Indicator.builder().from(a.objectives().get(0).indicators().get(0)).measures(List.of(measures)).build();
  }

  private static Dossier withEvidence(Dossier d, Evidence... more) {
    return Dossier.builder().from(d).addEvidence(more).build();
  }

  @Nested
  class WellFormed {
    @Test
    void aPercentageAbove100IsToCompleteAtItsValue() {
      Dossier d = changeAction(DOSSIER, 0, a -> withIndicator(a, withMeasures(a,
          measure(2019, Milestone.START, "70"), measure(2022, Milestone.FOLLOW_UP, "140"))));

      Finding f = single(check(d), "LDM-V-001", "/sections/0/actions/0/objectives/0/indicators/0/measures/1/value");
      assertThat(f.severity()).isEqualTo(Severity.TO_COMPLETE);
      assertThat(f.criterionId()).contains("C1");
      assertThat(f.message()).isEqualTo("Valeur invalide : un pourcentage doit être compris entre 0 et 100.");
    }
  }

  @Nested
  class DossierAsAWhole {
    @Test
    void d001_otherReferential() {
      Finding f = single(check(Dossier.builder().from(DOSSIER).referentialId("ldm-national-2023").build()),
          "LDM-D-001", "/referentialId");
      assertThat(f.severity()).isEqualTo(Severity.NOT_SUBMITTABLE);
      assertThat(f.arguments()).containsExactly("ldm-national-2023", "ldm-test");
    }

    @Test
    void d002_otherEdition() {
      Finding f = single(check(Dossier.builder().from(DOSSIER).referentialEdition("2024-01").build()),
          "LDM-D-002", "/referentialEdition");
      assertThat(f.severity()).isEqualTo(Severity.ADVICE);
    }

    @Test
    void d003_mandatoryCriterionWithoutSection() {
      List<CriterionSection> sections = DOSSIER.sections().subList(0, 2);
      Dossier d = Dossier.builder().from(DOSSIER).sections(sections)
          .evidence(DOSSIER.evidence().subList(0, 3)).build();

      Finding f = single(check(d), "LDM-D-003", "/sections");
      assertThat(f.criterionId()).contains("A1");
      assertThat(f.source()).contains(REFERENTIAL.criterion("A1").orElseThrow().source());
      assertThat(f.message()).isEqualTo(
          "Le critère A1 est obligatoire, mais le dossier ne lui consacre aucune section : « Critère académique d'essai ».");
    }

    @Test
    void d003_optionalCriteriaNeedNoSection() {
      assertThat(Fixtures.findings(check(DOSSIER), "LDM-D-003")).isEmpty();
      assertThat(REFERENTIAL.criterion("C10").orElseThrow().isMandatory()).isFalse();
    }

    @Test
    void d004_sectionOfUnknownCriterion() {
      Dossier d = Dossier.builder().from(DOSSIER)
          .addSections(CriterionSection.builder().from(DOSSIER.sections().get(0)).criterionId("C99")
              .actions(List.of()).build())
          .build();

      Finding f = single(check(d), "LDM-D-004", "/sections/3/criterionId");
      assertThat(f.criterionId()).isEmpty();
    }

    @Test
    void d005_twoSectionsForOneCriterion() {
      Dossier d = Dossier.builder().from(DOSSIER).addSections(DOSSIER.sections().get(0)).build();

      Finding f = single(check(d), "LDM-D-005", "/sections/3/criterionId");
      assertThat(f.criterionId()).contains("C1");
      assertThat(f.arguments()).containsExactly("C1", "1", "4");
    }

    @Test
    void d006_kindDoesNotFitStage() {
      Dossier renewal = Dossier.builder().from(DOSSIER).dossierKind(DossierKind.RENEWAL).build();
      single(check(renewal), "LDM-D-006", "/dossierKind");
      assertThat(Fixtures.CHECKER.check(renewal, AS_OF, Stage.RENEWAL).findings()).isEmpty();
      single(Fixtures.CHECKER.check(DOSSIER, AS_OF, Stage.RENEWAL), "LDM-D-006", "/dossierKind");
    }

    @Test
    void d010_contextAndArticulationMissing() {
      Dossier d = Dossier.builder().from(DOSSIER).context(Optional.empty()).articulation(Optional.empty()).build();

      // The national referential's structure, as the guide words it (E. I) Objectifs du dossier).
      List<Finding> found = onlyFindings(check(d), "LDM-D-010 /articulation", "LDM-D-010 /context");
      assertThat(found.get(1).arguments()).containsExactly(
          "Présenter le contexte de l'établissement et ses particularités", "E.DOSSIER.context");
      assertThat(found.get(1).source()).contains(Sources.DOSSIER_OBJECTIVES.inEditionOf(Fixtures.REFERENTIAL.source()));
      assertThat(found.get(1).severity()).isEqualTo(Severity.TO_COMPLETE);
    }
  }

  @Nested
  class Sections {
    @Test
    void d020_diagnosisAndCoordinatorMissing() {
      Dossier d = changeSection(DOSSIER, 1, s -> CriterionSection.builder().from(s)
          .diagnosis(Optional.empty())
          .team(CriterionTeam.builder().from(s.team().orElseThrow()).coordinator(Optional.empty()).build())
          .build());

      List<Finding> found = onlyFindings(check(d),
          "LDM-D-020 /sections/1/diagnosis", "LDM-D-020 /sections/1/team/coordinator");
      assertThat(found).allSatisfy(f -> {
        assertThat(f.criterionId()).contains("C4");
        assertThat(f.severity()).isEqualTo(Severity.TO_COMPLETE);
        // The rule was written against the 2024 edition; the check uses the 2026 one, which it cites.
        assertThat(f.source()).contains(Sources.TABLES.inEditionOf(Fixtures.REFERENTIAL.source()));
      });
    }

    @Test
    void d020_missingTeamMeansMissingCoordinator() {
      Dossier d = changeSection(DOSSIER, 2, s -> CriterionSection.builder().from(s).team(Optional.empty()).build());
      single(check(d), "LDM-D-020", "/sections/2/team/coordinator");
    }

    @Test
    void d021_coordinatorWithoutFunctionOrFirstName() {
      Dossier d = changeSection(DOSSIER, 0, s -> CriterionSection.builder().from(s)
          .team(CriterionTeam.builder().from(s.team().orElseThrow())
              .coordinator(Person.builder().lastName("Durand").build()).build())
          .build());

      onlyFindings(check(d), "LDM-D-021 /sections/0/team/coordinator/firstName",
          "LDM-D-021 /sections/0/team/coordinator/function");
    }

    @Test
    void d022_membersIdentifiedAndCoordinatorNotRepeated() {
      Dossier d = changeSection(DOSSIER, 0, s -> CriterionSection.builder().from(s)
          .team(CriterionTeam.builder().from(s.team().orElseThrow())
              .addMembers(Person.builder().lastName("Petit").function("Professeur d'anglais").build())
              .addMembers(s.team().orElseThrow().coordinator().orElseThrow())
              .build())
          .build());

      onlyFindings(check(d), "LDM-D-022 /sections/0/team/members/1/firstName",
          "LDM-D-022 /sections/0/team/members/2");
    }

    @Test
    void d023_sectionWithoutActionOrEngagement() {
      Dossier d = changeSection(DOSSIER, 2, s -> CriterionSection.builder().from(s)
          .actions(List.of()).engagements(List.of()).build());

      ConformityReport report = check(d);
      Finding f = Fixtures.findings(report, "LDM-D-023").get(0);
      assertThat(f.pointer()).hasToString("/sections/2/actions");
      assertThat(f.severity()).isEqualTo(Severity.TO_COMPLETE);
      // the evidence of the removed work is no longer cited, and A1.R1 no longer addressed
      assertThat(report.findings()).extracting(Finding::ruleId)
          .containsExactlyInAnyOrder("LDM-D-023", "LDM-D-062", "LDM-D-090");
    }
  }

  @Nested
  class ActionsAndEngagements {
    @Test
    void d030_actionIncomplete() {
      Dossier d = changeAction(DOSSIER, 0, a -> Action.builder().from(a)
          .addedValue(Optional.empty()).implementation(Optional.empty()).perennial(Optional.empty()).build());

      List<Finding> found = onlyFindings(check(d),
          "LDM-D-030 /sections/0/actions/0/addedValue",
          "LDM-D-030 /sections/0/actions/0/implementation/organisation",
          "LDM-D-030 /sections/0/actions/0/implementation/places",
          "LDM-D-030 /sections/0/actions/0/implementation/resources",
          "LDM-D-030 /sections/0/actions/0/implementation/schedule",
          "LDM-D-030 /sections/0/actions/0/perennial");
      assertThat(found.get(0).message()).isEqualTo(
          "Action « Action pérenne du critère C1 » (critère C1) : élément attendu manquant : « Plus-value » (E.ACTION.addedValue).");
    }

    @Test
    void d030_objectiveWithoutIndicator() {
      Dossier d = changeAction(DOSSIER, 1, a -> Action.builder().from(a).objectives(List.of(
          a.objectives().get(0), Objective.builder().text("Un objectif sans indicateur").build())).build());

      single(check(d), "LDM-D-030", "/sections/1/actions/0/objectives/1/indicators");
    }

    @Test
    void d040_engagementWithoutLeadOrObjective() {
      Dossier d = changeEngagement(DOSSIER, 0, g -> Engagement.builder().from(g)
          .lead(Optional.empty()).objectives(List.of()).build());

      onlyFindings(check(d), "LDM-D-040 /sections/0/engagements/0/lead",
          "LDM-D-040 /sections/0/engagements/0/objectives");
    }

    @Test
    void d041_leadWithoutFunction() {
      Dossier d = changeEngagement(DOSSIER, 1, g -> Engagement.builder().from(g)
          .lead(Person.builder().lastName("Martin").firstName("Claire").build()).build());

      single(check(d), "LDM-D-041", "/sections/1/engagements/0/lead/function");
    }

    @Test
    void d042_engagementWithoutReferenceYearOrMeasureAtN() {
      Dossier noYear = changeEngagement(DOSSIER, 0, g -> Engagement.builder().from(g)
          .referenceYear(Optional.empty()).build());
      single(check(noYear), "LDM-D-042", "/sections/0/engagements/0/referenceYear");

      Dossier noMeasure = changeEngagement(DOSSIER, 0, g -> Engagement.builder().from(g)
          .objectives(List.of(Objective.builder().from(g.objectives().get(0)).indicators(List.of(
              Indicator.builder().from(g.objectives().get(0).indicators().get(0)).measures(List.of()).build())).build()))
          .build());
      Finding f = single(check(noMeasure), "LDM-D-042", "/sections/0/engagements/0/objectives/0/indicators/0/measures");
      assertThat(f.arguments()).containsExactly("Taux d'absentéisme en PFMP C1", "2024-2025");
    }
  }

  @Nested
  class Measures {
    @Test
    void d050_actionWithoutStartYear() {
      Dossier d = changeAction(DOSSIER, 0, a -> Action.builder().from(a).startYear(Optional.empty()).build());
      single(check(d), "LDM-D-050", "/sections/0/actions/0/startYear");
    }

    @Test
    void d051_startedActionWithoutStartMeasure() {
      Dossier d = changeAction(DOSSIER, 0, a -> withIndicator(a, withMeasures(a, measure(2022, Milestone.FOLLOW_UP, "78"))));
      single(check(d), "LDM-D-051", "/sections/0/actions/0/objectives/0/indicators/0/measures");
    }

    @Test
    void d052_measureDatedInTheFutureIsToComplete() {
      Dossier d = changeAction(DOSSIER, 1, a -> withIndicator(a, withMeasures(a,
          measure(2023, Milestone.START, "40"), measure(2026, Milestone.FOLLOW_UP, "55"))));

      Finding f = single(check(d), "LDM-D-052", "/sections/1/actions/0/objectives/0/indicators/0/measures/1/schoolYear");
      assertThat(f.severity()).isEqualTo(Severity.TO_COMPLETE);
      assertThat(f.criterionId()).contains("C4");
      assertThat(f.message()).isEqualTo("Indicateur « Part des élèves suivis C4 » : la mesure N+3 est datée de "
          + "2026-2027, année scolaire qui n’a pas commencé au 2025-03-14.");
    }

    @Test
    void d053_measureOnTheWrongSchoolYear() {
      Dossier d = changeAction(DOSSIER, 0, a -> withIndicator(a, withMeasures(a,
          measure(2020, Milestone.START, "70"), measure(2022, Milestone.FOLLOW_UP, "78"))));

      Finding f = single(check(d), "LDM-D-053", "/sections/0/actions/0/objectives/0/indicators/0/measures/0/schoolYear");
      assertThat(f.arguments()).containsExactly("Taux de réussite C1", "N", "2019-2020", "2019-2020", "2020-2021");
    }

    @Test
    void d054_twoMeasuresForOneMilestone() {
      Dossier d = changeAction(DOSSIER, 0, a -> withIndicator(a, withMeasures(a,
          measure(2019, Milestone.START, "70"), measure(2019, Milestone.START, "70"), measure(2022, Milestone.FOLLOW_UP, "78"))));

      single(check(d), "LDM-D-054", "/sections/0/actions/0/objectives/0/indicators/0/measures/1/milestone");
    }

    @Test
    void d055_followUpDueForAFourYearAction() {
      Dossier d = changeAction(DOSSIER, 0, a -> withIndicator(
          Action.builder().from(a).perennial(false).durationYears(4).build(),
          withMeasures(a, measure(2019, Milestone.START, "70"))));

      // Started in 2019-2020 for four years: its follow-up (N+3) and its end (« Mesure en fin d'action »,
      // N+4) are both over on 14 March 2025.
      List<Finding> found = onlyFindings(check(d), "LDM-D-055 /sections/0/actions/0/objectives/0/indicators/0/measures",
          "LDM-D-055 /sections/0/actions/0/objectives/0/indicators/0/measures");
      assertThat(found).extracting(Finding::arguments).containsExactlyInAnyOrder(
          List.of("Taux de réussite C1", "N+3", "2022-2023", "Action pérenne du critère C1"),
          List.of("Taux de réussite C1", "N+4", "2023-2024", "Action pérenne du critère C1"));
    }

    @Test
    void d055_aTwoYearActionOwesNoFollowUpButItsEndMeasure() {
      Dossier d = changeAction(DOSSIER, 0, a -> withIndicator(
          Action.builder().from(a).perennial(false).durationYears(2).build(),
          withMeasures(a, measure(2019, Milestone.START, "70"))));

      Finding f = single(check(d), "LDM-D-055", "/sections/0/actions/0/objectives/0/indicators/0/measures");
      assertThat(f.arguments()).containsExactly("Taux de réussite C1", "N+2", "2021-2022", "Action pérenne du critère C1");
    }

    @Test
    void d056_actionThatHasNotStarted() {
      Dossier d = changeAction(DOSSIER, 1, a -> withIndicator(
          Action.builder().from(a).startYear(SchoolYear.of(2026)).build(), withMeasures(a)));

      Finding f = single(check(d), "LDM-D-056", "/sections/1/actions/0/startYear");
      assertThat(f.severity()).isEqualTo(Severity.ADVICE);
    }
  }

  @Nested
  class EvidenceAnnex {
    @Test
    void d060_citationThatResolvesToNothing() {
      Dossier d = changeAction(DOSSIER, 0, a -> Action.builder().from(a).addEvidenceIds("P-99").build());

      Finding f = single(check(d), "LDM-D-060", "/sections/0/actions/0/evidenceIds/1");
      assertThat(f.severity()).isEqualTo(Severity.TO_COMPLETE);
      assertThat(f.source()).contains(Sources.EVIDENCE.inEditionOf(Fixtures.REFERENTIAL.source()));
    }

    @Test
    void d061_actionWithoutEvidence() {
      Dossier d = changeAction(DOSSIER, 1, a -> Action.builder().from(a).evidenceIds(List.of()).build());
      single(check(d), "LDM-D-061", "/sections/1/actions/0/evidenceIds");
    }

    @Test
    void d062_evidenceCitedByNothing() {
      Finding f = single(check(withEvidence(DOSSIER, Fixtures.evidence("P-05", "Plaquette du lycée"))),
          "LDM-D-062", "/evidence/4");
      assertThat(f.severity()).isEqualTo(Severity.ADVICE);
      assertThat(f.criterionId()).isEmpty();
    }

    @Test
    void d063_twoItemsWithOneId() {
      single(check(withEvidence(DOSSIER, Fixtures.evidence("P-04", "Autre bilan"))), "LDM-D-063", "/evidence/4/id");
    }

    @Test
    void d064_anActionAndAnIndicatorWithOneId() {
      Dossier d = changeAction(DOSSIER, 1, a -> Action.builder().from(a).id("A-1").build());
      d = changeEngagement(d, 2, e -> Engagement.builder().from(e).id("A-1").build());
      Finding f = single(check(d), "LDM-D-064", "/sections/2/engagements/0/id");
      assertThat(f.severity()).isEqualTo(Severity.TO_COMPLETE);
      Dossier indicator = changeAction(DOSSIER, 0, a -> withIndicator(a,
          Indicator.builder().from(a.objectives().get(0).indicators().get(0)).id("A-1").build()));
      indicator = changeAction(indicator, 1, a -> Action.builder().from(a).id("A-1").build());
      single(check(indicator), "LDM-D-064", "/sections/0/actions/0/objectives/0/indicators/0/id");
    }

    @Test
    void d064_distinctIdsAndNoIdsAreNotReported() {
      Dossier d = changeAction(DOSSIER, 0, a -> Action.builder().from(a).id("C1.A1").build());
      d = changeAction(d, 1, a -> Action.builder().from(a).id("C2.A1").build());
      d = changeAction(d, 2, a -> withIndicator(a,
          Indicator.builder().from(a.objectives().get(0).indicators().get(0)).id("C3.A1.I1").build()));
      assertThat(Fixtures.findings(check(d), "LDM-D-064")).isEmpty();
    }
  }

  @Nested
  class Eligibility {
    private Dossier withLead(UnaryOperator<Establishment.Builder> change) {
      return Dossier.builder().from(DOSSIER)
          .establishment(change.apply(Establishment.builder().from(DOSSIER.establishment())).build()).build();
    }

    private Dossier withCoApplicant(int index, UnaryOperator<Establishment.Builder> change) {
      List<Establishment> co = new ArrayList<>(NETWORK.network().orElseThrow().coApplicants());
      co.set(index, change.apply(Establishment.builder().from(co.get(index))).build());
      return Dossier.builder().from(NETWORK)
          .network(Network.builder().from(NETWORK.network().orElseThrow()).coApplicants(co).build()).build();
    }

    @Test
    void d070_ineligibleTypes() {
      Finding lead = single(check(withLead(b -> b.type(EstablishmentType.GENERAL_AND_TECHNOLOGICAL_LYCEE))),
          "LDM-D-070", "/establishment/type");
      assertThat(lead.source()).contains(REFERENTIAL.source());
      assertThat(lead.message()).isEqualTo("L’établissement « Lycée professionnel des Calanques » est un "
          + "établissement de type lycée général et technologique, qui ne peut pas candidater (types admis : "
          + "lycée professionnel, lycée polyvalent, lycée professionnel associé à un lycée général et technologique).");

      single(check(withLead(b -> b.type(Optional.empty()))), "LDM-D-070", "/establishment/type");
    }

    /** The same referential, silent on networks: each establishment of a network is then checked. */
    private Checker<Dossier> silentOnNetworks() {
      return Checker.of(Referential.builder().from(REFERENTIAL).parameters(ProcessParameters.builder()
          .from(REFERENTIAL.parameters()).networkCandidaturesAllowed(Optional.empty()).build()).build());
    }

    private Dossier vocationalWithLgt(EstablishmentType leadType) {
      Establishment lgt = Establishment.builder().uai(Fixtures.uai("0130004"))
          .name("Lycée général et technologique Marcel-Pagnol").type(EstablishmentType.GENERAL_AND_TECHNOLOGICAL_LYCEE)
          .sector(Sector.PUBLIC).build();
      return Dossier.builder().from(NETWORK)
          .establishment(Establishment.builder().from(NETWORK.establishment()).type(leadType).build())
          .network(Network.builder().addCoApplicants(lgt).build()).build();
    }

    @Test
    void d070_theEstablishmentsOfAnAllowedNetworkAreNotTypeChecked() {
      // « ... ou un réseau d'établissements de l'enseignement public ou privé sous contrat »: the network is the
      // eligible entity, and the text sets no type for its establishments
      Dossier withLgt = withCoApplicant(0, b -> b.type(EstablishmentType.GENERAL_AND_TECHNOLOGICAL_LYCEE));
      assertThat(check(withLgt).findings()).isEmpty();
      assertThat(check(withCoApplicant(1, b -> b.type(Optional.empty()))).findings()).isEmpty();
      // their sector still is
      single(check(withCoApplicant(0, b -> b.type(EstablishmentType.OTHER).sector(Sector.PRIVATE_WITHOUT_CONTRACT))),
          "LDM-D-071", "/network/coApplicants/0/sector");
      // a referential that does not say networks are allowed has each establishment checked
      single(silentOnNetworks().check(withLgt, AS_OF, Stage.CANDIDATURE), "LDM-D-070", "/network/coApplicants/0/type");
    }

    @Test
    void d070_d073_aVocationalLyceeAssociatedWithAnLgtIsEligible() {
      // « un lycée professionnel associé à un lycée général et technologique »
      for (EstablishmentType lead : List.of(EstablishmentType.VOCATIONAL_LYCEE,
          EstablishmentType.VOCATIONAL_LYCEE_ASSOCIATED_WITH_LGT)) {
        assertThat(check(vocationalWithLgt(lead)).findings()).isEmpty();
        assertThat(silentOnNetworks().check(vocationalWithLgt(lead), AS_OF, Stage.CANDIDATURE).findings()).isEmpty();
        Referential noNetworks = Referential.builder().from(REFERENTIAL).parameters(ProcessParameters.builder()
            .from(REFERENTIAL.parameters()).networkCandidaturesAllowed(false).build()).build();
        assertThat(Checker.of(noNetworks).check(vocationalWithLgt(lead), AS_OF, Stage.CANDIDATURE).findings()).isEmpty();
      }
      // two LGTs are not that association: under a referential silent on networks, both are reported
      Dossier lgtLeads = vocationalWithLgt(EstablishmentType.GENERAL_AND_TECHNOLOGICAL_LYCEE);
      onlyFindings(silentOnNetworks().check(lgtLeads, AS_OF, Stage.CANDIDATURE),
          "LDM-D-070 /establishment/type", "LDM-D-070 /network/coApplicants/0/type");
    }

    @Test
    void d070_d073_withTheBundled2012Referential() {
      Referential aix = io.github.ldmlib.io.Referentials.load("aix-marseille-2012", "2012-01");
      Checker<Dossier> checker = Checker.of(aix);
      List<String> eligibility = List.of("LDM-D-070", "LDM-D-071", "LDM-D-073");
      for (Dossier d : List.of(vocationalWithLgt(EstablishmentType.VOCATIONAL_LYCEE),
          withCoApplicant(0, b -> b.type(EstablishmentType.GENERAL_AND_TECHNOLOGICAL_LYCEE)))) {
        Dossier in2012 = Dossier.builder().from(d).referentialId(aix.id()).referentialEdition(aix.edition().id()).build();
        assertThat(checker.check(in2012, AS_OF, Stage.CANDIDATURE).findings())
            .extracting(Finding::ruleId).noneMatch(eligibility::contains);
      }
      Dossier lgtAlone = Dossier.builder().from(withLead(b -> b.type(EstablishmentType.GENERAL_AND_TECHNOLOGICAL_LYCEE)))
          .referentialId(aix.id()).build();
      assertThat(checker.check(lgtAlone, AS_OF, Stage.CANDIDATURE).findings())
          .extracting(Finding::ruleId).filteredOn(eligibility::contains).containsExactly("LDM-D-070");
    }

    @Test
    void d070_theNationalReferentialListsNoType() {
      Referential national = io.github.ldmlib.io.Referentials.load("ldm-national-2023", "2026-01");
      assertThat(national.parameters().eligibleEstablishmentTypes()).isEmpty();
      Dossier lgtAlone = Dossier.builder().from(withLead(b -> b.type(EstablishmentType.GENERAL_AND_TECHNOLOGICAL_LYCEE)))
          .referentialId(national.id()).build();
      assertThat(Checker.of(national).check(lgtAlone, AS_OF, Stage.CANDIDATURE).findings())
          .extracting(Finding::ruleId).doesNotContain("LDM-D-070", "LDM-D-073");
    }

    @Test
    void d070_notApplicableWithoutEligibilityParameters() {
      Referential silent = Referential.builder().from(REFERENTIAL).parameters(ProcessParameters.none()).build();
      Dossier d = withLead(b -> b.type(EstablishmentType.OTHER).sector(Sector.PRIVATE_WITHOUT_CONTRACT));
      assertThat(Checker.of(silent).check(d, AS_OF, Stage.CANDIDATURE).findings()).isEmpty();
    }

    @Test
    void d071_ineligibleSector() {
      single(check(withCoApplicant(1, b -> b.sector(Sector.PRIVATE_WITHOUT_CONTRACT))),
          "LDM-D-071", "/network/coApplicants/1/sector");
    }

    @Test
    void d072_applicantsIdentifiedByDistinctUai() {
      single(check(withCoApplicant(1, b -> b.uai(Optional.empty()))), "LDM-D-072", "/network/coApplicants/1/uai");
      Finding dup = single(check(withCoApplicant(1, b -> b.uai(DOSSIER.establishment().uai()))),
          "LDM-D-072", "/network/coApplicants/1/uai");
      assertThat(dup.arguments()).containsExactly("Lycée Saint-Charles", "0130001" + dup.arguments().get(1).charAt(7),
          "Lycée professionnel des Calanques");
    }

    @Test
    void d073_networkNotAllowed() {
      Referential noNetworks = Referential.builder().from(REFERENTIAL).parameters(
          ProcessParameters.builder().from(REFERENTIAL.parameters()).networkCandidaturesAllowed(false).build()).build();
      ConformityReport report = Checker.of(noNetworks).check(NETWORK, AS_OF, Stage.CANDIDATURE);
      single(report, "LDM-D-073", "/network");
      assertThat(Checker.of(noNetworks).check(DOSSIER, AS_OF, Stage.CANDIDATURE).findings()).isEmpty();
    }

    @Test
    void d074_networkWithoutCommonStrategyForCriterion4() {
      Dossier d = changeSection(NETWORK, 1, s -> CriterionSection.builder().from(s).commonStrategy(Optional.empty()).build());

      Finding f = single(check(d), "LDM-D-074", "/sections/1/commonStrategy");
      assertThat(f.criterionId()).contains("C4");
      assertThat(f.requirementId()).contains("C4.R3");
      assertThat(f.source()).contains(REFERENTIAL.requirement("C4.R3").orElseThrow().source());
      assertThat(f.severity()).isEqualTo(Severity.TO_COMPLETE);
    }

    @Test
    void d074_aSchoolAloneNeedsNoCommonStrategy() {
      assertThat(DOSSIER.sections().get(1).commonStrategy()).isEmpty();
      assertThat(Fixtures.findings(check(DOSSIER), "LDM-D-074")).isEmpty();
    }
  }

  @Nested
  class Links {
    private Dossier withTransversality(Transversality t) {
      return changeSection(DOSSIER, 0, s -> CriterionSection.builder().from(s).transversality(t).build());
    }

    @Test
    void d080_unknownEvaluationDomain() {
      single(check(withTransversality(Transversality.builder().addEvaluationDomainIds("D1", "D1.1", "D9").build())),
          "LDM-D-080", "/sections/0/transversality/evaluationDomainIds/2");
    }

    @Test
    void d081_unknownQualeducSheet() {
      single(check(withTransversality(Transversality.builder().addQualeducSheetIds("3.5", "9.9").build())),
          "LDM-D-081", "/sections/0/transversality/qualeducSheetIds/1");
    }

    @Test
    void d082_requirementOfAnotherCriterionOrUnknown() {
      Dossier d = changeAction(DOSSIER, 0, a -> Action.builder().from(a).addRequirementIds("C4.R1", "C1.R9").build());

      List<Finding> found = onlyFindings(check(d), "LDM-D-082 /sections/0/actions/0/requirementIds/2",
          "LDM-D-082 /sections/0/actions/0/requirementIds/3");
      assertThat(found.get(0).messageKey()).isEqualTo("LDM-D-082.otherCriterion");
      assertThat(found.get(1).messageKey()).isEqualTo("LDM-D-082.unknown");
    }
  }

  @Nested
  class CoverageOfRequirements {
    @Test
    void d090_requirementAddressedByNothing() {
      Dossier d = changeAction(DOSSIER, 0, a -> Action.builder().from(a).requirementIds(List.of("C1.R2")).build());

      ConformityReport report = check(d);
      Finding f = single(report, "LDM-D-090", "/sections/0");
      assertThat(f.requirementId()).contains("C1.R1");
      assertThat(f.source()).contains(REFERENTIAL.requirement("C1.R1").orElseThrow().source());
      assertThat(f.severity()).isEqualTo(Severity.ADVICE);
      assertThat(report.coverage("C1.R1").orElseThrow().actions()).isEmpty();
    }

    @Test
    void d090_networkRequirementsCountOnlyForNetworks() {
      Dossier d = changeAction(NETWORK, 1, a -> Action.builder().from(a).requirementIds(List.of("C4.R1", "C4.R2")).build());
      assertThat(single(check(d), "LDM-D-090", "/sections/1").requirementId()).contains("C4.R3");

      Dossier alone = changeAction(DOSSIER, 1, a -> Action.builder().from(a).requirementIds(List.of("C4.R1", "C4.R2")).build());
      assertThat(check(alone).findings()).isEmpty();
      assertThat(check(alone).coverage("C4.R3")).isEmpty();
    }

    @Test
    void theCoverageMatrixListsWhatAddressesEachRequirement() {
      ConformityReport report = check(DOSSIER);

      assertThat(report.coverage()).extracting(c -> c.requirementId())
          .containsExactly("C1.R1", "C1.R2", "C4.R1", "C4.R2", "A1.R1");
      var c1r2 = report.coverage("C1.R2").orElseThrow();
      assertThat(c1r2.criterionId()).isEqualTo("C1");
      assertThat(c1r2.actions()).extracting(Object::toString).containsExactly("/sections/0/actions/0");
      assertThat(c1r2.engagements()).extracting(Object::toString).containsExactly("/sections/0/engagements/0");
      assertThat(c1r2.indicators()).extracting(Object::toString).containsExactly(
          "/sections/0/actions/0/objectives/0/indicators/0", "/sections/0/engagements/0/objectives/0/indicators/0");
      assertThat(c1r2.evidenceIds()).containsExactly("P-01", "P-02");
    }
  }

  /**
   * The engagement decision of the Aix-Marseille 2012 procedure: « Les établissements qui souhaitent entrer dans
   * cette démarche qualité adressent au recteur leur décision d'engagement avec la copie du procès-verbal du vote
   * du Conseil d'Administration (document LDM 01). Cet engagement doit mentionner obligatoirement pour chaque
   * critère les équipes responsables. » and « Ce dossier est envoyé au chef d'établissement à réception de son
   * engagement. »
   */
  @Nested
  class EngagementDecisionOf2012 {
    private final Referential aix = Referential.builder().from(REFERENTIAL).parameters(
        ProcessParameters.builder().from(REFERENTIAL.parameters()).engagementDecisionRequired(true).build()).build();
    private final Checker<Dossier> checker = Checker.of(aix);

    private final EngagementDecision engagement = EngagementDecision.builder()
        .boardVoteDate(LocalDate.of(2024, 11, 20))
        .minutesEvidenceId("P-05")
        .teams(DOSSIER.sections().stream().map(s -> ResponsibleTeam.of(s.criterionId(), s.team().orElseThrow())).toList())
        .build();

    private final Dossier engaged = Dossier.builder().from(DOSSIER)
        .submissionDate(AS_OF)
        .engagementDecision(engagement)
        .addEvidence(Fixtures.evidence("P-05", "Procès-verbal du vote du conseil d'administration du 20 novembre 2024"))
        .build();

    private Dossier withEngagement(UnaryOperator<EngagementDecision.Builder> change) {
      return Dossier.builder().from(engaged)
          .engagementDecision(change.apply(EngagementDecision.builder().from(engagement)).build()).build();
    }

    private ConformityReport check(Dossier d) {
      return checker.check(d, AS_OF, Stage.CANDIDATURE);
    }

    @Test
    void aFirstDossierWithItsEngagementIsNotReported() {
      // the minutes count as cited evidence (LDM-D-062)
      assertThat(check(engaged).findings()).isEmpty();
    }

    @Test
    void d075_aFirstDossierWithoutItsEngagement() {
      Finding f = single(check(Dossier.builder().from(engaged).engagementDecision(Optional.empty())
          .evidence(DOSSIER.evidence()).build()), "LDM-D-075", "/engagementDecision");
      assertThat(f.severity()).isEqualTo(Severity.TO_COMPLETE);
      assertThat(f.source()).contains(aix.source());
      assertThat(f.message()).isEqualTo("Le dossier ne comporte pas la décision d’engagement de l’établissement "
          + "(document LDM 01), adressée au recteur avec la copie du procès-verbal du vote du conseil d’administration.");
    }

    @Test
    void d075_notAskedOfARenewalNorWhereTheReferentialDoesNotNameIt() {
      Dossier renewal = Dossier.builder().from(DOSSIER).dossierKind(DossierKind.RENEWAL).build();
      assertThat(checker.check(renewal, AS_OF, Stage.RENEWAL).findings()).isEmpty();
      // the national guide does not name LDM 01: without the parameter, no engagement is asked for
      assertThat(Fixtures.check(DOSSIER).findings()).isEmpty();
    }

    @Test
    void d076_aVoteAfterTheSubmission() {
      Finding f = single(check(withEngagement(e -> e.boardVoteDate(AS_OF.plusDays(1)))),
          "LDM-D-076", "/engagementDecision/boardVoteDate");
      assertThat(f.severity()).isEqualTo(Severity.TO_COMPLETE);
      assertThat(f.message()).isEqualTo("Le vote du conseil d’administration sur l’engagement est daté du 2025-03-15, "
          + "après le dépôt du dossier le 2025-03-14 ; le dossier est envoyé à réception de l’engagement.");
      // the note sets no interval: a vote on the day of submission is not reported
      assertThat(check(withEngagement(e -> e.boardVoteDate(AS_OF))).findings()).isEmpty();
      // nor is a dossier not yet submitted
      assertThat(check(Dossier.builder().from(withEngagement(e -> e.boardVoteDate(AS_OF.plusDays(1))))
          .submissionDate(Optional.empty()).build()).findings()).isEmpty();
    }

    @Test
    void d077_minutesMissingOrNotInTheAnnex() {
      Dossier none = Dossier.builder().from(withEngagement(e -> e.minutesEvidenceId(Optional.empty())))
          .evidence(DOSSIER.evidence()).build();
      assertThat(single(check(none), "LDM-D-077", "/engagementDecision/minutesEvidenceId").messageKey())
          .isEqualTo("LDM-D-077.missing");

      Dossier unresolved = Dossier.builder().from(withEngagement(e -> e.minutesEvidenceId("P-99")))
          .evidence(DOSSIER.evidence()).build();
      Finding f = single(check(unresolved), "LDM-D-077", "/engagementDecision/minutesEvidenceId");
      assertThat(f.message()).isEqualTo(
          "La décision d’engagement désigne le procès-verbal « P-99 », absent de l’annexe des preuves.");
    }

    @Test
    void d078_aCriterionWithoutAResponsibleTeam() {
      Dossier d = withEngagement(e -> e.teams(engagement.teams().subList(0, 1)));
      List<Finding> found = onlyFindings(check(d), "LDM-D-078 /engagementDecision/teams",
          "LDM-D-078 /engagementDecision/teams");
      assertThat(found).extracting(f -> f.criterionId().orElseThrow()).containsExactly("C4", "A1");
      assertThat(found.get(0).message()).isEqualTo("Critère C4 : la décision d’engagement ne nomme pas l’équipe responsable.");
    }
  }

  @Nested
  class ImprovementAxes {
    @Test
    void aDossierIsNotAskedForImprovementAxesTheyAreChosenAtTheAudit() {
      // 2012: « l'établissement choisit cinq critères au moins pour lesquels il propose un ou deux axes de
      // progrès. Les axes de progrès sont contractualisés par la signature commune du recteur et du chef
      // d'établissement » — an outcome of the audit (LDM-A-042, LDM-A-043), not content of the dossier.
      Referential aix = Referential.builder().from(REFERENTIAL).parameters(
          ProcessParameters.builder().from(REFERENTIAL.parameters())
              .minCriteriaWithImprovementAxes(5).minImprovementAxesPerCriterion(1).maxImprovementAxesPerCriterion(2)
              .build()).build();
      Dossier threeOnC4 = changeSection(DOSSIER, 1, s -> CriterionSection.builder().from(s)
          .addEngagements(s.engagements().get(0), s.engagements().get(0)).build());

      assertThat(Checker.of(aix).check(threeOnC4, AS_OF, Stage.CANDIDATURE).findings()).isEmpty();
      Dossier renewal = Dossier.builder().from(threeOnC4).dossierKind(DossierKind.RENEWAL).build();
      assertThat(Checker.of(aix).check(renewal, AS_OF, Stage.RENEWAL).findings()).isEmpty();
      assertThat(BuiltInRules.byId(DocumentKind.DOSSIER, "LDM-D-091")).isEmpty();
      assertThat(BuiltInRules.byId(DocumentKind.DOSSIER, "LDM-D-092")).isEmpty();
    }
  }

  @Nested
  class Effectiveness {
    @Test
    void d095_indicatorMovingAwayFromItsDirection() {
      Dossier d = changeAction(DOSSIER, 0, a -> withIndicator(a, withMeasures(a,
          measure(2019, Milestone.START, "70"), measure(2022, Milestone.FOLLOW_UP, "60.5"))));

      Finding f = single(check(d), "LDM-D-095", "/sections/0/actions/0/objectives/0/indicators/0");
      assertThat(f.severity()).isEqualTo(Severity.ADVICE);
      assertThat(f.message()).isEqualTo(
          "Indicateur « Taux de réussite C1 » : il devrait augmenter, mais il passe de 70 (N) à 60.5 (N+3).");
    }

    @Test
    void d096_perennialActionWithoutFollowUp() {
      Dossier d = changeAction(DOSSIER, 0, a -> withIndicator(a, withMeasures(a, measure(2019, Milestone.START, "70"))));

      Finding f = single(check(d), "LDM-D-096", "/sections/0/actions/0/objectives/0/indicators/0/measures");
      assertThat(f.severity()).isEqualTo(Severity.TO_COMPLETE);
      assertThat(f.arguments()).containsExactly("Taux de réussite C1", "N+3", "2022-2023", "Action pérenne du critère C1");
    }

    @Test
    void d096_theFollowUpIsDueOnlyOnceN3HasPassed() {
      Dossier d = changeAction(DOSSIER, 0, a -> withIndicator(a, withMeasures(a, measure(2019, Milestone.START, "70"))));

      // (checked earlier than the fixture's date, the dossier's later work lies in the future: other rules say so)
      assertThat(Fixtures.findings(Fixtures.CHECKER.check(d, LocalDate.of(2023, 8, 31), Stage.CANDIDATURE), "LDM-D-096"))
          .isEmpty();
      assertThat(Fixtures.findings(Fixtures.CHECKER.check(d, LocalDate.of(2023, 9, 1), Stage.CANDIDATURE), "LDM-D-096"))
          .extracting(f -> f.pointer().toString())
          .containsExactly("/sections/0/actions/0/objectives/0/indicators/0/measures");
    }

    @Test
    void d096_theEndMeasureIsDueOnceN5HasPassed() {
      ConformityReport report = Fixtures.CHECKER.check(DOSSIER, LocalDate.of(2025, 9, 1), Stage.FOLLOW_UP_3_YEARS);
      assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.pointer() + " " + f.arguments().get(1))
          .containsExactly(
              "LDM-D-096 /sections/0/actions/0/objectives/0/indicators/0/measures N+5",
              "LDM-D-096 /sections/2/actions/0/objectives/0/indicators/0/measures N+5");
    }
  }
}
