/**
 * Jakarta Bean Validation constraints of the label's value types: {@link
 * io.github.ldmlib.model.constraints.Text texts}, {@link
 * io.github.ldmlib.model.constraints.ValidUai UAI codes}, {@link
 * io.github.ldmlib.model.constraints.ValidSchoolYear school years}, {@link
 * io.github.ldmlib.model.constraints.Identifier identifiers} and {@link
 * io.github.ldmlib.model.constraints.Sha256 digests}.
 *
 * <p>The model uses them on its accessors; host applications may use them on their own classes.
 * Every validator answers "invalid" on odd input (empty, huge, unusual Unicode) and never throws.
 * Messages come in French (default) and English from the bundle {@code
 * io/github/ldmlib/model/ValidationMessages}.
 */
package io.github.ldmlib.model.constraints;
