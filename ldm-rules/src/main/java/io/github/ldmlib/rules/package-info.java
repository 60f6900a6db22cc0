/**
 * The conformity engine of the « Lycée des métiers » label: one pipeline that checks a document of
 * any {@linkplain io.github.ldmlib.model.meta.DocumentKind kind} the engine knows — a dossier, an
 * audit file — against a referential and writes a {@link
 * io.github.ldmlib.model.conformity.ConformityReport conformity report}.
 *
 * <p>A {@link io.github.ldmlib.rules.Checker} is built once for one kind of document from a
 * referential and {@link io.github.ldmlib.rules.Rule rules}: the library's own ({@link
 * io.github.ldmlib.rules.BuiltInRules}), and custom ones passed directly or shipped by a {@link
 * io.github.ldmlib.rules.RuleProvider}. A rule is declared with {@link
 * io.github.ldmlib.rules.Rule#declare} (id, severity, criterion, source, messages, check) — the
 * library declares its own rules the same way — or written as a class. It reads a {@link
 * io.github.ldmlib.rules.CheckContext}, whose walk hands every element of the document with its
 * {@link io.github.ldmlib.rules.Place}, and reports to a {@link io.github.ldmlib.rules.FindingSink}
 * findings placed by JSON Pointer, with messages from a {@link io.github.ldmlib.rules.MessageSource}
 * in French (the default) and English.
 *
 * <p>{@link io.github.ldmlib.rules.DashboardPrefill} pre-fills an audit dashboard from the document
 * review of a dossier; {@link io.github.ldmlib.rules.EvidenceIntegrity} checks evidence files
 * against their declared digests.
 */
package io.github.ldmlib.rules;
