package io.github.ldmlib.io;

import static io.github.ldmlib.io.Docs.at;
import static io.github.ldmlib.io.Docs.dossierWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ldmlib.model.dossier.Dossier;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The format version policy and the lenient mode. */
class VersionAndLenientTest {

  private static final LdmJson STRICT = LdmJson.defaults();
  private static final LdmJson LENIENT = LdmJson.defaults().withLenient(true);

  private static final String WITH_UNKNOWN = dossierWith("\"name\": \"Lycée Marie-Marvingt\"",
      "\"name\": \"Lycée Marie-Marvingt\",\n    \"website\": {\"url\": \"https://example.org\"}");

  @Test
  void strictRefusesWhatLenientIgnoresWithAWarning() {
    assertThrows(LdmFormatException.class, () -> STRICT.read(Dossier.class, WITH_UNKNOWN));

    ReadResult<Dossier> result = LENIENT.readWithWarnings(Dossier.class, WITH_UNKNOWN);
    assertThat(result.value()).isEqualTo(STRICT.read(Dossier.class, Docs.DOSSIER));
    assertThat(result.warnings()).singleElement().satisfies(w -> {
      assertThat(w.problem()).isEqualTo(FormatProblem.UNKNOWN_PROPERTY);
      assertThat(w.pointer()).hasToString("/establishment/website");
      long[] where = at(WITH_UNKNOWN, "\"website\"");
      assertThat(w.line()).isEqualTo(where[0]);
      assertThat(w.column()).isEqualTo(where[1]);
      assertThat(w.message()).isEqualTo("propriété inconnue « website » ignorée (mode tolérant)");
      assertThat(w.toString()).isEqualTo("<string> (ligne 9, colonne 5) à /establishment/website : "
          + "propriété inconnue « website » ignorée (mode tolérant)");
    });
    assertThat(LENIENT.withLocale(Locale.ENGLISH).readWithWarnings(Dossier.class, WITH_UNKNOWN).warnings().get(0)
        .message()).isEqualTo("unknown property \"website\" ignored (lenient mode)");
  }

  @Test
  void lenientModeTouchesNothingButUnknownProperties() {
    String wrongType = dossierWith("\"perennial\": true", "\"perennial\": 1");
    LdmFormatException e = assertThrows(LdmFormatException.class, () -> LENIENT.read(Dossier.class, wrongType));
    assertThat(e.problem()).isEqualTo(FormatProblem.WRONG_TYPE);
    assertThat(assertThrows(LdmFormatException.class,
        () -> LENIENT.read(Dossier.class, dossierWith("\"1.0\"", "\"2.0\""))).problem())
        .isEqualTo(FormatProblem.UNSUPPORTED_FORMAT_VERSION);
  }

  @Test
  void aStrictReadOfTheCurrentVersionHasNoWarning() {
    assertThat(STRICT.readWithWarnings(Dossier.class, Docs.DOSSIER).warnings()).isEmpty();
  }

  @Test
  void aNewerMinorVersionIsReadAndItsAdditionsAreWarnings() {
    String newer = WITH_UNKNOWN.replace("\"1.0\"", "\"1.3\"");
    ReadResult<Dossier> result = STRICT.readWithWarnings(Dossier.class, newer);
    assertThat(result.value().establishment().name()).isEqualTo("Lycée Marie-Marvingt");
    assertThat(result.warnings()).singleElement().satisfies(w -> {
      assertThat(w.pointer()).hasToString("/establishment/website");
      assertThat(w.message()).isEqualTo(
          "propriété « website » ignorée : elle n’existe pas dans le format 1.0 lu par cette bibliothèque (document au format 1.3)");
    });
  }

  @Test
  void unknownPropertiesBeforeTheVersionAreJudgedOnceItIsKnown() {
    String late = """
        {
          "extra": 1,
          "referentialId": "ldm-national-2023",
          "dossierKind": "INITIAL",
          "establishment": {"name": "Lycée"},
          "formatVersion": "%s",
          "kind": "dossier"
        }
        """;
    LdmFormatException e = assertThrows(LdmFormatException.class,
        () -> STRICT.read(Dossier.class, late.formatted("1.0")));
    assertThat(e.problem()).isEqualTo(FormatProblem.UNKNOWN_PROPERTY);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.pointer()).hasToString("/extra");
    assertThat(STRICT.readWithWarnings(Dossier.class, late.formatted("1.1")).warnings())
        .extracting(w -> w.pointer().toString()).containsExactly("/extra");
    assertThat(LENIENT.readWithWarnings(Dossier.class, late.formatted("1.0")).warnings())
        .extracting(w -> w.pointer().toString()).containsExactly("/extra");
  }

  @Test
  void theHeaderMayComeInAnyOrder() {
    String reordered = """
        {
          "establishment": {"name": "Lycée"},
          "kind": "dossier",
          "dossierKind": "RENEWAL",
          "referentialId": "ldm-national-2023",
          "formatVersion": "1.0"
        }
        """;
    Dossier dossier = STRICT.read(Dossier.class, reordered);
    assertThat(STRICT.writeString(dossier)).startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"kind\": \"dossier\",");
  }
}
