package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ldmlib.model.meta.DocumentKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LdmJson#kindOf(Path)}: the kind of a document is told from the {@code "kind"} of its
 * header, wherever it stands in the top level, without reading the rest; when it cannot be told,
 * one located error says why.
 */
class KindOfTest {

  private static final LdmJson JSON = LdmJson.defaults();
  private static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir
  Path dir;

  @Test
  void everyExampleIsOfTheKindItIsReadAs() throws IOException {
    assertThat(JSON.kindOf(EXAMPLES.resolve("dossier-complete.json"))).isSameAs(DocumentKind.DOSSIER);
    assertThat(JSON.kindOf(EXAMPLES.resolve("audit-file-marie-marvingt.json"))).isSameAs(DocumentKind.AUDIT_FILE);
    assertThat(JSON.kindOf(EXAMPLES.resolve("audit-summary-marie-marvingt.json"))).isSameAs(DocumentKind.AUDIT_SUMMARY);
    assertThat(JSON.kindOf(EXAMPLES.resolve("referential-excerpt.json"))).isSameAs(DocumentKind.REFERENTIAL);
  }

  @Test
  void theKindMayComeLastAndTheContentIsNotRead() {
    // The content is not a valid dossier, and is not looked at.
    String json = "{\"sections\": [{\"whatever\": [1, 2, {\"kind\": \"referential\"}]}], \"formatVersion\": \"1.4\", "
        + "\"kind\": \"dossier\"}";
    assertThat(JSON.kindOf(json)).isSameAs(DocumentKind.DOSSIER);
  }

  @Test
  void aStreamAndAByteOrderMarkAreAccepted() throws IOException {
    byte[] bytes = "\uFEFF{\"kind\": \"audit-file\", \"formatVersion\": \"1.0\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.kindOf(new ByteArrayInputStream(bytes), "flux")).isSameAs(DocumentKind.AUDIT_FILE);
  }

  @Test
  void aMissingKindIsLocatedAtTheDocumentAndListsTheKnownKinds() throws IOException {
    Path file = Files.writeString(dir.resolve("sans-type.json"), "{\n  \"formatVersion\": \"1.0\",\n  \"uai\": \"0619876D\"\n}\n");

    LdmFormatException e = assertThrows(LdmFormatException.class, () -> JSON.withLocale(Locale.ENGLISH).kindOf(file));

    assertThat(e.problem()).isEqualTo(FormatProblem.MISSING_PROPERTY);
    assertThat(e.sourceName()).isEqualTo(file.toString());
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.pointer()).hasToString("/kind");
    assertThat(e.detail()).startsWith("the document does not say its kind: required property \"kind\" is missing")
        .contains("dossier, referential").contains("audit-file");
  }

  @Test
  void anUnknownKindIsNamedWhereItIs() {
    LdmFormatException e = assertThrows(LdmFormatException.class,
        () -> JSON.kindOf("{\n  \"formatVersion\": \"1.0\",\n  \"kind\": \"bilan-annuel\"\n}"));

    assertThat(e.problem()).isEqualTo(FormatProblem.WRONG_DOCUMENT_KIND);
    assertThat(e.sourceName()).isEqualTo(LdmJson.STRING_SOURCE);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(11);
    assertThat(e.pointer()).hasToString("/kind");
    assertThat(e.detail()).startsWith("type de document « bilan-annuel » inconnu ; types connus : dossier, ");
  }

  @Test
  void aKindThatIsNotAStringIsAWrongType() {
    LdmFormatException e = assertThrows(LdmFormatException.class,
        () -> JSON.kindOf("{\"formatVersion\": \"1.0\", \"kind\": {\"id\": \"dossier\"}}"));

    assertThat(e.problem()).isEqualTo(FormatProblem.WRONG_TYPE);
    assertThat(e.pointer()).hasToString("/kind");
  }

  @Test
  void anotherMajorVersionComesBeforeAnUnknownKind() {
    LdmFormatException e = assertThrows(LdmFormatException.class,
        () -> JSON.kindOf("{\"kind\": \"bilan-annuel\", \"formatVersion\": \"2.0\"}"));

    assertThat(e.problem()).isEqualTo(FormatProblem.UNSUPPORTED_FORMAT_VERSION);
    assertThat(e.pointer()).hasToString("/formatVersion");
  }

  @Test
  void whatIsNotAJsonObjectSaysSo() {
    assertThat(assertThrows(LdmFormatException.class, () -> JSON.kindOf("")).problem())
        .isEqualTo(FormatProblem.MALFORMED_JSON);
    assertThat(assertThrows(LdmFormatException.class, () -> JSON.kindOf("[{\"kind\": \"dossier\"}]")).problem())
        .isEqualTo(FormatProblem.WRONG_TYPE);
    LdmFormatException e = assertThrows(LdmFormatException.class, () -> JSON.kindOf("{\"formatVersion\": \"1.0\", kind}"));
    assertThat(e.problem()).isEqualTo(FormatProblem.MALFORMED_JSON);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(26);
  }

  @Test
  void aFaultAfterTheKindIsLeftToTheRead() {
    String json = "{\"formatVersion\": \"1.0\", \"kind\": \"dossier\", \"uai\": }";

    assertThat(JSON.kindOf(json)).isSameAs(DocumentKind.DOSSIER);
    assertThat(assertThrows(LdmFormatException.class, () -> JSON.read(DocumentKind.DOSSIER.type(), json)).problem())
        .isEqualTo(FormatProblem.MALFORMED_JSON);
  }
}
