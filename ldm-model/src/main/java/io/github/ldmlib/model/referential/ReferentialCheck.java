package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.internal.Faults;
import io.github.ldmlib.model.internal.Faults.Place;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The integrity check of a {@link Referential} (<i>contrôle d'un cahier des charges</i>): what
 * Bean Validation cannot see on a single object. It reports
 *
 * <ul>
 *   <li>every Bean Validation violation of the referential ({@code NotNull}, {@code Text},
 *       {@code Identifier}…), through {@link LdmValidation};
 *   <li>{@code UniqueId}: an id used twice anywhere in the referential (criteria, requirements,
 *       items of every list, Qualéduc sheets, evaluation domains and sub-domains, structure
 *       elements share one set of ids);
 *   <li>{@code UniqueNumber}: two criteria with the same number;
 *   <li>{@code KnownQualeducSheet}, {@code KnownEvaluationDomain}, {@code KnownSubDomain}: a
 *       criterion that cites a sheet, a domain or a sub-domain the referential's catalogues do
 *       not have;
 *   <li>{@code CitedWording}: a {@link CitedWording} (of a Qualéduc sheet or a sub-domain) for an
 *       item the criterion or link does not cite, or a second one for the same item;
 *   <li>{@code DistinctWording}: a criterion's wording of a sheet, domain or sub-domain that is
 *       the catalogue title itself, which is stored once and must not be repeated;
 *   <li>{@code ImprovementAxesRange}, {@code AscendingYears}: procedure parameters that
 *       contradict each other.
 * </ul>
 *
 * <p>Each fault is a {@link Violation} whose {@link Violation#constraint() constraint} is the
 * rule name above, with its place as a property path ({@code criteria[3].qualeducSheetIds[0]})
 * and as a JSON Pointer into the referential file ({@code /criteria/3/qualeducSheetIds/0}), and a
 * message in French (default) or English.
 *
 * <pre>{@code
 * List<Violation> faults = ReferentialCheck.check(referential, Locale.ENGLISH);
 * ReferentialCheck.requireSound(referential);   // or throw a ReferentialException
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class ReferentialCheck {

  private ReferentialCheck() {}

  /** The lists of items of a criterion, by JSON property name, in format order. */
  static final Map<String, Function<Criterion, List<? extends ReferentialItem>>> ITEM_LISTS;

  static {
    Map<String, Function<Criterion, List<? extends ReferentialItem>>> lists = new LinkedHashMap<>();
    lists.put("reformMeasures", Criterion::reformMeasures);
    lists.put("actors", Criterion::actors);
    lists.put("strategicAxes", Criterion::strategicAxes);
    lists.put("operationalObjectives", Criterion::operationalObjectives);
    lists.put("exampleActions", Criterion::exampleActions);
    lists.put("exampleIndicators", Criterion::exampleIndicators);
    ITEM_LISTS = java.util.Collections.unmodifiableMap(lists);
  }

  /**
   * Checks a referential, with French messages.
   *
   * @param referential the referential, not null
   * @return every fault, sorted by pointer; empty when the referential is sound
   */
  public static List<Violation> check(Referential referential) {
    return check(referential, Locale.FRENCH);
  }

  /**
   * Checks a referential.
   *
   * @param referential the referential, not null
   * @param locale the language of the messages (French unless English is asked for), not null
   * @return every fault, sorted by pointer; empty when the referential is sound
   */
  public static List<Violation> check(Referential referential, Locale locale) {
    Objects.requireNonNull(referential, "referential");
    Faults faults = new Faults(locale);
    faults.addAll(LdmValidation.validate(referential, locale));
    Place root = Place.root();

    Map<String, Place> ids = new HashMap<>();
    BiConsumer<String, Place> unique = (id, place) -> {
      Place first = ids.putIfAbsent(id, place);
      if (first != null) {
        faults.add(place, "UniqueId", "UniqueId", id, first.path());
      }
    };
    Map<Integer, Place> numbers = new HashMap<>();
    List<Criterion> criteria = referential.criteria();
    for (int i = 0; i < criteria.size(); i++) {
      Criterion c = criteria.get(i);
      Place at = root.field("criteria").index(i);
      Place first = numbers.putIfAbsent(c.number(), at.field("number"));
      if (first != null) {
        faults.add(at.field("number"), "UniqueNumber", "UniqueNumber", c.number(), first.path());
      }
      forEachId(c, at, unique);
      checkReferences(c, at, referential, faults);
    }
    List<QualeducSheet> sheets = referential.qualeducSheets();
    for (int i = 0; i < sheets.size(); i++) {
      unique.accept(sheets.get(i).id(), root.field("qualeducSheets").index(i).field("id"));
    }
    List<EvaluationDomain> domains = referential.evaluationDomains();
    for (int i = 0; i < domains.size(); i++) {
      Place at = root.field("evaluationDomains").index(i);
      unique.accept(domains.get(i).id(), at.field("id"));
      List<EvaluationSubDomain> subs = domains.get(i).subDomains();
      for (int k = 0; k < subs.size(); k++) {
        unique.accept(subs.get(k).id(), at.field("subDomains").index(k).field("id"));
      }
    }
    List<StructureElement> structure = referential.dossierStructure();
    for (int i = 0; i < structure.size(); i++) {
      unique.accept(structure.get(i).id(), root.field("dossierStructure").index(i).field("id"));
    }
    checkParameters(referential.parameters(), root.field("parameters"), faults);
    return faults.sorted();
  }

  /**
   * Checks a referential and throws if it is not sound, with French messages.
   *
   * @param referential the referential, not null
   * @return the referential
   * @throws ReferentialException listing every fault, if there is one
   */
  public static Referential requireSound(Referential referential) {
    return requireSound(referential, Locale.FRENCH);
  }

  /**
   * Checks a referential and throws if it is not sound.
   *
   * @param referential the referential, not null
   * @param locale the language of the messages, not null
   * @return the referential
   * @throws ReferentialException listing every fault, if there is one
   */
  public static Referential requireSound(Referential referential, Locale locale) {
    List<Violation> faults = check(referential, locale);
    if (!faults.isEmpty()) {
      throw new ReferentialException("Referential " + referential.id() + " (" + referential.edition().id()
          + ") is not sound", referential.id(), faults);
    }
    return referential;
  }

  /** Passes the id of a criterion and of everything it lists, with their places, to a sink. */
  static void forEachId(Criterion c, Place at, BiConsumer<String, Place> sink) {
    sink.accept(c.id(), at.field("id"));
    List<Requirement> requirements = c.requirements();
    for (int j = 0; j < requirements.size(); j++) {
      sink.accept(requirements.get(j).id(), at.field("requirements").index(j).field("id"));
    }
    ITEM_LISTS.forEach((name, list) -> {
      List<? extends ReferentialItem> items = list.apply(c);
      for (int j = 0; j < items.size(); j++) {
        sink.accept(items.get(j).id(), at.field(name).index(j).field("id"));
      }
    });
  }

  /**
   * Reports the Qualéduc sheets and evaluation domains a criterion cites that a referential lacks,
   * and the criterion's wordings of them that name an item it does not cite or repeat a catalogue
   * title.
   */
  static void checkReferences(Criterion c, Place at, Referential catalogues, Faults faults) {
    List<String> sheetIds = c.qualeducSheetIds();
    for (int k = 0; k < sheetIds.size(); k++) {
      if (catalogues.qualeducSheet(sheetIds.get(k)).isEmpty()) {
        faults.add(at.field("qualeducSheetIds").index(k), "KnownQualeducSheet", "KnownQualeducSheet",
            sheetIds.get(k), catalogues.id());
      }
    }
    checkWordings(c.qualeducSheetWordings(), sheetIds, id -> catalogues.qualeducSheet(id).map(QualeducSheet::title),
        at.field("qualeducSheetWordings"), faults);
    List<EvaluationDomainLink> links = c.evaluationDomainLinks();
    for (int k = 0; k < links.size(); k++) {
      EvaluationDomainLink link = links.get(k);
      Place linkAt = at.field("evaluationDomainLinks").index(k);
      EvaluationDomain domain = catalogues.evaluationDomains().stream()
          .filter(d -> d.id().equals(link.domainId())).findFirst().orElse(null);
      if (domain == null) {
        faults.add(linkAt.field("domainId"), "KnownEvaluationDomain", "KnownEvaluationDomain",
            link.domainId(), catalogues.id());
        continue;
      }
      if (link.wording().filter(domain.title()::equals).isPresent()) {
        faults.add(linkAt.field("wording"), "DistinctWording", "DistinctWording", domain.id());
      }
      List<String> subIds = link.subDomainIds();
      for (int m = 0; m < subIds.size(); m++) {
        if (domain.subDomain(subIds.get(m)).isEmpty()) {
          faults.add(linkAt.field("subDomainIds").index(m), "KnownSubDomain", "KnownSubDomain",
              subIds.get(m), domain.id(), catalogues.id());
        }
      }
      checkWordings(link.subDomainWordings(), subIds, id -> domain.subDomain(id).map(EvaluationSubDomain::title),
          linkAt.field("subDomainWordings"), faults);
    }
  }

  /**
   * Reports the wordings of items that are not cited, worded twice, or equal to the catalogue
   * title.
   */
  private static void checkWordings(List<CitedWording> wordings, List<String> citedIds,
      Function<String, Optional<String>> catalogueTitle, Place at, Faults faults) {
    Set<String> worded = new HashSet<>();
    for (int k = 0; k < wordings.size(); k++) {
      CitedWording w = wordings.get(k);
      Place wordingAt = at.index(k);
      if (!citedIds.contains(w.id())) {
        faults.add(wordingAt.field("id"), "CitedWording", "CitedWording", w.id());
      } else if (!worded.add(w.id())) {
        faults.add(wordingAt.field("id"), "CitedWording", "CitedWording.twice", w.id());
      } else if (catalogueTitle.apply(w.id()).filter(w.wording()::equals).isPresent()) {
        faults.add(wordingAt.field("wording"), "DistinctWording", "DistinctWording", w.id());
      }
    }
  }

  private static void checkParameters(ProcessParameters p, Place at, Faults faults) {
    if (p.minImprovementAxesPerCriterion().isPresent() && p.maxImprovementAxesPerCriterion().isPresent()
        && p.maxImprovementAxesPerCriterion().getAsInt() < p.minImprovementAxesPerCriterion().getAsInt()) {
      faults.add(at.field("maxImprovementAxesPerCriterion"), "ImprovementAxesRange", "ImprovementAxesRange",
          p.maxImprovementAxesPerCriterion().getAsInt(), p.minImprovementAxesPerCriterion().getAsInt());
    }
    List<Integer> years = p.followUpAuditYears();
    for (int i = 1; i < years.size(); i++) {
      if (years.get(i) <= years.get(i - 1)) {
        faults.add(at.field("followUpAuditYears").index(i), "AscendingYears", "AscendingYears");
      }
    }
  }
}
