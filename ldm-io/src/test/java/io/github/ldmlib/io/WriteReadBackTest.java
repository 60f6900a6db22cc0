package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * What a writer writes, a reader with the same limits reads back: the writer refuses, naming the
 * place and the limit, a value its reader would refuse.
 */
class WriteReadBackTest {

  private static final LdmJson JSON = LdmJson.defaults();
  private static final Path COMPLETE = ExamplesTest.EXAMPLES.resolve("dossier-complete.json");

  private static Dossier complete() throws IOException {
    return JSON.read(Dossier.class, COMPLETE);
  }

  @Test
  void aTextLongerThanTheReaderReadsIsRefusedAtItsPointer() throws IOException {
    int limit = ReadLimits.defaults().maxStringLength();
    Dossier dossier = Dossier.builder().from(complete()).context("x".repeat(limit + 1)).build();
    assertThatThrownBy(() -> JSON.writeString(dossier)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"/context\"").hasMessageContaining("maxStringLength")
        .hasMessageContaining(Integer.toString(limit));
    // At the limit, or with larger limits on both sides, it is written and reads back.
    Dossier atTheLimit = Dossier.builder().from(dossier).context("x".repeat(limit)).build();
    assertThat(JSON.read(Dossier.class, JSON.writeString(atTheLimit))).isEqualTo(atTheLimit);
    LdmJson larger = JSON.withLimits(ReadLimits.defaults().withMaxStringLength(limit * 2));
    assertThat(larger.read(Dossier.class, larger.writeString(dossier))).isEqualTo(dossier);
  }

  @Test
  void aNumberLongerThanTheReaderReadsIsRefusedAtItsPointer() throws IOException {
    String text = Files.readString(COMPLETE);
    String digits = "1".repeat(150);
    String big = text.replaceFirst("\"value\": 58\\b", "\"value\": " + digits);
    LdmJson wide = JSON.withLimits(ReadLimits.defaults().withMaxNumberLength(200));
    Dossier dossier = wide.read(Dossier.class, big);
    assertThatThrownBy(() -> JSON.writeString(dossier)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"/sections/").hasMessageContaining("/measures/0/value\"")
        .hasMessageContaining("maxNumberLength");
    assertThat(wide.read(Dossier.class, wide.writeString(dossier))).isEqualTo(dossier);
    // A short number that stands for a long one written out in full is refused too.
    Dossier huge = wide.withLimits(ReadLimits.defaults().withMaxNumberLength(1_000))
        .read(Dossier.class, text.replaceFirst("\"value\": 58\\b", "\"value\": 1e5000"));
    assertThatThrownBy(() -> JSON.writeString(huge)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("written out");
  }

  @Test
  void anArrayLongerThanTheReaderReadsIsRefused() throws IOException {
    Dossier dossier = complete();
    int sections = dossier.sections().size();
    LdmJson narrow = JSON.withLimits(ReadLimits.defaults().withMaxArrayLength(sections - 1));
    assertThatThrownBy(() -> narrow.writeString(dossier)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"/sections\"").hasMessageContaining("maxArrayLength");
  }

  @Test
  void aDocumentLongerThanTheReaderReadsIsRefused() throws IOException {
    Dossier dossier = complete();
    long length = JSON.writeString(dossier).length();
    LdmJson narrow = JSON.withLimits(ReadLimits.defaults().withMaxDocumentLength(length - 1));
    assertThatThrownBy(() -> narrow.writeString(dossier)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDocumentLength");
    LdmJson exact = JSON.withLimits(ReadLimits.defaults().withMaxDocumentLength(length));
    assertThat(exact.read(Dossier.class, exact.writeString(dossier))).isEqualTo(dossier);
  }

  @ParameterizedTest
  @MethodSource("io.github.ldmlib.io.ExamplesTest#exampleFiles")
  void aPseudonymisedCopyOfEveryExampleReadsBack(Path file) throws IOException {
    DocumentKind<?> kind = ExamplesTest.kindOf(file);
    Object original = JSON.read(kind.type(), file);
    Object shared = Redaction.pseudonymise(original, "clé");
    assertThat(JSON.read(kind.type(), JSON.writeString(shared))).isEqualTo(shared);
  }
}
