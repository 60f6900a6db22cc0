package io.github.ldmlib.report;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.referential.Referential;
import java.util.Objects;
import java.util.Optional;

/**
 * One input of a batch of dossiers, as the batch summary shows it ({@link
 * ReportRenderer#render(ReportFormat, java.util.List)}): either a dossier that was checked, with its
 * conformity report and the referential it was checked against, or an input that could not be read,
 * with the reason.
 *
 * <pre>{@code
 * List<BatchEntry> entries = List.of(
 *     BatchEntry.checked("tilleuls.json", report, referential),
 *     BatchEntry.unreadable("casse.json", "casse.json:1:44: JSON mal formé"));
 * String markdown = ReportRenderer.french().render(ReportFormat.MARKDOWN, entries);
 * }</pre>
 *
 * <p>Make entries with {@link #checked(String, ConformityReport, Referential)} or {@link
 * #unreadable(String, String)}. Instances are immutable and thread-safe.
 *
 * @param input the name the summary shows for the input, for example its file name or {@code lot.jsonl:4}
 * @param report the conformity report of the dossier; empty for an input that could not be read
 * @param referential the referential the dossier was checked against, whose criteria give their
 *     titles to the summary; present exactly when the report is
 * @param error why the input could not be read, in words; empty for a dossier that was checked
 */
public record BatchEntry(String input, Optional<ConformityReport> report, Optional<Referential> referential,
    Optional<String> error) {

  /**
   * Checks that the entry is either a checked dossier or an unreadable input.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the entry has both a report and an error, or neither; if it
   *     has a report without a referential or a referential without a report; or if the referential
   *     is not the one the report names (its id or edition differ)
   */
  public BatchEntry {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(referential, "referential");
    Objects.requireNonNull(error, "error");
    if (report.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("The entry " + input + " must have either a report or an error");
    }
    if (report.isPresent() != referential.isPresent()) {
      throw new IllegalArgumentException("The entry " + input
          + " must have a referential exactly when it has a report");
    }
    if (report.isPresent()) {
      ConformityReport r = report.get();
      Referential x = referential.get();
      if (!r.referentialId().equals(x.id()) || !r.referentialEdition().equals(x.edition().id())) {
        throw new IllegalArgumentException("The report of " + input + " was made against " + r.referentialId() + "@"
            + r.referentialEdition() + ", not " + x.id() + "@" + x.edition().id());
      }
    }
  }

  /**
   * Makes the entry of a dossier that was checked.
   *
   * @param input the name the summary shows for the input, not null
   * @param report the dossier's conformity report, not null
   * @param referential the referential the dossier was checked against (the one the report names), not null
   * @return the entry
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the referential's id or edition is not the report's
   */
  public static BatchEntry checked(String input, ConformityReport report, Referential referential) {
    return new BatchEntry(input, Optional.of(Objects.requireNonNull(report, "report")),
        Optional.of(Objects.requireNonNull(referential, "referential")), Optional.empty());
  }

  /**
   * Makes the entry of an input that could not be read.
   *
   * @param input the name the summary shows for the input, not null
   * @param error why it could not be read, in words, not null
   * @return the entry
   * @throws NullPointerException if an argument is null
   */
  public static BatchEntry unreadable(String input, String error) {
    Objects.requireNonNull(error, "error");
    return new BatchEntry(input, Optional.empty(), Optional.empty(), Optional.of(error));
  }
}
