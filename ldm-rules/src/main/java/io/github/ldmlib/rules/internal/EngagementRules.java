package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.EngagementDecision;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Rule;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Rules on the establishment's engagement decision (document LDM 01 of the Aix-Marseille 2012
 * procedure), for the referentials that ask for it ({@code engagementDecisionRequired}).
 */
final class EngagementRules {

  private EngagementRules() {}

  private static final String SOURCE = "the referential's own source, where its parameters come from";

  private static final String SCOPE = " Applies to a first dossier (`dossierKind` `INITIAL`: the engagement is "
      + "how a school enters the approach; the note says nothing of one at the renewal) when the referential "
      + "states `engagementDecisionRequired: true`, as the Aix-Marseille 2012 data does; the national guide does "
      + "not name the document, so the rule does not apply under the national referential. A minor gap: the "
      + "engagement is a form of the procedure, not the work the label judges.";

  private static final JsonPointer DECISION = JsonPointer.of("engagementDecision");

  /** Why the engagement rules are to complete: the same reason for the four. */
  private static final String GRADE = "The 2012 note asks for it (« adressent au recteur leur décision d'engagement », "
      + "« doit mentionner obligatoirement »), but sets no consequence on the dossier: a procedural form missing is "
      + "to complete, not a reason to refuse the dossier, so the milder TO_COMPLETE rather than NOT_SUBMITTABLE.";

  static final Rule<Dossier> PRESENT = Catalogue.dossier("LDM-D-075", TO_COMPLETE)
      .citing(SOURCE)
      .checks("The dossier carries the establishment's engagement decision (`engagementDecision`): Aix-Marseille "
          + "2012, procedure, 1/ Engagement des établissements dans la démarche, « Les établissements qui "
          + "souhaitent entrer dans cette démarche qualité adressent au recteur leur décision d'engagement avec la "
          + "copie du procès-verbal du vote du Conseil d'Administration (document LDM 01). »" + SCOPE)
      .reads("`parameters.engagementDecisionRequired`")
      .clause(Sources.AIX_ENGAGEMENT, "Les établissements qui souhaitent entrer dans cette démarche qualité adressent au recteur leur "
          + "décision d'engagement avec la copie du procès-verbal du vote du Conseil d'Administration (document LDM 01).")
      .grade(GRADE)
      .check(EngagementRules::present);

  static final Rule<Dossier> BEFORE_SUBMISSION = Catalogue.dossier("LDM-D-076", TO_COMPLETE)
      .citing(SOURCE)
      .checks("The board's vote of the engagement decision (`boardVoteDate`) is not later than the dossier's "
          + "`submissionDate`: Aix-Marseille 2012, procedure, 2/ Dossier de candidature, « Ce dossier est envoyé "
          + "au chef d'établissement à réception de son engagement. » The engagement comes first; a vote on the "
          + "day of submission is not reported, since the note sets no interval. Applies when both dates are "
          + "known." + SCOPE)
      .reads("`parameters.engagementDecisionRequired`")
      .clause(Sources.AIX_DOSSIER, "Ce dossier est envoyé au chef d'établissement à réception de son engagement.")
      .grade(GRADE)
      .check(EngagementRules::beforeSubmission);

  static final Rule<Dossier> MINUTES = Catalogue.dossier("LDM-D-077", TO_COMPLETE)
      .citing(SOURCE)
      .checks("The engagement decision names the copy of the minutes of the board's vote "
          + "(`minutesEvidenceId`), and that id names an item of the dossier's evidence annex: « leur décision "
          + "d'engagement avec la copie du procès-verbal du vote du Conseil d'Administration (document LDM 01) ». "
          + "A missing id and an id the annex does not have are each a finding." + SCOPE)
      .reads("`parameters.engagementDecisionRequired`")
      .clause(Sources.AIX_ENGAGEMENT, "leur décision d'engagement avec la copie du procès-verbal du vote du Conseil d'Administration "
          + "(document LDM 01)")
      .grade(GRADE)
      .check(EngagementRules::minutes);

  static final Rule<Dossier> TEAMS = Catalogue.dossier("LDM-D-078", TO_COMPLETE)
      .citing(SOURCE)
      .checks("The engagement decision names the team responsible for every mandatory criterion of the "
          + "referential: « Cet engagement doit mentionner obligatoirement pour chaque critère les équipes "
          + "responsables. » An optional criterion (2012, title V: « deux critères facultatifs ») is not asked "
          + "for: the school may take it up later, and the note does not say the engagement must foresee it. One "
          + "finding per criterion without a team, attributed to it." + SCOPE)
      .reads("`parameters.engagementDecisionRequired`; criteria (kind)")
      .clause(Sources.AIX_ENGAGEMENT, "Cet engagement doit mentionner obligatoirement pour chaque critère les équipes responsables.")
      .grade(GRADE)
      .check(EngagementRules::teams);

  /** True when the referential asks for the engagement decision and the dossier is a first one. */
  private static boolean applies(CheckContext<Dossier> context) {
    return context.parameters().engagementDecisionRequired().orElse(false)
        && context.document().dossierKind() == DossierKind.INITIAL;
  }

  private static Optional<EngagementDecision> decision(CheckContext<Dossier> context) {
    return applies(context) ? context.document().engagementDecision() : Optional.empty();
  }

  private static void present(CheckContext<Dossier> context, FindingSink findings) {
    if (applies(context) && context.document().engagementDecision().isEmpty()) {
      findings.at(DECISION).source(context.referential().source()).report("missing");
    }
  }

  private static void beforeSubmission(CheckContext<Dossier> context, FindingSink findings) {
    Optional<LocalDate> submitted = context.document().submissionDate();
    decision(context).filter(d -> submitted.isPresent() && d.boardVoteDate().isAfter(submitted.get()))
        .ifPresent(d -> findings.at(DECISION.append("boardVoteDate")).source(context.referential().source())
            .report("after", d.boardVoteDate(), submitted.get()));
  }

  private static void minutes(CheckContext<Dossier> context, FindingSink findings) {
    decision(context).ifPresent(d -> {
      FindingSink.Draft draft = findings.at(DECISION.append("minutesEvidenceId")).source(context.referential().source());
      if (d.minutesEvidenceId().isEmpty()) {
        draft.report("missing");
      } else if (context.document().evidence(d.minutesEvidenceId().get()).isEmpty()) {
        draft.report("unresolved", d.minutesEvidenceId().get());
      }
    });
  }

  private static void teams(CheckContext<Dossier> context, FindingSink findings) {
    decision(context).ifPresent(d -> {
      for (Criterion c : context.referential().criteria()) {
        if (c.isMandatory() && d.team(c.id()).isEmpty()) {
          findings.at(DECISION.append("teams")).criterion(c.id()).source(context.referential().source())
              .report("missing", c.id());
        }
      }
    });
  }
}
