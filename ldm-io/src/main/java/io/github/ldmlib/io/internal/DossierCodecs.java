package io.github.ldmlib.io.internal;

import static io.github.ldmlib.io.internal.Codecs.BOOLEAN;
import static io.github.ldmlib.io.internal.Codecs.DATE_CODEC;
import static io.github.ldmlib.io.internal.Codecs.DECIMAL;
import static io.github.ldmlib.io.internal.Codecs.SCHOOL_YEAR;
import static io.github.ldmlib.io.internal.Codecs.STRING;
import static io.github.ldmlib.io.internal.Codecs.UAI;
import static io.github.ldmlib.io.internal.Codecs.enumCodec;
import static io.github.ldmlib.io.internal.ModelCodecs.DOSSIER_KIND;
import static io.github.ldmlib.io.internal.ModelCodecs.ESTABLISHMENT_TYPE;
import static io.github.ldmlib.io.internal.ModelCodecs.PERSON;
import static io.github.ldmlib.io.internal.ModelCodecs.SECTOR;

import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Articulation;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Establishment;
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
import io.github.ldmlib.model.dossier.Transversality;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ObjIntConsumer;

/**
 * The codecs of a dossier (dossier de labellisation) and of the types only a dossier uses.
 *
 * <p>A holder of its own, initialized at first use, so that reading one kind of document defines
 * only the codecs that kind needs. The conventions are those of {@link ModelCodecs}.
 */
final class DossierCodecs {

  private DossierCodecs() {}

  static final Codec<EvidenceKind> EVIDENCE_KIND = enumCodec(EvidenceKind.class);
  static final Codec<IndicatorUnit> INDICATOR_UNIT = enumCodec(IndicatorUnit.class);
  static final Codec<Direction> DIRECTION = enumCodec(Direction.class);
  static final Codec<Milestone> MILESTONE = enumCodec(Milestone.class);

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
}
