package io.github.ldmlib.io.referentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.referential.Referential;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the bundled referential files as plain JSON against the source documents and the model:
 * counts per criterion, unique ids, clean texts, network-only requirements, references, keys that
 * are the model's accessor names, and the exact difference between the two national editions.
 */
class BundledReferentialDataTest {

  static final String DIR = "/io/github/ldmlib/io/referentials/";
  static final String N2024 = "ldm-national-2023@2024-01.json";
  static final String N2026 = "ldm-national-2023@2026-01.json";
  static final String AIX = "aix-marseille-2012@2012-01.json";
  static final List<String> RESOURCES = List.of(N2024, N2026, AIX);

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, JsonNode> CACHE = new HashMap<>();

  static synchronized JsonNode load(String resource) {
    return CACHE.computeIfAbsent(resource, r -> {
      try (InputStream in = BundledReferentialDataTest.class.getResourceAsStream(DIR + r)) {
        assertThat(in).as("resource %s", r).isNotNull();
        return MAPPER.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static JsonNode criterion(String resource, String id) {
    for (JsonNode c : load(resource).path("criteria")) {
      if (c.path("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no criterion " + id + " in " + resource);
  }

  // ------------------------------------------------------------------------------------------
  // Counts per criterion, taken from the source documents by hand (not from the data files).
  //
  // National: /work/shared/seeds/000 (guide, January 2024), section F; line numbers of that file.
  //   C1 l.286-290 requirements, l.296-302 reform measures, l.320-327 axes (4 top-level bullets),
  //      l.331-335 objectives (3), l.339-346 actions (3, the third with 5 sub-items), l.350-354 indicators.
  //   C2 l.358-362, l.370-374, l.388-393 (4 axes), l.397-401 (1 objective with 4 sub-items),
  //      l.405-413 (9 actions), l.417-421 (5 indicators).
  //   C3 l.425-432 (8), l.444-453 (10 measures); table l.472/474 split by a page break: 6 axes;
  //      objectives 7 + 4 + 4 (ORIENTATION, continued l.474) + 1 = 16; actions 8 + 8 + 2 = 18;
  //      10 indicators.
  //   C4 l.479 (7 bullets), l.482 (4 measures, 3 actors), l.483 (5 axes, 7 objectives,
  //      12 actions, 15 indicators).
  //   C5 l.487-493 (7), l.499 (1 measure), l.507 (3 axes, 6 objectives, 9 actions, 8 indicators).
  //   C6 l.511-513 (3), l.521 (1), l.532-535 (4 axes), l.539-546 (8), l.551-563 (13), l.567-577 (11).
  //   C7 l.581 (5), l.582 (5 measures, 5 actors after the "NB" line), l.584 (4 axes, 5 objectives,
  //      4 actions: one plain and Prévention / Intervention / Remédiation with sub-items,
  //      12 indicators).
  //   C8 l.588-594 (7), l.603 (1 measure; none in the 2026 edition), l.617 (1 axis, 6 objectives,
  //      9 actions, 10 indicators).
  // Aix-Marseille 2012: /work/shared/seeds/002, one requirement per paragraph or bullet of the
  //   criterion text, one example action per paragraph or bullet of the "remarques / actions
  //   possibles": C1 l.140 / l.144; C2 l.150-153 / l.155, l.157; C3 l.165 (3 levels, 1 paragraph,
  //   5 parcours) / 3; C4 l.167 (1 paragraph, 3 bullets) / 2; C5 l.177-193 (4 + 3 + 2 + 1) /
  //   l.195-209 (4); C6 l.215-218 / l.220-224; C7 l.234-236 / l.238-245; C8 l.249-254 /
  //   l.256-267; C9 l.277-280 (2 + 1) / l.282-285; C10 l.291 / l.295-300; C11 l.306-309 / l.311-316.
  // ------------------------------------------------------------------------------------------

  /** requirements, reform measures, actors, axes, objectives, example actions, example indicators, sheets. */
  record Counts(int requirements, int reformMeasures, int actors, int axes, int objectives,
      int actions, int indicators, int sheets) {}

  static final Map<String, Counts> NATIONAL_2024 = new LinkedHashMap<>();

  static {
    NATIONAL_2024.put("C1", new Counts(5, 5, 0, 4, 3, 3, 5, 1));
    NATIONAL_2024.put("C2", new Counts(5, 5, 0, 4, 1, 9, 5, 1));
    NATIONAL_2024.put("C3", new Counts(8, 10, 0, 6, 16, 18, 10, 5));
    NATIONAL_2024.put("C4", new Counts(7, 4, 3, 5, 7, 12, 15, 2));
    NATIONAL_2024.put("C5", new Counts(7, 1, 0, 3, 6, 9, 8, 0));
    NATIONAL_2024.put("C6", new Counts(3, 1, 0, 4, 8, 13, 11, 1));
    NATIONAL_2024.put("C7", new Counts(5, 5, 5, 4, 5, 4, 12, 1));
    NATIONAL_2024.put("C8", new Counts(7, 1, 0, 1, 6, 9, 10, 2));
  }

  static Stream<Arguments> nationalCounts() {
    List<Arguments> rows = new ArrayList<>();
    NATIONAL_2024.forEach((id, counts) -> {
      rows.add(Arguments.of(N2024, id, counts));
      // The 2026 edition no longer lists "Bureau des entreprises" as criterion 8's reform measure.
      Counts c2026 = id.equals("C8")
          ? new Counts(7, 0, 0, 1, 6, 9, 10, 2)
          : counts;
      rows.add(Arguments.of(N2026, id, c2026));
    });
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("nationalCounts")
  void nationalCriterionHasTheItemsOfTheGuide(String resource, String id, Counts expected) {
    JsonNode c = criterion(resource, id);
    assertThat(countsOf(c)).isEqualTo(expected);
  }

  static Stream<Arguments> aixCounts() {
    return Stream.of(
        Arguments.of("C1", 1, 1), Arguments.of("C2", 4, 2), Arguments.of("C3", 9, 3),
        Arguments.of("C4", 4, 2), Arguments.of("C5", 10, 4), Arguments.of("C6", 4, 5),
        Arguments.of("C7", 3, 8), Arguments.of("C8", 6, 12), Arguments.of("C9", 3, 4),
        Arguments.of("C10", 1, 6), Arguments.of("C11", 4, 6));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aixCounts")
  void aixCriterionHasTheItemsOfTheNote(String id, int requirements, int actions) {
    JsonNode c = criterion(AIX, id);
    assertThat(countsOf(c)).isEqualTo(new Counts(requirements, 0, 0, 0, 0, actions, 0, 0));
  }

  @Test
  void nationalReferentialHasExactlyTheEightCriteriaInOrder() {
    for (String r : List.of(N2024, N2026)) {
      List<String> ids = new ArrayList<>();
      int n = 1;
      for (JsonNode c : load(r).path("criteria")) {
        ids.add(c.path("id").asText());
        assertThat(c.path("number").asInt()).isEqualTo(n++);
        assertThat(c.path("kind").asText()).isEqualTo("NATIONAL");
        assertThat(c.path("source").path("section").asText()).isEqualTo("F. Critère " + (n - 1));
      }
      assertThat(ids).containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8");
    }
  }

  @Test
  void aixReferentialHasNineNationalAndTwoOptionalInnovationCriteria() {
    JsonNode criteria = load(AIX).path("criteria");
    assertThat(criteria).hasSize(11);
    for (int i = 0; i < 11; i++) {
      JsonNode c = criteria.get(i);
      assertThat(c.path("id").asText()).isEqualTo("C" + (i + 1));
      assertThat(c.path("number").asInt()).isEqualTo(i + 1);
      assertThat(c.path("kind").asText()).isEqualTo(i < 9 ? "NATIONAL" : "OPTIONAL");
    }
    assertThat(criteria.get(9).path("part").asText()).isEqualTo("Titre V : Innovation");
    assertThat(criteria.get(10).path("part").asText()).isEqualTo("Titre V : Innovation");
    assertThat(criteria.get(0).path("part").asText()).isEqualTo("Titre I : Diversité des parcours");
    assertThat(criteria.get(8).path("part").asText()).isEqualTo("Titre IV : Cadre de vie");
  }

  static Counts countsOf(JsonNode c) {
    return new Counts(c.path("requirements").size(), c.path("reformMeasures").size(),
        c.path("actors").size(), c.path("strategicAxes").size(),
        c.path("operationalObjectives").size(), c.path("exampleActions").size(),
        c.path("exampleIndicators").size(), c.path("qualeducSheetIds").size());
  }

  // ------------------------------------------------------------------------------------------
  // Ids, texts, references
  // ------------------------------------------------------------------------------------------

  static final Map<String, String> ITEM_PREFIX = Map.of(
      "requirements", "R", "reformMeasures", "RM", "actors", "ACT", "strategicAxes", "AX",
      "operationalObjectives", "OBJ", "exampleActions", "EX", "exampleIndicators", "IND");

  @ParameterizedTest
  @ValueSource(strings = {N2024, N2026, AIX})
  void everyIdIsUniqueAndFollowsTheScheme(String resource) {
    JsonNode root = load(resource);
    Map<String, String> seen = new LinkedHashMap<>();
    for (JsonNode c : root.path("criteria")) {
      String cid = c.path("id").asText();
      assertThat(cid).isEqualTo("C" + c.path("number").asInt());
      unique(seen, cid, "criterion");
      ITEM_PREFIX.forEach((list, prefix) -> {
        int k = 1;
        for (JsonNode item : c.path(list)) {
          String id = item.path("id").asText();
          assertThat(id).as("%s %s", resource, list).isEqualTo(cid + "." + prefix + k++);
          unique(seen, id, list);
        }
      });
    }
    for (JsonNode s : root.path("qualeducSheets")) {
      assertThat(s.path("id").asText()).matches("[1-3]\\.\\d{1,2}");
      unique(seen, s.path("id").asText(), "sheet");
    }
    for (JsonNode d : root.path("evaluationDomains")) {
      String did = d.path("id").asText();
      assertThat(did).matches("D[1-4]");
      unique(seen, did, "domain");
      int k = 1;
      for (JsonNode s : d.path("subDomains")) {
        assertThat(s.path("id").asText()).isEqualTo(did + "." + k++);
        unique(seen, s.path("id").asText(), "sub-domain");
      }
    }
    for (JsonNode e : root.path("dossierStructure")) {
      String expected = "E." + e.path("scope").asText() + "." + e.path("field").asText().replace('/', '.');
      assertThat(e.path("id").asText()).as("structure element id").startsWith(expected);
      assertThat(e.path("id").asText().substring(expected.length())).matches("|\\.(START|FOLLOW_UP|END)");
      unique(seen, e.path("id").asText(), "structure element");
    }
  }

  private static void unique(Map<String, String> seen, String id, String what) {
    String previous = seen.putIfAbsent(id, what);
    if (previous != null) {
      fail("duplicate id " + id + " (" + what + ", already a " + previous + ")");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {N2024, N2026, AIX, "index.json"})
  void everyTextIsNonBlankTrimmedAndFreeOfExtractionArtefacts(String resource) {
    List<String> problems = new ArrayList<>();
    walkStrings(load(resource), "", (pointer, text) -> {
      if (text.isBlank() || !text.equals(text.strip())) {
        problems.add(pointer + ": blank or untrimmed");
      }
      if (text.contains("  ") || text.contains("\t") || text.contains("\u00a0")) {
        problems.add(pointer + ": double space, tab or no-break space");
      }
      if (text.matches("(?s).*(<[a-zA-Z/][^>]*>|\\*\\*|\\\\\\(|\\^\\{|\\]\\(#\\)).*")) {
        problems.add(pointer + ": markup left over from the extraction: " + text);
      }
      if (text.matches("(?s)^[-•○➤]\\s.*")) {
        problems.add(pointer + ": bullet left at the start: " + text);
      }
    });
    assertThat(problems).isEmpty();
  }

  /**
   * The 2026 criterion 8 is rebuilt from clipped fragments; « étières » once became « métières »,
   * a word that does not exist. No criterion text of a bundled referential may carry it again.
   */
  @ParameterizedTest
  @ValueSource(strings = {N2024, N2026, AIX})
  void noCriterionTextCarriesTheMetieresSlip(String resource) {
    List<String> slips = new ArrayList<>();
    walkStrings(load(resource).path("criteria"), "/criteria", (pointer, text) -> {
      if (!pointer.contains("/notes/") && text.toLowerCase(java.util.Locale.ROOT).contains("métières")) {
        slips.add(pointer + ": " + text);
      }
    });
    assertThat(slips).isEmpty();
  }

  interface StringVisitor {
    void visit(String pointer, String text);
  }

  static void walkStrings(JsonNode node, String pointer, StringVisitor visitor) {
    if (node.isTextual()) {
      visitor.visit(pointer, node.asText());
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walkStrings(node.get(i), pointer + "/" + i, visitor);
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        walkStrings(f.getValue(), pointer + "/" + f.getKey(), visitor);
      }
    }
  }

  private static final Pattern NETWORK = Pattern.compile("^Dans le cas (des|de) candidatures en réseau\\b.*");

  @ParameterizedTest
  @ValueSource(strings = {N2024, N2026, AIX})
  void networkOnlyRequirementsAreExactlyThoseForNetworkCandidatures(String resource) {
    List<String> flagged = new ArrayList<>();
    List<String> worded = new ArrayList<>();
    for (JsonNode c : load(resource).path("criteria")) {
      for (JsonNode r : c.path("requirements")) {
        if (r.path("networkOnly").asBoolean(false)) {
          flagged.add(r.path("id").asText());
        }
        if (NETWORK.matcher(r.path("text").asText()).matches()) {
          worded.add(r.path("id").asText());
        }
      }
    }
    assertThat(flagged).isEqualTo(worded);
    if (!resource.equals(AIX)) {
      // C4 says "Dans le cas de candidatures en réseau", C5, C6 and C8 "Dans le cas des candidatures".
      assertThat(flagged).containsExactly("C4.R7", "C5.R7", "C6.R3", "C8.R6");
    } else {
      assertThat(flagged).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {N2024, N2026, AIX})
  void everyRequirementCitesTheGuideSectionOfItsCriterion(String resource) {
    JsonNode root = load(resource);
    for (JsonNode c : root.path("criteria")) {
      for (JsonNode r : c.path("requirements")) {
        assertThat(r.path("source")).as(r.path("id").asText()).isEqualTo(c.path("source"));
      }
      JsonNode source = c.path("source");
      if (resource.equals(AIX)) {
        assertThat(source.path("document").asText()).startsWith("Note SG/12-550-116 du 23/01/2012");
        assertThat(source.path("section").asText()).endsWith("Critère N°" + c.path("number").asInt());
      } else {
        assertThat(source.path("document").asText()).isEqualTo("Guide de l'établissement et des auditeurs (DRAFPIC)");
        assertThat(source.path("edition").asText()).isEqualTo(resource.equals(N2024) ? "janvier 2024" : "janvier 2026");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {N2024, N2026})
  void sheetAndDomainReferencesResolve(String resource) {
    JsonNode root = load(resource);
    Set<String> sheets = new TreeSet<>();
    root.path("qualeducSheets").forEach(s -> sheets.add(s.path("id").asText()));
    Map<String, Set<String>> domains = new HashMap<>();
    root.path("evaluationDomains").forEach(d -> {
      Set<String> subs = new LinkedHashSet<>();
      d.path("subDomains").forEach(s -> subs.add(s.path("id").asText()));
      domains.put(d.path("id").asText(), subs);
    });
    Set<String> citedSheets = new TreeSet<>();
    Set<String> citedSubDomains = new TreeSet<>();
    for (JsonNode c : root.path("criteria")) {
      c.path("qualeducSheetIds").forEach(s -> {
        assertThat(sheets).as("sheet cited by %s", c.path("id").asText()).contains(s.asText());
        citedSheets.add(s.asText());
      });
      for (JsonNode link : c.path("evaluationDomainLinks")) {
        String d = link.path("domainId").asText();
        assertThat(domains).as("domain cited by %s", c.path("id").asText()).containsKey(d);
        assertThat(link.path("subDomainIds")).isNotEmpty();
        link.path("subDomainIds").forEach(s -> {
          assertThat(domains.get(d)).as("sub-domain of %s cited by %s", d, c.path("id").asText()).contains(s.asText());
          citedSubDomains.add(s.asText());
        });
      }
    }
    // The catalogue: 9 + 10 + 12 sheets of the Qualéduc guide 2020 (guide l.218-282), 4 domains
    // and the 15 distinct sub-domains the criteria cite, each cited at least once.
    assertThat(sheets).hasSize(31);
    assertThat(citedSheets).containsExactlyInAnyOrder(
        "2.1", "2.2", "2.3", "2.5", "2.7", "2.9", "3.2", "3.5", "3.6", "3.7", "3.11", "3.12");
    assertThat(domains.keySet()).containsExactlyInAnyOrder("D1", "D2", "D3", "D4");
    assertThat(domains.values().stream().mapToInt(Set::size).sum()).isEqualTo(15);
    assertThat(citedSubDomains).hasSize(15);
  }

  @Test
  void qualeducCatalogueKeepsTheGuideTitles() {
    Map<String, JsonNode> sheets = new HashMap<>();
    load(N2024).path("qualeducSheets").forEach(s -> sheets.put(s.path("id").asText(), s));
    assertThat(sheets.get("3.5").path("title").asText()).isEqualTo("Faire vivre les réseaux et les partenariats");
    assertThat(sheets.get("3.5").path("family").asText()).isEqualTo("Vie dans l'établissement");
    assertThat(sheets.get("1.2").path("title").asText()).isEqualTo("Mettre en œuvre la co-intervention (CAP et Bac Pro)");
    assertThat(sheets.get("2.10").path("family").asText()).isEqualTo("Enseignements et pédagogie dans l'établissement");
  }

  @Test
  void criterionThreeKeepsItsGroupingHeadings() {
    JsonNode c3 = criterion(N2024, "C3");
    Map<String, Integer> objectives = new LinkedHashMap<>();
    c3.path("operationalObjectives").forEach(o -> objectives.merge(o.path("group").asText(), 1, Integer::sum));
    assertThat(objectives).containsExactly(
        Map.entry("PÉDAGOGIE ET PARCOURS ADAPTÉS", 7), Map.entry("PÉDAGOGIE DE L'ALTERNANCE (PFMP)", 4),
        Map.entry("ORIENTATION", 4), Map.entry("FORMATION DES ENSEIGNANTS", 1));
    Map<String, Integer> actions = new LinkedHashMap<>();
    c3.path("exampleActions").forEach(o -> actions.merge(o.path("group").asText(), 1, Integer::sum));
    assertThat(actions).containsExactly(
        Map.entry("PÉDAGOGIE ET PARCOURS ADAPTÉS", 8), Map.entry("PÉDAGOGIE DE L'ALTERNANCE (PFMP)", 8),
        Map.entry("ORIENTATION", 2));
    assertThat(c3.path("exampleActions").get(0).path("subItems")).hasSize(2);
  }

  // ------------------------------------------------------------------------------------------
  // Process parameters: only what the sources state
  // ------------------------------------------------------------------------------------------

  @Test
  void nationalParametersAreThoseTheSourcesState() throws IOException {
    // seeds/003: "8 critères pouvant être complétés par un critère académique", network labelling,
    // "Lever les écarts majeurs". Its "Retour du dossier+ preuves 3 semaines avant la date de l'audit" is the
    // region's campaign calendar: the nouvelle-aquitaine-2023 profile states it, not the national referential.
    JsonNode expected = MAPPER.readTree("""
        {"networkCandidaturesAllowed":true,"maxAcademicCriteria":1,"majorGapsBlockLabel":true}""");
    assertThat(load(N2024).path("parameters")).isEqualTo(expected);
    assertThat(load(N2026).path("parameters")).isEqualTo(expected);
  }

  @Test
  void aixParametersAreThoseTheProcedureStates() throws IOException {
    // seeds/002 l.23 and l.130 (eligibility), l.35 (engagement decision, LDM 01),
    // l.56 (one day, students and partners heard),
    // l.58 (15 days), l.60 (labelling audit: lead auditor and one auditor, one rectorate member, an
    // external person if possible), l.68 (5 criteria, 1 or 2 axes), l.76 (15 days), l.84-86 (1, 3,
    // 5 years; the 3-year follow-up « conduit par l'inspecteur référent », the renewal « conduit par
    // deux auditeurs LM », nothing on who conducts the 1-year follow-up), annex 2 l.114-122 (auditors).
    JsonNode expected = MAPPER.readTree("""
        {"eligibleEstablishmentTypes":["VOCATIONAL_LYCEE","POLYVALENT_LYCEE","VOCATIONAL_LYCEE_ASSOCIATED_WITH_LGT"],
         "eligibleSectors":["PUBLIC","PRIVATE_UNDER_CONTRACT"],"networkCandidaturesAllowed":true,
         "engagementDecisionRequired":true,"auditDurationDays":1,"auditPlanNoticeDays":15,"reportDeadlineDays":15,
         "studentsMustBeHeard":true,"externalPartnersMustBeHeard":true,
         "auditTeams":[
           {"stages":["CANDIDATURE"],"leadAuditorNamed":true,"minAuditors":2,"minRectorateRepresentatives":1,
            "externalMemberRecommended":true,"poolAuditors":true},
           {"stages":["FOLLOW_UP_3_YEARS"],"minRectorateRepresentatives":1},
           {"stages":["RENEWAL"],"minAuditors":2,"poolAuditors":true}],
         "minCriteriaWithImprovementAxes":5,
         "minImprovementAxesPerCriterion":1,"maxImprovementAxesPerCriterion":2,"followUpAuditYears":[1,3],
         "renewalAuditYears":5,"auditorTrainingDays":1,"minAuditsBeforeLead":2,"minAuditsPerYear":1,
         "maxYearsWithoutAudit":2,"continuingTrainingDaysPerYear":0.5}""");
    assertThat(load(AIX).path("parameters")).isEqualTo(expected);
  }

  // ------------------------------------------------------------------------------------------
  // The two national editions
  // ------------------------------------------------------------------------------------------

  @Test
  void editionsDifferExactlyWhereTheGuideChanged() {
    Map<String, String> from = flatten(load(N2024));
    Map<String, String> to = flatten(load(N2026));
    Set<String> keys = new TreeSet<>(from.keySet());
    keys.addAll(to.keySet());
    List<String> differences = new ArrayList<>();
    for (String k : keys) {
      boolean editorial = k.startsWith("/edition/") || k.endsWith("/source/edition")
          || k.contains("/notes/");
      if (!editorial && !java.util.Objects.equals(from.get(k), to.get(k))) {
        differences.add(k);
      }
    }
    // Criterion 4's action 8, criterion 5's requirement 5 and criterion 8 (index 3, 4, 7).
    assertThat(differences).containsExactlyInAnyOrder(
        "/criteria/3/exampleActions/7/text",
        "/criteria/4/requirements/4/text",
        "/criteria/7/requirements/5/text",
        "/criteria/7/reformMeasures/0/id",
        "/criteria/7/reformMeasures/0/text");
    assertThat(to.get("/criteria/3/exampleActions/7/text")).contains("entreprise...); mettre");
    assertThat(from.get("/criteria/3/exampleActions/7/text")).contains("entreprise...) ; mettre");
    assertThat(to.get("/criteria/4/requirements/4/text")).endsWith("codes ÉduConnect.");
    assertThat(from.get("/criteria/4/requirements/4/text")).endsWith("codes EduConnect.");
    assertThat(to.get("/criteria/7/requirements/2/text")).isEqualTo(from.get("/criteria/7/requirements/2/text"))
        .contains("autour des métiers, des formations");
    assertThat(to.get("/criteria/7/requirements/5/text")).contains("co-candidats engageant des réflexions");
    assertThat(from.get("/criteria/7/reformMeasures/0/text")).isEqualTo("Bureau des entreprises");
    assertThat(criterion(N2024, "C8").path("notes")).isEmpty();
    assertThat(criterion(N2026, "C8").path("notes")).isNotEmpty();
    assertThat(criterion(N2026, "C8").path("notes").get(0).asText()).startsWith("Reconstitution");
  }

  static Map<String, String> flatten(JsonNode root) {
    Map<String, String> out = new LinkedHashMap<>();
    walkLeaves(root, "", out);
    return out;
  }

  private static void walkLeaves(JsonNode node, String pointer, Map<String, String> out) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walkLeaves(node.get(i), pointer + "/" + i, out);
      }
    } else if (node.isObject()) {
      node.fields().forEachRemaining(f -> walkLeaves(f.getValue(), pointer + "/" + f.getKey(), out));
    } else {
      out.put(pointer, node.asText());
    }
  }

  // ------------------------------------------------------------------------------------------
  // Format: keys are the model's accessor names, enums its constants, required keys present
  // ------------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {N2024, N2026, AIX})
  void keysAreTheAccessorNamesOfTheModel(String resource) {
    JsonNode root = load(resource);
    assertThat(root.path("formatVersion").asText()).isEqualTo("1.0");
    assertThat(root.path("kind").asText()).isEqualTo("referential");
    assertThat(root.fieldNames().next()).isEqualTo("formatVersion");
    List<String> problems = new ArrayList<>();
    checkObject(root, Referential.class, "", Set.of("formatVersion", "kind"), problems);
    assertThat(problems).isEmpty();
  }

  private static void checkObject(JsonNode node, Class<?> type, String pointer, Set<String> extra,
      List<String> problems) {
    if (!node.isObject()) {
      problems.add(pointer + ": expected an object for " + type.getSimpleName());
      return;
    }
    node.fields().forEachRemaining(f -> {
      if (extra.contains(f.getKey())) {
        return;
      }
      Method m = accessor(type, f.getKey());
      if (m == null) {
        problems.add(pointer + "/" + f.getKey() + ": " + type.getSimpleName() + " has no accessor " + f.getKey());
        return;
      }
      checkValue(f.getValue(), m.getGenericReturnType(), pointer + "/" + f.getKey(), problems);
    });
    for (Method m : type.getMethods()) {
      boolean declaredRequired = m.isAnnotationPresent(NotNull.class) && m.getParameterCount() == 0
          && (type.isRecord() || Modifier.isAbstract(m.getModifiers()));
      if (declaredRequired && !node.has(m.getName())) {
        problems.add(pointer + ": required " + type.getSimpleName() + "." + m.getName() + " is missing");
      }
    }
  }

  private static Method accessor(Class<?> type, String name) {
    try {
      Method m = type.getMethod(name);
      return m.getReturnType() == void.class || m.getDeclaringClass() == Object.class ? null : m;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static void checkValue(JsonNode value, Type type, String pointer, List<String> problems) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type element = p.getActualTypeArguments()[0];
      if (raw == Optional.class) {
        checkValue(value, element, pointer, problems);
      } else if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
        if (!value.isArray() || value.isEmpty()) {
          problems.add(pointer + ": expected a non-empty array (empty lists are omitted)");
          return;
        }
        for (int i = 0; i < value.size(); i++) {
          checkValue(value.get(i), element, pointer + "/" + i, problems);
        }
      }
      return;
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      if (!value.isTextual()) {
        problems.add(pointer + ": expected a string");
      }
    } else if (c == int.class || c == Integer.class || c == OptionalInt.class) {
      if (!value.isInt()) {
        problems.add(pointer + ": expected an integer");
      }
    } else if (c == boolean.class || c == Boolean.class) {
      if (!value.isBoolean()) {
        problems.add(pointer + ": expected a boolean");
      }
    } else if (c == java.math.BigDecimal.class) {
      if (!value.isNumber()) {
        problems.add(pointer + ": expected a number");
      }
    } else if (c == java.time.YearMonth.class) {
      if (!value.asText().matches("\\d{4}-\\d{2}")) {
        problems.add(pointer + ": expected a year and month");
      }
    } else if (c.isEnum()) {
      boolean known = Stream.of(c.getEnumConstants()).anyMatch(e -> ((Enum<?>) e).name().equals(value.asText()));
      if (!known) {
        problems.add(pointer + ": " + value + " is not a constant of " + c.getSimpleName());
      }
    } else if (c.getPackageName().startsWith("io.github.ldmlib.model")) {
      checkObject(value, c, pointer, Set.of(), problems);
    } else {
      problems.add(pointer + ": unexpected type " + c.getName());
    }
  }

  static final Map<String, Class<?>> SCOPES = Map.of(
      "DOSSIER", Dossier.class, "CRITERION_SECTION", CriterionSection.class,
      "ACTION", Action.class, "ENGAGEMENT", Engagement.class);

  @ParameterizedTest
  @ValueSource(strings = {N2024, N2026})
  void structureFieldsArePropertyPathsOfTheDossierFormat(String resource) {
    JsonNode structure = load(resource).path("dossierStructure");
    Map<String, Integer> perScope = new LinkedHashMap<>();
    for (JsonNode e : structure) {
      Class<?> type = SCOPES.get(e.path("scope").asText());
      for (String segment : e.path("field").asText().split("/")) {
        Method m = accessor(type, segment);
        assertThat(m).as("%s: %s has no property %s", e.path("id").asText(), type.getSimpleName(), segment).isNotNull();
        type = elementClass(m.getGenericReturnType());
      }
      perScope.merge(e.path("scope").asText(), 1, Integer::sum);
    }
    // Section E of the guide (l.114-210): 4 dossier elements (context, articulation, sections,
    // evidence), 10 rows for a criterion section, 17 cells of the action tables, 11 of the
    // engagement tables.
    assertThat(perScope).containsExactly(Map.entry("DOSSIER", 4), Map.entry("CRITERION_SECTION", 10),
        Map.entry("ACTION", 17), Map.entry("ENGAGEMENT", 11));
  }

  private static Class<?> elementClass(Type type) {
    if (type instanceof ParameterizedType p) {
      return elementClass(p.getActualTypeArguments()[0]);
    }
    return (Class<?>) type;
  }

  @Test
  void indexListsEveryBundledReferential() {
    JsonNode index = load("index.json");
    // An internal resource of Referentials, not a document of the format: no formatVersion or kind.
    assertThat(index.fieldNames()).toIterable().containsExactly("referentials");
    List<String> resources = new ArrayList<>();
    for (JsonNode entry : index.path("referentials")) {
      assertThat(entry.fieldNames()).toIterable().containsExactly("id", "edition", "title", "resource");
      String resource = entry.path("resource").asText();
      resources.add(resource);
      JsonNode ref = load(resource);
      assertThat(entry.path("id").asText()).isEqualTo(ref.path("id").asText());
      assertThat(entry.path("edition").asText()).isEqualTo(ref.path("edition").path("id").asText());
      assertThat(entry.path("title").asText()).isEqualTo(ref.path("title").asText());
      assertThat(resource).isEqualTo(entry.path("id").asText() + "@" + entry.path("edition").asText() + ".json");
    }
    assertThat(resources).containsExactlyElementsOf(RESOURCES);
  }
}
