/**
 * Implementation details of the model (Immutables style, constraint validators, Hibernate
 * Validator set-up). Nothing here is supported API; it may change in any release.
 */
package io.github.ldmlib.model.internal;
