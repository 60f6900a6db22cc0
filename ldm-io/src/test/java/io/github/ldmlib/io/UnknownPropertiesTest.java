package io.github.ldmlib.io;

import static io.github.ldmlib.io.Docs.DOSSIER;
import static io.github.ldmlib.io.Docs.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.dossier.Dossier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unknown properties that a lenient read, or a read of a newer minor version, ignored survive a
 * read-write cycle through {@link ReadResult}; when they cannot, the writer refuses to drop them.
 */
class UnknownPropertiesTest {

  private static final LdmJson LENIENT = LdmJson.defaults().withLenient(true);
  private static final LdmJson STRICT = LdmJson.defaults();

  /** The small dossier with unknown properties at the root, in an object and in an array's element. */
  private static String withUnknown(String version) {
    String json = replaceOnce(DOSSIER, "\"formatVersion\": \"1.0\"", "\"formatVersion\": \"" + version + "\"");
    json = replaceOnce(json, "\"dossierKind\": \"INITIAL\",", "\"dossierKind\": \"INITIAL\", \"futur\": {\"a\": [1.10, \"t\", null]},");
    json = replaceOnce(json, "\"name\": \"Lycée Marie-Marvingt\"", "\"name\": \"Lycée Marie-Marvingt\", \"sigle\": \"LMM\"");
    return replaceOnce(json, "\"perennial\": true", "\"perennial\": true, \"poids\": 2.50");
  }

  @Test
  void unknownPropertiesOfALenientReadSurviveAReadWriteCycle() {
    ReadResult<Dossier> read = LENIENT.readWithWarnings(Dossier.class, withUnknown("1.0"));
    assertThat(read.unknownProperties()).containsExactly(
        java.util.Map.entry(JsonPointer.of("futur"), "{\"a\":[1.10,\"t\",null]}"),
        java.util.Map.entry(JsonPointer.of("establishment", "sigle"), "\"LMM\""),
        java.util.Map.entry(JsonPointer.parse("/sections/0/actions/0/poids"), "2.50"));
    assertThat(read.unknownPropertiesNotKept()).isZero();

    String written = LENIENT.writeString(read);
    ReadResult<Dossier> again = LENIENT.readWithWarnings(Dossier.class, written);
    assertThat(again.value()).isEqualTo(read.value());
    assertThat(again.unknownProperties()).isEqualTo(read.unknownProperties());
    assertThat(LENIENT.writeString(again)).isEqualTo(written);
    // Writing the document alone drops them, as its Javadoc says.
    assertThat(LENIENT.writeString(read.value())).doesNotContain("sigle", "futur", "poids");
  }

  @Test
  void aNewerMinorVersionIsWrittenBackWithItsVersionAndItsProperties() {
    ReadResult<Dossier> read = STRICT.readWithWarnings(Dossier.class, withUnknown("1.3"));
    assertThat(read.formatVersion()).isEqualTo("1.3");
    String written = STRICT.writeString(read);
    assertThat(written).contains("\"formatVersion\": \"1.3\"").contains("\"sigle\": \"LMM\"");
    ReadResult<Dossier> again = STRICT.readWithWarnings(Dossier.class, written);
    assertThat(again.value()).isEqualTo(read.value());
    assertThat(again.unknownProperties()).isEqualTo(read.unknownProperties());
    assertThat(again.warnings()).hasSameSizeAs(read.warnings());
  }

  @Test
  void theWriterRefusesToDropAPropertyWhoseObjectIsGone() {
    ReadResult<Dossier> read = LENIENT.readWithWarnings(Dossier.class, withUnknown("1.0"));
    Dossier withoutSections = Dossier.builder().from(read.value()).sections(List.of()).build();
    assertThatThrownBy(() -> LENIENT.writeString(read.withValue(withoutSections)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[poids]").hasMessageContaining("\"/sections/0/actions/0\"");
  }

  @Test
  void theWriterRefusesToDropPropertiesBeyondTheBound() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i <= ReadResult.MAX_UNKNOWN_PROPERTIES; i++) {
      many.append("\"k").append(i).append("\": ").append(i).append(", ");
    }
    String json = replaceOnce(DOSSIER, "\"dossierKind\": \"INITIAL\",", "\"dossierKind\": \"INITIAL\", " + many);
    ReadResult<Dossier> read = LENIENT.readWithWarnings(Dossier.class, json);
    assertThat(read.unknownProperties()).hasSize(ReadResult.MAX_UNKNOWN_PROPERTIES);
    assertThat(read.unknownPropertiesNotKept()).isEqualTo(1);
    assertThatThrownBy(() -> LENIENT.writeString(read)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 unknown properties were ignored when reading and not kept");
  }

  @Test
  void aStrictReadOfTheCurrentVersionHasNone() {
    ReadResult<Dossier> read = STRICT.readWithWarnings(Dossier.class, DOSSIER);
    assertThat(read.unknownProperties()).isEmpty();
    assertThat(read.formatVersion()).isEqualTo("1.0");
    assertThat(STRICT.writeString(read)).isEqualTo(STRICT.writeString(read.value()));
  }
}
