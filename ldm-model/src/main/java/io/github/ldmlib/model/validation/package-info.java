/**
 * Bean Validation of the model: {@link io.github.ldmlib.model.validation.LdmValidation} shares one
 * correctly configured validator and returns {@link io.github.ldmlib.model.validation.Violation
 * violations} with their property path, JSON Pointer and a French or English message.
 */
package io.github.ldmlib.model.validation;
