package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.Fixtures.DOSSIER;
import static io.github.ldmlib.rules.Fixtures.NETWORK;
import static io.github.ldmlib.rules.Fixtures.REFERENTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.Assessment;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.DashboardEntry;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.validation.LdmValidation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The dashboard pre-filled from the document review of the complete test dossier of {@link Fixtures}. */
class DashboardPrefillTest {

  private static final AuditPlan PLAN = AuditPlan.builder()
      .uai(DOSSIER.establishment().uai().orElseThrow())
      .establishmentName(DOSSIER.establishment().name())
      .referentialId("ldm-test")
      .stage(Stage.CANDIDATURE)
      .auditDate(LocalDate.of(2025, 4, 8))
      .build();

  private static List<String> lines(AuditDashboard dashboard) {
    return dashboard.entries().stream()
        .map(e -> e.criterionId() + e.requirementId().map(r -> " " + r).orElse("") + " " + e.evidenceSeen())
        .toList();
  }

  @Test
  void oneNotAssessedPrefilledEntryPerCriterionAndRequirementThatApplies() {
    AuditDashboard dashboard = DashboardPrefill.from(REFERENTIAL, DOSSIER, PLAN);

    // C4.R3 is for network candidatures only; the optional C10 has no section
    assertThat(lines(dashboard)).containsExactly(
        "C1 [P-01, P-02]",
        "C1 C1.R1 [P-01]",
        "C1 C1.R2 [P-01, P-02]",
        "C4 [P-03]",
        "C4 C4.R1 [P-03]",
        "C4 C4.R2 [P-03]",
        "A1 [P-04]",
        "A1 A1.R1 [P-04]");
    assertThat(dashboard.entries()).allSatisfy(e -> {
      assertThat(e.assessment()).isEqualTo(Assessment.NOT_ASSESSED);
      assertThat(e.prefilled()).isTrue();
      assertThat(e.reassessedGapIds()).isEmpty();
    });
    assertThat(LdmValidation.validate(dashboard)).isEmpty();
  }

  @Test
  void theDashboardTakesTheAuditsIdentityFromThePlan() {
    AuditDashboard dashboard = DashboardPrefill.from(REFERENTIAL, DOSSIER, PLAN);
    assertThat(dashboard.uai()).isEqualTo(PLAN.uai());
    assertThat(dashboard.establishmentName()).isEqualTo(PLAN.establishmentName());
    assertThat(dashboard.stage()).isEqualTo(Stage.CANDIDATURE);
    assertThat(dashboard.auditDate()).isEqualTo(PLAN.auditDate());
    assertThat(dashboard.referentialId()).isEqualTo("ldm-test");
    assertThat(dashboard.referentialEdition()).contains("2026-01");
  }

  @Test
  void commentsNameTheActionsAndEngagementsOfTheDossier() {
    AuditDashboard dashboard = DashboardPrefill.from(REFERENTIAL, DOSSIER, PLAN);
    assertThat(dashboard.entries().get(0).comment()).contains("Revue documentaire : la section du critère présente "
        + "l’action « Action pérenne du critère C1 », l’engagement « Engagement du critère C1 ».");
    assertThat(dashboard.entries().get(1).comment()).contains(
        "Revue documentaire : le dossier répond à cet attendu par l’action « Action pérenne du critère C1 ».");

    AuditDashboard english = DashboardPrefill.from(REFERENTIAL, DOSSIER, PLAN, Locale.ENGLISH);
    assertThat(english.entries().get(2).comment()).contains("Document review: the dossier addresses this requirement "
        + "with the action “Action pérenne du critère C1”, the engagement “Engagement du critère C1”.");
  }

  @Test
  void aRequirementNoActionAddressesAndEvidenceMissingFromTheAnnex() {
    Dossier d = Fixtures.changeAction(DOSSIER, 0, a -> Action.builder().from(a)
        .requirementIds(List.of("C1.R1")).evidenceIds(List.of("P-01", "P-99")).build());
    d = Fixtures.changeEngagement(d, 0, e -> io.github.ldmlib.model.dossier.Engagement.builder().from(e)
        .requirementIds(List.of("C1.R1")).build());
    AuditDashboard dashboard = DashboardPrefill.from(REFERENTIAL, d, PLAN);

    DashboardEntry r2 = dashboard.entries().get(2);
    assertThat(r2.requirementId()).contains("C1.R2");
    assertThat(r2.evidenceSeen()).isEmpty();
    assertThat(r2.comment()).contains("Revue documentaire : aucune action ni aucun engagement du dossier ne déclare "
        + "répondre à cet attendu.");
    // P-99 is cited but not in the annex: the auditors cannot have seen it
    assertThat(dashboard.entries().get(1).evidenceSeen()).containsExactly("P-01", "P-02");
  }

  @Test
  void aNetworkCandidatureHasItsNetworkRequirementsAndAMissingSectionIsSaid() {
    AuditDashboard network = DashboardPrefill.from(REFERENTIAL, NETWORK, PLAN);
    assertThat(lines(network)).contains("C4 C4.R3 [P-03]");

    Dossier withoutA1 = Dossier.builder().from(DOSSIER).sections(DOSSIER.sections().subList(0, 2)).build();
    DashboardEntry a1 = DashboardPrefill.from(REFERENTIAL, withoutA1, PLAN).entries().get(6);
    assertThat(a1.criterionId()).isEqualTo("A1");
    assertThat(a1.requirementId()).isEmpty();
    assertThat(a1.comment()).contains("Revue documentaire : le dossier ne consacre aucune section à ce critère.");

    Dossier emptyC4 = Fixtures.changeSection(DOSSIER, 1, s -> CriterionSection.builder().from(s)
        .actions(List.of()).engagements(List.of()).build());
    assertThat(DashboardPrefill.from(REFERENTIAL, emptyC4, PLAN).entries().get(3).comment())
        .contains("Revue documentaire : la section du critère ne présente aucune action ni aucun engagement.");
  }

  @Test
  void thePrefilledDashboardPassesTheAuditRulesOnItsOwnFile() {
    AuditDashboard dashboard = DashboardPrefill.from(REFERENTIAL, DOSSIER, PLAN);
    AuditFile file = AuditFile.builder().plan(PLAN).dashboard(dashboard).build();
    // only the plan, still being drawn up, is faulted: no interviewee (the referential states no team,
    // so a plan without a lead auditor is not faulted)
    assertThat(Checker.of(DocumentKind.AUDIT_FILE, REFERENTIAL).check(file, LocalDate.of(2025, 3, 1)).findings())
        .extracting(f -> f.ruleId()).containsOnly("LDM-A-032");
  }

  @Test
  void documentsOfAnotherReferentialOrEstablishmentAreRefused() {
    assertThatThrownBy(() -> DashboardPrefill.from(REFERENTIAL,
        Dossier.builder().from(DOSSIER).referentialId("ldm-national-2023").build(), PLAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The dossier answers referential 'ldm-national-2023', not 'ldm-test' of the dashboard");
    assertThatThrownBy(() -> DashboardPrefill.from(REFERENTIAL, DOSSIER,
        AuditPlan.builder().from(PLAN).referentialId("ldm-national-2023").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The audit plan is drawn up for referential 'ldm-national-2023', not 'ldm-test' of the dashboard");
    Dossier other = Dossier.builder().from(DOSSIER)
        .establishment(Establishment.builder().from(DOSSIER.establishment()).uai(Fixtures.uai("0130002")).build()).build();
    assertThatThrownBy(() -> DashboardPrefill.from(REFERENTIAL, other, PLAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The dossier is that of establishment " + Fixtures.uai("0130002") + ", not of establishment "
            + PLAN.uai() + " that the audit plan names");
    assertThatThrownBy(() -> DashboardPrefill.from(REFERENTIAL, DOSSIER, null)).isInstanceOf(NullPointerException.class);
  }
}
