package io.github.ldmlib.io.internal;

import static io.github.ldmlib.io.internal.Codecs.BOOLEAN;
import static io.github.ldmlib.io.internal.Codecs.DATE_CODEC;
import static io.github.ldmlib.io.internal.Codecs.DECIMAL;
import static io.github.ldmlib.io.internal.Codecs.INTEGER;
import static io.github.ldmlib.io.internal.Codecs.STRING;
import static io.github.ldmlib.io.internal.Codecs.YEAR_MONTH_CODEC;
import static io.github.ldmlib.io.internal.Codecs.enumCodec;
import static io.github.ldmlib.io.internal.ModelCodecs.ESTABLISHMENT_TYPE;
import static io.github.ldmlib.io.internal.ModelCodecs.SECTOR;
import static io.github.ldmlib.io.internal.ModelCodecs.SOURCE_REF;

import io.github.ldmlib.model.referential.Actor;
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
import io.github.ldmlib.model.referential.StrategicAxis;
import io.github.ldmlib.model.referential.StructureElement;
import io.github.ldmlib.model.referential.StructureScope;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The codecs of a referential (cahier des charges) and of the types it is made of.
 *
 * <p>A holder of its own, initialized at first use, so that reading one kind of document defines
 * only the codecs that kind needs. The conventions are those of {@link ModelCodecs}.
 */
final class ReferentialCodecs {

  private ReferentialCodecs() {}

  static final Codec<CriterionKind> CRITERION_KIND = enumCodec(CriterionKind.class);
  static final Codec<StructureScope> STRUCTURE_SCOPE = enumCodec(StructureScope.class);

  /** Collects the components of an {@link Edition} record. */
  private static final class EditionParts {
    String id;
    String title;
    Optional<YearMonth> published = Optional.empty();
  }

  static final ObjectCodec<Edition, EditionParts> EDITION = ObjectCodec.define(Edition.class,
          "An edition (édition) of a referential.",
          EditionParts::new, p -> new Edition(p.id, p.title, p.published))
      .required("id", STRING, Edition::id, (p, v) -> p.id = v)
      .required("title", STRING, Edition::title, (p, v) -> p.title = v)
      .optional("published", YEAR_MONTH_CODEC, Edition::published, (p, v) -> p.published = Optional.of(v))
      .build();

  static final ObjectCodec<Requirement, Requirement.Builder> REQUIREMENT = ObjectCodec.define(
          Requirement.class, "A requirement (attendu) of a criterion, verbatim.",
          Requirement::builder, Requirement.Builder::build)
      .required("id", STRING, Requirement::id, Requirement.Builder::id)
      .required("text", STRING, Requirement::text, Requirement.Builder::text)
      .optional("group", STRING, Requirement::group, Requirement.Builder::group)
      .list("subItems", STRING, Requirement::subItems, Requirement.Builder::addAllSubItems)
      .defaulted("networkOnly", BOOLEAN, Boolean.FALSE, Requirement::networkOnly, (b, v) -> b.networkOnly(v))
      .required("source", SOURCE_REF, Requirement::source, Requirement.Builder::source)
      .build();

  /** The accessors of {@link ReferentialItem}. */
  private static <T extends ReferentialItem, B> ObjectCodec<T, B> item(Class<T> type, String description,
      Supplier<B> newBuilder, Function<B, T> build, BiConsumer<B, String> id, BiConsumer<B, String> text,
      BiConsumer<B, String> group, BiConsumer<B, List<String>> subItems) {
    return ObjectCodec.define(type, description, newBuilder, build)
        .required("id", STRING, ReferentialItem::id, id)
        .required("text", STRING, ReferentialItem::text, text)
        .optional("group", STRING, ReferentialItem::group, group)
        .list("subItems", STRING, ReferentialItem::subItems, subItems)
        .build();
  }

  static final ObjectCodec<ReformMeasure, ReformMeasure.Builder> REFORM_MEASURE = item(ReformMeasure.class,
      "A reform measure (mesure de la réforme) a criterion relates to.", ReformMeasure::builder,
      ReformMeasure.Builder::build, ReformMeasure.Builder::id, ReformMeasure.Builder::text,
      ReformMeasure.Builder::group, ReformMeasure.Builder::addAllSubItems);

  static final ObjectCodec<Actor, Actor.Builder> ACTOR = item(Actor.class,
      "An actor (acteur) a criterion names.", Actor::builder, Actor.Builder::build, Actor.Builder::id,
      Actor.Builder::text, Actor.Builder::group, Actor.Builder::addAllSubItems);

  static final ObjectCodec<StrategicAxis, StrategicAxis.Builder> STRATEGIC_AXIS = item(StrategicAxis.class,
      "A strategic axis (axe de travail stratégique) of a criterion.", StrategicAxis::builder,
      StrategicAxis.Builder::build, StrategicAxis.Builder::id, StrategicAxis.Builder::text,
      StrategicAxis.Builder::group, StrategicAxis.Builder::addAllSubItems);

  static final ObjectCodec<OperationalObjective, OperationalObjective.Builder> OPERATIONAL_OBJECTIVE = item(
      OperationalObjective.class, "An operational objective (objectif opérationnel) the referential proposes.",
      OperationalObjective::builder, OperationalObjective.Builder::build, OperationalObjective.Builder::id,
      OperationalObjective.Builder::text, OperationalObjective.Builder::group,
      OperationalObjective.Builder::addAllSubItems);

  static final ObjectCodec<ExampleAction, ExampleAction.Builder> EXAMPLE_ACTION = item(ExampleAction.class,
      "An example action (exemple d'action) the referential suggests.", ExampleAction::builder,
      ExampleAction.Builder::build, ExampleAction.Builder::id, ExampleAction.Builder::text,
      ExampleAction.Builder::group, ExampleAction.Builder::addAllSubItems);

  static final ObjectCodec<ExampleIndicator, ExampleIndicator.Builder> EXAMPLE_INDICATOR = item(
      ExampleIndicator.class, "An example indicator (exemple d'indicateur d'évaluation) the referential suggests.",
      ExampleIndicator::builder, ExampleIndicator.Builder::build, ExampleIndicator.Builder::id,
      ExampleIndicator.Builder::text, ExampleIndicator.Builder::group, ExampleIndicator.Builder::addAllSubItems);

  static final ObjectCodec<EvaluationDomainLink, EvaluationDomainLink.Builder> EVALUATION_DOMAIN_LINK =
      ObjectCodec.define(EvaluationDomainLink.class,
              "The link of a criterion with an evaluation domain and sub-domains.",
              EvaluationDomainLink::builder, EvaluationDomainLink.Builder::build)
          .required("domainId", STRING, EvaluationDomainLink::domainId, EvaluationDomainLink.Builder::domainId)
          .list("subDomainIds", STRING, EvaluationDomainLink::subDomainIds,
              EvaluationDomainLink.Builder::addAllSubDomainIds)
          .build();

  static final ObjectCodec<Criterion, Criterion.Builder> CRITERION = ObjectCodec.define(Criterion.class,
          "A criterion (critère) of a referential with everything the referential says about it.",
          Criterion::builder, Criterion.Builder::build)
      .required("id", STRING, Criterion::id, Criterion.Builder::id)
      .required("number", INTEGER, Criterion::number, (b, v) -> b.number(v))
      .required("title", STRING, Criterion::title, Criterion.Builder::title)
      .required("kind", CRITERION_KIND, Criterion::kind, Criterion.Builder::kind)
      .optional("part", STRING, Criterion::part, Criterion.Builder::part)
      .optional("statement", STRING, Criterion::statement, Criterion.Builder::statement)
      .list("requirements", REQUIREMENT, Criterion::requirements, Criterion.Builder::addAllRequirements)
      .list("qualeducSheetIds", STRING, Criterion::qualeducSheetIds, Criterion.Builder::addAllQualeducSheetIds)
      .list("reformMeasures", REFORM_MEASURE, Criterion::reformMeasures, Criterion.Builder::addAllReformMeasures)
      .list("actors", ACTOR, Criterion::actors, Criterion.Builder::addAllActors)
      .list("evaluationDomainLinks", EVALUATION_DOMAIN_LINK, Criterion::evaluationDomainLinks,
          Criterion.Builder::addAllEvaluationDomainLinks)
      .list("strategicAxes", STRATEGIC_AXIS, Criterion::strategicAxes, Criterion.Builder::addAllStrategicAxes)
      .list("operationalObjectives", OPERATIONAL_OBJECTIVE, Criterion::operationalObjectives,
          Criterion.Builder::addAllOperationalObjectives)
      .list("exampleActions", EXAMPLE_ACTION, Criterion::exampleActions, Criterion.Builder::addAllExampleActions)
      .list("exampleIndicators", EXAMPLE_INDICATOR, Criterion::exampleIndicators,
          Criterion.Builder::addAllExampleIndicators)
      .list("notes", STRING, Criterion::notes, Criterion.Builder::addAllNotes)
      .required("source", SOURCE_REF, Criterion::source, Criterion.Builder::source)
      .build();

  static final ObjectCodec<QualeducSheet, QualeducSheet.Builder> QUALEDUC_SHEET = ObjectCodec.define(
          QualeducSheet.class, "A sheet of the Qualéduc self-evaluation guide (fiche Qualéduc).",
          QualeducSheet::builder, QualeducSheet.Builder::build)
      .required("id", STRING, QualeducSheet::id, QualeducSheet.Builder::id)
      .required("title", STRING, QualeducSheet::title, QualeducSheet.Builder::title)
      .required("family", STRING, QualeducSheet::family, QualeducSheet.Builder::family)
      .build();

  static final ObjectCodec<EvaluationSubDomain, EvaluationSubDomain.Builder> EVALUATION_SUB_DOMAIN =
      ObjectCodec.define(EvaluationSubDomain.class, "A sub-domain of an evaluation domain.",
              EvaluationSubDomain::builder, EvaluationSubDomain.Builder::build)
          .required("id", STRING, EvaluationSubDomain::id, EvaluationSubDomain.Builder::id)
          .required("title", STRING, EvaluationSubDomain::title, EvaluationSubDomain.Builder::title)
          .build();

  static final ObjectCodec<EvaluationDomain, EvaluationDomain.Builder> EVALUATION_DOMAIN = ObjectCodec.define(
          EvaluationDomain.class, "A domain of the establishment-evaluation framework and its sub-domains.",
          EvaluationDomain::builder, EvaluationDomain.Builder::build)
      .required("id", STRING, EvaluationDomain::id, EvaluationDomain.Builder::id)
      .required("title", STRING, EvaluationDomain::title, EvaluationDomain.Builder::title)
      .list("subDomains", EVALUATION_SUB_DOMAIN, EvaluationDomain::subDomains, EvaluationDomain.Builder::addAllSubDomains)
      .build();

  static final ObjectCodec<StructureElement, StructureElement.Builder> STRUCTURE_ELEMENT = ObjectCodec.define(
          StructureElement.class, "One element a dossier must or may contain (section E of the guide).",
          StructureElement::builder, StructureElement.Builder::build)
      .required("id", STRING, StructureElement::id, StructureElement.Builder::id)
      .required("scope", STRUCTURE_SCOPE, StructureElement::scope, StructureElement.Builder::scope)
      .required("field", STRING, StructureElement::field, StructureElement.Builder::field)
      .required("title", STRING, StructureElement::title, StructureElement.Builder::title)
      .optional("guidance", STRING, StructureElement::guidance, StructureElement.Builder::guidance)
      .defaulted("required", BOOLEAN, Boolean.TRUE, StructureElement::required, (b, v) -> b.required(v))
      .required("source", SOURCE_REF, StructureElement::source, StructureElement.Builder::source)
      .build();

  static final ObjectCodec<ProcessParameters, ProcessParameters.Builder> PROCESS_PARAMETERS = ObjectCodec.define(
          ProcessParameters.class, "The procedure parameters a referential states; absent when not stated.",
          ProcessParameters::builder, ProcessParameters.Builder::build)
      .enumSet("eligibleEstablishmentTypes", ESTABLISHMENT_TYPE, ProcessParameters::eligibleEstablishmentTypes,
          ProcessParameters.Builder::addAllEligibleEstablishmentTypes)
      .enumSet("eligibleSectors", SECTOR, ProcessParameters::eligibleSectors,
          ProcessParameters.Builder::addAllEligibleSectors)
      .optional("networkCandidaturesAllowed", BOOLEAN, ProcessParameters::networkCandidaturesAllowed,
          (b, v) -> b.networkCandidaturesAllowed(v))
      .optionalInt("maxAcademicCriteria", ProcessParameters::maxAcademicCriteria,
          ProcessParameters.Builder::maxAcademicCriteria)
      .optionalInt("auditDurationDays", ProcessParameters::auditDurationDays,
          ProcessParameters.Builder::auditDurationDays)
      .optionalInt("auditPlanNoticeDays", ProcessParameters::auditPlanNoticeDays,
          ProcessParameters.Builder::auditPlanNoticeDays)
      .optionalInt("dossierNoticeWeeks", ProcessParameters::dossierNoticeWeeks,
          ProcessParameters.Builder::dossierNoticeWeeks)
      .optionalInt("reportDeadlineDays", ProcessParameters::reportDeadlineDays,
          ProcessParameters.Builder::reportDeadlineDays)
      .optional("studentsMustBeHeard", BOOLEAN, ProcessParameters::studentsMustBeHeard,
          (b, v) -> b.studentsMustBeHeard(v))
      .optional("externalPartnersMustBeHeard", BOOLEAN, ProcessParameters::externalPartnersMustBeHeard,
          (b, v) -> b.externalPartnersMustBeHeard(v))
      .optionalInt("minRectorateRepresentatives", ProcessParameters::minRectorateRepresentatives,
          ProcessParameters.Builder::minRectorateRepresentatives)
      .optional("externalMemberRecommended", BOOLEAN, ProcessParameters::externalMemberRecommended,
          (b, v) -> b.externalMemberRecommended(v))
      .optionalInt("minAuditors", ProcessParameters::minAuditors, ProcessParameters.Builder::minAuditors)
      .optionalInt("minCriteriaWithImprovementAxes", ProcessParameters::minCriteriaWithImprovementAxes,
          ProcessParameters.Builder::minCriteriaWithImprovementAxes)
      .optionalInt("minImprovementAxesPerCriterion", ProcessParameters::minImprovementAxesPerCriterion,
          ProcessParameters.Builder::minImprovementAxesPerCriterion)
      .optionalInt("maxImprovementAxesPerCriterion", ProcessParameters::maxImprovementAxesPerCriterion,
          ProcessParameters.Builder::maxImprovementAxesPerCriterion)
      .optional("majorGapsBlockLabel", BOOLEAN, ProcessParameters::majorGapsBlockLabel,
          (b, v) -> b.majorGapsBlockLabel(v))
      .optionalInt("labelValidityYears", ProcessParameters::labelValidityYears,
          ProcessParameters.Builder::labelValidityYears)
      .list("followUpAuditYears", INTEGER, ProcessParameters::followUpAuditYears,
          ProcessParameters.Builder::addAllFollowUpAuditYears)
      .optionalInt("renewalAuditYears", ProcessParameters::renewalAuditYears,
          ProcessParameters.Builder::renewalAuditYears)
      .optionalInt("auditorTrainingDays", ProcessParameters::auditorTrainingDays,
          ProcessParameters.Builder::auditorTrainingDays)
      .optionalInt("minAuditsBeforeLead", ProcessParameters::minAuditsBeforeLead,
          ProcessParameters.Builder::minAuditsBeforeLead)
      .optionalInt("minAuditsPerYear", ProcessParameters::minAuditsPerYear,
          ProcessParameters.Builder::minAuditsPerYear)
      .optionalInt("maxYearsWithoutAudit", ProcessParameters::maxYearsWithoutAudit,
          ProcessParameters.Builder::maxYearsWithoutAudit)
      .optional("continuingTrainingDaysPerYear", DECIMAL, ProcessParameters::continuingTrainingDaysPerYear,
          ProcessParameters.Builder::continuingTrainingDaysPerYear)
      .build();

  static final ObjectCodec<Referential, Referential.Builder> REFERENTIAL = ObjectCodec.define(Referential.class,
          "A referential (cahier des charges) of the « Lycée des métiers » label in one edition.",
          Referential::builder, Referential.Builder::build)
      .required("id", STRING, Referential::id, Referential.Builder::id)
      .required("title", STRING, Referential::title, Referential.Builder::title)
      .required("edition", EDITION, Referential::edition, Referential.Builder::edition)
      .list("legalReferences", STRING, Referential::legalReferences, Referential.Builder::addAllLegalReferences)
      .optional("effectiveDate", DATE_CODEC, Referential::effectiveDate, Referential.Builder::effectiveDate)
      .list("criteria", CRITERION, Referential::criteria, Referential.Builder::addAllCriteria)
      .list("qualeducSheets", QUALEDUC_SHEET, Referential::qualeducSheets, Referential.Builder::addAllQualeducSheets)
      .list("evaluationDomains", EVALUATION_DOMAIN, Referential::evaluationDomains,
          Referential.Builder::addAllEvaluationDomains)
      .list("dossierStructure", STRUCTURE_ELEMENT, Referential::dossierStructure,
          Referential.Builder::addAllDossierStructure)
      .defaulted("parameters", PROCESS_PARAMETERS, ProcessParameters.none(), Referential::parameters,
          Referential.Builder::parameters)
      .list("notes", STRING, Referential::notes, Referential.Builder::addAllNotes)
      .required("source", SOURCE_REF, Referential::source, Referential.Builder::source)
      .build();
}
