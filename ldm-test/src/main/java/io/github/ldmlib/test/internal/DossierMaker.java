package io.github.ldmlib.test.internal;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Articulation;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.EngagementDecision;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.EstablishmentType;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.EvidenceKind;
import io.github.ldmlib.model.dossier.Implementation;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.IndicatorUnit;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Network;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.dossier.ResponsibleTeam;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.dossier.Transversality;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.EvaluationDomainLink;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.ReferentialItem;
import io.github.ldmlib.model.referential.Requirement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Writes complete, conforming dossiers for a referential: one section per mandatory criterion,
 * each with its diagnosis, general objective, transversality, team, actions and engagements whose
 * indicators are measured when due, every applicable requirement addressed, and an evidence annex
 * that every citation resolves to and that is cited throughout.
 *
 * <p>The first action of each section is always the same kind: a perennial action of five years
 * that started six school years before the date of the check, measured at N, N+3 and N+5 (its end,
 * N plus its duration: « Mesure en fin d'action »); the first engagement
 * always takes the current school year as its reference year and is measured at N. The fixtures'
 * defects rely on this. Everything else (names, texts, further actions, start years, units,
 * values) is drawn from a {@link Random} seeded by the caller, so the same seed gives an equal
 * dossier. Texts use the referential's own example actions, objectives and indicators where it
 * has them, and the {@link Words} lists otherwise.
 */
public final class DossierMaker {

  /**
   * How big the dossier is.
   *
   * @param actions actions per section
   * @param objectives operational objectives per action or engagement
   * @param indicators indicators per objective
   * @param engagements engagements per section
   * @param sentences extra sentences in each narrative text
   */
  public record Shape(int actions, int objectives, int indicators, int engagements, int sentences) {

    /** The smallest complete dossier: one action and one engagement per section. */
    public static final Shape MINIMAL = new Shape(1, 1, 1, 1, 0);

    /**
     * Fits the shape to a referential that caps the improvement axes of a criterion (Aix-Marseille
     * 2012: one or two). Every action states improvement areas and every engagement is an axis, so
     * the section keeps one engagement and as many actions as the cap leaves, and the objectives
     * grow so that the dossier keeps about the same volume.
     */
    Shape fit(ProcessParameters parameters) {
      if (parameters.maxImprovementAxesPerCriterion().isEmpty() || parameters.minCriteriaWithImprovementAxes().isEmpty()) {
        return this;
      }
      int max = Math.max(2, parameters.maxImprovementAxesPerCriterion().getAsInt());
      if (actions + engagements <= max) {
        return this;
      }
      int fewer = max - 1;
      int factor = (actions + fewer - 1) / fewer;
      return new Shape(fewer, objectives * factor, indicators, 1, sentences);
    }
  }

  private final Referential referential;
  private final LocalDate asOf;
  private final SchoolYear current;
  private final Random random;
  private final Shape shape;
  private final boolean network;
  private final Optional<String> academy;
  private int evidenceCount;
  private final Set<String> usedEvidenceIds = new HashSet<>();
  private final List<Evidence> annex = new ArrayList<>();

  private DossierMaker(Referential referential, LocalDate asOf, long seed, Shape shape, boolean network,
      Optional<String> academy) {
    this.referential = referential;
    this.asOf = asOf;
    this.current = SchoolYear.containing(asOf);
    this.random = new Random(Words.mix(seed));
    this.shape = shape.fit(referential.parameters());
    this.network = network;
    this.academy = academy;
  }

  /**
   * Writes a dossier.
   *
   * @param referential the referential it answers
   * @param asOf the date as of which it is complete and conforming
   * @param seed the seed of every choice
   * @param shape its size
   * @param network true for a network candidature of three establishments
   * @param academy the academy of the schools, when a profile names one
   * @return the dossier
   */
  public static Dossier make(Referential referential, LocalDate asOf, long seed, Shape shape, boolean network,
      Optional<String> academy) {
    return new DossierMaker(referential, asOf, seed, shape, network, academy).dossier();
  }

  /**
   * Writes one complete section for a criterion, with its own evidence, for a dossier that has none
   * for it yet.
   *
   * @param referential the referential
   * @param dossier the dossier that receives the section
   * @param criterion the criterion
   * @param asOf the date of the check
   * @param seed the seed of every choice
   * @return the section and the evidence items it cites
   */
  public static SectionAndEvidence section(Referential referential, Dossier dossier, Criterion criterion,
      LocalDate asOf, long seed) {
    DossierMaker maker = new DossierMaker(referential, asOf, seed, Shape.MINIMAL, dossier.isNetworkCandidature(),
        dossier.establishment().academy());
    dossier.evidence().forEach(e -> maker.usedEvidenceIds.add(e.id()));
    CriterionSection section = maker.section(criterion);
    return new SectionAndEvidence(section, List.copyOf(maker.annex));
  }

  /**
   * A section and the evidence items it cites.
   *
   * @param section the section
   * @param evidence the evidence items
   */
  public record SectionAndEvidence(CriterionSection section, List<Evidence> evidence) {}

  private Dossier dossier() {
    String school = "Lycée professionnel " + Words.pick(random, Words.SCHOOL_NAMES);
    String town = Words.pick(random, Words.TOWNS);
    String academyName = academy.orElseGet(() -> Words.pick(random, Words.ACADEMIES));
    List<String> trades = new ArrayList<>();
    int tradeCount = 1 + random.nextInt(3);
    while (trades.size() < tradeCount) {
      String trade = Words.pick(random, Words.TRADES);
      if (!trades.contains(trade)) {
        trades.add(trade);
      }
    }
    Set<Uai> uais = new HashSet<>();
    Dossier.Builder dossier = Dossier.builder()
        .referentialId(referential.id())
        .referentialEdition(referential.edition().id())
        .dossierKind(DossierKind.INITIAL)
        .establishment(establishment(school, town, academyName, eligibleTypes().get(0), uais))
        .labelTitle("Lycée des métiers " + Words.pick(random, Words.FAMILIES))
        .addAllTrades(trades)
        .boardVoteDate(asOf.minusDays(120))
        .submissionDate(asOf)
        .context(Words.text(random, "Le " + school + " de " + town + " accueille "
            + (300 + random.nextInt(900)) + " élèves et apprentis dans les formations "
            + String.join(", ", trades).toLowerCase(Locale.FRENCH) + ".", shape.sentences))
        .articulation(Articulation.builder()
            .selfEvaluation(Words.text(random, "L'auto-évaluation de l'établissement a servi de point de départ à l'état des lieux de chaque critère.", shape.sentences))
            .establishmentProject(Words.text(random, "Le projet d'établissement reprend les axes de travail du label.", shape.sentences))
            .objectivesContract(Words.text(random, "Le contrat d'objectifs tripartite partage des indicateurs avec le label.", shape.sentences))
            .addOtherLabels(Words.pick(random, Words.LABELS))
            .build());
    if (network) {
      List<EstablishmentType> types = eligibleTypes();
      List<Sector> sectors = eligibleSectors();
      Network.Builder n = Network.builder().name("Réseau des lycées " + Words.pick(random, Words.FAMILIES));
      for (int i = 0; i < 2; i++) {
        String name = (types.get((i + 1) % types.size()) == EstablishmentType.POLYVALENT_LYCEE ? "Lycée polyvalent " : "Lycée ")
            + Words.pick(random, Words.SCHOOL_NAMES);
        Establishment e = establishment(name, Words.pick(random, Words.TOWNS), academyName, types.get((i + 1) % types.size()), uais);
        n.addCoApplicants(Establishment.builder().from(e).sector(sectors.get(i % sectors.size())).build());
      }
      dossier.network(n.build());
    }
    List<CriterionSection> sections = new ArrayList<>();
    for (Criterion c : referential.criteria()) {
      if (c.isMandatory()) {
        sections.add(section(c));
      }
    }
    dossier.addAllSections(sections);
    if (referential.parameters().engagementDecisionRequired().orElse(false)) {
      dossier.engagementDecision(engagementDecision(sections));
    }
    return dossier.addAllEvidence(annex).build();
  }

  /**
   * The engagement decision a referential may ask for (LDM 01 of the 2012 procedure): voted when
   * the dossier's process started, its minutes in the annex, each section's team responsible for
   * its criterion.
   */
  private EngagementDecision engagementDecision(List<CriterionSection> sections) {
    String minutes = nextEvidenceId();
    annex.add(Evidence.builder().id(minutes)
        .title("Procès-verbal du vote du conseil d'administration sur l'engagement dans la démarche")
        .kind(EvidenceKind.MINUTES).fileName(minutes.toLowerCase(Locale.ROOT) + ".pdf").build());
    EngagementDecision.Builder decision = EngagementDecision.builder()
        .boardVoteDate(asOf.minusDays(120))
        .minutesEvidenceId(minutes);
    for (CriterionSection s : sections) {
      s.team().ifPresent(t -> decision.addTeams(ResponsibleTeam.of(s.criterionId(), t)));
    }
    return decision.build();
  }

  private List<EstablishmentType> eligibleTypes() {
    Set<EstablishmentType> eligible = referential.parameters().eligibleEstablishmentTypes();
    List<EstablishmentType> types = new ArrayList<>();
    for (EstablishmentType t : List.of(EstablishmentType.VOCATIONAL_LYCEE, EstablishmentType.POLYVALENT_LYCEE,
        EstablishmentType.VOCATIONAL_LYCEE_ASSOCIATED_WITH_LGT)) {
      if (eligible.isEmpty() || eligible.contains(t)) {
        types.add(t);
      }
    }
    if (types.isEmpty()) {
      eligible.stream().sorted().forEach(types::add);
    }
    return types;
  }

  private List<Sector> eligibleSectors() {
    Set<Sector> eligible = referential.parameters().eligibleSectors();
    List<Sector> sectors = new ArrayList<>();
    for (Sector s : List.of(Sector.PUBLIC, Sector.PRIVATE_UNDER_CONTRACT)) {
      if (eligible.isEmpty() || eligible.contains(s)) {
        sectors.add(s);
      }
    }
    if (sectors.isEmpty()) {
      eligible.stream().sorted().forEach(sectors::add);
    }
    return sectors;
  }

  private Establishment establishment(String name, String town, String academyName, EstablishmentType type, Set<Uai> taken) {
    Uai uai;
    do {
      String digits = String.format(Locale.ROOT, "0%02d%04d", 10 + random.nextInt(85), random.nextInt(10_000));
      uai = Uai.parse(digits + Uai.checkLetter(digits));
    } while (!taken.add(uai));
    return Establishment.builder()
        .uai(uai)
        .name(name)
        .type(type)
        .sector(eligibleSectors().get(0))
        .town(town)
        .academy(academyName)
        .build();
  }

  private Person person(Set<String> taken) {
    String first;
    String last;
    do {
      first = Words.pick(random, Words.FIRST_NAMES);
      last = Words.pick(random, Words.LAST_NAMES);
    } while (!taken.add(first + " " + last));
    return Person.of(last, first, Words.pick(random, Words.FUNCTIONS));
  }

  private CriterionSection section(Criterion c) {
    List<Requirement> requirements = c.requirements().stream().filter(r -> network || !r.networkOnly()).toList();
    Set<String> people = new HashSet<>();
    CriterionTeam.Builder team = CriterionTeam.builder().coordinator(person(people));
    int members = 1 + random.nextInt(1 + Math.min(3, shape.sentences + 1));
    for (int i = 0; i < members; i++) {
      team.addMembers(person(people));
    }
    CriterionSection.Builder section = CriterionSection.builder()
        .criterionId(c.id())
        .diagnosis(Words.text(random, "État des lieux du critère " + c.number() + " (« " + abbreviate(c.title(), 120)
            + " ») au terme de l'année " + current.plusYears(-1) + ".", shape.sentences))
        .generalObjective(Words.text(random, "Objectif général du critère " + c.number() + " : "
            + lowerFirst(Words.sentence(objectiveText(c, 0))), shape.sentences))
        .transversality(transversality(c))
        .team(team.build());
    if (network && c.requirements().stream().anyMatch(Requirement::networkOnly)) {
      section.commonStrategy(Words.text(random, "Les établissements du réseau partagent une stratégie commune pour le critère "
          + c.number() + " et se réunissent chaque trimestre.", shape.sentences));
    }
    int initiatives = shape.actions + shape.engagements;
    List<List<String>> addressed = new ArrayList<>();
    for (int i = 0; i < initiatives; i++) {
      addressed.add(new ArrayList<>());
    }
    for (int r = 0; r < requirements.size(); r++) {
      addressed.get(r % initiatives).add(requirements.get(r).id());
    }
    List<String> sectionEvidence = new ArrayList<>();
    for (int a = 0; a < shape.actions; a++) {
      section.addActions(action(c, a, addressed.get(a), sectionEvidence));
    }
    for (int g = 0; g < shape.engagements; g++) {
      section.addEngagements(engagement(c, g, addressed.get(shape.actions + g), sectionEvidence, people));
    }
    return section.build();
  }

  private Transversality transversality(Criterion c) {
    Transversality.Builder t = Transversality.builder()
        .establishmentProjectAxis("Axe " + (1 + random.nextInt(4)) + " du projet d'établissement")
        .objectivesContractAxis("Objectif " + (1 + random.nextInt(3)) + " du contrat d'objectifs tripartite");
    for (EvaluationDomainLink link : c.evaluationDomainLinks()) {
      if (referential.hasEvaluationDomain(link.domainId())) {
        t.addEvaluationDomainIds(link.domainId());
      }
      link.subDomainIds().stream().filter(referential::hasEvaluationDomain).limit(1).forEach(t::addEvaluationDomainIds);
    }
    c.qualeducSheetIds().stream().filter(id -> referential.qualeducSheet(id).isPresent()).forEach(t::addQualeducSheetIds);
    return t.build();
  }

  private Action action(Criterion c, int index, List<String> requirements, List<String> sectionEvidence) {
    boolean first = index == 0;
    SchoolYear n = first ? current.plusYears(-6) : current.plusYears(-random.nextInt(8));
    boolean perennial = first || random.nextInt(3) == 0;
    int duration = first ? 5 : 1 + random.nextInt(6);
    String title = exampleText(c.exampleActions(), index, Words.TITLE_LIMIT)
        .orElse("Action " + (index + 1) + " du critère " + c.number());
    Action.Builder a = Action.builder()
        .title(title)
        .description(Words.text(random, "Action conduite depuis " + n + ".", shape.sentences))
        .durationYears(duration)
        .perennial(perennial)
        .startYear(n)
        .addedValue(Words.text(random, "Les élèves et les équipes en tirent un bénéfice visible.", shape.sentences))
        .implementation(implementation())
        .strengths(Words.text(random, "Une équipe stable et des partenaires engagés.", shape.sentences))
        .improvementAreas(Words.text(random, "Associer davantage les familles et formaliser le suivi.", shape.sentences))
        .conclusion(Words.text(random, "L'action est pertinente au regard des moyens engagés et de ses effets.", shape.sentences))
        .addAllRequirementIds(requirements);
    for (int o = 0; o < shape.objectives; o++) {
      Objective.Builder objective = Objective.builder().text(objectiveText(c, index * shape.objectives + o));
      for (int i = 0; i < shape.indicators; i++) {
        // A perennial action goes on after the label's five years: its end measure stays at N+5.
        objective.addIndicators(indicator(c, index + o + i, n, Milestone.END,
            perennial ? Milestone.END.yearsAfterStart() : duration));
      }
      a.addObjectives(objective.build());
    }
    String own = newEvidence(c, title);
    a.addEvidenceIds(own);
    if (!sectionEvidence.isEmpty() && random.nextInt(3) == 0) {
      a.addEvidenceIds(Words.pick(random, sectionEvidence));
    }
    sectionEvidence.add(own);
    return a.build();
  }

  private Engagement engagement(Criterion c, int index, List<String> requirements, List<String> sectionEvidence, Set<String> people) {
    SchoolYear n = index == 0 ? current : current.plusYears(-random.nextInt(2));
    Engagement.Builder g = Engagement.builder()
        .title("Engagement " + (index + 1) + " du critère " + c.number() + " : " + lowerFirst(abbreviate(objectiveText(c, index + 1), 120)))
        .description(Words.text(random, "Engagement pris pour " + n + " et les années suivantes.", shape.sentences))
        .lead(person(people))
        .durationYears(1 + random.nextInt(5))
        .referenceYear(n)
        .implementation(implementation())
        .addAllRequirementIds(requirements);
    for (int o = 0; o < shape.objectives; o++) {
      Objective.Builder objective = Objective.builder().text(objectiveText(c, index + o + 2));
      for (int i = 0; i < shape.indicators; i++) {
        objective.addIndicators(indicator(c, index + o + i + 1, n, Milestone.START, 0));
      }
      g.addObjectives(objective.build());
    }
    if (!sectionEvidence.isEmpty()) {
      g.addEvidenceIds(sectionEvidence.get(0));
    }
    return g.build();
  }

  private Implementation implementation() {
    return Implementation.builder()
        .resources(hours(1 + random.nextInt(4)) + " par semaine, un budget de " + (200 + 50 * random.nextInt(30)) + " euros")
        .schedule(Words.pick(random, List.of("De septembre à juin", "Chaque trimestre", "Deux semaines en janvier", "Tout au long de l'année")))
        .places(Words.pick(random, List.of("Au lycée et en entreprise", "Au CDI et dans les ateliers", "Dans les entreprises partenaires", "Au lycée")))
        .organisation(Words.text(random, "Le coordonnateur réunit l'équipe chaque mois et rend compte au conseil pédagogique.", shape.sentences))
        .build();
  }

  /**
   * An indicator measured from N up to the last milestone whose school year is over, no later than
   * {@code last} (START only for an engagement); values move the right way.
   */
  /**
   * An indicator measured at each milestone up to {@code last} whose school year is over: N, N+3,
   * and the end of the action, N plus its duration.
   */
  private Indicator indicator(Criterion c, int index, SchoolYear n, Milestone last, int durationYears) {
    String label = exampleText(c.exampleIndicators(), index, Words.TITLE_LIMIT)
        .orElse(Words.pick(random, List.of("Taux de réussite aux examens", "Nombre de partenaires actifs",
            "Taux d'absentéisme en PFMP", "Nombre d'élèves accompagnés", "Taux de satisfaction des familles")));
    IndicatorUnit unit = unitOf(label);
    Direction direction = label.toLowerCase(Locale.FRENCH).matches(".*(absent|décroch|abandon|rupture|retard|exclusion).*")
        ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
    BigDecimal value = start(unit);
    Indicator.Builder i = Indicator.builder().label(label).unit(unit).direction(direction);
    for (Milestone m : Milestone.values()) {
      int years = m == Milestone.END ? durationYears : m.yearsAfterStart();
      boolean wanted = m == Milestone.START
          || (last != null && m.compareTo(last) <= 0 && n.startYear() + years < current.startYear());
      if (!wanted) {
        continue;
      }
      i.addMeasures(Measure.of(n.plusYears(years), m, value));
      value = step(unit, value, direction);
    }
    return i.build();
  }

  private static IndicatorUnit unitOf(String label) {
    String l = label.toLowerCase(Locale.FRENCH);
    if (l.startsWith("taux") || l.startsWith("part ") || l.startsWith("pourcentage") || l.contains("%")) {
      return IndicatorUnit.PERCENT;
    }
    if (l.startsWith("nombre") || l.startsWith("nb")) {
      return IndicatorUnit.COUNT;
    }
    return IndicatorUnit.NUMBER;
  }

  private BigDecimal start(IndicatorUnit unit) {
    return switch (unit) {
      case PERCENT -> BigDecimal.valueOf(20 + random.nextInt(600), 1);
      case COUNT -> BigDecimal.valueOf(2 + random.nextInt(40));
      default -> BigDecimal.valueOf(10 + random.nextInt(90), 1);
    };
  }

  private BigDecimal step(IndicatorUnit unit, BigDecimal value, Direction direction) {
    BigDecimal delta = unit == IndicatorUnit.COUNT
        ? BigDecimal.valueOf(random.nextInt(6))
        : BigDecimal.valueOf(random.nextInt(60), 1);
    BigDecimal next = direction == Direction.HIGHER_IS_BETTER ? value.add(delta) : value.subtract(delta);
    if (unit == IndicatorUnit.PERCENT) {
      next = next.min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO);
    } else if (next.signum() < 0) {
      next = BigDecimal.ZERO;
    }
    return unit == IndicatorUnit.COUNT ? next.setScale(0, RoundingMode.DOWN) : next;
  }

  private String objectiveText(Criterion c, int index) {
    return Words.clause(objectiveTextAsGiven(c, index));
  }

  private String objectiveTextAsGiven(Criterion c, int index) {
    return exampleText(c.operationalObjectives(), index, Words.PARAGRAPH_LIMIT)
        .or(() -> exampleText(c.strategicAxes(), index, Words.PARAGRAPH_LIMIT))
        .or(() -> c.requirements().isEmpty() ? Optional.empty()
            : Optional.of("Répondre à l'attendu " + c.requirements().get(index % c.requirements().size()).id()))
        .orElse("Faire progresser l'établissement sur le critère " + c.number());
  }

  private static Optional<String> exampleText(List<? extends ReferentialItem> items, int index, int limit) {
    if (items.isEmpty()) {
      return Optional.empty();
    }
    String text = items.get(index % items.size()).text();
    return text.codePointCount(0, text.length()) <= limit ? Optional.of(text) : Optional.empty();
  }

  private String newEvidence(Criterion c, String about) {
    String id = nextEvidenceId();
    EvidenceKind kind = Words.pick(random, List.of(EvidenceKind.DOCUMENT, EvidenceKind.MINUTES, EvidenceKind.DATA,
        EvidenceKind.SURVEY, EvidenceKind.AGREEMENT, EvidenceKind.MEDIA));
    String title = switch (kind) {
      case MINUTES -> "Compte rendu de réunion";
      case DATA -> "Tableau de bord des indicateurs";
      case SURVEY -> "Enquête et résultats";
      case AGREEMENT -> "Convention de partenariat";
      case MEDIA -> "Affiche et article de presse";
      default -> "Bilan de l'action";
    } + " (critère " + c.number() + ") : " + abbreviate(about, 100);
    annex.add(Evidence.builder().id(id).title(title).kind(kind)
        .fileName(id.toLowerCase(Locale.ROOT) + (kind == EvidenceKind.MEDIA ? ".jpg" : ".pdf")).build());
    return id;
  }

  private String nextEvidenceId() {
    String id;
    do {
      evidenceCount++;
      id = String.format(Locale.ROOT, "P-%03d", evidenceCount);
    } while (!usedEvidenceIds.add(id));
    return id;
  }

  private static String hours(int n) {
    return n == 1 ? "Une heure" : n + " heures";
  }

  static String abbreviate(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    String cut = text.substring(0, text.offsetByCodePoints(0, max - 1)).strip();
    return cut + "…";
  }

  private static String lowerFirst(String text) {
    if (text.isEmpty() || text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
