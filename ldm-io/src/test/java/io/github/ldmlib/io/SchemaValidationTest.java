package io.github.ldmlib.io;

import io.github.ldmlib.model.meta.DocumentKind;
import static io.github.ldmlib.io.Docs.dossierWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schemas, checked with an independent JSON Schema validator (networknt, draft
 * 2020-12): every example is valid, and invalid documents are rejected by the schema and by the
 * reader alike.
 */
@Tag("jackson3") // the schema validator runs on Jackson 3, absent from the Boot 3.5 version set (profile boot-3.5)
class SchemaValidationTest {

  private static final Map<DocumentKind<?>, Schema> SCHEMAS = new HashMap<>();

  static {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    for (DocumentKind<?> kind : DocumentKind.values()) {
      try (InputStream in = JsonSchemas.class.getResourceAsStream(JsonSchemas.resource(kind))) {
        SCHEMAS.put(kind, registry.getSchema(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static List<com.networknt.schema.Error> validate(DocumentKind<?> kind, String json) {
    return SCHEMAS.get(kind).validate(json, InputFormat.JSON);
  }

  @ParameterizedTest
  @MethodSource("io.github.ldmlib.io.Fixtures#kinds")
  void everyFixtureAsWrittenIsValid(DocumentKind<?> kind) {
    assertThat(validate(kind, LdmJson.defaults().writeString(Fixtures.documents().get(kind)))).isEmpty();
    assertThat(validate(kind, LdmJson.defaults().writeString(Fixtures.minimalDocuments().get(kind)))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("io.github.ldmlib.io.Fixtures#kinds")
  void aDocumentOfAnotherKindIsRejectedByTheSchemaAndTheReader(DocumentKind<?> kind) {
    DocumentKind<?> other = DocumentKind.values().get((DocumentKind.values().indexOf(kind) + 1) % DocumentKind.values().size());
    String json = LdmJson.defaults().writeString(Fixtures.documents().get(other));
    assertThat(validate(kind, json)).isNotEmpty();
    LdmFormatException e = assertThrows(LdmFormatException.class, () -> LdmJson.defaults().read(kind.type(), json));
    assertThat(e.problem()).isEqualTo(FormatProblem.WRONG_DOCUMENT_KIND);
    assertThat(e.pointer()).hasToString("/kind");
  }

  @Test
  void bundledReferentialsAreValidAndReadable() throws IOException {
    Path dir = Path.of("src/main/resources/io/github/ldmlib/io/referentials");
    Assumptions.assumeTrue(Files.isDirectory(dir), "no bundled referential yet");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(f -> f.toString().endsWith(".json") && !f.getFileName().toString().equals("index.json"))
          .sorted().toList();
    }
    for (Path file : files) {
      assertThat(validate(DocumentKind.REFERENTIAL, Files.readString(file))).as(file.toString()).isEmpty();
      assertThat(LdmJson.defaults().read(Referential.class, file)).isNotNull();
    }
  }

  static Stream<Arguments> invalidDossiers() {
    return Stream.of(
        Arguments.of("unknown property at the root", dossierWith("\"dossierKind\"", "\"dossierType\""),
            FormatProblem.UNKNOWN_PROPERTY),
        Arguments.of("unknown nested property", dossierWith("\"criterionId\"", "\"criterion\""),
            FormatProblem.UNKNOWN_PROPERTY),
        Arguments.of("wrong type", dossierWith("\"perennial\": true", "\"perennial\": \"true\""),
            FormatProblem.WRONG_TYPE),
        Arguments.of("null value", dossierWith("\"perennial\": true", "\"perennial\": null"),
            FormatProblem.WRONG_TYPE),
        Arguments.of("fractional integer", dossierWith("\"durationYears\": 5", "\"durationYears\": 2.5"),
            FormatProblem.WRONG_TYPE),
        Arguments.of("missing required property", dossierWith("\"name\": \"Lycée Marie-Marvingt\"", "\"town\": \"X\""),
            FormatProblem.MISSING_PROPERTY),
        Arguments.of("invalid enum value", dossierWith("\"INITIAL\"", "\"FIRST\""), FormatProblem.UNKNOWN_ENUM_VALUE),
        Arguments.of("UAI without its letter", dossierWith("\"0619876D\"", "\"0619876\""), FormatProblem.INVALID_VALUE),
        Arguments.of("school year with a slash", dossierWith("\"2021-2022\"", "\"2021/2022\""),
            FormatProblem.INVALID_VALUE),
        Arguments.of("French date", dossierWith("\"2026-03-16\"", "\"16/03/2026\""), FormatProblem.INVALID_VALUE),
        Arguments.of("newer major version", dossierWith("\"1.0\"", "\"2.0\""),
            FormatProblem.UNSUPPORTED_FORMAT_VERSION),
        Arguments.of("missing version", dossierWith("\"formatVersion\": \"1.0\",", ""), FormatProblem.MISSING_PROPERTY),
        Arguments.of("other kind", dossierWith("\"kind\": \"dossier\"", "\"kind\": \"referential\""),
            FormatProblem.WRONG_DOCUMENT_KIND));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDossiers")
  void invalidDossiersAreRejectedByTheSchemaAndTheReader(String name, String json, FormatProblem problem) {
    assertThat(validate(DocumentKind.DOSSIER, json)).as(name).isNotEmpty();
    LdmFormatException e = assertThrows(LdmFormatException.class, () -> LdmJson.defaults().read(Dossier.class, json));
    assertThat(e.problem()).as(name).isEqualTo(problem);
  }

  @Test
  void aRepeatedSetValueIsRejectedByBoth() {
    String json = """
        {"formatVersion": "1.0", "kind": "referential", "id": "x", "title": "T",
         "edition": {"id": "e", "title": "E"},
         "parameters": {"eligibleSectors": ["PUBLIC", "PUBLIC"]},
         "source": {"document": "D", "section": "S"}}
        """;
    assertThat(validate(DocumentKind.REFERENTIAL, json)).isNotEmpty();
    assertThrows(LdmFormatException.class, () -> LdmJson.defaults().read(Referential.class, json));
  }

  /** What a schema cannot express: the reader alone rejects these (documented in docs/format.md). */
  @Test
  void checksBeyondTheSchema() {
    for (String json : List.of(dossierWith("\"0619876D\"", "\"0619876A\""),
        dossierWith("\"2021-2022\"", "\"2021-2023\""), dossierWith("\"2026-03-16\"", "\"2026-02-30\""),
        dossierWith("\"uai\": \"0619876D\",", "\"uai\": \"0619876D\", \"uai\": \"0619876D\","))) {
      assertThat(validate(DocumentKind.DOSSIER, json)).isEmpty();
      assertThrows(LdmFormatException.class, () -> LdmJson.defaults().read(Dossier.class, json));
    }
  }
}
