package io.github.ldmlib.io;

import static io.github.ldmlib.io.Docs.DOSSIER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.internal.Utf8Check;
import io.github.ldmlib.io.internal.Utf8Reader;
import io.github.ldmlib.model.dossier.Dossier;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reading UTF-8 bytes takes a fast path (Jackson's byte parser) when the bytes are plainly UTF-8,
 * and reads again as characters to report an error or a warning. These tests prove that the
 * outcome is exactly that of the character reader: the same document, or the same error at the
 * same line and column (in characters), with the same warnings.
 */
class ByteReadingTest {

  private static final byte[] TRICKY = {
    0x00, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2, (byte) 0xC3, (byte) 0xDF,
    (byte) 0xE0, (byte) 0xE1, (byte) 0xED, (byte) 0xEE, (byte) 0xEF, (byte) 0xF0, (byte) 0xF1,
    (byte) 0xF4, (byte) 0xF5, (byte) 0xF8, (byte) 0xFE, (byte) 0xFF, (byte) 0x8F, (byte) 0x90,
    (byte) 0x9F, (byte) 0xA0, (byte) 0xBB, 'a', '"', '\\', '{', '}', ',', ':', '\n', '\r', ' '};

  private static final String[] INSERTS = {"é", "€", "\uD834\uDD1E", "\uFEFF", "\r\n", "\"x\": 1, ", "\"", "}",
      "\\u00e9", "\\uD800", "é\"x\"", "\u0001", "\"title\": \"Été\", "};

  @Test
  void theCheckAgreesWithTheStrictDecoderOnShortSequences() {
    Random random = new Random(7);
    for (int n = 0; n < 200_000; n++) {
      byte[] bytes = new byte[1 + random.nextInt(12)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : TRICKY[random.nextInt(TRICKY.length)];
      }
      assertThat(Utf8Check.isPlainUtf8(bytes, bytes.length)).as("%s", hex(bytes)).isEqualTo(strictlyPlain(bytes));
    }
  }

  @Test
  void theCheckAgreesWithTheStrictDecoderOnEveryTwoAndThreeByteSequence() {
    byte[] two = new byte[2];
    byte[] three = new byte[3];
    for (int a = 0; a < 256; a++) {
      for (int b = 0; b < 256; b++) {
        two[0] = (byte) a;
        two[1] = (byte) b;
        assertThat(Utf8Check.isPlainUtf8(two, 2)).as("%s", hex(two)).isEqualTo(strictlyPlain(two));
        if (a >= 0xE0) {
          for (int c = 0x70; c < 0xC8; c++) {
            three[0] = (byte) a;
            three[1] = (byte) b;
            three[2] = (byte) c;
            assertThat(Utf8Check.isPlainUtf8(three, 3)).as("%s", hex(three)).isEqualTo(strictlyPlain(three));
          }
        }
      }
    }
  }

  @Test
  void theCheckGivesTheSameAnswerWhereverTheBytesAreCutIntoChunks() {
    Random random = new Random(8);
    for (int n = 0; n < 20_000; n++) {
      byte[] bytes = new byte[1 + random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : TRICKY[random.nextInt(TRICKY.length)];
      }
      boolean whole = strictlyPlain(bytes);
      Utf8Check chunked = new Utf8Check();
      boolean accepted = true;
      for (int at = 0; at < bytes.length; ) {
        int length = Math.min(bytes.length - at, 1 + random.nextInt(10));
        accepted &= chunked.accept(bytes, at, length);
        at += length;
      }
      assertThat(accepted && chunked.isComplete()).as("%s", hex(bytes)).isEqualTo(whole);
    }
  }

  @Test
  void theCheckLooksAtTheGivenLengthOnly() {
    byte[] bytes = "{\"a\":\"é\"}xxxxxxxx".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 1] = (byte) 0xFF;
    assertThat(Utf8Check.isPlainUtf8(bytes, bytes.length - 1)).isTrue();
    assertThat(Utf8Check.isPlainUtf8(bytes, bytes.length)).isFalse();
    assertThat(Utf8Check.isPlainUtf8(bytes, 7)).as("cut inside é").isFalse();
  }

  @Test
  void validBytesReadAsTheCharacters() throws IOException {
    byte[] bytes = DOSSIER.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).as("the document holds non-ASCII text").isGreaterThan(DOSSIER.length());
    ReadResult<Dossier> read = LdmJson.defaults().readWithWarnings(Dossier.class, new ByteArrayInputStream(bytes), "d");
    assertThat(read.value()).isEqualTo(LdmJson.defaults().read(Dossier.class, DOSSIER));
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void brokenBytesFailOrWarnExactlyAsTheCharacterReaderDoes() {
    byte[] original = DOSSIER.getBytes(StandardCharsets.UTF_8);
    List<LdmJson> readers = List.of(
        LdmJson.defaults(),
        LdmJson.defaults().withLenient(true).withLocale(java.util.Locale.ENGLISH),
        LdmJson.defaults().withLimits(ReadLimits.defaults()
            .withMaxDocumentLength(DOSSIER.length() + 2)
            .withMaxStringLength(40)));
    Random random = new Random(42);
    int failures = 0;
    int warned = 0;
    for (int n = 0; n < 600; n++) {
      byte[] bytes = original;
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        bytes = mutate(bytes, random);
      }
      for (LdmJson json : readers) {
        Outcome fast = outcome(json, bytes, Source.BYTE_ARRAY);
        Outcome kept = outcome(json, bytes, Source.OTHER_STREAM);
        Outcome slow = outcome(json, bytes, Source.CHARACTERS);
        assertThat(fast).as("mutant %d: %s", n, new String(bytes, StandardCharsets.UTF_8)).isEqualTo(slow);
        assertThat(kept).as("mutant %d, from a stream whose bytes are kept", n).isEqualTo(slow);
        failures += fast.error == null ? 0 : 1;
        warned += fast.warnings.isEmpty() ? 0 : 1;
      }
    }
    assertThat(failures).as("the mutants exercise errors").isGreaterThan(500);
    assertThat(warned).as("the mutants exercise warnings").isGreaterThan(10);
  }

  @Test
  void aDocumentLongerThanTheLimitInBytesButNotInCharactersReads() throws IOException {
    byte[] bytes = DOSSIER.getBytes(StandardCharsets.UTF_8);
    LdmJson json = LdmJson.defaults().withLimits(ReadLimits.defaults().withMaxDocumentLength(DOSSIER.length()));
    assertThat(json.read(Dossier.class, new ByteArrayInputStream(bytes), "d"))
        .isEqualTo(LdmJson.defaults().read(Dossier.class, DOSSIER));
  }

  private record Outcome(Dossier value, List<FormatWarning> warnings, String error, FormatProblem problem,
      long line, long column, String pointer) {}

  /**
   * How the bytes are handed over: a byte array stream (read again by resetting it), another stream
   * (read again from the bytes kept as they were read), or characters.
   */
  private enum Source { BYTE_ARRAY, OTHER_STREAM, CHARACTERS }

  private static Outcome outcome(LdmJson json, byte[] bytes, Source source) {
    try {
      ReadResult<Dossier> r = switch (source) {
        case BYTE_ARRAY -> json.readWithWarnings(Dossier.class, new ByteArrayInputStream(bytes), "lot.json");
        case OTHER_STREAM -> json.readWithWarnings(Dossier.class,
            new BufferedInputStream(new ByteArrayInputStream(bytes)), "lot.json");
        case CHARACTERS -> json.readWithWarnings(Dossier.class, new Utf8Reader(new ByteArrayInputStream(bytes)), "lot.json");
      };
      return new Outcome(r.value(), r.warnings(), null, null, 0, 0, null);
    } catch (LdmFormatException e) {
      return new Outcome(null, List.of(), e.getMessage(), e.problem(), e.line(), e.column(), e.pointer().toString());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] mutate(byte[] bytes, Random random) {
    int at = random.nextInt(bytes.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (random.nextInt(5)) {
      case 0 -> { // replace a byte
        out.write(bytes, 0, bytes.length);
        byte[] b = out.toByteArray();
        b[Math.min(at, b.length - 1)] = TRICKY[random.nextInt(TRICKY.length)];
        return b;
      }
      case 1, 2 -> { // insert text, often non-ASCII, then maybe something else on the same line
        out.write(bytes, 0, at);
        out.writeBytes(INSERTS[random.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8));
        out.write(bytes, at, bytes.length - at);
      }
      case 3 -> { // delete a few bytes
        int end = Math.min(bytes.length, at + 1 + random.nextInt(3));
        out.write(bytes, 0, at);
        out.write(bytes, end, bytes.length - end);
      }
      default -> out.write(bytes, 0, Math.max(0, bytes.length - 1 - random.nextInt(Math.max(1, bytes.length / 4))));
    }
    return out.toByteArray();
  }

  private static boolean strictlyPlain(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String hex(byte[] bytes) {
    List<String> h = new ArrayList<>();
    for (byte b : bytes) {
      h.add(String.format("%02X", b & 0xFF));
    }
    return String.join(" ", h);
  }
}
