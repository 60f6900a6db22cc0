package io.github.ldmlib.io;

import io.github.ldmlib.model.meta.DocumentKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ldmlib.model.audit.Assessment;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditDocument;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.Auditor;
import io.github.ldmlib.model.audit.AuditorCategory;
import io.github.ldmlib.model.audit.AuditorPool;
import io.github.ldmlib.model.audit.DashboardEntry;
import io.github.ldmlib.model.audit.Gap;
import io.github.ldmlib.model.audit.HeldAudit;
import io.github.ldmlib.model.audit.ImprovementAxis;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.LabelStatus;
import io.github.ldmlib.model.audit.ScheduledAudit;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.EstablishmentType;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.AuditTeamComposition;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.CriterionKind;
import io.github.ldmlib.model.referential.ExampleAction;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of the repository's {@code examples/} folder: every file is read as the kind it
 * names, is valid against that kind's JSON Schema, is in the writer's canonical form and is listed
 * in the folder's README; the complete documents are valid and consistent with one another.
 *
 * <p>Run with {@code -Dldm.rewriteExamples=true} to rewrite the files in canonical form.
 */
class ExamplesTest {

  static final Path EXAMPLES = Path.of("..", "examples");
  private static final LdmJson JSON = LdmJson.defaults();

  static Stream<Path> exampleFiles() throws IOException {
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  /** The kind a file says it is, read as plain JSON: the test then reads it as that kind. */
  static DocumentKind<?> kindOf(Path file) throws IOException {
    JsonNode kind = new ObjectMapper().readTree(file.toFile()).path("kind");
    return DocumentKind.ofId(kind.asText()).orElseThrow(() -> new AssertionError(file + " has no known kind: " + kind));
  }

  @Tag("jackson3") // the schema validator runs on Jackson 3, absent from the Boot 3.5 version set (profile boot-3.5)
  @ParameterizedTest
  @MethodSource("exampleFiles")
  void everyExampleIsValidAgainstTheSchemaOfItsKind(Path file) throws IOException {
    DocumentKind<?> kind = kindOf(file);
    assertThat(SchemaValidationTest.validate(kind, Files.readString(file, StandardCharsets.UTF_8)))
        .as("%s against %s", file, JsonSchemas.resource(kind)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("exampleFiles")
  void everyExampleIsReadableAsItsKindAndInCanonicalForm(Path file) throws IOException {
    Object document = JSON.read(kindOf(file).type(), file);
    String canonical = JSON.writeString(document);
    if (Boolean.getBoolean("ldm.rewriteExamples")) {
      Files.writeString(file, canonical, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s is not in canonical form; run mvn -pl ldm-io -am test -Dtest=ExamplesTest -Dldm.rewriteExamples=true", file)
        .isEqualTo(canonical);
  }

  @Test
  void readmeListsEveryExample() throws IOException {
    String readme = Files.readString(EXAMPLES.resolve("README.md"));
    List<String> names = exampleFiles().map(f -> EXAMPLES.relativize(f).toString().replace('\\', '/')).toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(10);
    assertThat(names).allSatisfy(name -> assertThat(readme).contains("`" + name + "`"));
  }

  @Test
  void completeDossierCoversEightCriteriaAndIsValid() throws IOException {
    Dossier dossier = JSON.read(Dossier.class, EXAMPLES.resolve("dossier-complete.json"));
    assertThat(dossier.sections()).extracting(s -> s.criterionId())
        .containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8");
    assertThat(dossier.sections()).allSatisfy(s -> {
      assertThat(s.team().orElseThrow().coordinator()).isPresent();
      assertThat(s.actions()).isNotEmpty();
    });
    assertThat(dossier.sections().stream().flatMap(s -> s.engagements().stream())).hasSizeGreaterThanOrEqualTo(3);
    // Several actions measured at N, N+3 and N+5.
    assertThat(dossier.sections().stream().flatMap(s -> s.actions().stream())
        .filter(a -> a.objectives().get(0).indicators().get(0).measures().size() == 3)).hasSizeGreaterThanOrEqualTo(5);
    // Every evidence id cited resolves to the annex.
    assertThat(dossier.sections().stream().flatMap(s -> Stream.concat(
            s.actions().stream().flatMap(a -> a.evidenceIds().stream()),
            s.engagements().stream().flatMap(e -> e.evidenceIds().stream()))))
        .allSatisfy(id -> assertThat(dossier.evidence(id)).as(id).isPresent());
    assertThat(LdmValidation.validate(dossier)).isEmpty();
  }

  @Test
  void networkDossierHasCoApplicantsAndCommonStrategies() throws IOException {
    Dossier dossier = JSON.read(Dossier.class, EXAMPLES.resolve("dossier-network.json"));
    assertThat(dossier.isNetworkCandidature()).isTrue();
    assertThat(dossier.network().orElseThrow().coApplicants()).hasSize(2);
    for (String id : List.of("C4", "C5", "C6", "C8")) {
      assertThat(dossier.section(id).orElseThrow().commonStrategy()).as(id).isPresent();
    }
    assertThat(LdmValidation.validate(dossier)).isEmpty();
  }

  @Test
  void defectiveDossiersAreReadableAndCarryTheirDefect() throws IOException {
    Path dir = EXAMPLES.resolve("defective");
    Dossier missing = JSON.read(Dossier.class, dir.resolve("missing-section-c4.json"));
    assertThat(missing.section("C4")).isEmpty();
    assertThat(missing.sections()).hasSize(7);

    Dossier noCoordinator = JSON.read(Dossier.class, dir.resolve("section-without-coordinator.json"));
    assertThat(noCoordinator.sections().get(0).team().orElseThrow().coordinator()).isEmpty();

    Dossier future = JSON.read(Dossier.class, dir.resolve("measure-in-the-future.json"));
    assertThat(future.sections().get(0).actions().get(0).objectives().get(0).indicators().get(0).measures().get(2)
        .schoolYear().firstDay()).isAfter(future.submissionDate().orElseThrow());

    // A percentage of 140 is well-formed JSON: reading succeeds, Bean Validation reports it.
    Dossier over = JSON.read(Dossier.class, dir.resolve("percentage-over-100.json"));
    assertThat(LdmValidation.validate(over)).extracting(v -> v.pointer().toString())
        .containsExactly("/sections/0/actions/0/objectives/0/indicators/0/measures/1/value");

    Dossier unresolved = JSON.read(Dossier.class, dir.resolve("unresolved-evidence.json"));
    assertThat(unresolved.evidence("T-99")).isEmpty();
    assertThat(unresolved.sections().get(0).actions().get(0).evidenceIds()).contains("T-99");

    Dossier ineligible = JSON.read(Dossier.class, dir.resolve("network-ineligible-co-applicant.json"));
    assertThat(ineligible.network().orElseThrow().coApplicants().get(1).type())
        .contains(EstablishmentType.GENERAL_AND_TECHNOLOGICAL_LYCEE);
    assertThat(ineligible.network().orElseThrow().coApplicants().get(1).sector())
        .contains(Sector.PRIVATE_WITHOUT_CONTRACT);

    Dossier noStrategy = JSON.read(Dossier.class, dir.resolve("network-without-common-strategy-c4.json"));
    assertThat(noStrategy.isNetworkCandidature()).isTrue();
    assertThat(noStrategy.section("C4").orElseThrow().commonStrategy()).isEmpty();
  }

  @Test
  void theAcademyProfileAdoptsAixMarseilleCriterion11Verbatim() throws IOException {
    AcademyProfile profile =
        JSON.read(AcademyProfile.class, EXAMPLES.resolve("academy-profile-developpement-durable.json"));
    assertThat(LdmValidation.validate(profile)).isEmpty();
    Criterion aix11 = Referentials.load("aix-marseille-2012", "2012-01").criterion("C11").orElseThrow();
    assertThat(aix11.kind()).isEqualTo(CriterionKind.OPTIONAL);
    assertThat(profile.criteria()).hasSize(1);
    Criterion academic = profile.criteria().get(0);
    assertThat(academic.kind()).isEqualTo(CriterionKind.ACADEMIC);
    assertThat(academic.title()).isEqualTo(aix11.title());
    assertThat(academic.requirements()).extracting(Requirement::text, Requirement::group, Requirement::source)
        .containsExactlyElementsOf(aix11.requirements().stream()
            .map(r -> tuple(r.text(), r.group(), r.source())).toList());
    assertThat(academic.exampleActions()).extracting(ExampleAction::text)
        .containsExactlyElementsOf(aix11.exampleActions().stream().map(ExampleAction::text).toList());
    assertThat(academic.source()).isEqualTo(aix11.source());
    assertThat(profile.source()).isEqualTo(aix11.source());
    // Two tailorings of rules that exist in the catalogue of ldm-rules.
    String rules = Files.readString(Path.of("..", "docs", "rules.md"));
    assertThat(profile.ruleTailorings()).hasSize(2)
        .allSatisfy(t -> assertThat(rules).contains("\n## " + t.ruleId() + "\n"));
  }

  /** The audit of the lycée of dossier-complete.json, read as its six documents. */
  private record Audit(Dossier dossier, AuditPlan plan, AuditDashboard dashboard, AuditSummary summary,
      LabelDecision decision, LabelRecord record, AuditorPool pool) {

    static Audit read() throws IOException {
      return new Audit(JSON.read(Dossier.class, EXAMPLES.resolve("dossier-complete.json")),
          JSON.read(AuditPlan.class, EXAMPLES.resolve("audit-plan-marie-marvingt.json")),
          JSON.read(AuditDashboard.class, EXAMPLES.resolve("audit-dashboard-marie-marvingt.json")),
          JSON.read(AuditSummary.class, EXAMPLES.resolve("audit-summary-marie-marvingt.json")),
          JSON.read(LabelDecision.class, EXAMPLES.resolve("label-decision-marie-marvingt.json")),
          JSON.read(LabelRecord.class, EXAMPLES.resolve("label-record-marie-marvingt.json")),
          JSON.read(AuditorPool.class, EXAMPLES.resolve("auditor-pool-normandie.json")));
    }
  }

  @Test
  void theAuditDocumentsAreValidAndDescribeTheAuditOfTheCompleteDossier() throws IOException {
    Audit audit = Audit.read();
    for (Object document : List.of(audit.plan(), audit.dashboard(), audit.summary(), audit.decision(), audit.record(),
        audit.pool())) {
      assertThat(LdmValidation.validate(document)).as(document.getClass().getSimpleName()).isEmpty();
    }
    Dossier dossier = audit.dossier();
    for (AuditDocument document : List.<AuditDocument>of(audit.plan(), audit.dashboard(), audit.summary())) {
      assertThat(document.uai()).isEqualTo(dossier.establishment().uai().orElseThrow());
      assertThat(document.establishmentName()).contains(dossier.establishment().name());
      assertThat(document.referentialId()).isEqualTo(dossier.referentialId());
      assertThat(document.referentialEdition()).isEqualTo(dossier.referentialEdition());
      assertThat(document.stage()).isEqualTo(Stage.CANDIDATURE);
      assertThat(document.auditDate()).isEqualTo(audit.plan().auditDate());
    }
    assertThat(audit.summary().proposedLabelTitle()).isEqualTo(dossier.labelTitle());
    assertThat(audit.decision().labelTitle()).isEqualTo(dossier.labelTitle());
    assertThat(audit.decision().dossierKind()).isEqualTo(dossier.dossierKind());
    assertThat(audit.record().decisions()).containsExactly(audit.decision());
    assertThat(audit.record().audits()).containsExactly(HeldAudit.of(Stage.CANDIDATURE, audit.plan().auditDate()));

    // Every criterion, requirement and piece of evidence cited exists in the referential and the dossier.
    Referential national = Referentials.load(dossier.referentialId(), dossier.referentialEdition().orElseThrow());
    List<String> requirementIds = national.criteria().stream()
        .flatMap(c -> c.requirements().stream().filter(r -> !r.networkOnly())).map(Requirement::id).toList();
    assertThat(audit.dashboard().entries().stream().flatMap(e -> e.requirementId().stream()))
        .containsExactlyElementsOf(requirementIds);
    assertThat(audit.dashboard().entries().stream().filter(e -> e.requirementId().isEmpty()))
        .extracting(DashboardEntry::criterionId).containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8");
    assertThat(audit.dashboard().entries().stream().flatMap(e -> e.evidenceSeen().stream()))
        .allSatisfy(id -> assertThat(dossier.evidence(id)).as(id).isPresent());
    assertThat(audit.summary().gaps()).allSatisfy(gap -> {
      assertThat(requirementIds).contains(gap.requirementId());
      assertThat(audit.dashboard().entries()).anySatisfy(e -> {
        assertThat(e.requirementId()).contains(gap.requirementId());
        assertThat(e.assessment()).isIn(Assessment.PARTLY_CONFORMING, Assessment.NON_CONFORMING);
      });
    });
  }

  @Test
  void theAuditFileGathersTheSeparateAuditDocuments() throws IOException {
    Audit audit = Audit.read();
    AuditFile file = JSON.read(AuditFile.class, EXAMPLES.resolve("audit-file-marie-marvingt.json"));
    assertThat(file.plan()).contains(audit.plan());
    assertThat(file.dashboard()).contains(audit.dashboard());
    assertThat(file.summary()).contains(audit.summary());
    assertThat(file.decision()).contains(audit.decision());
    assertThat(file.labelRecord()).contains(audit.record());
    assertThat(file.auditorPool()).contains(audit.pool());
    // A candidature audit: no earlier audit to re-assess, no follow-up audit held yet.
    assertThat(file.previousSummary()).isEmpty();
    assertThat(file.nextDashboard()).isEmpty();
    assertThat(file.uai()).isEqualTo(audit.dossier().establishment().uai());
    assertThat(file.stage()).contains(Stage.CANDIDATURE);
    assertThat(file.auditDate()).contains(LocalDate.of(2026, 5, 12));
    assertThat(LdmValidation.validate(file)).isEmpty();
  }

  /**
   * The audit belongs to the national referential, which states few procedure parameters; it would
   * satisfy the stricter ones of the Aix-Marseille 2012 procedure as well.
   */
  @Test
  void theAuditWouldSatisfyTheAixMarseille2012Procedure() throws IOException {
    Audit audit = Audit.read();
    ProcessParameters aix = Referentials.load("aix-marseille-2012", "2012-01").parameters();
    ProcessParameters national = Referentials.load("ldm-national-2023", "2026-01").parameters();
    AuditPlan plan = audit.plan();
    LocalDate day = plan.auditDate();

    // Timing: plan sent 15 days before, dossier received 3 weeks before, report within 15 days.
    assertThat(plan.sentDate().orElseThrow()).isBeforeOrEqualTo(day.minusDays(aix.auditPlanNoticeDays().getAsInt()));
    assertThat(plan.dossierReceivedDate().orElseThrow())
        .isBeforeOrEqualTo(day.minusWeeks(Referentials.profile("nouvelle-aquitaine-2023").parameters().orElseThrow().dossierNoticeWeeks().getAsInt()))
        .isAfterOrEqualTo(audit.dossier().submissionDate().orElseThrow());
    assertThat(audit.summary().submissionDate().orElseThrow())
        .isAfter(day).isBeforeOrEqualTo(day.plusDays(aix.reportDeadlineDays().getAsInt()));

    // Team: enough auditors, a rectorate representative, an external person, a lead auditor with past audits.
    AuditTeamComposition team = aix.auditTeam(plan.stage()).orElseThrow();
    assertThat(plan.team()).hasSizeGreaterThanOrEqualTo(team.minAuditors().getAsInt());
    assertThat(plan.team()).filteredOn(m -> m.category() == AuditorCategory.RECTORATE)
        .hasSizeGreaterThanOrEqualTo(team.minRectorateRepresentatives().getAsInt());
    assertThat(plan.team()).anyMatch(m -> m.category() != AuditorCategory.RECTORATE);
    Auditor lead = audit.pool().auditor(plan.leadAuditor().orElseThrow().auditorId().orElseThrow()).orElseThrow();
    assertThat(lead.participations()).filteredOn(p -> p.date().isBefore(day))
        .hasSizeGreaterThanOrEqualTo(aix.minAuditsBeforeLead().getAsInt());
    assertThat(plan.team()).allSatisfy(m -> {
      Auditor auditor = audit.pool().auditor(m.auditorId().orElseThrow()).orElseThrow();
      assertThat(auditor.person()).isEqualTo(m.person());
      assertThat(auditor.trainingCertificateDate().orElseThrow()).isBefore(day);
      assertThat(auditor.participations()).anySatisfy(p -> {
        assertThat(p.date()).isEqualTo(day);
        assertThat(p.role()).isEqualTo(m.role());
      });
    });

    // Students and external partners are heard; every criterion has its interviewees.
    assertThat(plan.hearsStudents()).isTrue();
    assertThat(plan.hearsExternalPartners()).isTrue();
    assertThat(plan.interviewees().stream().flatMap(i -> i.criterionId().stream()).distinct().sorted())
        .containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8");

    // Improvement axes: at least 5 criteria with 1 or 2 axes; every gap addressed by an axis with owner and deadline.
    AuditSummary summary = audit.summary();
    Map<String, Long> axesPerCriterion = summary.improvementAxes().stream()
        .collect(Collectors.groupingBy(ImprovementAxis::criterionId, Collectors.counting()));
    assertThat(axesPerCriterion).hasSizeGreaterThanOrEqualTo(aix.minCriteriaWithImprovementAxes().getAsInt());
    long min = aix.minImprovementAxesPerCriterion().getAsInt();
    long max = aix.maxImprovementAxesPerCriterion().getAsInt();
    assertThat(axesPerCriterion.values()).allSatisfy(n -> assertThat(n).isBetween(min, max));
    assertThat(summary.gaps()).allSatisfy(gap -> assertThat(summary.axesAddressing(gap.id())).isNotEmpty()
        .allSatisfy(axis -> {
          assertThat(axis.owner()).isPresent();
          assertThat(axis.deadline()).isPresent();
        }));

    // The decision: granted once the major gap was lifted, after the report.
    LabelDecision decision = audit.decision();
    assertThat(decision.isGranted()).isTrue();
    assertThat(decision.date()).isAfter(summary.submissionDate().orElseThrow());
    assertThat(summary.gaps()).anyMatch(Gap::isMajor);
    assertThat(summary.majorGapsOpenOn(decision.date())).isEmpty();
    assertThat(summary.majorGapsOpenOn(summary.submissionDate().orElseThrow())).isNotEmpty();
  }

  @Test
  void theLabelRecordSchedulesTheFollowUpFromTheReferentialsParametersOnly() throws IOException {
    LabelRecord record = Audit.read().record();
    ProcessParameters aix = Referentials.load("aix-marseille-2012", "2012-01").parameters();
    assertThat(record.schedule(aix)).extracting(ScheduledAudit::stage, ScheduledAudit::dueDate, ScheduledAudit::isDone)
        .containsExactly(
            tuple(Stage.FOLLOW_UP_1_YEAR, LocalDate.of(2027, 7, 2), false),
            tuple(Stage.FOLLOW_UP_3_YEARS, LocalDate.of(2029, 7, 2), false),
            tuple(Stage.RENEWAL, LocalDate.of(2031, 7, 2), false));
    assertThat(record.schedule(aix).get(0).schoolYear()).hasToString("2026-2027");
    // Neither referential states how long a label is valid: the status is not guessed.
    ProcessParameters national = Referentials.load("ldm-national-2023", "2026-01").parameters();
    assertThatThrownBy(() -> record.status(LocalDate.of(2026, 9, 1), national))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("labelValidityYears");
    assertThat(record.status(LocalDate.of(2026, 6, 1), national)).isEqualTo(LabelStatus.AUDITED);
  }
}
