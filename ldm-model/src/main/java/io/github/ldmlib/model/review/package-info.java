/**
 * The annual review of a labelled establishment (<i>bilan annuel</i>): between two audits, the
 * school's own account of a school year, written by its {@link
 * io.github.ldmlib.model.review.QualityWorkingGroup quality working group}, with the {@link
 * io.github.ldmlib.model.review.InitiativeProgress progress} of the dossier's actions and
 * engagements and the year's {@link io.github.ldmlib.model.review.IndicatorMeasure measures} of
 * its indicators, criterion by criterion, and the {@link
 * io.github.ldmlib.model.review.BodyPresentation presentations} to the school's bodies.
 *
 * <p>The national sheet « Fiche 2 » names the conditions it follows: a quality working group, the
 * regular follow-up of the indicators defined, and an annual review « présenté aux instances de
 * l'établissement (conseil d'administration, conseil pédagogique...) ». It says nothing of the
 * review's form: what it does not name is optional here.
 *
 * <p>{@link io.github.ldmlib.model.review.IndicatorHistory} joins a dossier and its reviews into
 * one series per indicator, and tells whether each is on track for its target. A {@link
 * io.github.ldmlib.model.review.ReviewFile review file} gathers a dossier, its label record, its
 * reviews and the summary of the last audit held, to check the follow-up of the label as a whole.
 *
 * <p>All types are immutable and thread-safe. Collections are never null and unmodifiable; what is
 * optional is an {@link java.util.Optional}. Bean Validation constraints on the accessors check
 * the shape of what is present; completeness is checked by the rules.
 */
package io.github.ldmlib.model.review;
