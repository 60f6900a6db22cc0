package io.github.ldmlib.io;

import io.github.ldmlib.model.meta.DocumentKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.ProfileException;
import io.github.ldmlib.model.referential.Referential;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * Coverage-guided fuzz tests of the readers: whatever the bytes, a reader returns a document or
 * throws {@link LdmFormatException}, and a document it returns writes and reads back equal. Every
 * kind of {@link DocumentKind#values()} is read: dossiers, referentials, academy profiles and
 * annual reviews by a test of their own, the audit and label documents by {@code auditDocuments},
 * and any kind told by {@link LdmJson#kindOf} by {@code anyKind}.
 *
 * <p>In a normal build these replay the committed corpus under {@code
 * src/test/resources/io/github/ldmlib/io/ReaderFuzzTestInputs/<method>/}. {@code docs/reliability.md}
 * says how to fuzz for longer; every crash found is kept there as a regression input.
 */
class ReaderFuzzTest {

  private static final LdmJson STRICT = LdmJson.defaults();
  private static final LdmJson LENIENT = LdmJson.defaults().withLenient(true);

  /** Reads the bytes as a document of the type, strictly and leniently; checks what reads. */
  private static <T> T readBoth(Class<T> type, byte[] data) {
    T strict = read(STRICT, type, data);
    T lenient = read(LENIENT, type, data);
    if (strict != null) {
      // Anything strict reading accepts, lenient reading accepts as the same document.
      assertThat(lenient).isEqualTo(strict);
    }
    return lenient;
  }

  private static <T> T read(LdmJson json, Class<T> type, byte[] data) {
    T value;
    try {
      value = json.read(type, new ByteArrayInputStream(data), "fuzz");
    } catch (LdmFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      assertThat(expected.sourceName()).isEqualTo("fuzz");
      return null;
    } catch (IOException impossible) {
      throw new AssertionError("a byte array cannot fail to be read", impossible);
    }
    // What was read is never lost: it writes and reads back equal.
    assertThat(STRICT.read(type, STRICT.writeString(value))).isEqualTo(value);
    return value;
  }

  @FuzzTest
  void dossier(byte[] data) {
    readBoth(Dossier.class, data);
  }

  @FuzzTest
  void referential(byte[] data) {
    readBoth(Referential.class, data);
  }

  @FuzzTest
  void academyProfile(byte[] data) {
    AcademyProfile profile = readBoth(AcademyProfile.class, data);
    if (profile != null) {
      try {
        Referentials.tailor(profile);
      } catch (NoSuchElementException | ProfileException documented) {
        assertThat(documented.getMessage()).isNotBlank();
      }
    }
  }

  @FuzzTest
  void auditDocuments(byte[] data) {
    for (DocumentKind<?> kind : DocumentKind.values()) {
      if (kind != DocumentKind.DOSSIER && kind != DocumentKind.REFERENTIAL && kind != DocumentKind.ACADEMY_PROFILE) {
        readBoth(kind.type(), data);
      }
    }
  }

  @FuzzTest
  void annualReview(byte[] data) {
    readBoth(AnnualReview.class, data);
  }

  /**
   * The way a server reads a file of any kind: {@link LdmJson#kindOf(java.io.InputStream, String)}
   * tells the kind, then the file is read as that kind, leniently, and written back with the
   * unknown properties its reading kept: reading that again gives the same document and the same
   * unknown properties.
   */
  @FuzzTest
  void anyKind(byte[] data) throws IOException {
    DocumentKind<?> kind;
    try {
      kind = STRICT.kindOf(new ByteArrayInputStream(data), "fuzz");
    } catch (LdmFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    assertThat(DocumentKind.values()).contains(kind);
    readBoth(kind.type(), data);
    ReadResult<?> read;
    try {
      read = LENIENT.readWithWarnings(kind.type(), new ByteArrayInputStream(data), "fuzz");
    } catch (LdmFormatException expected) {
      return;
    }
    String written;
    try {
      written = LENIENT.writeString(read);
    } catch (IllegalArgumentException documented) {
      // More unknown properties than are kept: the writer refuses to drop them, and says so.
      assertThat(read.unknownPropertiesNotKept()).isPositive();
      return;
    }
    ReadResult<?> again = LENIENT.readWithWarnings(kind.type(), written);
    assertThat(again.value()).isEqualTo(read.value());
    assertThat(again.unknownProperties()).isEqualTo(read.unknownProperties());
  }

  @FuzzTest
  void jsonLines(byte[] data) throws IOException {
    try (JsonLinesReader<Dossier> lines = STRICT.readLines(Dossier.class, new ByteArrayInputStream(data), "fuzz")) {
      long previous = 0;
      while (lines.hasNext()) {
        JsonLine<Dossier> line = lines.next();
        // Lines come in order, and an error names the line of the batch it is on.
        assertThat(line.lineNumber()).isGreaterThan(previous);
        previous = line.lineNumber();
        line.error().ifPresent(e -> assertThat(e.line()).isEqualTo(line.lineNumber()));
        line.value().ifPresent(d -> assertThat(STRICT.read(Dossier.class, STRICT.writeString(d))).isEqualTo(d));
      }
    }
  }
}
