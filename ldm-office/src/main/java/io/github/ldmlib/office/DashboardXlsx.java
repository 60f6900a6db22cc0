package io.github.ldmlib.office;

import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.office.internal.Msg;
import io.github.ldmlib.office.internal.SafeZip;
import io.github.ldmlib.office.internal.XlsxDashboard;
import io.github.ldmlib.rules.DashboardPrefill;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The audit dashboard (<i>tableau de bord</i>, LDM 04) as a workbook (XLSX) that the auditors fill
 * in during the audit day, offline, and back.
 *
 * <pre>{@code
 * DashboardXlsx xlsx = DashboardXlsx.french();
 * xlsx.write(DashboardPrefill.from(referential, dossier, plan), referential, Path.of("tdb.xlsx"));
 * // … the auditors fill in the workbook …
 * OfficeImport<AuditDashboard> read = xlsx.read(Path.of("tdb.xlsx"));
 * read.problems().forEach(System.out::println);     // Tableau de bord!D7, JSON Pointer, message
 * }</pre>
 *
 * <p>The sheet « Tableau de bord » has one row per entry: a criterion, then each of its
 * requirements, with the referential's wording. The reference columns (criterion, requirement,
 * wording) are locked (the sheet is protected without a password); the assessment is chosen from a
 * list (conforme, partiellement conforme, non conforme, non évalué); the evidence seen, the comment
 * and the re-assessed gaps and axes are free. Rows are matched back by criterion and requirement;
 * the exported dashboard, kept in the workbook's custom properties, gives the audit's identity and
 * the value kept when a cell cannot be read. Every problem names its cell ({@code Tableau de
 * bord!D7}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DashboardXlsx {

  private final Locale locale;
  private final OfficeLimits limits;

  private DashboardXlsx(Locale locale, OfficeLimits limits) {
    this.locale = locale;
    this.limits = limits;
  }

  /** Returns the reader and writer whose messages are French, with the default limits. */
  public static DashboardXlsx french() {
    return new DashboardXlsx(Locale.FRENCH, OfficeLimits.DEFAULTS);
  }

  /**
   * Returns the reader and writer whose messages are in the locale's language (English or French).
   *
   * @param locale the locale of messages, not null
   * @return the reader and writer
   */
  public static DashboardXlsx of(Locale locale) {
    return new DashboardXlsx(Objects.requireNonNull(locale, "locale"), OfficeLimits.DEFAULTS);
  }

  /**
   * Returns a copy reading within other limits.
   *
   * @param limits the limits, not null
   * @return the copy
   */
  public DashboardXlsx withLimits(OfficeLimits limits) {
    return new DashboardXlsx(locale, Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Writes a dashboard as a workbook. The workbook's words are French, the label's language.
   *
   * @param dashboard the dashboard, for example pre-filled by {@link DashboardPrefill}
   * @param referential the referential audited against: it gives the wordings
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void write(AuditDashboard dashboard, Referential referential, OutputStream out)
      throws IOException {
    XlsxDashboard.write(Objects.requireNonNull(dashboard, "dashboard"),
        Objects.requireNonNull(referential, "referential"), Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes a dashboard as a workbook file.
   *
   * @param dashboard the dashboard
   * @param referential the referential audited against
   * @param file the file, replaced if it exists
   * @throws IOException if writing fails
   */
  public void write(AuditDashboard dashboard, Referential referential, Path file)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(dashboard, referential, out);
    }
  }

  /**
   * Writes the dashboard pre-filled from a dossier for an audit ({@link DashboardPrefill}).
   *
   * @param referential the referential audited against
   * @param dossier the dossier the establishment submitted
   * @param plan the plan of the audit
   * @param out where to write; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException as {@link DashboardPrefill#from(Referential, Dossier,
   *     AuditPlan)} does
   */
  public void write(Referential referential, Dossier dossier, AuditPlan plan, OutputStream out)
      throws IOException {
    write(DashboardPrefill.from(referential, dossier, plan, locale), referential, out);
  }

  /**
   * Reads back a dashboard from a workbook written by {@link #write} and filled in since.
   *
   * @param in the workbook; not closed
   * @return the dashboard and every problem met, each with its cell and JSON Pointer
   * @throws OfficeFormatException if the workbook is not an XLSX written by ldm, is damaged, or
   *     exceeds a limit
   * @throws IOException if reading fails
   */
  public OfficeImport<AuditDashboard> read(InputStream in) throws IOException {
    byte[] bytes = SafeZip.read(Objects.requireNonNull(in, "in"), limits, Msg.of(locale));
    return XlsxDashboard.read(bytes, limits, locale);
  }

  /**
   * Reads back a dashboard from a workbook file.
   *
   * @param file the workbook
   * @return the dashboard and every problem met
   * @throws OfficeFormatException if the workbook is not an XLSX written by ldm, is damaged, or
   *     exceeds a limit
   * @throws IOException if reading fails
   */
  public OfficeImport<AuditDashboard> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }
}
