package io.github.ldmlib.rules.internal;

import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.Rule;

/** A dossier rule of the library's own catalogue. */
public final class BuiltInRule extends BuiltIn<CheckContext> implements Rule {

  BuiltInRule(Builder b, Check<CheckContext> check) {
    super(b, check);
  }
}
