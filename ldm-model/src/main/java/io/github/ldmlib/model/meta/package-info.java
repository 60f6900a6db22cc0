/**
 * The description of the model itself: the {@link io.github.ldmlib.model.meta.DocumentKind kinds of
 * document} every module shares.
 */
package io.github.ldmlib.model.meta;
