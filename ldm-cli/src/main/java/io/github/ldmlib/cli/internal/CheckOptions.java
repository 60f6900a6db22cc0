package io.github.ldmlib.cli.internal;

import io.github.ldmlib.model.Stage;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that choose how a document is checked: referential, academy profile, date and stage. */
public final class CheckOptions {

  @Option(names = {"-r", "--referential"}, paramLabel = "ID[@EDITION]|FILE",
      description = "Referential to check against: a bundled one (ID or ID@EDITION, see 'ldm referential list') "
          + "or a referential file. Default: the referential and edition the document names.")
  String referential;

  @Option(names = {"-p", "--profile"}, paramLabel = "FILE|ID",
      description = "Academy or regional profile (kind \"academy-profile\") applied to the referential, its rule "
          + "tailorings and campaign parameters too: a file, or a bundled profile's id (nouvelle-aquitaine-2023: "
          + "the dossier and its evidence three weeks before the audit).")
  String profile;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Date of the check (YYYY-MM-DD): what is due depends on it. Default: the document's own "
          + "date (a dossier's submission date, an audit's day), or today if it states none.")
  LocalDate asOf;

  @Option(names = "--stage", paramLabel = "STAGE",
      description = "Stage of the label: ${COMPLETION-CANDIDATES}. Default: the stage the document states: "
          + "RENEWAL for a renewal dossier, CANDIDATURE for another dossier, the stage of the audit for an audit file.")
  Stage stage;

  /** The referential option, if given. */
  public Optional<String> referential() {
    return Optional.ofNullable(referential);
  }

  /** The profile option, if given: a file, or a bundled profile's id. */
  public Optional<String> profile() {
    return Optional.ofNullable(profile);
  }

  /** The date of the check, if given; else the checker judges the document at its own date. */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * The stage of the check, if given; otherwise the checker checks a document at the stage it
   * states (for a dossier, RENEWAL for a renewal and CANDIDATURE otherwise; for an audit file, the
   * stage of its audit).
   */
  public Optional<Stage> stage() {
    return Optional.ofNullable(stage);
  }
}
