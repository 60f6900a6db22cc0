/**
 * The referential side of the label: a {@link io.github.ldmlib.model.referential.Referential}
 * (<i>cahier des charges</i>) in one {@link io.github.ldmlib.model.referential.Edition}, its
 * {@link io.github.ldmlib.model.referential.Criterion criteria} and their {@link
 * io.github.ldmlib.model.referential.Requirement requirements} (<i>attendus</i>), the catalogues
 * they cite ({@link io.github.ldmlib.model.referential.QualeducSheet Qualéduc sheets}, {@link
 * io.github.ldmlib.model.referential.EvaluationDomain evaluation domains}), the {@link
 * io.github.ldmlib.model.referential.StructureElement structure of a dossier} and the {@link
 * io.github.ldmlib.model.referential.ProcessParameters procedure parameters}.
 *
 * <p>{@link io.github.ldmlib.model.referential.ReferentialCheck} checks the integrity of a
 * referential, {@link io.github.ldmlib.model.referential.ReferentialDiff} compares two of them
 * (for example two editions) item by item, and an {@link
 * io.github.ldmlib.model.referential.AcademyProfile} tailors one for an academy.
 *
 * <p>Texts are official wording, kept verbatim; every item has a stable id and a {@link
 * io.github.ldmlib.model.referential.SourceRef source reference}. All types are immutable and
 * thread-safe.
 */
package io.github.ldmlib.model.referential;
