package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.referential.ReferentialChange.ItemType;
import io.github.ldmlib.model.referential.ReferentialChange.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The item-by-item comparison of two referentials (<i>comparaison de deux éditions</i>), for
 * example the January 2024 and January 2026 editions of the national cahier des charges, or a
 * national referential and its tailoring by an {@link AcademyProfile}.
 *
 * <p>Items are matched by their stable id and kind. The comparison covers
 *
 * <ul>
 *   <li>criteria: number, title, kind, part, statement, cited Qualéduc sheets and evaluation
 *       domain links, and the criterion's own wordings of them ({@link CitedWording});
 *   <li>requirements: text, group, sub-items and whether they apply only to network candidatures;
 *   <li>the items of every list of a criterion (reform measures, actors, strategic axes,
 *       operational objectives, example actions, example indicators): text, group, sub-items;
 *   <li>Qualéduc sheets, evaluation domains and sub-domains, dossier structure elements;
 *   <li>every procedure parameter.
 * </ul>
 *
 * <p>Source references, editorial notes, the title, edition and legal references of the
 * referentials are not compared: two editions always differ there. Texts are compared exactly, so
 * that a change of accent or of a space shows. An item that only one referential has is {@link
 * Kind#ADDED added} or {@link Kind#REMOVED removed}, and so is each item it lists; an item that
 * both have yields one {@link Kind#CHANGED changed} entry per attribute that differs.
 *
 * <p>Changes come in document order: criteria in order, each followed by its requirements and
 * items list by list, then the catalogues, the structure and the parameters; an added item comes
 * right after the item that precedes it in the newer referential. The result is deterministic.
 *
 * <pre>{@code
 * ReferentialDiff diff = ReferentialDiff.between(edition2024, edition2026);
 * diff.changes().forEach(System.out::println);
 * // REMOVED REFORM_MEASURE C8.RM1: "Bureau des entreprises"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReferentialDiff {

  private final Referential from;
  private final Referential to;
  private final List<ReferentialChange> changes;

  private ReferentialDiff(Referential from, Referential to, List<ReferentialChange> changes) {
    this.from = from;
    this.to = to;
    this.changes = List.copyOf(changes);
  }

  /**
   * Compares two referentials.
   *
   * @param from the older referential, not null
   * @param to the newer referential, not null
   * @return the comparison
   */
  public static ReferentialDiff between(Referential from, Referential to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Map<Key, Entry> before = entries(from);
    Map<Key, Entry> after = entries(to);
    List<ReferentialChange> changes = new ArrayList<>();
    for (Key key : mergedOrder(before, after)) {
      Entry old = before.get(key);
      Entry now = after.get(key);
      if (old == null) {
        changes.add(ReferentialChange.added(key.type(), key.id(), now.mainText()));
      } else if (now == null) {
        changes.add(ReferentialChange.removed(key.type(), key.id(), old.mainText()));
      } else {
        List<String> attributes = new ArrayList<>(old.attributes().keySet());
        now.attributes().keySet().stream().filter(a -> !attributes.contains(a)).forEach(attributes::add);
        for (String attribute : attributes) {
          String a = old.attributes().get(attribute);
          String b = now.attributes().get(attribute);
          if (!Objects.equals(a, b)) {
            changes.add(ReferentialChange.changed(key.type(), key.id(), attribute, a, b));
          }
        }
      }
    }
    return new ReferentialDiff(from, to, changes);
  }

  /** The older referential. */
  public Referential from() {
    return from;
  }

  /** The newer referential. */
  public Referential to() {
    return to;
  }

  /** Every change, in document order; empty when the referentials have the same items. */
  public List<ReferentialChange> changes() {
    return changes;
  }

  /** True when the two referentials have the same items with the same texts. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Returns the changes of one item.
   *
   * @param itemId the id of the item, for example {@code C8.R6}
   * @return its changes, in order; empty if the item did not change
   */
  public List<ReferentialChange> changesOf(String itemId) {
    return changes.stream().filter(c -> c.itemId().equals(itemId)).toList();
  }

  /**
   * Returns the changes of one kind of item.
   *
   * @param itemType the kind of item
   * @return its changes, in order
   */
  public List<ReferentialChange> changesOf(ItemType itemType) {
    return changes.stream().filter(c -> c.itemType() == itemType).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReferentialDiff d && from.equals(d.from) && to.equals(d.to) && changes.equals(d.changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, changes);
  }

  /** Returns a heading such as {@code ldm-national-2023 2024-01 -> ldm-national-2023 2026-01: 4 changes} followed by one line per change. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder()
        .append(from.id()).append(' ').append(from.edition().id()).append(" -> ")
        .append(to.id()).append(' ').append(to.edition().id()).append(": ")
        .append(changes.size()).append(changes.size() == 1 ? " change" : " changes");
    changes.forEach(c -> s.append(System.lineSeparator()).append(c));
    return s.toString();
  }

  // ---------------------------------------------------------------------------------------------

  private record Key(ItemType type, String id) {}

  private record Entry(String mainText, Map<String, String> attributes) {}

  private static List<Key> mergedOrder(Map<Key, Entry> before, Map<Key, Entry> after) {
    List<Key> order = new ArrayList<>(before.keySet());
    Map<Key, Integer> position = new HashMap<>();
    int insertAt = 0;
    for (Key key : after.keySet()) {
      if (before.containsKey(key)) {
        insertAt = indexOf(order, key, position) + 1;
      } else {
        order.add(insertAt++, key);
        position.clear();
      }
    }
    return order;
  }

  private static int indexOf(List<Key> order, Key key, Map<Key, Integer> cache) {
    if (cache.isEmpty()) {
      for (int i = 0; i < order.size(); i++) {
        cache.put(order.get(i), i);
      }
    }
    return cache.get(key);
  }

  private static final Map<String, ItemType> LIST_TYPES = Map.of(
      "reformMeasures", ItemType.REFORM_MEASURE,
      "actors", ItemType.ACTOR,
      "strategicAxes", ItemType.STRATEGIC_AXIS,
      "operationalObjectives", ItemType.OPERATIONAL_OBJECTIVE,
      "exampleActions", ItemType.EXAMPLE_ACTION,
      "exampleIndicators", ItemType.EXAMPLE_INDICATOR);

  private static Map<Key, Entry> entries(Referential r) {
    Map<Key, Entry> out = new LinkedHashMap<>();
    for (Criterion c : r.criteria()) {
      Map<String, String> a = new LinkedHashMap<>();
      a.put("number", String.valueOf(c.number()));
      a.put("title", c.title());
      a.put("kind", c.kind().name());
      a.put("part", c.part().orElse(null));
      a.put("statement", c.statement().orElse(null));
      a.put("qualeducSheetIds", join(c.qualeducSheetIds(), ", "));
      a.put("qualeducSheetWordings", wordings(c.qualeducSheetWordings()));
      a.put("evaluationDomainLinks", join(c.evaluationDomainLinks().stream()
          .map(l -> l.domainId() + (l.subDomainIds().isEmpty() ? "" : " (" + String.join(", ", l.subDomainIds()) + ")"))
          .toList(), "; "));
      a.put("evaluationDomainWordings", wordings(c.evaluationDomainLinks().stream()
          .flatMap(l -> Stream.concat(
              l.wording().map(w -> CitedWording.of(l.domainId(), w)).stream(), l.subDomainWordings().stream()))
          .toList()));
      put(out, ItemType.CRITERION, c.id(), c.title(), a);
      for (Requirement q : c.requirements()) {
        Map<String, String> qa = new LinkedHashMap<>();
        qa.put("text", q.text());
        qa.put("group", q.group().orElse(null));
        qa.put("subItems", join(q.subItems(), "\n"));
        qa.put("networkOnly", String.valueOf(q.networkOnly()));
        put(out, ItemType.REQUIREMENT, q.id(), q.text(), qa);
      }
      ReferentialCheck.ITEM_LISTS.forEach((name, list) -> {
        for (ReferentialItem item : list.apply(c)) {
          Map<String, String> ia = new LinkedHashMap<>();
          ia.put("text", item.text());
          ia.put("group", item.group().orElse(null));
          ia.put("subItems", join(item.subItems(), "\n"));
          put(out, LIST_TYPES.get(name), item.id(), item.text(), ia);
        }
      });
    }
    for (QualeducSheet s : r.qualeducSheets()) {
      Map<String, String> a = new LinkedHashMap<>();
      a.put("title", s.title());
      a.put("family", s.family());
      put(out, ItemType.QUALEDUC_SHEET, s.id(), s.title(), a);
    }
    for (EvaluationDomain d : r.evaluationDomains()) {
      put(out, ItemType.EVALUATION_DOMAIN, d.id(), d.title(), Map.of("title", d.title()));
      for (EvaluationSubDomain s : d.subDomains()) {
        put(out, ItemType.EVALUATION_SUB_DOMAIN, s.id(), s.title(), Map.of("title", s.title()));
      }
    }
    for (StructureElement e : r.dossierStructure()) {
      Map<String, String> a = new LinkedHashMap<>();
      a.put("scope", e.scope().name());
      a.put("field", e.field());
      a.put("title", e.title());
      a.put("guidance", e.guidance().orElse(null));
      a.put("required", String.valueOf(e.required()));
      put(out, ItemType.STRUCTURE_ELEMENT, e.id(), e.title(), a);
    }
    parameters(r.parameters()).forEach((name, value) ->
        put(out, ItemType.PARAMETER, name, value, Map.of("value", value)));
    return out;
  }

  private static void put(Map<Key, Entry> out, ItemType type, String id, String mainText, Map<String, String> attributes) {
    // The first of two items with the same id wins; ReferentialCheck reports such duplicates.
    out.putIfAbsent(new Key(type, id), new Entry(mainText, attributes));
  }

  /** The wordings as {@code id: wording} lines, or null when there is none. */
  private static String wordings(List<CitedWording> wordings) {
    return join(wordings.stream().map(w -> w.id() + ": " + w.wording()).toList(), "\n");
  }

  private static String join(Collection<String> values, String separator) {
    return values.isEmpty() ? null : String.join(separator, values);
  }

  /** The stated parameters, by name in declaration order, with their value as text. */
  static Map<String, String> parameters(ProcessParameters p) {
    Map<String, String> out = new LinkedHashMap<>();
    set(out, "eligibleEstablishmentTypes", p.eligibleEstablishmentTypes().stream().sorted().map(Enum::name).toList());
    set(out, "eligibleSectors", p.eligibleSectors().stream().sorted().map(Enum::name).toList());
    out.put("networkCandidaturesAllowed", text(p.networkCandidaturesAllowed()));
    out.put("engagementDecisionRequired", text(p.engagementDecisionRequired()));
    out.put("maxAcademicCriteria", text(p.maxAcademicCriteria()));
    out.put("auditDurationDays", text(p.auditDurationDays()));
    out.put("auditPlanNoticeDays", text(p.auditPlanNoticeDays()));
    out.put("dossierNoticeWeeks", text(p.dossierNoticeWeeks()));
    out.put("reportDeadlineDays", text(p.reportDeadlineDays()));
    out.put("studentsMustBeHeard", text(p.studentsMustBeHeard()));
    out.put("externalPartnersMustBeHeard", text(p.externalPartnersMustBeHeard()));
    out.put("auditTeams", join(p.auditTeams().stream().map(ReferentialDiff::team).toList(), "; "));
    out.put("minCriteriaWithImprovementAxes", text(p.minCriteriaWithImprovementAxes()));
    out.put("minImprovementAxesPerCriterion", text(p.minImprovementAxesPerCriterion()));
    out.put("maxImprovementAxesPerCriterion", text(p.maxImprovementAxesPerCriterion()));
    out.put("majorGapsBlockLabel", text(p.majorGapsBlockLabel()));
    out.put("labelValidityYears", text(p.labelValidityYears()));
    set(out, "followUpAuditYears", p.followUpAuditYears().stream().map(String::valueOf).toList());
    out.put("renewalAuditYears", text(p.renewalAuditYears()));
    out.put("auditorTrainingDays", text(p.auditorTrainingDays()));
    out.put("minAuditsBeforeLead", text(p.minAuditsBeforeLead()));
    out.put("minAuditsPerYear", text(p.minAuditsPerYear()));
    out.put("maxYearsWithoutAudit", text(p.maxYearsWithoutAudit()));
    out.put("continuingTrainingDaysPerYear", p.continuingTrainingDaysPerYear()
        .map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString).orElse(null));
    out.values().removeIf(Objects::isNull);
    return out;
  }

  /** A team composition as text: its stages, then its stated properties, for example "RENEWAL: minAuditors=2". */
  private static String team(AuditTeamComposition t) {
    Map<String, String> stated = new LinkedHashMap<>();
    stated.put("leadAuditorNamed", text(t.leadAuditorNamed()));
    stated.put("minAuditors", text(t.minAuditors()));
    stated.put("minRectorateRepresentatives", text(t.minRectorateRepresentatives()));
    stated.put("externalMemberRecommended", text(t.externalMemberRecommended()));
    stated.put("poolAuditors", text(t.poolAuditors()));
    stated.values().removeIf(Objects::isNull);
    return t.stages().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")) + ": "
        + stated.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }

  private static void set(Map<String, String> out, String name, List<String> values) {
    out.put(name, values.isEmpty() ? null : values.stream().collect(Collectors.joining(", ")));
  }

  private static String text(OptionalInt value) {
    return value.isPresent() ? String.valueOf(value.getAsInt()) : null;
  }

  private static String text(Optional<?> value) {
    return value.map(String::valueOf).orElse(null);
  }
}
