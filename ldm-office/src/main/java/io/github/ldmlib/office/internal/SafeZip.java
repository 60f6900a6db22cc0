package io.github.ldmlib.office.internal;

import io.github.ldmlib.office.OfficeFormatException;
import io.github.ldmlib.office.OfficeLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an office file into memory within the bounds of {@link OfficeLimits}, and walks its ZIP
 * container once, counting entries and decompressed bytes as they are inflated (never trusting the
 * sizes the headers declare), before any XML parser sees it.
 */
public final class SafeZip {

  private SafeZip() {}

  /**
   * Returns the bytes of a checked container.
   *
   * @throws OfficeFormatException if a bound is exceeded or the bytes are not a ZIP container
   */
  public static byte[] read(InputStream in, OfficeLimits limits, Msg msg) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > limits.maxFileBytes()) {
        throw new OfficeFormatException(msg.t(
            "fichier trop grand : plus de %d octets", "file too large: over %d bytes",
            limits.maxFileBytes()));
      }
      out.write(buffer, 0, n);
    }
    byte[] bytes = out.toByteArray();
    check(bytes, limits, msg);
    return bytes;
  }

  private static void check(byte[] bytes, OfficeLimits limits, Msg msg) throws IOException {
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      throw new OfficeFormatException(msg.t(
          "ce n'est pas un document Office Open XML (DOCX ou XLSX) : pas d'archive ZIP",
          "not an Office Open XML document (DOCX or XLSX): no ZIP container"));
    }
    int entries = 0;
    long inflated = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (++entries > limits.maxEntries()) {
          throw new OfficeFormatException(msg.t(
              "archive trop grande : plus de %d entrées", "container too large: over %d entries",
              limits.maxEntries()));
        }
        for (int n; (n = zip.read(buffer)) != -1; ) {
          inflated += n;
          if (inflated > limits.maxDecompressedBytes()) {
            throw new OfficeFormatException(msg.t(
                "archive trop grande une fois décompressée : plus de %d octets (bombe ZIP ?)",
                "container too large once decompressed: over %d bytes (ZIP bomb?)",
                limits.maxDecompressedBytes()));
          }
        }
      }
    } catch (ZipException e) {
      throw new OfficeFormatException(msg.t(
          "archive ZIP illisible : %s", "unreadable ZIP container: %s", e.getMessage()), e);
    }
    if (entries == 0) {
      throw new OfficeFormatException(msg.t(
          "ce n'est pas un document Office Open XML : archive vide",
          "not an Office Open XML document: empty container"));
    }
  }
}
