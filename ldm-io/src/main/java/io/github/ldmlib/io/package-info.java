/**
 * The JSON format of the « Lycée des métiers » label: {@link io.github.ldmlib.io.LdmJson} reads and
 * writes dossiers, referentials, academy profiles, conformity reports and the documents of audits
 * and of the label's life (one document, or a JSON Lines batch with {@link
 * io.github.ldmlib.io.JsonLinesReader}) with {@code jackson-core} alone, {@link
 * io.github.ldmlib.io.LdmModule} does the same inside a host application's Jackson {@code
 * ObjectMapper} (with {@code jackson-databind}, an optional dependency the application declares), and every fault of the input is an {@link
 * io.github.ldmlib.io.LdmFormatException} with its line, column and JSON Pointer. {@link
 * io.github.ldmlib.io.Referentials} holds the referentials bundled in this jar and applies academy
 * profiles to them.
 *
 * <p>The format is described in {@code docs/format.md} and by one JSON Schema per {@link
 * io.github.ldmlib.model.meta.DocumentKind document kind}, shipped in this jar ({@link
 * io.github.ldmlib.io.JsonSchemas}).
 */
package io.github.ldmlib.io;
