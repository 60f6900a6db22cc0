package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ldmlib.model.dossier.Dossier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The read limits stop hostile input early, with a clear error. */
class LimitsTest {

  private static final LdmJson JSON = LdmJson.defaults();
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"kind\":\"dossier\",";

  /** An endless input: the head, then the same byte forever. */
  private static InputStream endless(String head, char filler) {
    byte[] start = head.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        return position < start.length ? start[(int) position++] : filler;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
          b[off + i] = (byte) read();
        }
        return len;
      }
    };
  }

  @Test
  void theDefaultsAreDocumented() {
    ReadLimits limits = ReadLimits.defaults();
    assertThat(limits.maxDocumentLength()).isEqualTo(16L * 1024 * 1024);
    assertThat(limits.maxNestingDepth()).isEqualTo(32);
    assertThat(limits.maxStringLength()).isEqualTo(100_000);
    assertThat(limits.maxNumberLength()).isEqualTo(100);
    assertThat(limits.maxArrayLength()).isEqualTo(10_000);
    assertThat(new ReadLimits(1, 2, 3, 4)).isEqualTo(new ReadLimits(1, 2, 3, 4, 10_000));
    assertThatThrownBy(() -> limits.withMaxArrayLength(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(JSON.limits()).isEqualTo(limits);
    assertThatThrownBy(() -> limits.withMaxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEndlessStringStopsAtTheStringLimit() {
    LdmFormatException e = assertThrows(LdmFormatException.class,
        () -> JSON.read(Dossier.class, endless(HEAD + "\"context\":\"", 'a'), "endless"));
    assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).hasToString("/context");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(HEAD.length() + "\"context\":".length() + 1);
    assertThat(e.detail()).isEqualTo("une chaîne dépasse la longueur maximale de 100000 caractères");
  }

  @Test
  void anEndlessDocumentStopsAtTheDocumentLimit() {
    LdmJson small = JSON.withLimits(ReadLimits.defaults().withMaxDocumentLength(1_000_000));
    LdmFormatException e = assertThrows(LdmFormatException.class,
        () -> small.read(Dossier.class, endless(HEAD, ' '), "endless"));
    assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
    assertThat(e.detail()).isEqualTo("le document dépasse la longueur maximale de 1000000 caractères");
  }

  @Test
  void deepNestingStopsAtTheDepthLimit() {
    String deep = HEAD + "\"x\":" + "[".repeat(10_000);
    LdmFormatException e = assertThrows(LdmFormatException.class,
        () -> JSON.withLenient(true).read(Dossier.class, deep));
    assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
    assertThat(e.detail()).isEqualTo("l’imbrication des objets et tableaux dépasse la profondeur maximale de 32");
    // The 32nd bracket opens depth 33 (the document object is depth 1).
    assertThat(e.column()).isEqualTo(HEAD.length() + "\"x\":".length() + 32);
  }

  @Test
  void aTighterDepthLimitAppliesToRealDocuments() {
    Path example = ExamplesTest.EXAMPLES.resolve("dossier-complete.json");
    LdmFormatException e = assertThrows(LdmFormatException.class,
        () -> JSON.withLimits(ReadLimits.defaults().withMaxNestingDepth(5)).read(Dossier.class, example));
    assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
    // root, sections, section, team, members: the first member object is depth 6.
    assertThat(e.pointer()).hasToString("/sections/0/team/members/0");
    assertThat(e.sourceName()).isEqualTo(example.toString());
  }

  @Test
  void aLongNumberStopsAtTheNumberLimit() {
    String json = Docs.dossierWith("\"durationYears\": 5", "\"durationYears\": " + "9".repeat(500));
    LdmFormatException e = assertThrows(LdmFormatException.class, () -> JSON.read(Dossier.class, json));
    assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
    assertThat(e.detail()).isEqualTo("un nombre dépasse la longueur maximale de 100 caractères");
    assertThat(e.pointer()).hasToString("/sections/0/actions/0/durationYears");
  }

  private static String exampleDossier() {
    try {
      return Files.readString(Path.of("..", "examples", "dossier-complete.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aShortNumberWithAHugeExponentIsRefusedBeforeAnythingWritesItOut() {
    // 11 characters as written, a billion digits written out: the checker and the reports write decimals in full.
    // Written out, a decimal may have ten times the characters of the longest number as written (1,000).
    String example = exampleDossier();
    for (String huge : List.of("1e999999999", "1E+1000", "-2.5e1001", "1e-1000")) {
      String json = example.replaceFirst("\"value\": [0-9.]+", "\"value\": " + huge);
      LdmFormatException e = assertThrows(LdmFormatException.class, () -> JSON.read(Dossier.class, json));
      assertThat(e.problem()).as(huge).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
      assertThat(e.detail()).as(huge).isEqualTo(
          "le nombre « " + huge + " » dépasserait la longueur maximale de 1000 caractères une fois écrit en entier");
      assertThat(e.pointer().toString()).as(huge).endsWith("/value");
    }
  }

  @Test
  void anExponentThatStaysWithinTheLimitIsRead() throws Exception {
    Dossier d = JSON.read(Dossier.class, exampleDossier().replaceFirst("\"value\": [0-9.]+", "\"value\": 7.25e1"));
    assertThat(d.sections().get(0).actions().get(0).objectives().get(0).indicators().get(0).measures().get(0).value())
        .isEqualByComparingTo("72.5");
  }

  @Test
  void aLongKeyStopsAtTheNameLimit() {
    String json = HEAD + "\"" + "k".repeat(5_000) + "\":1}";
    LdmFormatException e = assertThrows(LdmFormatException.class,
        () -> JSON.withLenient(true).read(Dossier.class, json));
    assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
    assertThat(e.detail()).isEqualTo("un nom de propriété dépasse la longueur maximale de 1000 caractères");
  }

  @Test
  void limitsCanBeRaised() {
    String text = "x".repeat(150_000);
    String json = Docs.dossierWith("\"Lycée Marie-Marvingt\"", "\"" + text + "\"");
    assertThrows(LdmFormatException.class, () -> JSON.read(Dossier.class, json));
    Dossier dossier = JSON.withLimits(ReadLimits.defaults().withMaxStringLength(200_000)).read(Dossier.class, json);
    assertThat(dossier.establishment().name()).hasSize(150_000);
  }

  @Test
  void aNumberLongerThanTheStringLimitIsReportedAsANumber() {
    // Jackson buffers digits as text: beyond the string limit it complains of a string.
    String json = Docs.dossierWith("\"durationYears\": 5", "\"durationYears\": " + "9".repeat(300_000));
    LdmFormatException e = assertThrows(LdmFormatException.class, () -> JSON.read(Dossier.class, json));
    assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
    assertThat(e.detail()).isEqualTo("un nombre dépasse la longueur maximale de 100 caractères");
    assertThat(e.pointer()).hasToString("/sections/0/actions/0/durationYears");
  }

  @Test
  void aLongArrayStopsAtTheArrayLimitAtItsFirstExtraElement() {
    String json = Docs.dossierWith("\"perennial\": true", "\"perennial\": true, \"evidenceIds\": [\"P-1\", \"P-2\", \"P-3\"]");
    LdmJson two = JSON.withLimits(ReadLimits.defaults().withMaxArrayLength(2));
    LdmFormatException e = assertThrows(LdmFormatException.class, () -> two.read(Dossier.class, json));
    assertThat(e.problem()).isEqualTo(FormatProblem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).hasToString("/sections/0/actions/0/evidenceIds/2");
    assertThat(e.detail()).isEqualTo("un tableau dépasse le maximum de 2 éléments");
    assertThat(JSON.withLimits(ReadLimits.defaults().withMaxArrayLength(3)).read(Dossier.class, json)
        .sections().get(0).actions().get(0).evidenceIds()).containsExactly("P-1", "P-2", "P-3");
  }
}
