/**
 * Internals of the command line: the picocli commands, the reading of inputs, the batch summary,
 * the message bundles. Not part of the supported API: use {@link io.github.ldmlib.cli.Ldm}.
 */
package io.github.ldmlib.cli.internal;
