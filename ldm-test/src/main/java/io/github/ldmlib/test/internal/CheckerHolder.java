package io.github.ldmlib.test.internal;

import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.rules.Checker;
import java.util.List;
import java.util.Objects;

/**
 * Builds a checker once, on first use, and shares it between the fixtures derived from one another:
 * building a checker validates the referential, which is worth doing once per test class rather
 * than once per fixture.
 */
public final class CheckerHolder {

  private final Referential referential;
  private final List<RuleTailoring> tailorings;
  private volatile Checker<Dossier> checker;

  private CheckerHolder(Referential referential, List<RuleTailoring> tailorings, Checker<Dossier> checker) {
    this.referential = referential;
    this.tailorings = tailorings;
    this.checker = checker;
  }

  /**
   * A holder that will build the checker with the built-in rules and the tailorings.
   *
   * @param referential the referential
   * @param tailorings the rule tailorings, for example an academy profile's
   * @return the holder
   */
  public static CheckerHolder lazy(Referential referential, List<RuleTailoring> tailorings) {
    return new CheckerHolder(Objects.requireNonNull(referential, "referential"), List.copyOf(tailorings), null);
  }

  /**
   * A holder of a checker built by the caller.
   *
   * @param checker the checker
   * @return the holder
   */
  public static CheckerHolder of(Checker<Dossier> checker) {
    Objects.requireNonNull(checker, "checker");
    return new CheckerHolder(checker.referential(), List.of(), checker);
  }

  /** Returns the checker, building it on first use. */
  public Checker<Dossier> get() {
    Checker<Dossier> c = checker;
    if (c == null) {
      synchronized (this) {
        c = checker;
        if (c == null) {
          c = Checker.builder(DocumentKind.DOSSIER).referential(referential).tailorings(tailorings).build();
          checker = c;
        }
      }
    }
    return c;
  }
}
