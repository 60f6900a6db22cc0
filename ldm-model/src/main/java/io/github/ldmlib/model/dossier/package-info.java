/**
 * The applicant side of the label: the {@link io.github.ldmlib.model.dossier.Dossier dossier de
 * labellisation} of an {@link io.github.ldmlib.model.dossier.Establishment establishment} (or a
 * {@link io.github.ldmlib.model.dossier.Network network}), its {@link
 * io.github.ldmlib.model.dossier.CriterionSection criterion sections} with their teams, {@link
 * io.github.ldmlib.model.dossier.Action actions} and {@link
 * io.github.ldmlib.model.dossier.Engagement engagements}, the {@link
 * io.github.ldmlib.model.dossier.Objective objectives} → {@link
 * io.github.ldmlib.model.dossier.Indicator indicators} → {@link
 * io.github.ldmlib.model.dossier.Measure measures} chain, and the {@link
 * io.github.ldmlib.model.dossier.Evidence evidence annex}.
 *
 * <p>All types are immutable and thread-safe. Collections are never null and unmodifiable; what is
 * optional is an {@link java.util.Optional}. Bean Validation constraints on the accessors check
 * the shape of what is present; completeness is checked by the rules.
 */
package io.github.ldmlib.model.dossier;
