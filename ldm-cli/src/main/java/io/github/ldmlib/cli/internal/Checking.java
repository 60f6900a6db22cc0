package io.github.ldmlib.cli.internal;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.report.ReportFormat;
import io.github.ldmlib.report.ReportRenderer;
import io.github.ldmlib.rules.Checker;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks documents as the options say: finds the referential of each document (or the one given),
 * applies the academy profile, builds a checker once per kind of document and referential and
 * keeps it for the next document of a batch. Nothing here depends on the kind of document: what
 * does is described by {@link CheckedKind}.
 */
public final class Checking {

  /**
   * A document checked: the report and the referential it was checked against.
   *
   * @param document the document and its kind
   * @param referential the referential, tailored by the academy profile if one was given
   * @param report the report
   * @param <D> the model type of the document
   */
  public record Checked<D>(CheckedKind.Document<D> document, Referential referential, ConformityReport report) {

    /** Renders the report as plain text, as {@code check} prints it. */
    public String text(ReportRenderer renderer) {
      return document.kind().text(renderer, report, referential, document.value());
    }

    /** Renders the report as HTML or Markdown. */
    public String render(ReportRenderer renderer, ReportFormat format) {
      return document.kind().render(renderer, format, report, referential, document.value());
    }
  }

  private final Inputs inputs;
  private final CheckOptions options;
  private final Map<String, Checker<?>> checkers = new HashMap<>();
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
   * Checks a document of any kind the commands check.
   *
   * @param document the document and its kind
   * @param <D> the model type
   * @return the report and its referential
   * @throws CliException if the referential cannot be found (or the document names none and none
   *     is given), the profile does not fit it, or the checker cannot be built
   */
  public <D> Checked<D> check(CheckedKind.Document<D> document) {
    CheckedKind<D> kind = document.kind();
    Referential base;
    if (options.referential().isPresent()) {
      if (!givenResolved) {
        given = inputs.referential(options.referential(), null);
        givenResolved = true;
      }
      base = given;
    } else {
      base = inputs.bundled(kind.referentialNamed(document.value()).orElseThrow(() -> new CliException(
          inputs.texts().get("error.unnamedReferential." + kind.kind().id(), document.source()), ExitCodes.INPUT)));
    }
    String key = kind.kind().id() + " " + base.id() + "@" + base.edition().id() + "#" + System.identityHashCode(base);
    @SuppressWarnings("unchecked")
    Checker<D> checker = (Checker<D>) checkers.get(key);
    if (checker == null) {
      List<RuleTailoring> tailorings = List.of();
      Referential referential = base;
      if (options.profile().isPresent()) {
        Inputs.Tailored tailored = inputs.tailor(options.profile().get(), base);
        referential = tailored.referential();
        tailorings = tailored.profile().ruleTailorings();
      }
      try {
        checker = Checker.builder(kind.kind()).referential(referential).tailorings(tailorings).build();
      } catch (IllegalArgumentException e) {
        throw new CliException(inputs.texts().get("error.checker", String.join(" ; ",
            e.getMessage().lines().skip(1).map(l -> l.replaceFirst("^- ", "")).toList())), ExitCodes.INPUT, e);
      }
      checkers.put(key, checker);
    }
    Optional<Stage> stage = options.stage();
    Locale locale = inputs.json().locale();
    D value = document.value();
    ConformityReport report;
    if (options.asOf().isPresent()) {
      LocalDate asOf = options.asOf().get();
      report = stage.isPresent() ? checker.check(value, asOf, stage.get(), locale) : checker.check(value, asOf, locale);
    } else {
      // Judged as it stood at its own date (submission date, audit day); the report says which and why.
      report = stage.isPresent() ? checker.check(value, stage.get(), locale) : checker.check(value, locale);
    }
    return new Checked<>(document, checker.referential(), report);
  }
}
