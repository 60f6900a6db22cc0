package io.github.ldmlib.io;

import io.github.ldmlib.model.meta.DocumentKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/format.md: its JSON examples are valid canonical documents, its Java snippets work. */
class FormatDocTest {

  private static final Path DOC = Path.of("..", "docs", "format.md");

  @Tag("jackson3") // the schema validator runs on Jackson 3, absent from the Boot 3.5 version set (profile boot-3.5)
  @Test
  void everyJsonExampleIsACanonicalDocumentAndEveryKindHasOne() throws IOException {
    Matcher m = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
    Pattern kindKey = Pattern.compile("\\A\\{\n  \"formatVersion\": \"1.0\",\n  \"kind\": \"([a-z-]+)\",\n");
    Set<DocumentKind<?>> kinds = new HashSet<>();
    while (m.find()) {
      String json = m.group(1);
      Matcher kind = kindKey.matcher(json);
      assertThat(kind.find()).as("header of %s", json.lines().limit(3).toList()).isTrue();
      DocumentKind<?> documentKind = DocumentKind.ofId(kind.group(1)).orElseThrow();
      Object document = LdmJson.defaults().read(documentKind.type(), json);
      assertThat(LdmJson.defaults().writeString(document)).isEqualTo(json);
      assertThat(SchemaValidationTest.validate(documentKind, json)).isEmpty();
      kinds.add(documentKind);
    }
    assertThat(kinds).containsExactlyInAnyOrderElementsOf(DocumentKind.values());
  }

  @Test
  void theKindsAndSchemasAreAllListed() throws IOException {
    String doc = Files.readString(DOC);
    for (DocumentKind<?> kind : DocumentKind.values()) {
      assertThat(doc).contains("| `" + kind.id() + "` | `" + kind.type().getSimpleName() + "` |");
      assertThat(doc).contains("| `" + kind.id() + "` | `" + JsonSchemas.id(kind) + "` | `" + JsonSchemas.resource(kind) + "` |");
    }
  }

  @Test
  void theSnippetsWork(@TempDir Path dir) throws IOException {
    Path source = dir.resolve("dossier.json");
    Files.copy(ExamplesTest.EXAMPLES.resolve("dossier-complete.json"), source);

    LdmJson json = LdmJson.defaults();
    Dossier dossier = json.read(Dossier.class, source);
    json.write(dossier, dir.resolve("copie.json"));
    String text = json.writeString(dossier);
    assertThat(Files.readString(dir.resolve("copie.json"))).isEqualTo(text).isEqualTo(Files.readString(source));
    AuditPlan plan = json.read(AuditPlan.class, ExamplesTest.EXAMPLES.resolve("audit-plan-marie-marvingt.json"));
    assertThat(plan.auditDate()).isEqualTo(LocalDate.of(2026, 5, 12));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(Fixtures.conformityReport(), out);
    assertThat(json.read(ConformityReport.class, out.toString(StandardCharsets.UTF_8)))
        .isEqualTo(Fixtures.conformityReport());

    LdmJson english = LdmJson.defaults()
        .withLocale(Locale.ENGLISH)
        .withLenient(true)
        .withLimits(ReadLimits.defaults().withMaxDocumentLength(2_000_000));
    ReadResult<Dossier> result = english.readWithWarnings(Dossier.class, source);
    assertThat(result.value()).isEqualTo(dossier);

    ObjectMapper mapper = new ObjectMapper().registerModule(new LdmModule());
    assertThat(mapper.readValue(text, Dossier.class)).isEqualTo(dossier);
    String pretty = mapper.writer(LdmModule.prettyPrinter()).writeValueAsString(dossier);
    assertThat(pretty + "\n").isEqualTo(text);

    List<FormatWarning> warnings = new ArrayList<>();
    Dossier again = mapper.readerFor(Dossier.class)
        .withAttribute(LdmModule.WARNINGS_ATTRIBUTE, (Consumer<FormatWarning>) warnings::add)
        .readValue(text);
    assertThat(again).isEqualTo(dossier);
    assertThat(warnings).isEmpty();
  }
}
