/**
 * The description of the model itself, shared by every module: the {@link
 * io.github.ldmlib.model.meta.DocumentKind kinds of document}, and the {@link
 * io.github.ldmlib.model.meta.ModelType types} documents are made of with their {@link
 * io.github.ldmlib.model.meta.ModelProperty properties}.
 *
 * <p>The properties of each type are stated once, here, in the order of the type's JSON form;
 * the readers, writers and JSON Schemas of {@code ldm-io} and the validation's fast pass are made
 * from them, and a property's name is at once its accessor, its JSON key and its JSON Pointer
 * token:
 *
 * <pre>{@code
 * ModelType<? super Indicator> indicator = ModelType.of(Indicator.class).orElseThrow();
 * indicator.properties().forEach(p -> System.out.println(p.name() + (p.required() ? " (required)" : "")));
 * // label (required), unit (required), direction (required), target, measures
 * }</pre>
 */
package io.github.ldmlib.model.meta;
