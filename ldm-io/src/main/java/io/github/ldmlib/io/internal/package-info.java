/**
 * Implementation of the JSON format: the codecs that map each model type onto JSON, the read
 * state, the Jackson adapters and the input helpers. Nothing here is supported API; it may change
 * in any release.
 */
package io.github.ldmlib.io.internal;
