/**
 * Implementation details of the test kit (the dossier maker, its word lists, copy-modify helpers,
 * failure message formatting). Nothing here is supported API; it may change in any release.
 */
package io.github.ldmlib.test.internal;
