/**
 * Implementation details of the rules engine and the built-in rules (model introspection, JSON
 * Pointers, messages, the rule catalogue and the generator of docs/rules.md). Nothing here is
 * supported API; it may change in any release.
 */
package io.github.ldmlib.rules.internal;
