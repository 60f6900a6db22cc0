package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile documents far beyond the {@linkplain ReadLimits read limits} are rejected early, with a
 * clear error, by a reader in a JVM of 256 MB heap: Maven runs this class alone in such a JVM (the
 * {@code small-heap} execution of Surefire in {@code ldm-io/pom.xml}). Each input is generated as a
 * stream, never held in memory, and each test checks how little of it was read before the error.
 */
class SmallHeapLimitsTest {

  private static final LdmJson JSON = LdmJson.defaults().withLocale(Locale.ENGLISH);
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"kind\":\"dossier\",";

  @BeforeAll
  static void runsInASmallHeap() {
    assertThat(Runtime.getRuntime().maxMemory())
        .as("this class must run with -Xmx256m (the small-heap Surefire execution)")
        .isLessThanOrEqualTo(256L * 1024 * 1024);
  }

  /** A generated document: a head, {@code count} times a unit, then a tail; counts what was read. */
  static final class Generated extends InputStream {
    private final byte[] head;
    private final byte[] unit;
    private final byte[] tail;
    private final long total;
    private long position;

    Generated(String head, String unit, long count, String tail) {
      this.head = head.getBytes(StandardCharsets.UTF_8);
      this.unit = unit.getBytes(StandardCharsets.UTF_8);
      this.tail = tail.getBytes(StandardCharsets.UTF_8);
      this.total = this.head.length + count * this.unit.length + this.tail.length;
    }

    long size() {
      return total;
    }

    long consumed() {
      return position;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = byteAt(position++);
      }
      return n;
    }

    @Override
    public int read() {
      return position < total ? byteAt(position++) & 0xFF : -1;
    }

    private byte byteAt(long at) {
      if (at < head.length) {
        return head[(int) at];
      }
      long body = total - head.length - tail.length;
      long inBody = at - head.length;
      return inBody < body ? unit[(int) (inBody % unit.length)] : tail[(int) (inBody - body)];
    }
  }

  private static LdmFormatException reject(LdmJson json, Class<?> type, Generated input) {
    return assertThrows(LdmFormatException.class, () -> json.read(type, input, "hostile.json"));
  }

  @Test
  void aDocumentOfManyUnknownKeysKeepsABoundedNumberOfWarnings() throws Exception {
    // 400,000 unknown keys at the top level (14 MB), read leniently: each would build a message with every
    // allowed key and a suggestion; only the first ones are built, the others are counted.
    int keys = 400_000;
    // Before the example dossier's own keys, so before its formatVersion: they are held back first.
    String example = Files.readString(Path.of("..", "examples", "dossier-complete.json"));
    Iterator<String> parts = Stream.concat(Stream.of("{"),
        Stream.concat(
            IntStream.range(0, keys).mapToObj(i -> "\"unknownKeyWithALongishName" + i + "\":1,"),
            Stream.of(example.substring(example.indexOf('{') + 1)))).iterator();
    InputStream input = new SequenceInputStream(new Enumeration<InputStream>() {
      @Override
      public boolean hasMoreElements() {
        return parts.hasNext();
      }

      @Override
      public InputStream nextElement() {
        return new ByteArrayInputStream(parts.next().getBytes(StandardCharsets.UTF_8));
      }
    });

    ReadResult<Dossier> result = JSON.withLenient(true).readWithWarnings(Dossier.class, input, "many-keys.json");

    assertThat(result.warnings()).hasSize(101);
    assertThat(result.warnings().get(100).message())
        .isEqualTo((keys - 100) + " more warnings of the same kind were counted but not listed (at most 100 are kept)");
  }

  @Test
  void nesting100000DeepIsRejectedAtTheDepthLimit() {
    Generated input = new Generated(HEAD + "\"extra\":", "[", 100_000, "]".repeat(10) + "}");
    // Lenient, so that the unknown key is skipped rather than refused: the depth limit is what stops it.
    LdmFormatException e = reject(JSON.withLenient(true), Dossier.class, input);
    assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
    assertThat(e.detail()).isEqualTo("the nesting of objects and arrays exceeds the maximum depth of 32");
    assertThat(e.line()).isEqualTo(1);
    assertThat(input.consumed()).isLessThan(1_000_000);
  }

  @Test
  void nesting100000DeepUnderAKnownKeyIsAWrongType() {
    Generated input = new Generated(HEAD + "\"sections\":", "[", 100_000, "}");
    LdmFormatException e = reject(JSON, Dossier.class, input);
    assertThat(e.problem()).isEqualTo(FormatProblem.WRONG_TYPE);
    assertThat(e.pointer()).hasToString("/sections/0");
    assertThat(input.consumed()).isLessThan(1_000_000);
  }

  @Test
  void aString100MbLongIsRejectedAtTheStringLimit() {
    Generated input = new Generated(HEAD + "\"context\":\"", "é", 50L * 1024 * 1024, "\"}");
    assertThat(input.size()).isGreaterThan(100L * 1024 * 1024);
    LdmFormatException e = reject(JSON, Dossier.class, input);
    assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).hasToString("/context");
    assertThat(e.detail()).isEqualTo("a string exceeds the maximum length of 100000 characters");
    assertThat(input.consumed()).isLessThan(1_000_000);
  }

  @Test
  void aNumberOfAMillionDigitsIsRejectedAtTheNumberLimit() {
    Generated input = new Generated(HEAD + "\"sections\":[{\"criterionId\":\"C1\",\"actions\":[{\"durationYears\":",
        "9", 1_000_000, "}]}]}");
    LdmFormatException e = reject(JSON, Dossier.class, input);
    assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).hasToString("/sections/0/actions/0/durationYears");
    assertThat(e.detail()).isEqualTo("a number exceeds the maximum length of 100 characters");
    assertThat(input.consumed()).isLessThan(200_000);
  }

  @Test
  void anArrayOfAMillionElementsIsRejectedAtTheArrayLimit() {
    Generated input = new Generated(
        HEAD + "\"sections\":[{\"criterionId\":\"C1\",\"actions\":[{\"title\":\"A\",\"evidenceIds\":[\"P-0\"",
        ",\"P-1\"", 999_999, "]}]}]}");
    LdmFormatException e = reject(JSON, Dossier.class, input);
    assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).hasToString("/sections/0/actions/0/evidenceIds/10000");
    assertThat(e.detail()).isEqualTo("an array exceeds the maximum of 10000 elements");
    assertThat(input.consumed()).isLessThan(1_000_000);
  }

  @Test
  void aMillionReferentialCriteriaAreRejectedAtTheArrayLimit() {
    Generated input = new Generated("{\"formatVersion\":\"1.0\",\"kind\":\"referential\",\"legalReferences\":[\"a\"",
        ",\"a\"", 999_999, "]}");
    LdmFormatException e = reject(JSON, Referential.class, input);
    assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).hasToString("/legalReferences/10000");
  }

  @Test
  void aDocumentOf200MbIsRejectedAtTheDocumentLimit() {
    // Lenient and under an unknown key: each string is short, only the whole is too long.
    Generated input = new Generated(HEAD + "\"extra\":[\"x\"", ",\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
        4_000_000, "]}");
    assertThat(input.size()).isGreaterThan(200L * 1000 * 1000);
    LdmFormatException e = reject(JSON.withLenient(true), Dossier.class, input);
    assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
    assertThat(e.detail()).isEqualTo("the document exceeds the maximum length of 16777216 characters");
    assertThat(input.consumed()).isLessThan(20L * 1024 * 1024);
  }

  @Test
  void aJsonLinesLineOf100MbIsRejectedAndTheNextLineIsStillRead() throws IOException {
    String good = JSON.withPrettyPrint(false).writeString(JSON.read(Dossier.class, Docs.DOSSIER)).strip();
    Generated input = new Generated(HEAD + "\"context\":\"", "x", 100L * 1024 * 1024, "\"}\n" + good + "\n");
    try (JsonLinesReader<Dossier> lines = JSON.readLines(Dossier.class, input, "batch.jsonl")) {
      JsonLine<Dossier> first = lines.next();
      assertThat(first.error()).hasValueSatisfying(e -> {
        assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
        assertThat(e.line()).isEqualTo(1);
      });
      JsonLine<Dossier> second = lines.next();
      assertThat(second.lineNumber()).isEqualTo(2);
      assertThat(second.value()).isPresent();
      assertThat(lines.hasNext()).isFalse();
    }
  }
}
