package io.github.ldmlib.model.internal.meta;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Articulation;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.EngagementDecision;
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
import io.github.ldmlib.model.dossier.ResponsibleTeam;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.dossier.Transversality;
import io.github.ldmlib.model.meta.ModelType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/** The types of a dossier (dossier de labellisation) and of the types only a dossier holds. */
final class DossierTypes {

  private DossierTypes() {}

  /** The properties of {@link Initiative}, which actions and engagements share, with each builder's setters. */
  private static <T extends Initiative, B> Declaration<T, B> initiative(Declaration<T, B> d,
      BiConsumer<B, String> id, BiConsumer<B, String> title, BiConsumer<B, String> description, BiConsumer<B, Integer> durationYears,
      BiConsumer<B, List<Objective>> objectives, BiConsumer<B, Implementation> implementation,
      BiConsumer<B, List<String>> requirementIds, BiConsumer<B, List<String>> evidenceIds) {
    return d.optional("id", String.class, id)
        .required("title", String.class, title)
        .optional("description", String.class, description)
        .optionalInt("durationYears", durationYears)
        .list("objectives", Objective.class, objectives)
        .optional("implementation", Implementation.class, implementation)
        .list("requirementIds", String.class, requirementIds)
        .list("evidenceIds", String.class, evidenceIds);
  }

  static final List<ModelType<?>> TYPES = List.of(
      Declaration.value(Establishment.class, "An establishment (établissement) that applies, alone or in a network.",
              Establishment::builder, Establishment.Builder::build)
          .optional("uai", Uai.class, Establishment.Builder::uai)
          .required("name", String.class, Establishment.Builder::name)
          .optional("type", EstablishmentType.class, Establishment.Builder::type)
          .optional("sector", Sector.class, Establishment.Builder::sector)
          .optional("town", String.class, Establishment.Builder::town)
          .optional("academy", String.class, Establishment.Builder::academy)
          .optional("region", String.class, Establishment.Builder::region)
          .build(),

      Declaration.value(Network.class,
              "A network candidature (candidature en réseau): the co-applicants of the lead establishment.",
              Network::builder, Network.Builder::build)
          .optional("name", String.class, Network.Builder::name)
          .list("coApplicants", Establishment.class, Network.Builder::addAllCoApplicants)
          .build(),

      Declaration.value(Articulation.class,
              "How the label work fits with self-evaluation, the projet d'établissement, the contrat d'objectifs and other labels.",
              Articulation::builder, Articulation.Builder::build)
          .optional("selfEvaluation", String.class, Articulation.Builder::selfEvaluation)
          .optional("establishmentProject", String.class, Articulation.Builder::establishmentProject)
          .optional("objectivesContract", String.class, Articulation.Builder::objectivesContract)
          .list("otherLabels", String.class, Articulation.Builder::addAllOtherLabels)
          .build(),

      Declaration.value(Transversality.class,
              "The transversality of the quality approach for one criterion (transversalité).",
              Transversality::builder, Transversality.Builder::build)
          .list("evaluationDomainIds", String.class, Transversality.Builder::addAllEvaluationDomainIds)
          .list("qualeducSheetIds", String.class, Transversality.Builder::addAllQualeducSheetIds)
          .optional("establishmentProjectAxis", String.class, Transversality.Builder::establishmentProjectAxis)
          .optional("objectivesContractAxis", String.class, Transversality.Builder::objectivesContractAxis)
          .optional("cmqCriterion", String.class, Transversality.Builder::cmqCriterion)
          .build(),

      Declaration.value(CriterionTeam.class, "The team of a criterion (équipe critère): coordinator and members.",
              CriterionTeam::builder, CriterionTeam.Builder::build)
          .optional("coordinator", Person.class, CriterionTeam.Builder::coordinator)
          .list("members", Person.class, CriterionTeam.Builder::addAllMembers)
          .build(),

      Declaration.value(ResponsibleTeam.class,
              "The team an engagement decision makes responsible for one criterion (équipe responsable).",
              ResponsibleTeam::builder, ResponsibleTeam.Builder::build)
          .required("criterionId", String.class, ResponsibleTeam.Builder::criterionId)
          .required("team", CriterionTeam.class, ResponsibleTeam.Builder::team)
          .build(),

      Declaration.value(EngagementDecision.class,
              "The engagement decision (décision d'engagement, LDM 01 of the 2012 procedure): board vote, minutes, teams.",
              EngagementDecision::builder, EngagementDecision.Builder::build)
          .required("boardVoteDate", LocalDate.class, EngagementDecision.Builder::boardVoteDate)
          .optional("minutesEvidenceId", String.class, EngagementDecision.Builder::minutesEvidenceId)
          .list("teams", ResponsibleTeam.class, EngagementDecision.Builder::addAllTeams)
          .build(),

      Declaration.value(Measure.class,
              "A measure of an indicator (mesure) in a school year, at a milestone (N, N+3, N+5).",
              Measure::builder, Measure.Builder::build)
          .required("schoolYear", SchoolYear.class, Measure.Builder::schoolYear)
          .required("milestone", Milestone.class, Measure.Builder::milestone)
          .required("value", BigDecimal.class, Measure.Builder::value)
          .build(),

      Declaration.value(Indicator.class,
              "An evaluation indicator (indicateur d'évaluation) with its unit, direction, target and measures.",
              Indicator::builder, Indicator.Builder::build)
          .optional("id", String.class, Indicator.Builder::id)
          .required("label", String.class, Indicator.Builder::label)
          .required("unit", IndicatorUnit.class, Indicator.Builder::unit)
          .required("direction", Direction.class, Indicator.Builder::direction)
          .optional("target", BigDecimal.class, Indicator.Builder::target)
          .list("measures", Measure.class, Indicator.Builder::addAllMeasures)
          .build(),

      Declaration.value(Objective.class,
              "An operational objective of an action or engagement (objectif opérationnel) and its indicators.",
              Objective::builder, Objective.Builder::build)
          .required("text", String.class, Objective.Builder::text)
          .list("indicators", Indicator.class, Objective.Builder::addAllIndicators)
          .build(),

      Declaration.value(Implementation.class,
              "How an action or engagement is carried out (mise en œuvre): resources, schedule, places, organisation.",
              Implementation::builder, Implementation.Builder::build)
          .optional("resources", String.class, Implementation.Builder::resources)
          .optional("schedule", String.class, Implementation.Builder::schedule)
          .optional("places", String.class, Implementation.Builder::places)
          .optional("organisation", String.class, Implementation.Builder::organisation)
          .build(),

      initiative(Declaration.value(Action.class,
                  "An action (work done or under way) with its objectives, indicators and measures at N, N+3, N+5.",
                  Action::builder, Action.Builder::build),
              Action.Builder::id, Action.Builder::title, Action.Builder::description, Action.Builder::durationYears,
              Action.Builder::addAllObjectives, Action.Builder::implementation,
              Action.Builder::addAllRequirementIds, Action.Builder::addAllEvidenceIds)
          .optional("startYear", SchoolYear.class, Action.Builder::startYear)
          .optional("perennial", Boolean.class, Action.Builder::perennial)
          .optional("addedValue", String.class, Action.Builder::addedValue)
          .optional("strengths", String.class, Action.Builder::strengths)
          .optional("improvementAreas", String.class, Action.Builder::improvementAreas)
          .optional("conclusion", String.class, Action.Builder::conclusion)
          .build(),

      initiative(Declaration.value(Engagement.class,
                  "An engagement (work to come) with its lead and the measures at the reference year N.",
                  Engagement::builder, Engagement.Builder::build),
              Engagement.Builder::id, Engagement.Builder::title, Engagement.Builder::description, Engagement.Builder::durationYears,
              Engagement.Builder::addAllObjectives, Engagement.Builder::implementation,
              Engagement.Builder::addAllRequirementIds, Engagement.Builder::addAllEvidenceIds)
          .optional("lead", Person.class, Engagement.Builder::lead)
          .optional("referenceYear", SchoolYear.class, Engagement.Builder::referenceYear)
          .build(),

      Declaration.value(CriterionSection.class,
              "The section of a dossier about one criterion: diagnosis, objective, transversality, team, actions, engagements.",
              CriterionSection::builder, CriterionSection.Builder::build)
          .required("criterionId", String.class, CriterionSection.Builder::criterionId)
          .optional("diagnosis", String.class, CriterionSection.Builder::diagnosis)
          .optional("generalObjective", String.class, CriterionSection.Builder::generalObjective)
          .optional("transversality", Transversality.class, CriterionSection.Builder::transversality)
          .optional("team", CriterionTeam.class, CriterionSection.Builder::team)
          .optional("commonStrategy", String.class, CriterionSection.Builder::commonStrategy)
          .list("actions", Action.class, CriterionSection.Builder::addAllActions)
          .list("engagements", Engagement.class, CriterionSection.Builder::addAllEngagements)
          .build(),

      Declaration.value(Evidence.class,
              "An item of the evidence annex (preuve), cited by id from actions and engagements.",
              Evidence::builder, Evidence.Builder::build)
          .required("id", String.class, Evidence.Builder::id)
          .required("title", String.class, Evidence.Builder::title)
          .required("kind", EvidenceKind.class, Evidence.Builder::kind)
          .optional("fileName", String.class, Evidence.Builder::fileName)
          .optional("sha256", String.class, Evidence.Builder::sha256)
          .build(),

      Declaration.value(Dossier.class, "A label dossier (dossier de labellisation) of the « Lycée des métiers » label.",
              Dossier::builder, Dossier.Builder::build)
          .required("referentialId", String.class, Dossier.Builder::referentialId)
          .optional("referentialEdition", String.class, Dossier.Builder::referentialEdition)
          .required("dossierKind", DossierKind.class, Dossier.Builder::dossierKind)
          .required("establishment", Establishment.class, Dossier.Builder::establishment)
          .optional("network", Network.class, Dossier.Builder::network)
          .optional("labelTitle", String.class, Dossier.Builder::labelTitle)
          .list("trades", String.class, Dossier.Builder::addAllTrades)
          .optional("boardVoteDate", LocalDate.class, Dossier.Builder::boardVoteDate)
          .optional("engagementDecision", EngagementDecision.class, Dossier.Builder::engagementDecision)
          .optional("submissionDate", LocalDate.class, Dossier.Builder::submissionDate)
          .optional("context", String.class, Dossier.Builder::context)
          .optional("articulation", Articulation.class, Dossier.Builder::articulation)
          .list("sections", CriterionSection.class, Dossier.Builder::addAllSections)
          .list("evidence", Evidence.class, Dossier.Builder::addAllEvidence)
          .build());
}
