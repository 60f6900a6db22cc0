package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.ADVICE;
import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.BodyPresentation;
import io.github.ldmlib.model.review.InitiativeProgress;
import io.github.ldmlib.model.review.ProgressStatus;
import io.github.ldmlib.model.review.SchoolBody;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Place;
import io.github.ldmlib.rules.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules on an annual review (bilan annuel): well-formedness, referential, presentation to the school's bodies. */
final class ReviewRules {

  private ReviewRules() {}

  /** The words of Fiche 2 on the annual review, with the extraction's artefacts fixed. */
  static final String PRESENTED = "La rédaction d'un bilan annuel a minima, présenté aux instances de "
      + "l'établissement (conseil d'administration, conseil pédagogique...).";

  static final Rule<AnnualReview> WELL_FORMED = Catalogue.review("LDM-R-001", TO_COMPLETE)
      .citing("the model's constraints")
      .checks("The annual review is well-formed: every Bean Validation constraint of the model holds (texts, "
          + "identifiers, UAI codes). One finding per violation, at its pointer; the message is the constraint's, "
          + "in the report's language.")
      .grade("The source is silent: these are the model's own constraints. TO_COMPLETE, as for a dossier: a "
          + "malformed value is corrected in place.")
      .check(ReviewRules::wellFormed);

  static final Rule<AnnualReview> SAME_REFERENTIAL = Catalogue.review("LDM-R-002", TO_COMPLETE)
      .citing("the library itself")
      .checks("The review names the referential it is checked against (`referentialId`).")
      .reads("referential id")
      .grade("The source is silent: which referential a review follows up is the library's bookkeeping. "
          + "TO_COMPLETE rather than NOT_SUBMITTABLE: no text makes a review a condition of anything, so "
          + "nothing blocks; the id is to be corrected.")
      .check(ReviewRules::sameReferential);

  static final Rule<AnnualReview> PRESENTED_TO_BOARD = Catalogue.review("LDM-R-010", TO_COMPLETE)
      .source(Sources.FOLLOW_UP)
      .checks("The review was presented to the board (`presentations` holds one whose `body` is `BOARD`).")
      .clause(PRESENTED)
      .grade("Fiche 2 makes an annual review « présenté aux instances de l'établissement » a necessity "
          + "(« nécessitent ») of the approach and names the conseil d'administration first: a review not "
          + "presented to it is to complete. Not NOT_SUBMITTABLE, as no text makes it a condition of the label.")
      .check(ReviewRules::presentedToBoard);

  static final Rule<AnnualReview> MINUTES_IN_ANNEX = Catalogue.review("LDM-R-011", TO_COMPLETE)
      .source(Sources.FOLLOW_UP)
      .checks("The minutes a presentation cites (`minutesEvidenceId`) are an item of the review's evidence annex.")
      .grade("The source is silent on minutes: it asks for the presentation only. The id of the minutes names a "
          + "piece the annex must then hold, a consistency of the review's own; TO_COMPLETE, the piece is to be "
          + "attached or the id corrected.")
      .check(ReviewRules::minutesInAnnex);

  static final Rule<AnnualReview> STOPPED_WITH_REASON = Catalogue.review("LDM-R-020", ADVICE)
      .source(Sources.FOLLOW_UP)
      .checks("An action or engagement the review reports as stopped (`STOPPED`) says why (`reason`).")
      .grade("The source is silent on stopped actions: Fiche 2 asks for a collective and regular "
          + "self-evaluation, not for reasons. The milder ADVICE was chosen for that reason.")
      .check(ReviewRules::stoppedWithReason);

  private static void wellFormed(CheckContext<AnnualReview> context, FindingSink findings) {
    for (Violation v : LdmValidation.validate(context.document(), context.language())) {
      findings.report(v.pointer(), "violation", v.message(), v.constraint());
    }
  }

  private static void sameReferential(CheckContext<AnnualReview> context, FindingSink findings) {
    String named = context.document().referentialId();
    if (!named.equals(context.referential().id())) {
      findings.report(JsonPointer.of("referentialId"), "otherReferential", named, context.referential().id());
    }
  }

  private static void presentedToBoard(CheckContext<AnnualReview> context, FindingSink findings) {
    if (context.document().presentations().stream().noneMatch(p -> p.body() == SchoolBody.BOARD)) {
      findings.report(JsonPointer.of("presentations"), "notToBoard", context.document().schoolYear());
    }
  }

  private static void minutesInAnnex(CheckContext<AnnualReview> context, FindingSink findings) {
    Set<String> annex = new HashSet<>();
    context.document().evidence().stream().map(Evidence::id).forEach(annex::add);
    List<BodyPresentation> presentations = context.document().presentations();
    for (int k = 0; k < presentations.size(); k++) {
      String id = presentations.get(k).minutesEvidenceId().orElse(null);
      if (id != null && !annex.contains(id)) {
        findings.report(Pointers.of("presentations", k, "minutesEvidenceId"), "unresolved", id);
      }
    }
  }

  private static void stoppedWithReason(CheckContext<AnnualReview> context, FindingSink findings) {
    for (Place<InitiativeProgress> p : context.each(InitiativeProgress.class)) {
      if (p.value().status() == ProgressStatus.STOPPED && p.value().reason().isEmpty()) {
        findings.report(p.pointer().append("reason"), "noReason", p.value().initiativeId());
      }
    }
  }
}
