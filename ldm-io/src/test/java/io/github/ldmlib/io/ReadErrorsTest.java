package io.github.ldmlib.io;

import static io.github.ldmlib.io.Docs.DOSSIER;
import static io.github.ldmlib.io.Docs.at;
import static io.github.ldmlib.io.Docs.dossierWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every class of read error, with the line, column and JSON Pointer it reports. */
class ReadErrorsTest {

  private static final LdmJson JSON = LdmJson.defaults();

  /** Reads and expects an error of the given problem at the place of {@code marker} in {@code json}. */
  static LdmFormatException expect(String json, FormatProblem problem, String marker, String pointer) {
    LdmFormatException e = assertThrows(LdmFormatException.class, () -> JSON.read(Dossier.class, json));
    long[] where = at(json, marker);
    assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
    assertThat(e.line()).as("line of %s", e.getMessage()).isEqualTo(where[0]);
    assertThat(e.column()).as("column of %s", e.getMessage()).isEqualTo(where[1]);
    assertThat(e.pointer()).as(e.getMessage()).hasToString(pointer);
    assertThat(e.sourceName()).isEqualTo(LdmJson.STRING_SOURCE);
    assertThat(e.getMessage()).startsWith("<string> (ligne " + where[0] + ", colonne " + where[1] + ")");
    return e;
  }

  @Test
  void theValidDocumentReads() {
    Dossier dossier = JSON.read(Dossier.class, DOSSIER);
    assertThat(dossier.establishment().name()).isEqualTo("Lycée Marie-Marvingt");
    assertThat(dossier.sections().get(0).actions().get(0).perennial()).contains(true);
  }

  @Test
  void malformedJson() {
    String json = dossierWith("\"referentialId\": \"ldm-national-2023\",", "\"referentialId\": \"ldm-national-2023\";");
    LdmFormatException e = expect(json, FormatProblem.MALFORMED_JSON, ";", "/referentialId");
    assertThat(e.detail()).isEqualTo("JSON mal formé : caractère inattendu « ; »");
  }

  @Test
  void truncatedDocument() {
    String json = DOSSIER.substring(0, DOSSIER.indexOf("\"sections\""));
    LdmFormatException e = assertThrows(LdmFormatException.class, () -> JSON.read(Dossier.class, json));
    assertThat(e.problem()).isEqualTo(FormatProblem.MALFORMED_JSON);
    assertThat(e.detail()).contains("fin du texte inattendue");
    assertThat(e.line()).isEqualTo(at(json, "\"submissionDate\"")[0] + 1);
  }

  @Test
  void invalidLiteral() {
    String json = dossierWith("\"perennial\": true", "\"perennial\": yes");
    LdmFormatException e = expect(json, FormatProblem.MALFORMED_JSON, "yes",
        "/sections/0/actions/0/perennial");
    assertThat(e.detail()).contains("« yes »");
  }

  @Test
  void emptyDocumentAndTrailingContent() {
    LdmFormatException empty = assertThrows(LdmFormatException.class, () -> JSON.read(Dossier.class, "  \n "));
    assertThat(empty.problem()).isEqualTo(FormatProblem.MALFORMED_JSON);
    assertThat(empty.detail()).isEqualTo("le document est vide");

    String trailing = DOSSIER + "{}";
    LdmFormatException e = expect(trailing, FormatProblem.MALFORMED_JSON, "{}", "");
    assertThat(e.detail()).startsWith("contenu inattendu après la fin du document");
  }

  @Test
  void wrongType() {
    String json = dossierWith("\"perennial\": true", "\"perennial\": \"oui\"");
    LdmFormatException e = expect(json, FormatProblem.WRONG_TYPE, "\"oui\"", "/sections/0/actions/0/perennial");
    assertThat(e.detail()).isEqualTo("type incorrect : attendu un booléen, trouvé une chaîne");
  }

  @Test
  void nullIsAWrongType() {
    String json = dossierWith("\"perennial\": true", "\"perennial\": null");
    LdmFormatException e = expect(json, FormatProblem.WRONG_TYPE, "null", "/sections/0/actions/0/perennial");
    assertThat(e.detail()).contains("omettant la clé");
  }

  @Test
  void aFractionWhereAnIntegerIsExpected() {
    String json = dossierWith("\"durationYears\": 5", "\"durationYears\": 2.5");
    expect(json, FormatProblem.WRONG_TYPE, "2.5", "/sections/0/actions/0/durationYears");
    assertThat(JSON.read(Dossier.class, dossierWith("\"durationYears\": 5", "\"durationYears\": 5.0"))
        .sections().get(0).actions().get(0).durationYears()).hasValue(5);
    expect(dossierWith("\"durationYears\": 5", "\"durationYears\": 3000000000"), FormatProblem.INVALID_VALUE,
        "3000000000", "/sections/0/actions/0/durationYears");
  }

  @Test
  void objectWhereAStringIsExpected() {
    String json = dossierWith("\"referentialId\": \"ldm-national-2023\"", "\"referentialId\": {\"id\": 1}");
    expect(json, FormatProblem.WRONG_TYPE, "{\"id\"", "/referentialId");
  }

  @Test
  void unknownProperty() {
    String json = dossierWith("\"name\": \"Lycée Marie-Marvingt\"", "\"name\": \"Lycée Marie-Marvingt\",\n    \"nom\": \"x\"");
    LdmFormatException e = expect(json, FormatProblem.UNKNOWN_PROPERTY, "\"nom\"", "/establishment/nom");
    assertThat(e.detail()).isEqualTo("propriété inconnue « nom » ; propriétés admises ici : "
        + "uai, name, type, sector, town, academy, region");
  }

  @Test
  void unknownPropertyCloseToAKnownOneIsExplained() {
    String json = dossierWith("\"criterionId\"", "\"criterionID\"");
    LdmFormatException e = expect(json, FormatProblem.UNKNOWN_PROPERTY, "\"criterionID\"", "/sections/0/criterionID");
    assertThat(e.detail()).isEqualTo("propriété inconnue « criterionID » ; vouliez-vous dire « criterionId » ?");
  }

  @Test
  void duplicateKey() {
    String json = dossierWith("\"uai\": \"0619876D\",", "\"uai\": \"0619876D\",\n    \"uai\": \"0619876D\",");
    long[] second = at(json.substring(json.indexOf("\"uai\"") + 1), "\"uai\"");
    LdmFormatException e = assertThrows(LdmFormatException.class, () -> JSON.read(Dossier.class, json));
    assertThat(e.problem()).isEqualTo(FormatProblem.DUPLICATE_KEY);
    assertThat(e.line()).isEqualTo(second[0] + at(json, "\"uai\"")[0] - 1);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.pointer()).hasToString("/establishment/uai");
    assertThat(e.detail()).isEqualTo("la clé « uai » apparaît deux fois dans le même objet");
  }

  @Test
  void duplicateHeaderKeyAndDuplicateUnknownKey() {
    String json = dossierWith("\"kind\": \"dossier\",", "\"kind\": \"dossier\",\n  \"kind\": \"dossier\",");
    LdmFormatException e = assertThrows(LdmFormatException.class, () -> JSON.read(Dossier.class, json));
    assertThat(e.problem()).isEqualTo(FormatProblem.DUPLICATE_KEY);
    assertThat(e.line()).isEqualTo(4);

    String twice = dossierWith("\"dossierKind\": \"INITIAL\",", "\"x\": 1,\n  \"x\": 2,\n  \"dossierKind\": \"INITIAL\",");
    LdmFormatException lenient = assertThrows(LdmFormatException.class,
        () -> JSON.withLenient(true).read(Dossier.class, twice));
    assertThat(lenient.problem()).isEqualTo(FormatProblem.DUPLICATE_KEY);
    assertThat(lenient.pointer()).hasToString("/x");
  }

  @Test
  void missingRequiredProperty() {
    String json = dossierWith("\"name\": \"Lycée Marie-Marvingt\"", "\"town\": \"Bréval\"");
    LdmFormatException e = expect(json, FormatProblem.MISSING_PROPERTY, "{\n    \"uai\"", "/establishment/name");
    assertThat(e.detail()).isEqualTo("propriété obligatoire « name » absente");
  }

  @Test
  void severalMissingPropertiesAreNamedTogether() {
    String json = dossierWith("\"title\": \"Action\",\n", "");
    LdmFormatException e = assertThrows(LdmFormatException.class,
        () -> JSON.read(Dossier.class, "{\"formatVersion\":\"1.0\",\"kind\":\"dossier\"}"));
    assertThat(e.problem()).isEqualTo(FormatProblem.MISSING_PROPERTY);
    assertThat(e.pointer()).hasToString("/referentialId");
    assertThat(e.detail()).isEqualTo("propriétés obligatoires absentes : referentialId, dossierKind, establishment");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
    expect(json, FormatProblem.MISSING_PROPERTY, "{\n" + " ".repeat(20) + "\"durationYears\"", "/sections/0/actions/0/title");
  }

  @Test
  void invalidEnumValue() {
    String json = dossierWith("\"INITIAL\"", "\"PREMIERE\"");
    LdmFormatException e = expect(json, FormatProblem.UNKNOWN_ENUM_VALUE, "\"PREMIERE\"", "/dossierKind");
    assertThat(e.detail()).isEqualTo("valeur « PREMIERE » inconnue ; valeurs admises : INITIAL, RENEWAL");
  }

  @Test
  void enumValuesAreCaseSensitive() {
    expect(dossierWith("\"INITIAL\"", "\"initial\""), FormatProblem.UNKNOWN_ENUM_VALUE, "\"initial\"", "/dossierKind");
  }

  @Test
  void invalidUai() {
    LdmFormatException letter = expect(dossierWith("\"0619876D\"", "\"0619876A\""), FormatProblem.INVALID_VALUE,
        "\"0619876A\"", "/establishment/uai");
    assertThat(letter.detail()).isEqualTo("code UAI « 0619876A » invalide : la lettre clé doit être « D »");
    LdmFormatException length = expect(dossierWith("\"0619876D\"", "\"619876D\""), FormatProblem.INVALID_VALUE,
        "\"619876D\"", "/establishment/uai");
    assertThat(length.detail()).contains("8 caractères attendus", "7 trouvés");
    LdmFormatException digit = expect(dossierWith("\"0619876D\"", "\"06I9876D\""), FormatProblem.INVALID_VALUE,
        "\"06I9876D\"", "/establishment/uai");
    assertThat(digit.detail()).contains("le caractère 3 doit être un chiffre");
  }

  @Test
  void invalidSchoolYearAndDates() {
    LdmFormatException year = expect(dossierWith("\"2021-2022\"", "\"2021-2023\""), FormatProblem.INVALID_VALUE,
        "\"2021-2023\"", "/sections/0/actions/0/startYear");
    assertThat(year.detail()).contains("les deux années doivent se suivre");
    LdmFormatException form = expect(dossierWith("\"2021-2022\"", "\"2021/2022\""), FormatProblem.INVALID_VALUE,
        "\"2021/2022\"", "/sections/0/actions/0/startYear");
    assertThat(form.detail()).contains("AAAA-AAAA");
    expect(dossierWith("\"2026-03-16\"", "\"2026-02-30\""), FormatProblem.INVALID_VALUE, "\"2026-02-30\"",
        "/submissionDate");
    expect(dossierWith("\"2026-03-16\"", "\"16/03/2026\""), FormatProblem.INVALID_VALUE, "\"16/03/2026\"",
        "/submissionDate");
  }

  @Test
  void newerMajorFormatVersion() {
    String json = dossierWith("\"1.0\"", "\"2.0\"");
    LdmFormatException e = expect(json, FormatProblem.UNSUPPORTED_FORMAT_VERSION, "\"2.0\"", "/formatVersion");
    assertThat(e.detail()).isEqualTo("version de format « 2.0 » non prise en charge : cette bibliothèque lit les versions 1.x");
  }

  @Test
  void malformedFormatVersion() {
    expect(dossierWith("\"1.0\"", "\"1\""), FormatProblem.INVALID_VALUE, "\"1\"", "/formatVersion");
    expect(dossierWith("\"1.0\"", "1.0"), FormatProblem.WRONG_TYPE, "1.0", "/formatVersion");
  }

  @Test
  void missingFormatVersion() {
    String json = dossierWith("\"formatVersion\": \"1.0\",\n", "");
    LdmFormatException e = expect(json, FormatProblem.MISSING_PROPERTY, "{", "/formatVersion");
    assertThat(e.detail()).isEqualTo("propriété obligatoire « formatVersion » absente");
  }

  @Test
  void versionFoundAfterAnotherFaultIsReportedFirst() {
    // The header is at the end; the body has a property unknown to 1.0 and a type changed in 2.0.
    String json = """
        {
          "referentialId": "ldm-national-2023",
          "dossierKind": ["INITIAL"],
          "establishment": {"name": "Lycée"},
          "formatVersion": "2.0",
          "kind": "dossier"
        }
        """;
    expect(json, FormatProblem.UNSUPPORTED_FORMAT_VERSION, "\"2.0\"", "/formatVersion");
  }

  @Test
  void documentOfAnotherKind() {
    LdmFormatException e = expect(dossierWith("\"kind\": \"dossier\"", "\"kind\": \"referential\""),
        FormatProblem.WRONG_DOCUMENT_KIND, "\"referential\"", "/kind");
    assertThat(e.detail()).isEqualTo("le document est de type « referential » alors que le type « dossier » est attendu");
    LdmFormatException unknown = expect(dossierWith("\"kind\": \"dossier\"", "\"kind\": \"audit\""),
        FormatProblem.WRONG_DOCUMENT_KIND, "\"audit\"", "/kind");
    assertThat(unknown.detail()).isEqualTo("type de document « audit » inconnu ; types connus : dossier,"
        + " referential, academy-profile, conformity-report, audit-plan, audit-dashboard, audit-summary,"
        + " label-decision, label-record, auditor-pool, audit-file, annual-review, review-file");
  }

  @Test
  void aReferentialReadAsADossierSaysSoEvenWhenTheKindComesLast() {
    String json = """
        {
          "criteria": [],
          "edition": {"id": "2026-01", "title": "Édition"},
          "formatVersion": "1.0",
          "id": "ldm-national-2023",
          "kind": "referential"
        }
        """;
    expect(json, FormatProblem.WRONG_DOCUMENT_KIND, "\"referential\"", "/kind");
  }

  @Test
  void theRootMustBeAnObject() {
    LdmFormatException e = expect("[1, 2]", FormatProblem.WRONG_TYPE, "[", "");
    assertThat(e.detail()).isEqualTo("type incorrect : attendu un objet, trouvé un tableau");
  }

  @Test
  void invalidUtf8IsLocated() {
    byte[] bytes = dossierWith("Lycée Marie-Marvingt", "Lycée Marie-MarvXngt").getBytes(StandardCharsets.UTF_8);
    long[] where = at(dossierWith("Lycée Marie-Marvingt", "Lycée Marie-MarvXngt"), "Xngt");
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 'X') {
        bytes[i] = (byte) 0xC3; // a lead byte followed by an ASCII byte: invalid
      }
    }
    LdmFormatException e = assertThrows(LdmFormatException.class,
        () -> JSON.read(Dossier.class, new ByteArrayInputStream(bytes), "dossier.json"));
    assertThat(e.problem()).isEqualTo(FormatProblem.MALFORMED_JSON);
    assertThat(e.line()).isEqualTo(where[0]);
    assertThat(e.column()).isEqualTo(where[1]);
    assertThat(e.sourceName()).isEqualTo("dossier.json");
    assertThat(e.detail()).isEqualTo("le texte n’est pas de l’UTF-8 valide");
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    byte[] body = DOSSIER.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(JSON.read(Dossier.class, new ByteArrayInputStream(bytes), "bom.json"))
        .isEqualTo(JSON.read(Dossier.class, DOSSIER));
  }

  @Test
  void aReaderSourceNameIsReported() {
    String json = dossierWith("\"INITIAL\"", "\"X\"");
    LdmFormatException e = assertThrows(LdmFormatException.class,
        () -> JSON.read(Dossier.class, new StringReader(json), "inbox/42.json"));
    assertThat(e.sourceName()).isEqualTo("inbox/42.json");
    assertThat(e.getMessage()).startsWith("inbox/42.json (ligne 5, colonne 18) à /dossierKind : valeur « X » inconnue");
  }

  @Test
  void messagesInEnglish() {
    String json = dossierWith("\"perennial\": true", "\"perennial\": \"oui\"");
    LdmFormatException e = assertThrows(LdmFormatException.class,
        () -> JSON.withLocale(Locale.ENGLISH).read(Dossier.class, json));
    assertThat(e.getMessage()).isEqualTo(
        "<string> (line 19, column 24) at /sections/0/actions/0/perennial: wrong type: expected a boolean, found a string");
    LdmFormatException uai = assertThrows(LdmFormatException.class,
        () -> JSON.withLocale(Locale.UK).read(Dossier.class, dossierWith("\"0619876D\"", "\"0619876A\"")));
    assertThat(uai.detail()).isEqualTo("invalid UAI code \"0619876A\": the check letter must be \"D\"");
  }

  @Test
  void anyOtherLocaleGivesFrench() {
    String json = dossierWith("\"INITIAL\"", "\"X\"");
    LdmFormatException e = assertThrows(LdmFormatException.class,
        () -> JSON.withLocale(Locale.GERMAN).read(Dossier.class, json));
    assertThat(e.detail()).startsWith("valeur « X » inconnue");
  }

  @Test
  void nonDocumentTypesAreRefused() {
    assertThatThrownBy(() -> JSON.read(String.class, "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Dossier, Referential");
    assertThatThrownBy(() -> JSON.writeString("text")).isInstanceOf(IllegalArgumentException.class);
  }

  @Nested
  class Referentials {
    @Test
    void aReferentialErrorIsLocatedToo() {
      String json = """
          {
            "formatVersion": "1.0",
            "kind": "referential",
            "id": "ldm-test",
            "title": "Test",
            "edition": {"id": "2026-01", "title": "Édition", "published": "2026-13"},
            "source": {"document": "Guide", "section": "F"}
          }
          """;
      LdmFormatException e = assertThrows(LdmFormatException.class, () -> JSON.read(Referential.class, json));
      assertThat(e.problem()).isEqualTo(FormatProblem.INVALID_VALUE);
      assertThat(e.pointer()).hasToString("/edition/published");
      assertThat(e.line()).isEqualTo(6);
      assertThat(e.column()).isEqualTo(at(json, "\"2026-13\"")[1]);
    }

    @Test
    void aRepeatedValueInASetIsRefused() {
      String json = """
          {"formatVersion": "1.0", "kind": "referential", "id": "x", "title": "T",
           "edition": {"id": "e", "title": "E"},
           "parameters": {"eligibleSectors": ["PUBLIC", "PUBLIC"]},
           "source": {"document": "D", "section": "S"}}
          """;
      LdmFormatException e = assertThrows(LdmFormatException.class, () -> JSON.read(Referential.class, json));
      assertThat(e.problem()).isEqualTo(FormatProblem.INVALID_VALUE);
      assertThat(e.pointer()).hasToString("/parameters/eligibleSectors/1");
      assertThat(e.detail()).contains("« PUBLIC » apparaît deux fois");
    }
  }
}
