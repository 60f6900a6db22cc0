/** Internals of ldm-office: not API, may change in any release. */
package io.github.ldmlib.office.internal;
