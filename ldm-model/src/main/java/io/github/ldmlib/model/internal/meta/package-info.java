/**
 * The declarations of the model's types for {@link io.github.ldmlib.model.meta.ModelType}: one
 * holder per area of the model (shared types, dossier, referential, academy profile, conformity
 * report, audit), each described at the first look-up of one of its types, and the registry that
 * finds them. Nothing here is supported API; it is public only so that the model's public
 * metamodel can reach it, and it may change in any release.
 */
package io.github.ldmlib.model.internal.meta;
