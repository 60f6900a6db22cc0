package io.github.ldmlib.model.internal.meta;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.IndicatorUnit;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.meta.ModelType;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.AxisProgress;
import io.github.ldmlib.model.review.BodyPresentation;
import io.github.ldmlib.model.review.IndicatorMeasure;
import io.github.ldmlib.model.review.InitiativeProgress;
import io.github.ldmlib.model.review.ProgressStatus;
import io.github.ldmlib.model.review.QualityWorkingGroup;
import io.github.ldmlib.model.review.ReviewFile;
import io.github.ldmlib.model.review.ReviewSection;
import io.github.ldmlib.model.review.SchoolBody;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The types of an annual review (bilan annuel), of the types only a review holds, and of the review file. */
final class ReviewTypes {

  private ReviewTypes() {}

  static final List<ModelType<?>> TYPES = List.of(
      Declaration.value(QualityWorkingGroup.class,
              "The quality working group (groupe de travail qualité et amélioration continue): members, meetings.",
              QualityWorkingGroup::builder, QualityWorkingGroup.Builder::build)
          .list("members", Person.class, QualityWorkingGroup.Builder::addAllMembers)
          .list("meetingDates", LocalDate.class, QualityWorkingGroup.Builder::addAllMeetingDates)
          .build(),

      Declaration.value(InitiativeProgress.class,
              "The progress of an action or engagement of the dossier, by its id, over the year reviewed.",
              InitiativeProgress::builder, InitiativeProgress.Builder::build)
          .required("initiativeId", String.class, InitiativeProgress.Builder::initiativeId)
          .required("status", ProgressStatus.class, InitiativeProgress.Builder::status)
          .optional("reason", String.class, InitiativeProgress.Builder::reason)
          .build(),

      Declaration.value(IndicatorMeasure.class,
              "The value of an indicator, by its id, in the year reviewed; a new indicator gives label, unit, direction.",
              IndicatorMeasure::builder, IndicatorMeasure.Builder::build)
          .required("indicatorId", String.class, IndicatorMeasure.Builder::indicatorId)
          .optional("label", String.class, IndicatorMeasure.Builder::label)
          .optional("unit", IndicatorUnit.class, IndicatorMeasure.Builder::unit)
          .optional("direction", Direction.class, IndicatorMeasure.Builder::direction)
          .required("value", BigDecimal.class, IndicatorMeasure.Builder::value)
          .build(),

      Declaration.value(ReviewSection.class,
              "The part of an annual review about one criterion: progress, measures, self-evaluation.",
              ReviewSection::builder, ReviewSection.Builder::build)
          .required("criterionId", String.class, ReviewSection.Builder::criterionId)
          .list("progress", InitiativeProgress.class, ReviewSection.Builder::addAllProgress)
          .list("measures", IndicatorMeasure.class, ReviewSection.Builder::addAllMeasures)
          .optional("selfEvaluation", String.class, ReviewSection.Builder::selfEvaluation)
          .build(),

      Declaration.value(AxisProgress.class,
              "What the year did about an improvement axis of the last audit, by the axis id.",
              AxisProgress::builder, AxisProgress.Builder::build)
          .required("axisId", String.class, AxisProgress.Builder::axisId)
          .required("done", String.class, AxisProgress.Builder::done)
          .build(),

      Declaration.value(BodyPresentation.class,
              "A presentation of the annual review to a body of the establishment (instance), with its minutes.",
              BodyPresentation::builder, BodyPresentation.Builder::build)
          .required("body", SchoolBody.class, BodyPresentation.Builder::body)
          .optional("date", LocalDate.class, BodyPresentation.Builder::date)
          .optional("minutesEvidenceId", String.class, BodyPresentation.Builder::minutesEvidenceId)
          .build(),

      Declaration.value(AnnualReview.class,
              "The annual review (bilan annuel) of a labelled establishment, presented to the school's bodies.",
              AnnualReview::builder, AnnualReview.Builder::build)
          .required("referentialId", String.class, AnnualReview.Builder::referentialId)
          .optional("referentialEdition", String.class, AnnualReview.Builder::referentialEdition)
          .required("establishment", Establishment.class, AnnualReview.Builder::establishment)
          .required("schoolYear", SchoolYear.class, AnnualReview.Builder::schoolYear)
          .optional("date", LocalDate.class, AnnualReview.Builder::date)
          .optional("workingGroup", QualityWorkingGroup.class, AnnualReview.Builder::workingGroup)
          .list("sections", ReviewSection.class, AnnualReview.Builder::addAllSections)
          .list("axes", AxisProgress.class, AnnualReview.Builder::addAllAxes)
          .list("presentations", BodyPresentation.class, AnnualReview.Builder::addAllPresentations)
          .list("evidence", Evidence.class, AnnualReview.Builder::addAllEvidence)
          .build(),

      Declaration.value(ReviewFile.class,
              "The review file (dossier de suivi): a dossier, its label record, its annual reviews and the summary"
                  + " of the last audit held, each a plain object without formatVersion and kind, each optional.",
              ReviewFile::builder, ReviewFile.Builder::build)
          .optional("date", LocalDate.class, ReviewFile.Builder::date)
          .optional("dossier", Dossier.class, ReviewFile.Builder::dossier)
          .optional("labelRecord", LabelRecord.class, ReviewFile.Builder::labelRecord)
          .list("reviews", AnnualReview.class, ReviewFile.Builder::addAllReviews)
          .optional("lastAuditSummary", AuditSummary.class, ReviewFile.Builder::lastAuditSummary)
          .build());
}
