package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The module in a host application's plain ObjectMapper gives what LdmJson gives. */
class ModuleTest {

  private static final LdmJson JSON = LdmJson.defaults();

  /** A host application's own type that holds a dossier. */
  public static final class Envelope {
    public String sender;
    public Dossier dossier;
  }

  @Test
  void identicalBytesWithTheFormatPrettyPrinter() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new LdmModule());
    for (Object document : List.of(Fixtures.dossier(), Fixtures.referential())) {
      String viaModule = mapper.writer(LdmModule.prettyPrinter()).writeValueAsString(document);
      assertThat(viaModule + "\n").isEqualTo(JSON.writeString(document));
      assertThat(mapper.writeValueAsString(document) + "\n")
          .isEqualTo(JSON.withPrettyPrint(false).writeString(document));
    }
  }

  @Test
  void theHostsNamingStrategyAndIndentationDoNotChangeTheKeys() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new LdmModule())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.INDENT_OUTPUT);
    String text = mapper.writeValueAsString(Fixtures.dossier());
    assertThat(text).contains("\"referentialId\"", "\"coApplicants\"").doesNotContain("referential_id");
    assertThat(mapper.readValue(text, Dossier.class)).isEqualTo(Fixtures.dossier());
  }

  @Test
  void readingGivesEqualObjects() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new LdmModule());
    var example = ExamplesTest.EXAMPLES.resolve("dossier-complete.json");
    assertThat(mapper.readValue(Files.readString(example), Dossier.class)).isEqualTo(JSON.read(Dossier.class, example));
    var referential = ExamplesTest.EXAMPLES.resolve("referential-excerpt.json");
    assertThat(mapper.readValue(referential.toFile(), Referential.class))
        .isEqualTo(JSON.read(Referential.class, referential));
  }

  @Test
  void aDossierInsideAHostTypeIsADocument() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new LdmModule());
    Envelope envelope = new Envelope();
    envelope.sender = "rectorat";
    envelope.dossier = Fixtures.minimalDossier();
    String text = mapper.writeValueAsString(envelope);
    assertThat(text).startsWith("{\"sender\":\"rectorat\",\"dossier\":{\"formatVersion\":\"1.0\",\"kind\":\"dossier\"");
    assertThat(mapper.readValue(text, Envelope.class).dossier).isEqualTo(envelope.dossier);
  }

  @Test
  void aFaultIsAJacksonExceptionCausedByTheFormatException() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new LdmModule());
    String json = Docs.dossierWith("\"perennial\": true", "\"perennial\": \"oui\"");
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(json, Dossier.class));
    assertThat(e.getCause()).isInstanceOfSatisfying(LdmFormatException.class, cause -> {
      assertThat(cause.problem()).isEqualTo(FormatProblem.WRONG_TYPE);
      assertThat(cause.pointer()).hasToString("/sections/0/actions/0/perennial");
      assertThat(cause.line()).isEqualTo(19);
      assertThat(cause.column()).isEqualTo(24);
    });
    LdmFormatException direct = assertThrows(LdmFormatException.class, () -> JSON.read(Dossier.class, json));
    assertThat(((LdmFormatException) e.getCause()).detail()).isEqualTo(direct.detail());
  }

  @Test
  void aLenientModuleReportsWarningsThroughTheContextAttribute() throws IOException {
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(LdmJson.defaults().withLenient(true).withLocale(Locale.ENGLISH).module());
    String json = Docs.dossierWith("\"criterionId\": \"C1\"", "\"criterionId\": \"C1\", \"colour\": \"blue\"");
    List<FormatWarning> warnings = new ArrayList<>();
    Dossier dossier = mapper.readerFor(Dossier.class)
        .withAttribute(LdmModule.WARNINGS_ATTRIBUTE, (Consumer<FormatWarning>) warnings::add)
        .readValue(json);
    assertThat(dossier).isEqualTo(JSON.read(Dossier.class, Docs.DOSSIER));
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.pointer()).hasToString("/sections/0/colour");
      assertThat(w.message()).isEqualTo("unknown property \"colour\" ignored (lenient mode)");
    });
    // Without the attribute, the warnings are dropped and reading still succeeds.
    assertThat(mapper.readValue(json, Dossier.class)).isEqualTo(dossier);
    // The default module is strict.
    ObjectMapper strict = new ObjectMapper().registerModule(new LdmModule());
    assertThrows(JsonMappingException.class, () -> strict.readValue(json, Dossier.class));
  }
}
