package io.github.ldmlib.rules;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.rules.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Verifies the files of a dossier's evidence annex (<i>intégrité des preuves</i>): each item of the
 * annex that names a {@link Evidence#fileName() file} must be in the folder of evidence files, and
 * its content must have the {@link Evidence#sha256() SHA-256 digest} the dossier declares.
 *
 * <pre>{@code
 * List<Finding> integrity = EvidenceIntegrity.verify(dossier, Path.of("preuves"));
 * ConformityReport report = EvidenceIntegrity.addTo(checker.check(dossier, today, stage), integrity);
 * }</pre>
 *
 * <p>It reads files, so it is not a {@link Rule} of the {@link Checker}, which only judges the
 * dossier in memory: it is a separate step whose findings, on no criterion, are {@linkplain
 * #addTo(ConformityReport, List) added to a report}. It reports two rules:
 *
 * <ul>
 *   <li>{@value #MISSING_FILE} ({@link Severity#TO_COMPLETE to complete}): the named file is not in the folder, is not a regular
 *       file, cannot be read, or its name leads out of the folder (an absolute path, {@code ..});
 *   <li>{@value #ALTERED_FILE} ({@link Severity#TO_COMPLETE to complete}): the file's SHA-256 digest
 *       is not the one declared.
 * </ul>
 *
 * <p>Both grade on the dossier scale: the guide asks that « les éléments de preuve doivent être
 * joints au dossier dans un document annexe »; a file missing or not the one declared is to
 * complete, and nothing in the guide makes it stop the dossier.
 *
 * <p>An item without a file name has nothing to verify; an item with a file name but no digest is
 * only checked to exist. Files are read as streams. A name is resolved in the folder and must stay
 * in it once symbolic links are followed: a link (or a linked folder) that leads out of the folder
 * is reported as outside and never read, so that no digest of an outside file is ever computed or
 * shown. At most {@link #MAX_FILE_BYTES} are read per file and {@link #MAX_TOTAL_BYTES} per dossier;
 * a file beyond is reported as too large and not read. Messages are in French by
 * default, or in English.
 */
public final class EvidenceIntegrity {

  /** The rule reported for a file that is missing, unreadable, or outside the folder. */
  public static final String MISSING_FILE = "LDM-I-001";

  /** The rule reported for a file whose SHA-256 digest differs from the declared one. */
  public static final String ALTERED_FILE = "LDM-I-002";

  /**
   * The largest evidence file read, in bytes (512 MiB): a larger one is reported ({@value
   * #MISSING_FILE}, too large) and not read.
   */
  public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

  /**
   * The most bytes read for one dossier, all files together (4 GiB): the files beyond are reported
   * ({@value #MISSING_FILE}, too large) and not read.
   */
  public static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;

  private static final MessageSource MESSAGES =
      MessageSource.bundle("io.github.ldmlib.rules.internal.integrity", EvidenceIntegrity.class.getClassLoader());

  private EvidenceIntegrity() {}

  /**
   * Verifies the evidence files of a dossier, with messages in French.
   *
   * @param dossier the dossier
   * @param folder the folder of evidence files, in which file names are resolved
   * @return the findings, in the order of the annex; empty when every file is present and intact
   * @throws NotDirectoryException if the folder is not a directory
   */
  public static List<Finding> verify(Dossier dossier, Path folder) throws NotDirectoryException {
    return verify(dossier, folder, Locale.FRENCH);
  }

  /**
   * Verifies the evidence files of a dossier.
   *
   * @param dossier the dossier
   * @param folder the folder of evidence files, in which file names are resolved
   * @param locale the language of messages: English when its language is English, French otherwise
   * @return the findings, in the order of the annex; empty when every file is present and intact
   * @throws NotDirectoryException if the folder is not a directory
   */
  public static List<Finding> verify(Dossier dossier, Path folder, Locale locale) throws NotDirectoryException {
    return verify(dossier, folder, locale, MAX_FILE_BYTES, MAX_TOTAL_BYTES);
  }

  /** {@link #verify(Dossier, Path, Locale)} with other bounds on the bytes read, for tests. */
  static List<Finding> verify(Dossier dossier, Path folder, Locale locale, long maxFileBytes, long maxTotalBytes)
      throws NotDirectoryException {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(folder, "folder");
    Locale language = MessageSource.language(locale);
    if (!Files.isDirectory(folder)) {
      throw new NotDirectoryException(folder.toString());
    }
    Path root = folder.toAbsolutePath().normalize();
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      throw new NotDirectoryException(folder.toString());
    }
    long read = 0;
    List<Finding> findings = new ArrayList<>();
    List<Evidence> annex = dossier.evidence();
    for (int k = 0; k < annex.size(); k++) {
      Evidence evidence = annex.get(k);
      if (evidence.fileName().isEmpty()) {
        continue;
      }
      String name = evidence.fileName().get();
      JsonPointer at = JsonPointer.root().append("evidence").append(k);
      Path file = resolve(root, name);
      if (file == null) {
        findings.add(finding(language, MISSING_FILE, at.append("fileName"), "outside", evidence.id(), name));
        continue;
      }
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        findings.add(finding(language, MISSING_FILE, at.append("fileName"), "missing", evidence.id(), name));
        continue;
      }
      // A symbolic link, or a linked folder on the way, may lead out of the folder: judge the real place.
      // A link that cannot be followed is reported as leading out, whatever lies behind it, so that the
      // report tells nothing of what exists outside the folder.
      Path real;
      try {
        real = file.toRealPath();
      } catch (IOException e) {
        findings.add(finding(language, MISSING_FILE, at.append("fileName"), "outside", evidence.id(), name));
        continue;
      }
      if (!real.startsWith(realRoot) || real.equals(realRoot)) {
        findings.add(finding(language, MISSING_FILE, at.append("fileName"), "outside", evidence.id(), name));
        continue;
      }
      if (!Files.isRegularFile(real)) {
        findings.add(finding(language, MISSING_FILE, at.append("fileName"), "missing", evidence.id(), name));
        continue;
      }
      if (evidence.sha256().isPresent()) {
        long size;
        try {
          size = Files.size(real);
        } catch (IOException e) {
          findings.add(finding(language, MISSING_FILE, at.append("fileName"), "unreadable", evidence.id(), name,
              String.valueOf(e.getMessage())));
          continue;
        }
        if (size > maxFileBytes || read + size > maxTotalBytes) {
          findings.add(finding(language, MISSING_FILE, at.append("fileName"), "tooLarge", evidence.id(), name,
              Long.toString(size), Long.toString(Math.min(maxFileBytes, Math.max(0, maxTotalBytes - read)))));
          continue;
        }
        read += size;
        file = real;
        String actual;
        try {
          actual = sha256(file);
        } catch (IOException e) {
          findings.add(finding(language, MISSING_FILE, at.append("fileName"), "unreadable", evidence.id(), name,
              String.valueOf(e.getMessage())));
          continue;
        }
        String declared = evidence.sha256().get();
        if (!actual.equalsIgnoreCase(declared)) {
          findings.add(finding(language, ALTERED_FILE, at.append("sha256"), "altered", evidence.id(), name,
              declared, actual));
        }
      } else if (!Files.isReadable(real)) {
        findings.add(finding(language, MISSING_FILE, at.append("fileName"), "unreadable", evidence.id(), name,
            name));
      }
    }
    return List.copyOf(findings);
  }

  /**
   * Returns a copy of a report with more findings on no criterion, such as those of {@link
   * #verify(Dossier, Path)}: they come after the report's own findings on no criterion, and the
   * counts, the overall verdict, the readiness for audit and the rules applied follow.
   *
   * @param report the conformity report of the dossier
   * @param findings the findings to add, on no criterion
   * @return the new report; the same report when there is nothing to add
   * @throws IllegalArgumentException if a finding is on a criterion
   */
  public static ConformityReport addTo(ConformityReport report, List<Finding> findings) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(findings, "findings");
    if (findings.isEmpty()) {
      return report;
    }
    for (Finding f : findings) {
      if (f.criterionId().isPresent()) {
        throw new IllegalArgumentException("Finding " + f.ruleId() + " at " + f.pointer()
            + " is on criterion " + f.criterionId().get() + ": only findings on no criterion can be added");
      }
    }
    List<Finding> all = new ArrayList<>(report.findings());
    int end = 0;
    while (end < all.size() && all.get(end).criterionId().isEmpty()) {
      end++;
    }
    all.addAll(end, findings);
    TreeSet<String> ruleIds = new TreeSet<>(report.ruleIds());
    findings.forEach(f -> ruleIds.add(f.ruleId()));
    return ConformityReport.builder().from(report).findings(all).ruleIds(ruleIds).build();
  }

  /** The file a name designates in the folder, or null if the name leads out of it. */
  private static Path resolve(Path root, String name) {
    Path file;
    try {
      Path relative = Path.of(name);
      if (relative.isAbsolute() || relative.getRoot() != null) {
        return null;
      }
      file = root.resolve(relative).normalize();
    } catch (java.nio.file.InvalidPathException invalid) {
      return null;
    }
    return file.startsWith(root) && !file.equals(root) ? file : null;
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static Finding finding(Locale language, String ruleId, JsonPointer pointer, String key,
      String... arguments) {
    String messageKey = ruleId + "." + key;
    List<String> args = List.of(arguments);
    return Finding.builder()
        .ruleId(ruleId)
        .severity(Severity.TO_COMPLETE)
        .pointer(pointer)
        .message(Messages.format(MESSAGES, messageKey, language, (Object[]) arguments))
        .messageKey(messageKey)
        .arguments(args)
        .build();
  }
}
