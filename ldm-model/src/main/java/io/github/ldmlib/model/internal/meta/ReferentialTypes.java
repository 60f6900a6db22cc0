package io.github.ldmlib.model.internal.meta;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.EstablishmentType;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.meta.ModelType;
import io.github.ldmlib.model.referential.Actor;
import io.github.ldmlib.model.referential.AuditTeamComposition;
import io.github.ldmlib.model.referential.CitedWording;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.CriterionKind;
import io.github.ldmlib.model.referential.Edition;
import io.github.ldmlib.model.referential.EvaluationDomain;
import io.github.ldmlib.model.referential.EvaluationDomainLink;
import io.github.ldmlib.model.referential.EvaluationSubDomain;
import io.github.ldmlib.model.referential.ExampleAction;
import io.github.ldmlib.model.referential.ExampleIndicator;
import io.github.ldmlib.model.referential.OperationalObjective;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.QualeducSheet;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.ReferentialItem;
import io.github.ldmlib.model.referential.ReformMeasure;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.model.referential.StrategicAxis;
import io.github.ldmlib.model.referential.StructureElement;
import io.github.ldmlib.model.referential.StructureScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The types of a referential (cahier des charges) and of the types it is made of. */
final class ReferentialTypes {

  private ReferentialTypes() {}

  /** A type made of the properties of {@link ReferentialItem} only, with its builder's setters. */
  private static <T extends ReferentialItem, B> ModelType<T> item(Class<T> type, String description,
      Supplier<B> newBuilder, Function<B, T> build, BiConsumer<B, String> id, BiConsumer<B, String> text,
      BiConsumer<B, String> group, BiConsumer<B, List<String>> subItems) {
    return Declaration.value(type, description, newBuilder, build)
        .required("id", String.class, id)
        .required("text", String.class, text)
        .optional("group", String.class, group)
        .list("subItems", String.class, subItems)
        .build();
  }

  static final List<ModelType<?>> TYPES = List.of(
      Declaration.record(Edition.class, "An edition (édition) of a referential.")
          .required("id", String.class)
          .required("title", String.class)
          .optional("published", YearMonth.class)
          .build(),

      Declaration.value(Requirement.class, "A requirement (attendu) of a criterion, verbatim.",
              Requirement::builder, Requirement.Builder::build)
          .required("id", String.class, Requirement.Builder::id)
          .required("text", String.class, Requirement.Builder::text)
          .optional("group", String.class, Requirement.Builder::group)
          .list("subItems", String.class, Requirement.Builder::addAllSubItems)
          .defaulted("networkOnly", boolean.class, Boolean.FALSE, Requirement.Builder::networkOnly)
          .required("source", SourceRef.class, Requirement.Builder::source)
          .build(),

      item(ReformMeasure.class, "A reform measure (mesure de la réforme) a criterion relates to.",
          ReformMeasure::builder, ReformMeasure.Builder::build, ReformMeasure.Builder::id, ReformMeasure.Builder::text,
          ReformMeasure.Builder::group, ReformMeasure.Builder::addAllSubItems),

      item(Actor.class, "An actor (acteur) a criterion names.",
          Actor::builder, Actor.Builder::build, Actor.Builder::id, Actor.Builder::text, Actor.Builder::group,
          Actor.Builder::addAllSubItems),

      item(StrategicAxis.class, "A strategic axis (axe de travail stratégique) of a criterion.",
          StrategicAxis::builder, StrategicAxis.Builder::build, StrategicAxis.Builder::id, StrategicAxis.Builder::text,
          StrategicAxis.Builder::group, StrategicAxis.Builder::addAllSubItems),

      item(OperationalObjective.class, "An operational objective (objectif opérationnel) the referential proposes.",
          OperationalObjective::builder, OperationalObjective.Builder::build, OperationalObjective.Builder::id,
          OperationalObjective.Builder::text, OperationalObjective.Builder::group,
          OperationalObjective.Builder::addAllSubItems),

      item(ExampleAction.class, "An example action (exemple d'action) the referential suggests.",
          ExampleAction::builder, ExampleAction.Builder::build, ExampleAction.Builder::id, ExampleAction.Builder::text,
          ExampleAction.Builder::group, ExampleAction.Builder::addAllSubItems),

      item(ExampleIndicator.class, "An example indicator (exemple d'indicateur d'évaluation) the referential suggests.",
          ExampleIndicator::builder, ExampleIndicator.Builder::build, ExampleIndicator.Builder::id,
          ExampleIndicator.Builder::text, ExampleIndicator.Builder::group, ExampleIndicator.Builder::addAllSubItems),

      Declaration.value(CitedWording.class,
              "The wording under which a criterion cites a catalogue item, where it differs from the catalogue title.",
              CitedWording::builder, CitedWording.Builder::build)
          .required("id", String.class, CitedWording.Builder::id)
          .required("wording", String.class, CitedWording.Builder::wording)
          .build(),

      Declaration.value(EvaluationDomainLink.class, "The link of a criterion with an evaluation domain and sub-domains.",
              EvaluationDomainLink::builder, EvaluationDomainLink.Builder::build)
          .required("domainId", String.class, EvaluationDomainLink.Builder::domainId)
          .optional("wording", String.class, EvaluationDomainLink.Builder::wording)
          .list("subDomainIds", String.class, EvaluationDomainLink.Builder::addAllSubDomainIds)
          .list("subDomainWordings", CitedWording.class, EvaluationDomainLink.Builder::addAllSubDomainWordings)
          .build(),

      Declaration.value(Criterion.class,
              "A criterion (critère) of a referential with everything the referential says about it.",
              Criterion::builder, Criterion.Builder::build)
          .required("id", String.class, Criterion.Builder::id)
          .required("number", int.class, Criterion.Builder::number)
          .required("title", String.class, Criterion.Builder::title)
          .required("kind", CriterionKind.class, Criterion.Builder::kind)
          .optional("part", String.class, Criterion.Builder::part)
          .optional("statement", String.class, Criterion.Builder::statement)
          .list("requirements", Requirement.class, Criterion.Builder::addAllRequirements)
          .list("qualeducSheetIds", String.class, Criterion.Builder::addAllQualeducSheetIds)
          .list("qualeducSheetWordings", CitedWording.class, Criterion.Builder::addAllQualeducSheetWordings)
          .list("reformMeasures", ReformMeasure.class, Criterion.Builder::addAllReformMeasures)
          .list("actors", Actor.class, Criterion.Builder::addAllActors)
          .list("evaluationDomainLinks", EvaluationDomainLink.class, Criterion.Builder::addAllEvaluationDomainLinks)
          .list("strategicAxes", StrategicAxis.class, Criterion.Builder::addAllStrategicAxes)
          .list("operationalObjectives", OperationalObjective.class, Criterion.Builder::addAllOperationalObjectives)
          .list("exampleActions", ExampleAction.class, Criterion.Builder::addAllExampleActions)
          .list("exampleIndicators", ExampleIndicator.class, Criterion.Builder::addAllExampleIndicators)
          .list("notes", String.class, Criterion.Builder::addAllNotes)
          .required("source", SourceRef.class, Criterion.Builder::source)
          .build(),

      Declaration.value(QualeducSheet.class, "A sheet of the Qualéduc self-evaluation guide (fiche Qualéduc).",
              QualeducSheet::builder, QualeducSheet.Builder::build)
          .required("id", String.class, QualeducSheet.Builder::id)
          .required("title", String.class, QualeducSheet.Builder::title)
          .required("family", String.class, QualeducSheet.Builder::family)
          .build(),

      Declaration.value(EvaluationSubDomain.class, "A sub-domain of an evaluation domain.",
              EvaluationSubDomain::builder, EvaluationSubDomain.Builder::build)
          .required("id", String.class, EvaluationSubDomain.Builder::id)
          .required("title", String.class, EvaluationSubDomain.Builder::title)
          .build(),

      Declaration.value(EvaluationDomain.class,
              "A domain of the establishment-evaluation framework and its sub-domains.",
              EvaluationDomain::builder, EvaluationDomain.Builder::build)
          .required("id", String.class, EvaluationDomain.Builder::id)
          .required("title", String.class, EvaluationDomain.Builder::title)
          .list("subDomains", EvaluationSubDomain.class, EvaluationDomain.Builder::addAllSubDomains)
          .build(),

      Declaration.value(StructureElement.class, "One element a dossier must or may contain (section E of the guide).",
              StructureElement::builder, StructureElement.Builder::build)
          .required("id", String.class, StructureElement.Builder::id)
          .required("scope", StructureScope.class, StructureElement.Builder::scope)
          .required("field", String.class, StructureElement.Builder::field)
          .required("title", String.class, StructureElement.Builder::title)
          .optional("guidance", String.class, StructureElement.Builder::guidance)
          .defaulted("required", boolean.class, Boolean.TRUE, StructureElement.Builder::required)
          .required("source", SourceRef.class, StructureElement.Builder::source)
          .build(),

      Declaration.value(AuditTeamComposition.class,
              "Who conducts the audits of some stages: lead auditor, auditors, rectorate, external person, pool auditors.",
              AuditTeamComposition::builder, AuditTeamComposition.Builder::build)
          .enumSet("stages", Stage.class, AuditTeamComposition.Builder::addAllStages)
          .optional("leadAuditorNamed", Boolean.class, AuditTeamComposition.Builder::leadAuditorNamed)
          .optionalInt("minAuditors", AuditTeamComposition.Builder::minAuditors)
          .optionalInt("minRectorateRepresentatives", AuditTeamComposition.Builder::minRectorateRepresentatives)
          .optional("externalMemberRecommended", Boolean.class, AuditTeamComposition.Builder::externalMemberRecommended)
          .optional("poolAuditors", Boolean.class, AuditTeamComposition.Builder::poolAuditors)
          .build(),

      Declaration.value(ProcessParameters.class,
              "The procedure parameters a referential states; absent when not stated.",
              ProcessParameters::builder, ProcessParameters.Builder::build)
          .enumSet("eligibleEstablishmentTypes", EstablishmentType.class,
              ProcessParameters.Builder::addAllEligibleEstablishmentTypes)
          .enumSet("eligibleSectors", Sector.class, ProcessParameters.Builder::addAllEligibleSectors)
          .optional("networkCandidaturesAllowed", Boolean.class, ProcessParameters.Builder::networkCandidaturesAllowed)
          .optional("engagementDecisionRequired", Boolean.class, ProcessParameters.Builder::engagementDecisionRequired)
          .optionalInt("maxAcademicCriteria", ProcessParameters.Builder::maxAcademicCriteria)
          .optionalInt("auditDurationDays", ProcessParameters.Builder::auditDurationDays)
          .optionalInt("auditPlanNoticeDays", ProcessParameters.Builder::auditPlanNoticeDays)
          .optionalInt("dossierNoticeWeeks", ProcessParameters.Builder::dossierNoticeWeeks)
          .optionalInt("reportDeadlineDays", ProcessParameters.Builder::reportDeadlineDays)
          .optional("studentsMustBeHeard", Boolean.class, ProcessParameters.Builder::studentsMustBeHeard)
          .optional("externalPartnersMustBeHeard", Boolean.class, ProcessParameters.Builder::externalPartnersMustBeHeard)
          .list("auditTeams", AuditTeamComposition.class, ProcessParameters.Builder::addAllAuditTeams)
          .optionalInt("minCriteriaWithImprovementAxes", ProcessParameters.Builder::minCriteriaWithImprovementAxes)
          .optionalInt("minImprovementAxesPerCriterion", ProcessParameters.Builder::minImprovementAxesPerCriterion)
          .optionalInt("maxImprovementAxesPerCriterion", ProcessParameters.Builder::maxImprovementAxesPerCriterion)
          .optional("majorGapsBlockLabel", Boolean.class, ProcessParameters.Builder::majorGapsBlockLabel)
          .optionalInt("labelValidityYears", ProcessParameters.Builder::labelValidityYears)
          .list("followUpAuditYears", Integer.class, ProcessParameters.Builder::addAllFollowUpAuditYears)
          .optionalInt("renewalAuditYears", ProcessParameters.Builder::renewalAuditYears)
          .optionalInt("auditorTrainingDays", ProcessParameters.Builder::auditorTrainingDays)
          .optionalInt("minAuditsBeforeLead", ProcessParameters.Builder::minAuditsBeforeLead)
          .optionalInt("minAuditsPerYear", ProcessParameters.Builder::minAuditsPerYear)
          .optionalInt("maxYearsWithoutAudit", ProcessParameters.Builder::maxYearsWithoutAudit)
          .optional("continuingTrainingDaysPerYear", BigDecimal.class,
              ProcessParameters.Builder::continuingTrainingDaysPerYear)
          .build(),

      Declaration.value(Referential.class,
              "A referential (cahier des charges) of the « Lycée des métiers » label in one edition.",
              Referential::builder, Referential.Builder::build)
          .required("id", String.class, Referential.Builder::id)
          .required("title", String.class, Referential.Builder::title)
          .required("edition", Edition.class, Referential.Builder::edition)
          .list("legalReferences", String.class, Referential.Builder::addAllLegalReferences)
          .optional("effectiveDate", LocalDate.class, Referential.Builder::effectiveDate)
          .list("criteria", Criterion.class, Referential.Builder::addAllCriteria)
          .list("qualeducSheets", QualeducSheet.class, Referential.Builder::addAllQualeducSheets)
          .list("evaluationDomains", EvaluationDomain.class, Referential.Builder::addAllEvaluationDomains)
          .list("dossierStructure", StructureElement.class, Referential.Builder::addAllDossierStructure)
          .defaulted("parameters", ProcessParameters.class, ProcessParameters.none(), Referential.Builder::parameters)
          .list("notes", String.class, Referential.Builder::addAllNotes)
          .required("source", SourceRef.class, Referential.Builder::source)
          .build());
}
