/**
 * The domain model of the « Lycée des métiers » label: value types shared by every part of the
 * model ({@link io.github.ldmlib.model.Uai UAI codes}, {@link io.github.ldmlib.model.SchoolYear
 * school years}). The referential side is in {@code io.github.ldmlib.model.referential}, the
 * applicant side in {@code io.github.ldmlib.model.dossier}, audits and the label's life in {@code
 * io.github.ldmlib.model.audit}, validation in {@code io.github.ldmlib.model.validation}. {@link
 * io.github.ldmlib.model.LibraryVersion} tells the version of the library.
 */
package io.github.ldmlib.model;
