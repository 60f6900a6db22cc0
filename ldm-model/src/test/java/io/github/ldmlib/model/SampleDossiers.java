package io.github.ldmlib.model;

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
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.dossier.Transversality;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Well-formed dossiers built with the builders, for the model's own tests. */
public final class SampleDossiers {

  private SampleDossiers() {}

  public static final SchoolYear N = SchoolYear.parse("2020-2021");

  public static Indicator absenteeism(BigDecimal... values) {
    Indicator.Builder indicator = Indicator.builder()
        .label("Taux d'absentéisme en PFMP")
        .unit(IndicatorUnit.PERCENT)
        .direction(Direction.LOWER_IS_BETTER)
        .target(new BigDecimal("5"));
    Milestone[] milestones = Milestone.values();
    for (int i = 0; i < values.length; i++) {
      indicator.addMeasures(Measure.of(N.plusYears(milestones[i].yearsAfterStart()), milestones[i], values[i]));
    }
    return indicator.build();
  }

  public static Action action(Indicator indicator) {
    return Action.builder()
        .title("Suivi renforcé des périodes de formation en milieu professionnel")
        .description("Un enseignant référent appelle chaque tuteur à mi-période.")
        .durationYears(5)
        .perennial(true)
        .startYear(N)
        .addObjectives(Objective.builder().text("Réduire l'absentéisme en PFMP").addIndicators(indicator).build())
        .addedValue("Les élèves terminent leurs périodes et les tuteurs se sentent accompagnés.")
        .implementation(Implementation.builder()
            .resources("Deux heures par semaine de coordination")
            .schedule("Chaque période de PFMP")
            .places("Lycée et entreprises d'accueil")
            .organisation("Le référent PFMP appelle les tuteurs et rend compte en conseil pédagogique")
            .build())
        .strengths("Un réseau de tuteurs fidèles")
        .improvementAreas("Associer davantage les familles")
        .conclusion("Action pertinente au regard des moyens engagés")
        .addRequirementIds("C3.R5")
        .addEvidenceIds("P-01")
        .build();
  }

  public static Dossier complete() {
    return Dossier.builder()
        .referentialId("ldm-national-2023")
        .referentialEdition("2026-01")
        .dossierKind(DossierKind.INITIAL)
        .establishment(Establishment.builder()
            .uai(Uai.parse("0750654D"))
            .name("Lycée professionnel des Calanques")
            .type(EstablishmentType.VOCATIONAL_LYCEE)
            .sector(Sector.PUBLIC)
            .town("Marseille")
            .academy("Aix-Marseille")
            .region("Provence-Alpes-Côte d'Azur")
            .build())
        .labelTitle("Lycée des métiers de la mer et du nautisme")
        .addTrades("Maintenance nautique", "Navigation")
        .boardVoteDate(LocalDate.of(2025, 11, 20))
        .context("Lycée de 600 élèves au bord de la mer.")
        .articulation(Articulation.builder()
            .selfEvaluation("Le critère 3 prolonge le domaine 1 de l'auto-évaluation.")
            .establishmentProject("Axe 2 : réussite de tous les élèves")
            .objectivesContract("Objectif 1 : réduire le décrochage")
            .addOtherLabels("Euroscol")
            .build())
        .addSections(CriterionSection.builder()
            .criterionId("C3")
            .diagnosis("Trop d'élèves abandonnent leur PFMP.")
            .generalObjective("Sécuriser les parcours en PFMP")
            .transversality(Transversality.builder().addEvaluationDomainIds("D1").addQualeducSheetIds("2.7").build())
            .team(CriterionTeam.builder()
                .coordinator(Person.of("Martin", "Claire", "Directrice déléguée aux formations"))
                .addMembers(Person.of("Durand", "Paul", "Professeur de maintenance"))
                .build())
            .addActions(action(absenteeism(new BigDecimal("18"), new BigDecimal("12"), new BigDecimal("7"))))
            .addEngagements(Engagement.builder()
                .title("Livret d'accueil des tuteurs")
                .lead(Person.of("Durand", "Paul", "Professeur de maintenance"))
                .durationYears(2)
                .referenceYear(SchoolYear.parse("2025-2026"))
                .addObjectives(Objective.builder().text("Informer les tuteurs")
                    .addIndicators(Indicator.builder().label("Tuteurs ayant reçu le livret")
                        .unit(IndicatorUnit.COUNT).direction(Direction.HIGHER_IS_BETTER)
                        .addMeasures(Measure.of(SchoolYear.parse("2025-2026"), Milestone.START, BigDecimal.ZERO))
                        .build())
                    .build())
                .build())
            .build())
        .addEvidence(Evidence.builder().id("P-01").title("Tableau de suivi des PFMP").kind(EvidenceKind.DATA)
            .fileName("suivi-pfmp.xlsx").sha256("a".repeat(64)).build())
        .build();
  }
}
