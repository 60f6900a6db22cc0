/**
 * Internals of the command line: the picocli commands, the renderers of conformity reports and
 * audit documents in HTML, Markdown and text, the SVG charts of indicators, the message bundles.
 * Not part of the supported API: use {@link io.github.ldmlib.cli.Ldm} and {@link
 * io.github.ldmlib.cli.ReportRenderer}.
 */
package io.github.ldmlib.cli.internal;
