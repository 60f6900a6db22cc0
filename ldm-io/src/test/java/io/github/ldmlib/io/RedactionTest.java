package io.github.ldmlib.io;

import io.github.ldmlib.model.meta.DocumentKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Person;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pseudonymised documents keep no personal name of the original, and everything else. */
class RedactionTest {

  private static final LdmJson JSON = LdmJson.defaults();
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final String KEY = "clé de test";

  static Stream<String> examplesWithPeople() {
    return Stream.of("dossier-complete.json", "dossier-network.json", "audit-plan-marie-marvingt.json",
        "audit-summary-marie-marvingt.json", "auditor-pool-normandie.json", "defective/missing-section-c4.json");
  }

  /** Every last and first name of the persons of a JSON document. */
  private static Set<String> names(JsonNode node, Set<String> into) {
    if (node.isObject()) {
      for (String key : List.of("lastName", "firstName")) {
        if (node.get(key) != null && node.get(key).isTextual()) {
          into.add(node.get(key).asText());
        }
      }
    }
    node.elements().forEachRemaining(child -> names(child, into));
    return into;
  }

  private static Pattern word(String name) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static boolean mentionsAny(String text, Set<String> names) {
    return names.stream().anyMatch(n -> word(n).matcher(text).find());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examplesWithPeople")
  void noNameSurvivesAndEverythingElseIsKept(String example) throws IOException {
    Path file = ExamplesTest.EXAMPLES.resolve(example);
    Class<?> type = DocumentKind.ofId(TREES.readTree(file.toFile()).get("kind").asText()).orElseThrow().type();
    Object original = JSON.read(type, file);
    String before = JSON.writeString(original);
    Set<String> names = names(TREES.readTree(before), new TreeSet<>());
    assertThat(names).isNotEmpty();

    String after = JSON.writeString(Redaction.pseudonymise(original, KEY));

    for (String name : names) {
      assertThat(word(name).matcher(after).find()).as("%s survives in %s", name, example).isFalse();
    }
    // Same structure, same numbers and booleans; a text changes only where it named someone.
    List<String> changed = new ArrayList<>();
    compare("", TREES.readTree(before), TREES.readTree(after), names, changed);
    assertThat(changed).isNotEmpty().allSatisfy(pointer -> assertThat(pointer).isNotEmpty());
  }

  private static void compare(String pointer, JsonNode before, JsonNode after, Set<String> names, List<String> changed) {
    assertThat(after.getNodeType()).as(pointer).isEqualTo(before.getNodeType());
    if (before.isObject()) {
      List<String> keysBefore = new ArrayList<>();
      before.fieldNames().forEachRemaining(keysBefore::add);
      List<String> keysAfter = new ArrayList<>();
      after.fieldNames().forEachRemaining(keysAfter::add);
      assertThat(keysAfter).as(pointer).isEqualTo(keysBefore);
      for (Iterator<Map.Entry<String, JsonNode>> it = before.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        compare(pointer + "/" + field.getKey(), field.getValue(), after.get(field.getKey()), names, changed);
      }
    } else if (before.isArray()) {
      assertThat(after.size()).as(pointer).isEqualTo(before.size());
      for (int i = 0; i < before.size(); i++) {
        compare(pointer + "/" + i, before.get(i), after.get(i), names, changed);
      }
    } else if (before.isTextual() && mentionsAny(before.asText(), names)) {
      assertThat(after.asText()).as(pointer).isNotEqualTo(before.asText());
      changed.add(pointer);
    } else {
      assertThat(after).as(pointer).isEqualTo(before);
    }
  }

  @Test
  void personsGetStablePseudonymsAndKeepTheirFunction() throws IOException {
    Dossier dossier = JSON.read(Dossier.class, ExamplesTest.EXAMPLES.resolve("dossier-complete.json"));
    Dossier once = Redaction.pseudonymise(dossier, KEY);
    assertThat(Redaction.pseudonymise(dossier, KEY)).isEqualTo(once);
    Person coordinator = dossier.sections().get(0).team().orElseThrow().coordinator().orElseThrow();
    Person pseudonymous = once.sections().get(0).team().orElseThrow().coordinator().orElseThrow();
    assertThat(pseudonymous.lastName()).isEqualTo(Redaction.lastNamePseudonym(coordinator.lastName(), KEY))
        .matches("Nom-[A-Z2-9]{8}");
    assertThat(pseudonymous.firstName()).isEqualTo(coordinator.firstName().map(n -> Redaction.firstNamePseudonym(n, KEY)));
    assertThat(pseudonymous.function()).isEqualTo(coordinator.function());
    // Letter case and surrounding spaces do not matter; another key gives other pseudonyms.
    assertThat(Redaction.lastNamePseudonym(" " + coordinator.lastName().toUpperCase(Locale.ROOT), KEY))
        .isEqualTo(pseudonymous.lastName());
    assertThat(Redaction.lastNamePseudonym(coordinator.lastName(), "une autre clé")).isNotEqualTo(pseudonymous.lastName());
    assertThat(Redaction.pseudonymise(dossier, "une autre clé")).isNotEqualTo(once);
  }

  @Test
  void theSamePersonHasTheSamePseudonymInEveryDocument() throws IOException {
    // Camille Lefèvre is in the dossier's team and is interviewed in the audit plan.
    Dossier dossier = JSON.read(Dossier.class, ExamplesTest.EXAMPLES.resolve("dossier-complete.json"));
    AuditPlan plan = JSON.read(AuditPlan.class, ExamplesTest.EXAMPLES.resolve("audit-plan-marie-marvingt.json"));
    assertThat(JSON.writeString(dossier)).contains("\"Lefèvre\"");
    assertThat(JSON.writeString(plan)).contains("\"Lefèvre\"");
    String pseudonym = "\"" + Redaction.lastNamePseudonym("Lefèvre", KEY) + "\"";
    assertThat(JSON.writeString(Redaction.pseudonymise(dossier, KEY))).contains(pseudonym).doesNotContain("Lefèvre");
    assertThat(JSON.writeString(Redaction.pseudonymise(plan, KEY))).contains(pseudonym).doesNotContain("Lefèvre");
  }

  @Test
  void aPersonsNameIsReplacedInEveryTextInAnyLetterCase() throws IOException {
    Dossier dossier = JSON.read(Dossier.class, ExamplesTest.EXAMPLES.resolve("dossier-complete.json"));
    Dossier withHer = Dossier.builder().from(dossier)
        .context("Mme Anaïs ROCHETEAU, proviseure adjointe, pilote la démarche (anaïs.rocheteau@ac-x.fr).").build();
    // Named only in a text, she is not known as a person: the text is kept, but for her e-mail address.
    assertThat(Redaction.pseudonymise(withHer, KEY).context().orElseThrow())
        .matches("Mme Anaïs ROCHETEAU, proviseure adjointe, pilote la démarche \\(Courriel-[A-Z2-9]{8}@ac-x\\.fr\\)\\.");
    CriterionSection first = withHer.sections().get(0);
    Dossier withHerAsCoordinator = Dossier.builder().from(withHer).sections(List.of(
        CriterionSection.builder().from(first)
            .team(CriterionTeam.builder().from(first.team().orElseThrow())
                .coordinator(Person.of("Rocheteau", "Anaïs", "Proviseure adjointe")).build())
            .build())).build();
    Dossier shared = Redaction.pseudonymise(withHerAsCoordinator, KEY);
    String anais = Redaction.firstNamePseudonym("Anaïs", KEY);
    String rocheteau = Redaction.lastNamePseudonym("Rocheteau", KEY);
    assertThat(shared.context().orElseThrow())
        .startsWith("Mme " + anais + " " + rocheteau + ", proviseure adjointe, pilote la démarche (Courriel-")
        .matches(".*\\(Courriel-[A-Z2-9]{8}@ac-x\\.fr\\)\\.");
  }

  /** The example dossier, with only its first criterion, these persons and Camille Lefèvre in its team. */
  private static Dossier withMembers(String context, Person... persons) throws IOException {
    Dossier dossier = JSON.read(Dossier.class, ExamplesTest.EXAMPLES.resolve("dossier-complete.json"));
    CriterionSection first = dossier.sections().get(0);
    return Dossier.builder().from(dossier).context(context).sections(List.of(CriterionSection.builder().from(first)
        .team(CriterionTeam.builder().from(first.team().orElseThrow()).addMembers(persons)
            .addMembers(Person.of("Lefèvre", "Camille", "Professeure")).build()).build()))
        .build();
  }

  @Test
  void ordinaryFrenchSpellingsOfANameAreReplaced() throws IOException {
    String context = String.join(" | ",
        "N’Diaye", "Nʼdiaye", "N'DIAYE",
        "Le\u00A0Goff", "LE\u202FGOFF", "le  goff",
        "LEFEVRE", "Le\u00ADfèvre", "Lef\u200Bèvre", "\uFEFFLefe\u0301vre",
        "STRAUSS", "Strauß", "strauss",
        "İNCE", "ince",
        "Legoff et Diaye restent");
    Dossier dossier = withMembers(context, Person.of("N'Diaye", "Awa", "CPE"), Person.of("Le Goff", "Loïc", "DDFPT"),
        Person.of("Strauß", "Jürgen", "Professeur"), Person.of("İnce", "Elif", "Professeure"));
    String ndiaye = Redaction.lastNamePseudonym("N'Diaye", KEY);
    String goff = Redaction.lastNamePseudonym("Le Goff", KEY);
    String lefevre = Redaction.lastNamePseudonym("Lefèvre", KEY);
    String strauss = Redaction.lastNamePseudonym("Strauß", KEY);
    String ince = Redaction.lastNamePseudonym("İnce", KEY);
    assertThat(Redaction.pseudonymise(dossier, KEY).context()).hasValue(String.join(" | ",
        ndiaye, ndiaye, ndiaye, goff, goff, goff, lefevre, lefevre, lefevre, "\uFEFF" + lefevre,
        strauss, strauss, strauss, ince, ince, "Legoff et Diaye restent"));
    // One pseudonym whatever the spelling.
    assertThat(Redaction.lastNamePseudonym("LEFEVRE", KEY)).isEqualTo(lefevre);
    assertThat(Redaction.lastNamePseudonym("Strauss", KEY)).isEqualTo(strauss);
    assertThat(Redaction.lastNamePseudonym("N’Diaye", KEY)).isEqualTo(ndiaye);
    assertThat(Redaction.lastNamePseudonym("Le\u00A0Goff", KEY)).isEqualTo(goff);
  }

  @Test
  void offsetsStayRightWhereFoldingChangesLengths() throws IOException {
    // ß folds to two letters, a soft hyphen and a combining accent to none: the text around a
    // name is kept exactly.
    Dossier dossier = withMembers("« Weiß », (STRAUẞ) et W\u00ADEISS; fin", Person.of("Weiß", "Jürgen", "CPE"),
        Person.of("Strauß", "Elif", "CPE"));
    String weiss = Redaction.lastNamePseudonym("Weiß", KEY);
    String strauss = Redaction.lastNamePseudonym("Strauß", KEY);
    assertThat(Redaction.pseudonymise(dossier, KEY).context())
        .hasValue("« " + weiss + " », (" + strauss + ") et " + weiss + "; fin");
  }

  @Test
  void eMailAddressesAreReplacedWithTheSurnamesInTheirLocalPart() throws IOException {
    Dossier dossier = withMembers("Écrire à c.lefevre@ac-normandie.fr, clefevre2@ac-normandie.fr ou "
        + "secretariat.proviseur@ac-normandie.fr; lefevre@@x reste, @lefevre aussi.");
    String shared = Redaction.pseudonymise(dossier, KEY).context().orElseThrow();
    assertThat(shared).matches("Écrire à Courriel-[A-Z2-9]{8}@ac-normandie\\.fr, Courriel-[A-Z2-9]{8}@ac-normandie\\.fr "
        + "ou Courriel-[A-Z2-9]{8}@ac-normandie\\.fr; " + Pattern.quote(Redaction.lastNamePseudonym("Lefèvre", KEY))
        + "@@x reste, @" + Pattern.quote(Redaction.lastNamePseudonym("Lefèvre", KEY)) + " aussi\\.");
    assertThat(shared.toLowerCase(Locale.ROOT)).doesNotContain("lefevre");
    // The same address gives the same pseudonym.
    Dossier twice = withMembers("c.lefevre@ac-normandie.fr C.Lefèvre@ac-normandie.fr");
    String[] both = Redaction.pseudonymise(twice, KEY).context().orElseThrow().split(" ");
    assertThat(both[0]).isEqualTo(both[1]);
  }

  @Test
  void aWholeSurnameInCapitalsIsATextButTheFormatsConstantsStay() throws IOException {
    Dossier dossier = withMembers("LEFEVRE", Person.of("INITIAL", "PUBLIC", "CPE"));
    Dossier shared = Redaction.pseudonymise(dossier, KEY);
    assertThat(shared.context()).hasValue(Redaction.lastNamePseudonym("Lefèvre", KEY));
    // INITIAL and PUBLIC are constants where the model has an enumeration, names elsewhere.
    assertThat(shared.dossierKind()).isEqualTo(dossier.dossierKind());
    assertThat(shared.establishment().type()).isEqualTo(dossier.establishment().type());
    assertThat(shared.sections().get(0).team().orElseThrow().members()).contains(
        Person.of(Redaction.lastNamePseudonym("INITIAL", KEY), Redaction.firstNamePseudonym("PUBLIC", KEY), "CPE"));
  }

  @Test
  void aDocumentWithoutPeopleIsReturnedAsItIs() throws IOException {
    Object decision = JSON.read(DocumentKind.LABEL_DECISION.type(),
        ExamplesTest.EXAMPLES.resolve("label-decision-marie-marvingt.json"));
    assertThat(Redaction.pseudonymise(decision, KEY)).isSameAs(decision);
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> Redaction.pseudonymise("not a document", KEY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Redaction.lastNamePseudonym("Martin", "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Redaction.pseudonymise(null, KEY)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aNameThatIsAlsoAConstantOfTheFormatLeavesTheConstant() throws IOException {
    // A team member called "Initial" must not turn the dossier kind INITIAL into an unknown value.
    Dossier dossier = JSON.read(Dossier.class, ExamplesTest.EXAMPLES.resolve("dossier-complete.json"));
    CriterionSection first = dossier.sections().get(0);
    Dossier odd = Dossier.builder().from(dossier).sections(List.of(CriterionSection.builder().from(first)
        .team(CriterionTeam.builder().from(first.team().orElseThrow()).addMembers(Person.of("Initial", "Public", "CPE"))
            .build()).build())).build();
    Dossier shared = Redaction.pseudonymise(odd, KEY);
    assertThat(shared.dossierKind()).isEqualTo(odd.dossierKind());
    assertThat(shared.establishment().type()).isEqualTo(odd.establishment().type());
    assertThat(shared.sections().get(0).team().orElseThrow().members()).last()
        .isEqualTo(Person.of(Redaction.lastNamePseudonym("Initial", KEY), Redaction.firstNamePseudonym("Public", KEY),
            "CPE"));
  }
}
