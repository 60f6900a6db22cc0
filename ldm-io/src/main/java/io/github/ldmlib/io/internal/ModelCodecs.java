package io.github.ldmlib.io.internal;

import static io.github.ldmlib.io.internal.Codecs.BOOLEAN;
import static io.github.ldmlib.io.internal.Codecs.DATE_CODEC;
import static io.github.ldmlib.io.internal.Codecs.DECIMAL;
import static io.github.ldmlib.io.internal.Codecs.INTEGER;
import static io.github.ldmlib.io.internal.Codecs.SCHOOL_YEAR;
import static io.github.ldmlib.io.internal.Codecs.STRING;
import static io.github.ldmlib.io.internal.Codecs.UAI;
import static io.github.ldmlib.io.internal.Codecs.YEAR_MONTH_CODEC;
import static io.github.ldmlib.io.internal.Codecs.enumCodec;

import io.github.ldmlib.io.DocumentKind;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.audit.Assessment;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditDocument;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditParticipation;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.AuditReport;
import io.github.ldmlib.model.audit.AuditRole;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.AuditTeamMember;
import io.github.ldmlib.model.audit.Auditor;
import io.github.ldmlib.model.audit.AuditorCategory;
import io.github.ldmlib.model.audit.AuditorPool;
import io.github.ldmlib.model.audit.DashboardEntry;
import io.github.ldmlib.model.audit.DecisionOutcome;
import io.github.ldmlib.model.audit.Gap;
import io.github.ldmlib.model.audit.HeldAudit;
import io.github.ldmlib.model.audit.ImprovementAxis;
import io.github.ldmlib.model.audit.Interviewee;
import io.github.ldmlib.model.audit.IntervieweeKind;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.audit.LabelStatus;
import io.github.ldmlib.model.audit.Opinion;
import io.github.ldmlib.model.audit.Remark;
import io.github.ldmlib.model.audit.TrainingSession;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.RequirementCoverage;
import io.github.ldmlib.model.conformity.RuleTailoring;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Stage;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Articulation;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.EstablishmentType;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.EvidenceKind;
import io.github.ldmlib.model.dossier.Implementation;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.IndicatorUnit;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Network;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.dossier.Transversality;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Actor;
import io.github.ldmlib.model.referential.AddedRequirement;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * The codecs of every type of the model: the one place that maps the model onto the JSON format.
 *
 * <p>Keys are the accessors' names, written in the order the accessors are declared (for a type that
 * implements {@link Initiative}, {@link ReferentialItem} or {@link AuditDocument}, the interface's
 * accessors first). Computed methods are not properties and are not written. No document type has
 * an accessor named {@code kind} or {@code formatVersion}: at the top of a document, those keys
 * name the kind of document and the format version.
 *
 * <p>To add a document kind: add its constant to {@link DocumentKind}, define the codecs of its
 * types below, register the root in {@link #DOCUMENTS}, and regenerate the schemas.
 */
public final class ModelCodecs {

  private ModelCodecs() {}

  // ---------------------------------------------------------------- dossier

  static final Codec<DossierKind> DOSSIER_KIND = enumCodec(DossierKind.class);
  static final Codec<EstablishmentType> ESTABLISHMENT_TYPE = enumCodec(EstablishmentType.class);
  static final Codec<Sector> SECTOR = enumCodec(Sector.class);
  static final Codec<EvidenceKind> EVIDENCE_KIND = enumCodec(EvidenceKind.class);
  static final Codec<IndicatorUnit> INDICATOR_UNIT = enumCodec(IndicatorUnit.class);
  static final Codec<Direction> DIRECTION = enumCodec(Direction.class);
  static final Codec<Milestone> MILESTONE = enumCodec(Milestone.class);

  static final ObjectCodec<Person, Person.Builder> PERSON = ObjectCodec.define(Person.class,
          "A person named in a dossier (nom, prénom, fonction).", Person::builder, Person.Builder::build)
      .required("lastName", STRING, Person::lastName, Person.Builder::lastName)
      .optional("firstName", STRING, Person::firstName, Person.Builder::firstName)
      .optional("function", STRING, Person::function, Person.Builder::function)
      .build();

  static final ObjectCodec<Establishment, Establishment.Builder> ESTABLISHMENT = ObjectCodec.define(
          Establishment.class, "An establishment (établissement) that applies, alone or in a network.",
          Establishment::builder, Establishment.Builder::build)
      .optional("uai", UAI, Establishment::uai, Establishment.Builder::uai)
      .required("name", STRING, Establishment::name, Establishment.Builder::name)
      .optional("type", ESTABLISHMENT_TYPE, Establishment::type, Establishment.Builder::type)
      .optional("sector", SECTOR, Establishment::sector, Establishment.Builder::sector)
      .optional("town", STRING, Establishment::town, Establishment.Builder::town)
      .optional("academy", STRING, Establishment::academy, Establishment.Builder::academy)
      .optional("region", STRING, Establishment::region, Establishment.Builder::region)
      .build();

  static final ObjectCodec<Network, Network.Builder> NETWORK = ObjectCodec.define(Network.class,
          "A network candidature (candidature en réseau): the co-applicants of the lead establishment.",
          Network::builder, Network.Builder::build)
      .optional("name", STRING, Network::name, Network.Builder::name)
      .list("coApplicants", ESTABLISHMENT, Network::coApplicants, Network.Builder::addAllCoApplicants)
      .build();

  static final ObjectCodec<Articulation, Articulation.Builder> ARTICULATION = ObjectCodec.define(
          Articulation.class,
          "How the label work fits with self-evaluation, the projet d'établissement, the contrat d'objectifs and other labels.",
          Articulation::builder, Articulation.Builder::build)
      .optional("selfEvaluation", STRING, Articulation::selfEvaluation, Articulation.Builder::selfEvaluation)
      .optional("establishmentProject", STRING, Articulation::establishmentProject,
          Articulation.Builder::establishmentProject)
      .optional("objectivesContract", STRING, Articulation::objectivesContract,
          Articulation.Builder::objectivesContract)
      .list("otherLabels", STRING, Articulation::otherLabels, Articulation.Builder::addAllOtherLabels)
      .build();

  static final ObjectCodec<Transversality, Transversality.Builder> TRANSVERSALITY = ObjectCodec.define(
          Transversality.class, "The transversality of the quality approach for one criterion (transversalité).",
          Transversality::builder, Transversality.Builder::build)
      .list("evaluationDomainIds", STRING, Transversality::evaluationDomainIds,
          Transversality.Builder::addAllEvaluationDomainIds)
      .list("qualeducSheetIds", STRING, Transversality::qualeducSheetIds,
          Transversality.Builder::addAllQualeducSheetIds)
      .optional("establishmentProjectAxis", STRING, Transversality::establishmentProjectAxis,
          Transversality.Builder::establishmentProjectAxis)
      .optional("objectivesContractAxis", STRING, Transversality::objectivesContractAxis,
          Transversality.Builder::objectivesContractAxis)
      .optional("cmqCriterion", STRING, Transversality::cmqCriterion, Transversality.Builder::cmqCriterion)
      .build();

  static final ObjectCodec<CriterionTeam, CriterionTeam.Builder> CRITERION_TEAM = ObjectCodec.define(
          CriterionTeam.class, "The team of a criterion (équipe critère): coordinator and members.",
          CriterionTeam::builder, CriterionTeam.Builder::build)
      .optional("coordinator", PERSON, CriterionTeam::coordinator, CriterionTeam.Builder::coordinator)
      .list("members", PERSON, CriterionTeam::members, CriterionTeam.Builder::addAllMembers)
      .build();

  static final ObjectCodec<Measure, Measure.Builder> MEASURE = ObjectCodec.define(Measure.class,
          "A measure of an indicator (mesure) in a school year, at a milestone (N, N+3, N+5).",
          Measure::builder, Measure.Builder::build)
      .required("schoolYear", SCHOOL_YEAR, Measure::schoolYear, Measure.Builder::schoolYear)
      .required("milestone", MILESTONE, Measure::milestone, Measure.Builder::milestone)
      .required("value", DECIMAL, Measure::value, Measure.Builder::value)
      .build();

  static final ObjectCodec<Indicator, Indicator.Builder> INDICATOR = ObjectCodec.define(Indicator.class,
          "An evaluation indicator (indicateur d'évaluation) with its unit, direction, target and measures.",
          Indicator::builder, Indicator.Builder::build)
      .required("label", STRING, Indicator::label, Indicator.Builder::label)
      .required("unit", INDICATOR_UNIT, Indicator::unit, Indicator.Builder::unit)
      .required("direction", DIRECTION, Indicator::direction, Indicator.Builder::direction)
      .optional("target", DECIMAL, Indicator::target, Indicator.Builder::target)
      .list("measures", MEASURE, Indicator::measures, Indicator.Builder::addAllMeasures)
      .build();

  static final ObjectCodec<Objective, Objective.Builder> OBJECTIVE = ObjectCodec.define(Objective.class,
          "An operational objective of an action or engagement (objectif opérationnel) and its indicators.",
          Objective::builder, Objective.Builder::build)
      .required("text", STRING, Objective::text, Objective.Builder::text)
      .list("indicators", INDICATOR, Objective::indicators, Objective.Builder::addAllIndicators)
      .build();

  static final ObjectCodec<Implementation, Implementation.Builder> IMPLEMENTATION = ObjectCodec.define(
          Implementation.class,
          "How an action or engagement is carried out (mise en œuvre): resources, schedule, places, organisation.",
          Implementation::builder, Implementation.Builder::build)
      .optional("resources", STRING, Implementation::resources, Implementation.Builder::resources)
      .optional("schedule", STRING, Implementation::schedule, Implementation.Builder::schedule)
      .optional("places", STRING, Implementation::places, Implementation.Builder::places)
      .optional("organisation", STRING, Implementation::organisation, Implementation.Builder::organisation)
      .build();

  /** The accessors of {@link Initiative}, shared by actions and engagements. */
  private static <T extends Initiative, B> ObjectCodec.Definition<T, B> initiative(
      ObjectCodec.Definition<T, B> d, BiConsumer<B, String> title, BiConsumer<B, String> description,
      ObjIntConsumer<B> durationYears, BiConsumer<B, List<Objective>> objectives,
      BiConsumer<B, Implementation> implementation, BiConsumer<B, List<String>> requirementIds,
      BiConsumer<B, List<String>> evidenceIds) {
    return d.required("title", STRING, Initiative::title, title)
        .optional("description", STRING, Initiative::description, description)
        .optionalInt("durationYears", Initiative::durationYears, durationYears)
        .list("objectives", OBJECTIVE, Initiative::objectives, objectives)
        .optional("implementation", IMPLEMENTATION, t -> t.implementation(), implementation)
        .list("requirementIds", STRING, Initiative::requirementIds, requirementIds)
        .list("evidenceIds", STRING, Initiative::evidenceIds, evidenceIds);
  }

  static final ObjectCodec<Action, Action.Builder> ACTION = initiative(
          ObjectCodec.define(Action.class,
              "An action (work done or under way) with its objectives, indicators and measures at N, N+3, N+5.",
              Action::builder, Action.Builder::build),
          Action.Builder::title, Action.Builder::description, Action.Builder::durationYears,
          Action.Builder::addAllObjectives, Action.Builder::implementation,
          Action.Builder::addAllRequirementIds, Action.Builder::addAllEvidenceIds)
      .optional("startYear", SCHOOL_YEAR, Action::startYear, Action.Builder::startYear)
      .optional("perennial", BOOLEAN, Action::perennial, (b, v) -> b.perennial(v))
      .optional("addedValue", STRING, Action::addedValue, Action.Builder::addedValue)
      .optional("strengths", STRING, Action::strengths, Action.Builder::strengths)
      .optional("improvementAreas", STRING, Action::improvementAreas, Action.Builder::improvementAreas)
      .optional("conclusion", STRING, Action::conclusion, Action.Builder::conclusion)
      .build();

  static final ObjectCodec<Engagement, Engagement.Builder> ENGAGEMENT = initiative(
          ObjectCodec.define(Engagement.class,
              "An engagement (work to come) with its lead and the measures at the reference year N.",
              Engagement::builder, Engagement.Builder::build),
          Engagement.Builder::title, Engagement.Builder::description, Engagement.Builder::durationYears,
          Engagement.Builder::addAllObjectives, Engagement.Builder::implementation,
          Engagement.Builder::addAllRequirementIds, Engagement.Builder::addAllEvidenceIds)
      .optional("lead", PERSON, Engagement::lead, Engagement.Builder::lead)
      .optional("referenceYear", SCHOOL_YEAR, Engagement::referenceYear, Engagement.Builder::referenceYear)
      .build();

  static final ObjectCodec<CriterionSection, CriterionSection.Builder> CRITERION_SECTION = ObjectCodec.define(
          CriterionSection.class,
          "The section of a dossier about one criterion: diagnosis, objective, transversality, team, actions, engagements.",
          CriterionSection::builder, CriterionSection.Builder::build)
      .required("criterionId", STRING, CriterionSection::criterionId, CriterionSection.Builder::criterionId)
      .optional("diagnosis", STRING, CriterionSection::diagnosis, CriterionSection.Builder::diagnosis)
      .optional("generalObjective", STRING, CriterionSection::generalObjective,
          CriterionSection.Builder::generalObjective)
      .optional("transversality", TRANSVERSALITY, CriterionSection::transversality,
          CriterionSection.Builder::transversality)
      .optional("team", CRITERION_TEAM, CriterionSection::team, CriterionSection.Builder::team)
      .optional("commonStrategy", STRING, CriterionSection::commonStrategy, CriterionSection.Builder::commonStrategy)
      .list("actions", ACTION, CriterionSection::actions, CriterionSection.Builder::addAllActions)
      .list("engagements", ENGAGEMENT, CriterionSection::engagements, CriterionSection.Builder::addAllEngagements)
      .build();

  static final ObjectCodec<Evidence, Evidence.Builder> EVIDENCE = ObjectCodec.define(Evidence.class,
          "An item of the evidence annex (preuve), cited by id from actions and engagements.",
          Evidence::builder, Evidence.Builder::build)
      .required("id", STRING, Evidence::id, Evidence.Builder::id)
      .required("title", STRING, Evidence::title, Evidence.Builder::title)
      .required("kind", EVIDENCE_KIND, Evidence::kind, Evidence.Builder::kind)
      .optional("fileName", STRING, Evidence::fileName, Evidence.Builder::fileName)
      .optional("sha256", STRING, Evidence::sha256, Evidence.Builder::sha256)
      .build();

  static final ObjectCodec<Dossier, Dossier.Builder> DOSSIER = ObjectCodec.define(Dossier.class,
          "A label dossier (dossier de labellisation) of the « Lycée des métiers » label.",
          Dossier::builder, Dossier.Builder::build)
      .required("referentialId", STRING, Dossier::referentialId, Dossier.Builder::referentialId)
      .optional("referentialEdition", STRING, Dossier::referentialEdition, Dossier.Builder::referentialEdition)
      .required("dossierKind", DOSSIER_KIND, Dossier::dossierKind, Dossier.Builder::dossierKind)
      .required("establishment", ESTABLISHMENT, Dossier::establishment, Dossier.Builder::establishment)
      .optional("network", NETWORK, Dossier::network, Dossier.Builder::network)
      .optional("labelTitle", STRING, Dossier::labelTitle, Dossier.Builder::labelTitle)
      .list("trades", STRING, Dossier::trades, Dossier.Builder::addAllTrades)
      .optional("boardVoteDate", DATE_CODEC, Dossier::boardVoteDate, Dossier.Builder::boardVoteDate)
      .optional("submissionDate", DATE_CODEC, Dossier::submissionDate, Dossier.Builder::submissionDate)
      .optional("context", STRING, Dossier::context, Dossier.Builder::context)
      .optional("articulation", ARTICULATION, Dossier::articulation, Dossier.Builder::articulation)
      .list("sections", CRITERION_SECTION, Dossier::sections, Dossier.Builder::addAllSections)
      .list("evidence", EVIDENCE, Dossier::evidence, Dossier.Builder::addAllEvidence)
      .build();

  // ---------------------------------------------------------------- referential

  static final Codec<CriterionKind> CRITERION_KIND = enumCodec(CriterionKind.class);
  static final Codec<StructureScope> STRUCTURE_SCOPE = enumCodec(StructureScope.class);

  /** Collects the components of a {@link SourceRef} record. */
  private static final class SourceRefParts {
    String document;
    Optional<String> edition = Optional.empty();
    String section;
  }

  static final ObjectCodec<SourceRef, SourceRefParts> SOURCE_REF = ObjectCodec.define(SourceRef.class,
          "Where a text of the label comes from: document, edition, section.",
          SourceRefParts::new, p -> new SourceRef(p.document, p.edition, p.section))
      .required("document", STRING, SourceRef::document, (p, v) -> p.document = v)
      .optional("edition", STRING, SourceRef::edition, (p, v) -> p.edition = Optional.of(v))
      .required("section", STRING, SourceRef::section, (p, v) -> p.section = v)
      .build();

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

  // ---------------------------------------------------------------- conformity

  static final Codec<Severity> SEVERITY = enumCodec(Severity.class);

  static final ObjectCodec<RuleTailoring, RuleTailoring.Builder> RULE_TAILORING = ObjectCodec.define(
          RuleTailoring.class, "How a rule of the checker is tailored: switched off, or another severity.",
          RuleTailoring::builder, RuleTailoring.Builder::build)
      .required("ruleId", STRING, RuleTailoring::ruleId, RuleTailoring.Builder::ruleId)
      .defaulted("enabled", BOOLEAN, Boolean.TRUE, RuleTailoring::enabled, (b, v) -> b.enabled(v))
      .optional("severity", SEVERITY, RuleTailoring::severity, RuleTailoring.Builder::severity)
      .optional("reason", STRING, RuleTailoring::reason, RuleTailoring.Builder::reason)
      .build();

  // ---------------------------------------------------------------- academy profile

  static final ObjectCodec<AddedRequirement, AddedRequirement.Builder> ADDED_REQUIREMENT = ObjectCodec.define(
          AddedRequirement.class, "A requirement (attendu) an academy profile adds to a criterion of the referential.",
          AddedRequirement::builder, AddedRequirement.Builder::build)
      .required("criterionId", STRING, AddedRequirement::criterionId, AddedRequirement.Builder::criterionId)
      .required("requirement", REQUIREMENT, AddedRequirement::requirement, AddedRequirement.Builder::requirement)
      .build();

  static final ObjectCodec<AcademyProfile, AcademyProfile.Builder> ACADEMY_PROFILE = ObjectCodec.define(
          AcademyProfile.class,
          "An academy profile (profil académique): the academic criteria, added requirements and rule tailorings"
              + " an academy applies to a referential. Reading checks the format only; whether the profile fits its"
              + " referential is checked when it is applied (AcademyProfile.applyTo, Referentials.tailor).",
          AcademyProfile::builder, AcademyProfile.Builder::build)
      .required("id", STRING, AcademyProfile::id, AcademyProfile.Builder::id)
      .required("academy", STRING, AcademyProfile::academy, AcademyProfile.Builder::academy)
      .required("title", STRING, AcademyProfile::title, AcademyProfile.Builder::title)
      .required("baseReferentialId", STRING, AcademyProfile::baseReferentialId,
          AcademyProfile.Builder::baseReferentialId)
      .optional("baseEdition", STRING, AcademyProfile::baseEdition, AcademyProfile.Builder::baseEdition)
      .list("criteria", CRITERION, AcademyProfile::criteria, AcademyProfile.Builder::addAllCriteria)
      .list("addedRequirements", ADDED_REQUIREMENT, AcademyProfile::addedRequirements,
          AcademyProfile.Builder::addAllAddedRequirements)
      .list("ruleTailorings", RULE_TAILORING, AcademyProfile::ruleTailorings,
          AcademyProfile.Builder::addAllRuleTailorings)
      .required("source", SOURCE_REF, AcademyProfile::source, AcademyProfile.Builder::source)
      .list("notes", STRING, AcademyProfile::notes, AcademyProfile.Builder::addAllNotes)
      .build();

  // ---------------------------------------------------------------- conformity report

  static final Codec<Stage> STAGE = enumCodec(Stage.class);
  static final Codec<Verdict> VERDICT = enumCodec(Verdict.class);

  static final ObjectCodec<FindingCounts, FindingCounts.Builder> FINDING_COUNTS = ObjectCodec.define(
          FindingCounts.class, "How many findings of each severity (décompte des constats).",
          FindingCounts::builder, FindingCounts.Builder::build)
      .required("majorGaps", INTEGER, FindingCounts::majorGaps, (b, v) -> b.majorGaps(v))
      .required("minorGaps", INTEGER, FindingCounts::minorGaps, (b, v) -> b.minorGaps(v))
      .required("observations", INTEGER, FindingCounts::observations, (b, v) -> b.observations(v))
      .required("infos", INTEGER, FindingCounts::infos, (b, v) -> b.infos(v))
      .build();

  /** Collects a {@link CriterionResult}, whose verdict must follow from its counts. */
  private static final class CriterionResultParts {
    final CriterionResult.Builder builder = CriterionResult.builder();
    String criterionId;
    Verdict verdict;
    FindingCounts counts;

    CriterionResult build() {
      Verdict expected = Verdict.of(counts);
      if (verdict != expected) {
        throw new ObjectCodec.Inconsistency("inconsistent.criterionVerdict", verdict.name(), criterionId,
            expected.name());
      }
      return builder.build();
    }
  }

  static final ObjectCodec<CriterionResult, CriterionResultParts> CRITERION_RESULT = ObjectCodec.define(
          CriterionResult.class,
          "The result of a conformity check for one criterion: its verdict, drawn from its counts.",
          CriterionResultParts::new, CriterionResultParts::build)
      .required("criterionId", STRING, CriterionResult::criterionId, (p, v) -> {
        p.builder.criterionId(v);
        p.criterionId = v;
      })
      .required("verdict", VERDICT, CriterionResult::verdict, (p, v) -> {
        p.builder.verdict(v);
        p.verdict = v;
      })
      .required("counts", FINDING_COUNTS, CriterionResult::counts, (p, v) -> {
        p.builder.counts(v);
        p.counts = v;
      })
      .build();

  static final ObjectCodec<Finding, Finding.Builder> FINDING = ObjectCodec.define(Finding.class,
          "One finding of a conformity check (constat): rule, severity, criterion, requirement, JSON Pointer"
              + " into the document checked, the dossier or the audit file (empty for the document as a whole),"
              + " message and its key and arguments, source.",
          Finding::builder, Finding.Builder::build)
      .required("ruleId", STRING, Finding::ruleId, Finding.Builder::ruleId)
      .required("severity", SEVERITY, Finding::severity, Finding.Builder::severity)
      .optional("criterionId", STRING, Finding::criterionId, Finding.Builder::criterionId)
      .optional("requirementId", STRING, Finding::requirementId, Finding.Builder::requirementId)
      .required("pointer", STRING, Finding::pointer, Finding.Builder::pointer)
      .required("message", STRING, Finding::message, Finding.Builder::message)
      .required("messageKey", STRING, Finding::messageKey, Finding.Builder::messageKey)
      .list("arguments", STRING, Finding::arguments, Finding.Builder::addAllArguments)
      .optional("source", SOURCE_REF, Finding::source, Finding.Builder::source)
      .build();

  static final ObjectCodec<RequirementCoverage, RequirementCoverage.Builder> REQUIREMENT_COVERAGE =
      ObjectCodec.define(RequirementCoverage.class,
              "One row of the coverage matrix: a requirement and the actions, engagements, indicators (JSON"
                  + " Pointers into the dossier) and evidence ids that address it.",
              RequirementCoverage::builder, RequirementCoverage.Builder::build)
          .required("requirementId", STRING, RequirementCoverage::requirementId,
              RequirementCoverage.Builder::requirementId)
          .required("criterionId", STRING, RequirementCoverage::criterionId, RequirementCoverage.Builder::criterionId)
          .list("actions", STRING, RequirementCoverage::actions, RequirementCoverage.Builder::addAllActions)
          .list("engagements", STRING, RequirementCoverage::engagements, RequirementCoverage.Builder::addAllEngagements)
          .list("indicators", STRING, RequirementCoverage::indicators, RequirementCoverage.Builder::addAllIndicators)
          .list("evidenceIds", STRING, RequirementCoverage::evidenceIds, RequirementCoverage.Builder::addAllEvidenceIds)
          .build();

  /** Collects a {@link ConformityReport}, whose counts, verdict and readiness must follow from its findings. */
  private static final class ReportParts {
    final ConformityReport.Builder builder = ConformityReport.builder();
    Verdict verdict;
    boolean readyForAudit;
    FindingCounts counts;
    List<Finding> findings = List.of();

    ConformityReport build() {
      FindingCounts actual = FindingCounts.of(findings);
      if (!counts.equals(actual)) {
        throw new ObjectCodec.Inconsistency("inconsistent.reportCounts", describe(counts), describe(actual));
      }
      Verdict expected = Verdict.of(counts);
      if (verdict != expected) {
        throw new ObjectCodec.Inconsistency("inconsistent.reportVerdict", verdict.name(), expected.name());
      }
      if (readyForAudit != (counts.majorGaps() == 0)) {
        throw new ObjectCodec.Inconsistency("inconsistent.readyForAudit", Boolean.toString(readyForAudit),
            Integer.toString(counts.majorGaps()));
      }
      return builder.build();
    }

    private static String describe(FindingCounts c) {
      return "majorGaps " + c.majorGaps() + ", minorGaps " + c.minorGaps() + ", observations " + c.observations()
          + ", infos " + c.infos();
    }
  }

  static final ObjectCodec<ConformityReport, ReportParts> CONFORMITY_REPORT = ObjectCodec.define(
          ConformityReport.class,
          "The conformity report of a dossier (rapport de conformité): findings, verdicts, counts and coverage."
              + " Counts, verdict and readyForAudit must follow from the findings.",
          ReportParts::new, ReportParts::build)
      .required("referentialId", STRING, ConformityReport::referentialId, (p, v) -> p.builder.referentialId(v))
      .required("referentialEdition", STRING, ConformityReport::referentialEdition,
          (p, v) -> p.builder.referentialEdition(v))
      .required("establishmentName", STRING, ConformityReport::establishmentName,
          (p, v) -> p.builder.establishmentName(v))
      .optional("establishmentUai", UAI, ConformityReport::establishmentUai, (p, v) -> p.builder.establishmentUai(v))
      .required("dossierKind", DOSSIER_KIND, ConformityReport::dossierKind, (p, v) -> p.builder.dossierKind(v))
      .required("asOf", DATE_CODEC, ConformityReport::asOf, (p, v) -> p.builder.asOf(v))
      .required("stage", STAGE, ConformityReport::stage, (p, v) -> p.builder.stage(v))
      .required("language", STRING, ConformityReport::language, (p, v) -> p.builder.language(v))
      .required("verdict", VERDICT, ConformityReport::verdict, (p, v) -> {
        p.builder.verdict(v);
        p.verdict = v;
      })
      .required("readyForAudit", BOOLEAN, ConformityReport::readyForAudit, (p, v) -> {
        p.builder.readyForAudit(v);
        p.readyForAudit = v;
      })
      .required("counts", FINDING_COUNTS, ConformityReport::counts, (p, v) -> {
        p.builder.counts(v);
        p.counts = v;
      })
      .list("criteria", CRITERION_RESULT, ConformityReport::criteria, (p, v) -> p.builder.addAllCriteria(v))
      .list("findings", FINDING, ConformityReport::findings, (p, v) -> {
        p.builder.addAllFindings(v);
        p.findings = v;
      })
      .list("coverage", REQUIREMENT_COVERAGE, ConformityReport::coverage, (p, v) -> p.builder.addAllCoverage(v))
      .list("ruleIds", STRING, ConformityReport::ruleIds, (p, v) -> p.builder.addAllRuleIds(v))
      .build();

  // ---------------------------------------------------------------- audits and the label's life

  static final Codec<AuditRole> AUDIT_ROLE = enumCodec(AuditRole.class);
  static final Codec<AuditorCategory> AUDITOR_CATEGORY = enumCodec(AuditorCategory.class);
  static final Codec<IntervieweeKind> INTERVIEWEE_KIND = enumCodec(IntervieweeKind.class);
  static final Codec<Assessment> ASSESSMENT = enumCodec(Assessment.class);
  static final Codec<Opinion> OPINION = enumCodec(Opinion.class);
  static final Codec<DecisionOutcome> DECISION_OUTCOME = enumCodec(DecisionOutcome.class);

  /** The accessors of {@link AuditDocument}, shared by the plan, the dashboard and the summary. */
  private static <T extends AuditDocument, B> ObjectCodec.Definition<T, B> auditDocument(
      ObjectCodec.Definition<T, B> d, BiConsumer<B, Uai> uai, BiConsumer<B, String> establishmentName,
      BiConsumer<B, String> referentialId, BiConsumer<B, String> referentialEdition, BiConsumer<B, Stage> stage,
      BiConsumer<B, LocalDate> auditDate) {
    return d.required("uai", UAI, AuditDocument::uai, uai)
        .optional("establishmentName", STRING, AuditDocument::establishmentName, establishmentName)
        .required("referentialId", STRING, AuditDocument::referentialId, referentialId)
        .optional("referentialEdition", STRING, AuditDocument::referentialEdition, referentialEdition)
        .required("stage", STAGE, AuditDocument::stage, stage)
        .required("auditDate", DATE_CODEC, AuditDocument::auditDate, auditDate);
  }

  static final ObjectCodec<AuditTeamMember, AuditTeamMember.Builder> AUDIT_TEAM_MEMBER = ObjectCodec.define(
          AuditTeamMember.class,
          "A member of the audit team (équipe d'audit): person, role, where they come from, auditor record id.",
          AuditTeamMember::builder, AuditTeamMember.Builder::build)
      .required("person", PERSON, AuditTeamMember::person, AuditTeamMember.Builder::person)
      .required("role", AUDIT_ROLE, AuditTeamMember::role, AuditTeamMember.Builder::role)
      .required("category", AUDITOR_CATEGORY, AuditTeamMember::category, AuditTeamMember.Builder::category)
      .optional("auditorId", STRING, AuditTeamMember::auditorId, AuditTeamMember.Builder::auditorId)
      .build();

  static final ObjectCodec<Interviewee, Interviewee.Builder> INTERVIEWEE = ObjectCodec.define(Interviewee.class,
          "A person or group heard during the audit (interlocuteur), for a criterion or for the audit as a whole.",
          Interviewee::builder, Interviewee.Builder::build)
      .optional("criterionId", STRING, Interviewee::criterionId, Interviewee.Builder::criterionId)
      .optional("person", PERSON, Interviewee::person, Interviewee.Builder::person)
      .optional("group", STRING, Interviewee::group, Interviewee.Builder::group)
      .required("kind", INTERVIEWEE_KIND, Interviewee::kind, Interviewee.Builder::kind)
      .build();

  static final ObjectCodec<AuditPlan, AuditPlan.Builder> AUDIT_PLAN = auditDocument(
          ObjectCodec.define(AuditPlan.class,
              "The audit plan (plan d'audit, document LDM 03): dates, audit team and interviewees.",
              AuditPlan::builder, AuditPlan.Builder::build),
          AuditPlan.Builder::uai, AuditPlan.Builder::establishmentName, AuditPlan.Builder::referentialId,
          AuditPlan.Builder::referentialEdition, AuditPlan.Builder::stage, AuditPlan.Builder::auditDate)
      .optional("sentDate", DATE_CODEC, AuditPlan::sentDate, AuditPlan.Builder::sentDate)
      .optional("dossierReceivedDate", DATE_CODEC, AuditPlan::dossierReceivedDate,
          AuditPlan.Builder::dossierReceivedDate)
      .list("team", AUDIT_TEAM_MEMBER, AuditPlan::team, AuditPlan.Builder::addAllTeam)
      .list("interviewees", INTERVIEWEE, AuditPlan::interviewees, AuditPlan.Builder::addAllInterviewees)
      .build();

  static final ObjectCodec<DashboardEntry, DashboardEntry.Builder> DASHBOARD_ENTRY = ObjectCodec.define(
          DashboardEntry.class,
          "One line of the audit dashboard: the assessment of a criterion or of one of its requirements.",
          DashboardEntry::builder, DashboardEntry.Builder::build)
      .required("criterionId", STRING, DashboardEntry::criterionId, DashboardEntry.Builder::criterionId)
      .optional("requirementId", STRING, DashboardEntry::requirementId, DashboardEntry.Builder::requirementId)
      .required("assessment", ASSESSMENT, DashboardEntry::assessment, DashboardEntry.Builder::assessment)
      .list("evidenceSeen", STRING, DashboardEntry::evidenceSeen, DashboardEntry.Builder::addAllEvidenceSeen)
      .optional("comment", STRING, DashboardEntry::comment, DashboardEntry.Builder::comment)
      .defaulted("prefilled", BOOLEAN, Boolean.FALSE, DashboardEntry::prefilled, (b, v) -> b.prefilled(v))
      .list("reassessedGapIds", STRING, DashboardEntry::reassessedGapIds,
          DashboardEntry.Builder::addAllReassessedGapIds)
      .list("reassessedAxisIds", STRING, DashboardEntry::reassessedAxisIds,
          DashboardEntry.Builder::addAllReassessedAxisIds)
      .build();

  static final ObjectCodec<AuditDashboard, AuditDashboard.Builder> AUDIT_DASHBOARD = auditDocument(
          ObjectCodec.define(AuditDashboard.class,
              "The audit dashboard (tableau de bord, document LDM 04): the assessment of each criterion and"
                  + " requirement.",
              AuditDashboard::builder, AuditDashboard.Builder::build),
          AuditDashboard.Builder::uai, AuditDashboard.Builder::establishmentName, AuditDashboard.Builder::referentialId,
          AuditDashboard.Builder::referentialEdition, AuditDashboard.Builder::stage, AuditDashboard.Builder::auditDate)
      .list("entries", DASHBOARD_ENTRY, AuditDashboard::entries, AuditDashboard.Builder::addAllEntries)
      .build();

  static final ObjectCodec<Remark, Remark.Builder> REMARK = ObjectCodec.define(Remark.class,
          "A strength (point fort) or weakness (point faible) of the audit summary, on a criterion or on the whole.",
          Remark::builder, Remark.Builder::build)
      .optional("criterionId", STRING, Remark::criterionId, Remark.Builder::criterionId)
      .required("text", STRING, Remark::text, Remark.Builder::text)
      .build();

  static final ObjectCodec<Gap, Gap.Builder> GAP = ObjectCodec.define(Gap.class,
          "A major or minor gap (écart) of the audit summary, tied to a requirement, and when it was lifted.",
          Gap::builder, Gap.Builder::build)
      .required("id", STRING, Gap::id, Gap.Builder::id)
      .required("severity", SEVERITY, Gap::severity, Gap.Builder::severity)
      .required("criterionId", STRING, Gap::criterionId, Gap.Builder::criterionId)
      .required("requirementId", STRING, Gap::requirementId, Gap.Builder::requirementId)
      .required("text", STRING, Gap::text, Gap.Builder::text)
      .optional("liftedOn", DATE_CODEC, Gap::liftedOn, Gap.Builder::liftedOn)
      .build();

  static final ObjectCodec<ImprovementAxis, ImprovementAxis.Builder> IMPROVEMENT_AXIS = ObjectCodec.define(
          ImprovementAxis.class,
          "An improvement axis (axe de progrès) chosen by the establishment: criterion, owner, deadline, gaps"
              + " addressed.",
          ImprovementAxis::builder, ImprovementAxis.Builder::build)
      .required("id", STRING, ImprovementAxis::id, ImprovementAxis.Builder::id)
      .required("criterionId", STRING, ImprovementAxis::criterionId, ImprovementAxis.Builder::criterionId)
      .required("text", STRING, ImprovementAxis::text, ImprovementAxis.Builder::text)
      .optional("owner", PERSON, ImprovementAxis::owner, ImprovementAxis.Builder::owner)
      .optional("deadline", DATE_CODEC, ImprovementAxis::deadline, ImprovementAxis.Builder::deadline)
      .list("gapIds", STRING, ImprovementAxis::gapIds, ImprovementAxis.Builder::addAllGapIds)
      .build();

  static final ObjectCodec<AuditSummary, AuditSummary.Builder> AUDIT_SUMMARY = auditDocument(
          ObjectCodec.define(AuditSummary.class,
              "The summary report of an audit (rapport de synthèse, document LDM 05).",
              AuditSummary::builder, AuditSummary.Builder::build),
          AuditSummary.Builder::uai, AuditSummary.Builder::establishmentName, AuditSummary.Builder::referentialId,
          AuditSummary.Builder::referentialEdition, AuditSummary.Builder::stage, AuditSummary.Builder::auditDate)
      .list("strengths", REMARK, AuditSummary::strengths, AuditSummary.Builder::addAllStrengths)
      .list("weaknesses", REMARK, AuditSummary::weaknesses, AuditSummary.Builder::addAllWeaknesses)
      .list("gaps", GAP, AuditSummary::gaps, AuditSummary.Builder::addAllGaps)
      .list("improvementAxes", IMPROVEMENT_AXIS, AuditSummary::improvementAxes,
          AuditSummary.Builder::addAllImprovementAxes)
      .optional("teamOpinion", OPINION, AuditSummary::teamOpinion, AuditSummary.Builder::teamOpinion)
      .optional("teamOpinionText", STRING, AuditSummary::teamOpinionText, AuditSummary.Builder::teamOpinionText)
      .optional("proposedLabelTitle", STRING, AuditSummary::proposedLabelTitle,
          AuditSummary.Builder::proposedLabelTitle)
      .optional("submissionDate", DATE_CODEC, AuditSummary::submissionDate, AuditSummary.Builder::submissionDate)
      .build();

  static final ObjectCodec<LabelDecision, LabelDecision.Builder> LABEL_DECISION = ObjectCodec.define(
          LabelDecision.class,
          "The rector's decision on the label (décision de labellisation): granted or refused, first labelling or"
              + " renewal.",
          LabelDecision::builder, LabelDecision.Builder::build)
      .required("uai", UAI, LabelDecision::uai, LabelDecision.Builder::uai)
      .optional("establishmentName", STRING, LabelDecision::establishmentName, LabelDecision.Builder::establishmentName)
      .required("referentialId", STRING, LabelDecision::referentialId, LabelDecision.Builder::referentialId)
      .optional("referentialEdition", STRING, LabelDecision::referentialEdition,
          LabelDecision.Builder::referentialEdition)
      .required("outcome", DECISION_OUTCOME, LabelDecision::outcome, LabelDecision.Builder::outcome)
      .required("date", DATE_CODEC, LabelDecision::date, LabelDecision.Builder::date)
      .required("dossierKind", DOSSIER_KIND, LabelDecision::dossierKind, LabelDecision.Builder::dossierKind)
      .optional("labelTitle", STRING, LabelDecision::labelTitle, LabelDecision.Builder::labelTitle)
      .optional("comment", STRING, LabelDecision::comment, LabelDecision.Builder::comment)
      .build();

  /** Collects the components of a {@link HeldAudit} record. */
  private static final class HeldAuditParts {
    Stage stage;
    LocalDate date;
  }

  static final ObjectCodec<HeldAudit, HeldAuditParts> HELD_AUDIT = ObjectCodec.define(HeldAudit.class,
          "An audit held in the life of a label: its stage and date.",
          HeldAuditParts::new, p -> new HeldAudit(p.stage, p.date))
      .required("stage", STAGE, HeldAudit::stage, (p, v) -> p.stage = v)
      .required("date", DATE_CODEC, HeldAudit::date, (p, v) -> p.date = v)
      .build();

  static final ObjectCodec<LabelRecord, LabelRecord.Builder> LABEL_RECORD = ObjectCodec.define(LabelRecord.class,
          "The life of an establishment's label (vie du label): the rector's decisions and the audits held.",
          LabelRecord::builder, LabelRecord.Builder::build)
      .required("uai", UAI, LabelRecord::uai, LabelRecord.Builder::uai)
      .optional("establishmentName", STRING, LabelRecord::establishmentName, LabelRecord.Builder::establishmentName)
      .list("decisions", LABEL_DECISION, LabelRecord::decisions, LabelRecord.Builder::addAllDecisions)
      .list("audits", HELD_AUDIT, LabelRecord::audits, LabelRecord.Builder::addAllAudits)
      .build();

  static final ObjectCodec<AuditParticipation, AuditParticipation.Builder> AUDIT_PARTICIPATION = ObjectCodec.define(
          AuditParticipation.class, "An audit an auditor took part in: date, role, audited establishment, stage.",
          AuditParticipation::builder, AuditParticipation.Builder::build)
      .required("date", DATE_CODEC, AuditParticipation::date, AuditParticipation.Builder::date)
      .required("role", AUDIT_ROLE, AuditParticipation::role, AuditParticipation.Builder::role)
      .required("uai", UAI, AuditParticipation::uai, AuditParticipation.Builder::uai)
      .optional("establishmentName", STRING, AuditParticipation::establishmentName,
          AuditParticipation.Builder::establishmentName)
      .optional("stage", STAGE, AuditParticipation::stage, AuditParticipation.Builder::stage)
      .build();

  static final ObjectCodec<TrainingSession, TrainingSession.Builder> TRAINING_SESSION = ObjectCodec.define(
          TrainingSession.class, "A continuing training session of an auditor (formation continue): date, days, title.",
          TrainingSession::builder, TrainingSession.Builder::build)
      .required("date", DATE_CODEC, TrainingSession::date, TrainingSession.Builder::date)
      .required("days", DECIMAL, TrainingSession::days, TrainingSession.Builder::days)
      .optional("title", STRING, TrainingSession::title, TrainingSession.Builder::title)
      .build();

  static final ObjectCodec<Auditor, Auditor.Builder> AUDITOR = ObjectCodec.define(Auditor.class,
          "The record of a trained auditor of the label: training certificate, audits, continuing training.",
          Auditor::builder, Auditor.Builder::build)
      .required("id", STRING, Auditor::id, Auditor.Builder::id)
      .required("person", PERSON, Auditor::person, Auditor.Builder::person)
      .required("category", AUDITOR_CATEGORY, Auditor::category, Auditor.Builder::category)
      .optional("trainingCertificateDate", DATE_CODEC, Auditor::trainingCertificateDate,
          Auditor.Builder::trainingCertificateDate)
      .list("participations", AUDIT_PARTICIPATION, Auditor::participations, Auditor.Builder::addAllParticipations)
      .list("continuingTraining", TRAINING_SESSION, Auditor::continuingTraining,
          Auditor.Builder::addAllContinuingTraining)
      .build();

  static final ObjectCodec<AuditorPool, AuditorPool.Builder> AUDITOR_POOL = ObjectCodec.define(AuditorPool.class,
          "The pool of trained auditors of an academy (groupe des auditeurs).",
          AuditorPool::builder, AuditorPool.Builder::build)
      .optional("academy", STRING, AuditorPool::academy, AuditorPool.Builder::academy)
      .list("auditors", AUDITOR, AuditorPool::auditors, AuditorPool.Builder::addAllAuditors)
      .build();

  // ---------------------------------------------------------------- audit file and audit report

  static final ObjectCodec<AuditFile, AuditFile.Builder> AUDIT_FILE = ObjectCodec.define(AuditFile.class,
          "The audit file (dossier d'audit): the documents of one audit, gathered to be checked together, each a"
              + " plain object without formatVersion and kind, each optional.",
          AuditFile::builder, AuditFile.Builder::build)
      .optional("plan", AUDIT_PLAN, AuditFile::plan, AuditFile.Builder::plan)
      .optional("dashboard", AUDIT_DASHBOARD, AuditFile::dashboard, AuditFile.Builder::dashboard)
      .optional("summary", AUDIT_SUMMARY, AuditFile::summary, AuditFile.Builder::summary)
      .optional("decision", LABEL_DECISION, AuditFile::decision, AuditFile.Builder::decision)
      .optional("labelRecord", LABEL_RECORD, AuditFile::labelRecord, AuditFile.Builder::labelRecord)
      .optional("auditorPool", AUDITOR_POOL, AuditFile::auditorPool, AuditFile.Builder::auditorPool)
      .optional("previousSummary", AUDIT_SUMMARY, AuditFile::previousSummary, AuditFile.Builder::previousSummary)
      .optional("nextDashboard", AUDIT_DASHBOARD, AuditFile::nextDashboard, AuditFile.Builder::nextDashboard)
      .build();

  static final Codec<LabelStatus> LABEL_STATUS = enumCodec(LabelStatus.class);

  /** Collects an {@link AuditReport}, whose counts and verdict must follow from its findings. */
  private static final class AuditReportParts {
    final AuditReport.Builder builder = AuditReport.builder();
    Verdict verdict;
    FindingCounts counts;
    List<Finding> findings = List.of();

    AuditReport build() {
      FindingCounts actual = FindingCounts.of(findings);
      if (!counts.equals(actual)) {
        throw new ObjectCodec.Inconsistency("inconsistent.reportCounts", ReportParts.describe(counts),
            ReportParts.describe(actual));
      }
      Verdict expected = Verdict.of(counts);
      if (verdict != expected) {
        throw new ObjectCodec.Inconsistency("inconsistent.reportVerdict", verdict.name(), expected.name());
      }
      return builder.build();
    }
  }

  static final ObjectCodec<AuditReport, AuditReportParts> AUDIT_REPORT = ObjectCodec.define(AuditReport.class,
          "The conformity report of an audit (rapport de conformité de l'audit): the findings of a check of an audit"
              + " file, whose pointers point into the audit file, with verdicts and counts. Counts and verdict must"
              + " follow from the findings.",
          AuditReportParts::new, AuditReportParts::build)
      .required("referentialId", STRING, AuditReport::referentialId, (p, v) -> p.builder.referentialId(v))
      .required("referentialEdition", STRING, AuditReport::referentialEdition,
          (p, v) -> p.builder.referentialEdition(v))
      .optional("uai", UAI, AuditReport::uai, (p, v) -> p.builder.uai(v))
      .optional("establishmentName", STRING, AuditReport::establishmentName, (p, v) -> p.builder.establishmentName(v))
      .optional("stage", STAGE, AuditReport::stage, (p, v) -> p.builder.stage(v))
      .optional("auditDate", DATE_CODEC, AuditReport::auditDate, (p, v) -> p.builder.auditDate(v))
      .required("asOf", DATE_CODEC, AuditReport::asOf, (p, v) -> p.builder.asOf(v))
      .required("language", STRING, AuditReport::language, (p, v) -> p.builder.language(v))
      .optional("labelStatus", LABEL_STATUS, AuditReport::labelStatus, (p, v) -> p.builder.labelStatus(v))
      .required("verdict", VERDICT, AuditReport::verdict, (p, v) -> {
        p.builder.verdict(v);
        p.verdict = v;
      })
      .required("counts", FINDING_COUNTS, AuditReport::counts, (p, v) -> {
        p.builder.counts(v);
        p.counts = v;
      })
      .list("criteria", CRITERION_RESULT, AuditReport::criteria, (p, v) -> p.builder.addAllCriteria(v))
      .list("findings", FINDING, AuditReport::findings, (p, v) -> {
        p.builder.addAllFindings(v);
        p.findings = v;
      })
      .list("ruleIds", STRING, AuditReport::ruleIds, (p, v) -> p.builder.addAllRuleIds(v))
      .build();

  // ---------------------------------------------------------------- registry

  private static final Map<DocumentKind, DocumentCodec<?>> DOCUMENTS = documents();

  private static Map<DocumentKind, DocumentCodec<?>> documents() {
    Map<DocumentKind, DocumentCodec<?>> documents = new EnumMap<>(DocumentKind.class);
    for (ObjectCodec<?, ?> root : List.of(DOSSIER, REFERENTIAL, ACADEMY_PROFILE, CONFORMITY_REPORT, AUDIT_PLAN,
        AUDIT_DASHBOARD, AUDIT_SUMMARY, LABEL_DECISION, LABEL_RECORD, AUDITOR_POOL, AUDIT_FILE, AUDIT_REPORT)) {
      register(documents, root);
    }
    for (DocumentKind kind : DocumentKind.values()) {
      if (!documents.containsKey(kind)) {
        throw new IllegalStateException("No codec for document kind " + kind);
      }
    }
    return Collections.unmodifiableMap(documents);
  }

  private static <T> void register(Map<DocumentKind, DocumentCodec<?>> documents, ObjectCodec<T, ?> root) {
    DocumentKind kind = DocumentKind.ofType(root.type()).filter(k -> k.type() == root.type())
        .orElseThrow(() -> new IllegalStateException("No document kind for " + root.name()));
    documents.put(kind, new DocumentCodec<>(kind, root));
  }

  /** Every type the module reads and writes, by class: documents with their header. */
  private static final Map<Class<?>, Codec<?>> BY_TYPE = byType();

  private static Map<Class<?>, Codec<?>> byType() {
    Map<Class<?>, Codec<?>> map = new LinkedHashMap<>();
    for (DocumentCodec<?> document : DOCUMENTS.values()) {
      map.put(document.kind().type(), document);
    }
    List<ObjectCodec<?, ?>> objects = List.of(PERSON, ESTABLISHMENT, NETWORK, ARTICULATION, TRANSVERSALITY,
        CRITERION_TEAM, MEASURE, INDICATOR, OBJECTIVE, IMPLEMENTATION, ACTION, ENGAGEMENT, CRITERION_SECTION,
        EVIDENCE, SOURCE_REF, EDITION, REQUIREMENT, REFORM_MEASURE, ACTOR, STRATEGIC_AXIS, OPERATIONAL_OBJECTIVE,
        EXAMPLE_ACTION, EXAMPLE_INDICATOR, EVALUATION_DOMAIN_LINK, CRITERION, QUALEDUC_SHEET,
        EVALUATION_SUB_DOMAIN, EVALUATION_DOMAIN, STRUCTURE_ELEMENT, PROCESS_PARAMETERS, RULE_TAILORING,
        ADDED_REQUIREMENT, FINDING_COUNTS, CRITERION_RESULT, FINDING, REQUIREMENT_COVERAGE, AUDIT_TEAM_MEMBER,
        INTERVIEWEE, DASHBOARD_ENTRY, REMARK, GAP, IMPROVEMENT_AXIS, HELD_AUDIT, AUDIT_PARTICIPATION,
        TRAINING_SESSION, AUDITOR);
    for (ObjectCodec<?, ?> codec : objects) {
      if (map.putIfAbsent(codec.type(), codec) != null) {
        throw new IllegalStateException("Two codecs for " + codec.name());
      }
    }
    map.put(Uai.class, UAI);
    map.put(SchoolYear.class, SCHOOL_YEAR);
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the codec of a document kind.
   *
   * @param kind the kind
   * @return its codec
   */
  public static DocumentCodec<?> document(DocumentKind kind) {
    return DOCUMENTS.get(kind);
  }

  /**
   * Returns the codec of a document type.
   *
   * @param type the model type, for example {@code Dossier.class}
   * @param <T> the type
   * @return the codec
   * @throws IllegalArgumentException if the type is not a document type
   */
  @SuppressWarnings("unchecked")
  public static <T> DocumentCodec<T> document(Class<T> type) {
    DocumentKind kind = DocumentKind.ofType(type).orElseThrow(() -> new IllegalArgumentException(
        type.getName() + " is not a document type of the JSON format; document types: "
            + documentTypeNames()));
    return (DocumentCodec<T>) DOCUMENTS.get(kind);
  }

  private static String documentTypeNames() {
    StringBuilder sb = new StringBuilder();
    for (DocumentKind kind : DocumentKind.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(kind.type().getSimpleName());
    }
    return sb.toString();
  }

  /**
   * Finds the codec of a type of the model: the exact type, or the model type an implementation
   * class extends (for writing).
   *
   * @param type the class
   * @param exact whether only the exact class matches (for reading)
   * @return the codec, or null when the type is not of the model
   */
  public static Codec<?> forType(Class<?> type, boolean exact) {
    Codec<?> codec = BY_TYPE.get(type);
    if (codec != null || exact) {
      return codec;
    }
    for (Map.Entry<Class<?>, Codec<?>> e : BY_TYPE.entrySet()) {
      if (e.getKey().isAssignableFrom(type)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The model types the codecs cover, documents first. */
  public static List<Class<?>> types() {
    return List.copyOf(BY_TYPE.keySet());
  }
}
