package io.github.ldmlib.cli.internal;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.rules.Checker;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks dossiers as the options say: finds the referential of each dossier (or the one given),
 * applies the academy profile, builds a checker once per referential and keeps it for the next
 * dossier of a batch.
 */
public final class Checking {

  /** A dossier checked: the report and the referential it was checked against. */
  public record Checked(Dossier dossier, Referential referential, ConformityReport report) {}

  private final Inputs inputs;
  private final CheckOptions options;
  private final Map<String, Checker<Dossier>> checkers = new HashMap<>();
  private Referential given;
  private boolean givenResolved;

  /**
   * Creates the checking.
   *
   * @param inputs the reader of inputs
   * @param options the options
   */
  public Checking(Inputs inputs, CheckOptions options) {
    this.inputs = inputs;
    this.options = options;
  }

  /**
   * Checks a dossier.
   *
   * @param dossier the dossier
   * @return the report and its referential
   * @throws CliException if the referential cannot be found or the profile does not fit it
   */
  public Checked check(Dossier dossier) {
    Referential base;
    if (options.referential().isPresent()) {
      if (!givenResolved) {
        given = inputs.referential(options.referential(), null);
        givenResolved = true;
      }
      base = given;
    } else {
      base = inputs.referential(Optional.empty(), dossier);
    }
    String key = base.id() + "@" + base.edition().id() + "#" + System.identityHashCode(base);
    Checker<Dossier> checker = checkers.get(key);
    Referential referential;
    if (checker == null) {
      List<RuleTailoring> tailorings = List.of();
      referential = base;
      if (options.profile().isPresent()) {
        Inputs.Tailored tailored = inputs.tailor(options.profile().get(), base);
        referential = tailored.referential();
        tailorings = tailored.profile().ruleTailorings();
      }
      try {
        checker = Checker.builder(DocumentKind.DOSSIER).referential(referential).tailorings(tailorings).build();
      } catch (IllegalArgumentException e) {
        throw new CliException(inputs.texts().get("error.checker", String.join(" ; ",
            e.getMessage().lines().skip(1).map(l -> l.replaceFirst("^- ", "")).toList())), ExitCodes.INPUT, e);
      }
      checkers.put(key, checker);
    }
    referential = checker.referential();
    Stage stage = options.stage(dossier);
    Locale locale = inputs.json().locale();
    ConformityReport report = options.asOf().isPresent()
        ? checker.check(dossier, options.asOf().get(), stage, locale)
        : checker.check(dossier, stage, locale);
    return new Checked(dossier, referential, report);
  }
}
