/**
 * Internals of the reports: the builders of the view model (the one place that reads the
 * documents of the domain model), the chart geometry, the place of a JSON Pointer in words, the
 * message bundles and the precompiled templates ({@code internal.html}, {@code internal.plain}).
 * Public only to be shared within the module. Not part of the supported API: use {@link
 * io.github.ldmlib.report.ReportRenderer}.
 */
package io.github.ldmlib.report.internal;
