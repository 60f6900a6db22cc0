package io.github.ldmlib.office;

import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.office.internal.DocxReader;
import io.github.ldmlib.office.internal.DocxWriter;
import io.github.ldmlib.office.internal.Msg;
import io.github.ldmlib.office.internal.SafeZip;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A dossier as a Word document (DOCX) that a school's team fills in with Word or LibreOffice, and
 * back.
 *
 * <pre>{@code
 * DossierDocx docx = DossierDocx.french();
 * docx.write(dossier, referential, Path.of("dossier.docx"));
 * // … the team edits the document …
 * OfficeImport<Dossier> read = docx.read(Path.of("dossier.docx"));
 * read.problems().forEach(System.out::println);     // place, JSON Pointer, message
 * Dossier edited = read.valueOrThrow();
 * }</pre>
 *
 * <p>The document follows the guide's section E: per criterion, headed by the criterion's title in
 * the referential, the diagnosis and general objective, the transversality, the team, the actions
 * and their assessment, the engagements and who leads them, the objectives with their indicators
 * and measures N, N+3 and N+5, and the implementation; the evidence list closes it. Every table is
 * named by a bookmark on its caption, every action or engagement by its number (« A2 », objective
 * « A2.1 »), and the exported dossier is kept in the document's custom properties: rows added,
 * cells edited and measures filled in are read back; what the tables do not show (the
 * establishment, the dates, the referential) comes from that hidden copy. Text typed outside the
 * tables, unknown tables and cells outside the columns are reported as warnings, never dropped
 * silently.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DossierDocx {

  private final Locale locale;
  private final OfficeLimits limits;

  private DossierDocx(Locale locale, OfficeLimits limits) {
    this.locale = locale;
    this.limits = limits;
  }

  /** Returns the reader and writer whose messages are French, with the default limits. */
  public static DossierDocx french() {
    return new DossierDocx(Locale.FRENCH, OfficeLimits.DEFAULTS);
  }

  /**
   * Returns the reader and writer whose messages are in the locale's language (English or French).
   *
   * @param locale the locale of messages, not null
   * @return the reader and writer
   */
  public static DossierDocx of(Locale locale) {
    return new DossierDocx(Objects.requireNonNull(locale, "locale"), OfficeLimits.DEFAULTS);
  }

  /**
   * Returns a copy reading within other limits.
   *
   * @param limits the limits, not null
   * @return the copy
   */
  public DossierDocx withLimits(OfficeLimits limits) {
    return new DossierDocx(locale, Objects.requireNonNull(limits, "limits"));
  }

  /** The limits a document read must keep within. */
  public OfficeLimits limits() {
    return limits;
  }

  /**
   * Writes a dossier as a Word document. The document's words are French, the label's language.
   *
   * @param dossier the dossier
   * @param referential the referential of the dossier: its criteria give the headings
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void write(Dossier dossier, Referential referential, OutputStream out) throws IOException {
    DocxWriter.write(Objects.requireNonNull(dossier, "dossier"),
        Objects.requireNonNull(referential, "referential"), Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes a dossier as a Word document file.
   *
   * @param dossier the dossier
   * @param referential the referential of the dossier
   * @param file the file, replaced if it exists
   * @throws IOException if writing fails
   */
  public void write(Dossier dossier, Referential referential, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(dossier, referential, out);
    }
  }

  /**
   * Reads back a dossier from a Word document written by {@link #write} and edited since.
   *
   * @param in the document; not closed
   * @return the dossier and every problem met, each with its place and JSON Pointer
   * @throws OfficeFormatException if the document is not a DOCX written by ldm, is damaged, or
   *     exceeds a limit
   * @throws IOException if reading fails
   */
  public OfficeImport<Dossier> read(InputStream in) throws IOException {
    byte[] bytes = SafeZip.read(Objects.requireNonNull(in, "in"), limits, Msg.of(locale));
    return DocxReader.read(bytes, limits, locale);
  }

  /**
   * Reads back a dossier from a Word document file.
   *
   * @param file the document
   * @return the dossier and every problem met
   * @throws OfficeFormatException if the document is not a DOCX written by ldm, is damaged, or
   *     exceeds a limit
   * @throws IOException if reading fails
   */
  public OfficeImport<Dossier> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }
}
