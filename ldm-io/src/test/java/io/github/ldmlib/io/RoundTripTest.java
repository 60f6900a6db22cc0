package io.github.ldmlib.io;

import io.github.ldmlib.model.meta.DocumentKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ldmlib.io.internal.ModelCodecs;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.EstablishmentType;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.Referential;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing is lossless (read(write(x)) equals x) and deterministic (same object, same bytes). */
class RoundTripTest {

  private static final LdmJson JSON = LdmJson.defaults();
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new LdmModule());

  static Iterable<Object> everyType() {
    return Fixtures.everyType();
  }

  @Test
  void theFixturesCoverEveryTypeOfTheCodecs() {
    Set<Class<?>> covered = new HashSet<>();
    for (Object value : Fixtures.everyType()) {
      for (Class<?> type : ModelCodecs.types()) {
        if (type.isInstance(value)) {
          covered.add(type);
        }
      }
    }
    assertThat(covered).containsExactlyInAnyOrderElementsOf(ModelCodecs.types());
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("everyType")
  void everyTypeRoundTripsThroughTheModule(Object value) throws IOException {
    Class<?> type = ModelCodecs.types().stream().filter(t -> t.isInstance(value)).findFirst().orElseThrow();
    String json = MAPPER.writeValueAsString(value);
    Object back = MAPPER.readValue(json, type);
    assertThat(back).isEqualTo(value);
    assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
  }

  static List<Arguments> everyDocument() {
    List<Arguments> documents = new ArrayList<>();
    Fixtures.documents().forEach((kind, doc) -> documents.add(Arguments.of("complete " + kind.id(), doc)));
    Fixtures.minimalDocuments().forEach((kind, doc) -> documents.add(Arguments.of("minimal " + kind.id(), doc)));
    return documents;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyDocument")
  void documentsRoundTripThroughEverySinkAndSource(String name, Object document, @TempDir Path dir)
      throws IOException {
    Class<?> type = DocumentKind.ofType(document.getClass()).orElseThrow().type();
    String text = JSON.writeString(document);
    assertThat(JSON.read(type, text)).isEqualTo(document);

    Path file = dir.resolve("doc.json");
    JSON.write(document, file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(JSON.read(type, file)).isEqualTo(document);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JSON.write(document, bytes);
    assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(JSON.read(type, new ByteArrayInputStream(bytes.toByteArray()), "bytes")).isEqualTo(document);

    StringWriter chars = new StringWriter();
    JSON.write(document, chars);
    assertThat(chars.toString()).isEqualTo(text);
    assertThat(JSON.read(type, new StringReader(text), "chars")).isEqualTo(document);

    String compact = JSON.withPrettyPrint(false).writeString(document);
    assertThat(compact).doesNotContain("\n  ").endsWith("}\n").hasLineCount(1);
    assertThat(JSON.read(type, compact)).isEqualTo(document);
  }

  @ParameterizedTest
  @MethodSource("io.github.ldmlib.io.Fixtures#kinds")
  void everyKindIsWrittenDeterministicallyWithItsHeaderFirst(DocumentKind<?> kind) {
    Object document = Fixtures.documents().get(kind);
    String text = JSON.writeString(document);
    // The same bytes again, and from an equal copy that went through the reader.
    assertThat(JSON.writeString(document)).isEqualTo(text);
    assertThat(JSON.writeString(JSON.read(kind.type(), text))).isEqualTo(text);
    assertThat(text).startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"kind\": \"" + kind.id() + "\",\n");
  }

  @Test
  void writingIsDeterministic() {
    // Two equal objects built separately, sets filled in different orders: the same bytes.
    Referential a = Referential.builder().from(Fixtures.referential())
        .parameters(ProcessParameters.builder().from(Fixtures.parameters())
            .eligibleEstablishmentTypes(Set.of(EstablishmentType.POLYVALENT_LYCEE, EstablishmentType.VOCATIONAL_LYCEE))
            .eligibleSectors(Set.of(Sector.PRIVATE_UNDER_CONTRACT, Sector.PUBLIC)).build())
        .build();
    Referential b = Fixtures.referential();
    assertThat(a).isEqualTo(b);
    assertThat(JSON.writeString(a)).isEqualTo(JSON.writeString(b));
    assertThat(JSON.writeString(Fixtures.dossier())).isEqualTo(JSON.writeString(Fixtures.dossier()));
    assertThat(JSON.writeString(b)).contains("    \"eligibleEstablishmentTypes\": [\n"
        + "      \"VOCATIONAL_LYCEE\",\n      \"POLYVALENT_LYCEE\"\n    ],");
  }

  @Test
  void theLayoutIsExactlyTheDocumentedOne() {
    assertThat(JSON.writeString(Fixtures.minimalDossier())).isEqualTo("""
        {
          "formatVersion": "1.0",
          "kind": "dossier",
          "referentialId": "ldm-national-2023",
          "dossierKind": "INITIAL",
          "establishment": {
            "name": "Lycée Le Chêne"
          }
        }
        """);
    assertThat(JSON.withPrettyPrint(false).writeString(Fixtures.minimalDossier())).isEqualTo(
        "{\"formatVersion\":\"1.0\",\"kind\":\"dossier\",\"referentialId\":\"ldm-national-2023\","
            + "\"dossierKind\":\"INITIAL\",\"establishment\":{\"name\":\"Lycée Le Chêne\"}}\n");
  }

  @Test
  void keysFollowTheAccessorOrderAndDefaultsAreOmitted() {
    String text = JSON.writeString(Fixtures.dossier());
    assertThat(keyOrder(text, "referentialId", "referentialEdition", "dossierKind", "establishment", "network",
        "labelTitle", "trades", "boardVoteDate", "engagementDecision", "submissionDate", "context", "articulation",
        "sections", "evidence")).isTrue();
    // Initiative accessors first, then the action's own.
    assertThat(keyOrder(text, "\"title\": \"Suivi", "description", "durationYears", "objectives",
        "implementation", "requirementIds", "evidenceIds", "startYear", "perennial", "addedValue")).isTrue();

    String minimal = JSON.writeString(Fixtures.minimalReferential());
    assertThat(minimal).doesNotContain("parameters", "criteria", "published", "edition\": \"");
    String requirement = JSON.writeString(Fixtures.referential());
    assertThat(requirement).contains("\"networkOnly\": true").doesNotContain("\"networkOnly\": false")
        .contains("\"required\": false");
  }

  @Test
  void decimalsKeepTheirScale() {
    String text = JSON.writeString(Fixtures.dossier());
    assertThat(text).contains("\"value\": 12.50", "\"value\": 1E+1", "\"target\": 8.0", "\"value\": 14\n");
    Dossier back = JSON.read(Dossier.class, text);
    BigDecimal value = back.sections().get(0).actions().get(0).objectives().get(0).indicators().get(0)
        .measures().get(1).value();
    assertThat(value).isEqualTo(new BigDecimal("12.50")).extracting(BigDecimal::scale).isEqualTo(2);
  }

  @Test
  void unusualTextSurvives() {
    String odd = "guillemets \" barre \\ tab\t saut\n ligne\r emoji \uD83D\uDE80 contrôle \u0001 seul \uD800 fin";
    Dossier dossier = Dossier.builder().from(Fixtures.minimalDossier()).context(odd).build();
    String text = JSON.writeString(dossier);
    assertThat(JSON.read(Dossier.class, text)).isEqualTo(dossier);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      JSON.write(dossier, bytes);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(JSON.read(Dossier.class, bytes.toString(StandardCharsets.UTF_8))).isEqualTo(dossier);
    assertThat(text).doesNotContain("\r").contains("\uD83D\uDE80", "contrôle \\u0001 seul \\uD800 fin", "saut\\n ligne\\r");
  }

  @Test
  void aDocumentThatCannotBeWrittenWritesNothing(@TempDir Path dir) throws IOException {
    Dossier farFuture = Dossier.builder().from(Fixtures.dossier())
        .submissionDate(java.time.LocalDate.of(12_026, 3, 16)).build();
    Path file = dir.resolve("d.json");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.write(farFuture, file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The JSON format writes years 0000 to 9999 only: +12026-03-16 at /submissionDate");
    assertThat(file).doesNotExist();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.write(farFuture, out))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void aPersonWrittenAloneHasNoDocumentHeader() throws IOException {
    assertThat(MAPPER.writeValueAsString(Person.builder().lastName("Ndiaye").build()))
        .isEqualTo("{\"lastName\":\"Ndiaye\"}");
  }

  private static boolean keyOrder(String text, String... keys) {
    int from = -1;
    for (String key : keys) {
      String needle = key.startsWith("\"") ? key : "\"" + key + "\"";
      int at = text.indexOf(needle, from + 1);
      if (at < 0) {
        throw new AssertionError("No " + key + " after index " + from + " in " + text.lines().limit(5)
            .collect(Collectors.joining("\n")));
      }
      from = at;
    }
    return true;
  }
}
