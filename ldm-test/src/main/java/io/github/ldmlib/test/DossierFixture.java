package io.github.ldmlib.test;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Network;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.test.internal.CheckerHolder;
import io.github.ldmlib.test.internal.DossierMaker;
import io.github.ldmlib.test.internal.Edits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A dossier for a test (<i>dossier d'essai</i>), with everything needed to check it: the
 * referential it answers (already tailored by any academy profile), the profile's rule tailorings,
 * the date as of which and the {@link Stage} at which it is meant to be checked, and the checker
 * that checks it.
 *
 * <p>A fixture starts complete and conforming ({@link DossierFixtures#conforming(Referential)}),
 * and each {@code with…} method returns a new fixture that differs by exactly one thing, usually
 * the defect a test is about; the fixture itself never changes, so one conforming fixture can be
 * shared by every test of a class:
 *
 * <pre>{@code
 * DossierFixture fixture = DossierFixtures.conforming(Referentials.load("ldm-national-2023", "2026-01"));
 *
 * assertThat(fixture.check()).hasNoFindings();
 * assertThat(fixture.withoutCoordinator("C3").check())
 *     .hasOnlyFindingsOf("LDM-D-020")
 *     .hasFindingsOf("LDM-D-020").at(fixture.sectionPointer("C3") + "/team/coordinator").exactly(1);
 * }</pre>
 *
 * <p>The defects name a criterion by its id; each says which built-in rule reports it. A method
 * that cannot make its defect (no section for the criterion, a referential that does not say what
 * the defect needs) throws an {@link IllegalArgumentException} or {@link IllegalStateException}
 * that says why, rather than return a fixture without the defect. Instances are immutable and
 * thread-safe.
 */
public final class DossierFixture {

  private final Dossier dossier;
  private final Referential referential;
  private final List<RuleTailoring> tailorings;
  private final LocalDate asOf;
  private final Stage stage;
  private final CheckerHolder checker;

  DossierFixture(Dossier dossier, Referential referential, List<RuleTailoring> tailorings, LocalDate asOf,
      Stage stage, CheckerHolder checker) {
    this.dossier = Objects.requireNonNull(dossier, "dossier");
    this.referential = Objects.requireNonNull(referential, "referential");
    this.tailorings = List.copyOf(tailorings);
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.stage = Objects.requireNonNull(stage, "stage");
    this.checker = Objects.requireNonNull(checker, "checker");
  }

  private DossierFixture with(Dossier changed) {
    return new DossierFixture(changed, referential, tailorings, asOf, stage, checker);
  }

  /** The dossier. */
  public Dossier dossier() {
    return dossier;
  }

  /** The referential the dossier answers, tailored by the academy profile if the fixture was made from one. */
  public Referential referential() {
    return referential;
  }

  /** The rule tailorings of the academy profile the fixture was made from; empty otherwise. */
  public List<RuleTailoring> tailorings() {
    return tailorings;
  }

  /** The date as of which the dossier is checked, {@link DossierFixtures#DEFAULT_AS_OF} unless set otherwise. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The stage at which the dossier is checked, {@link Stage#CANDIDATURE} unless set otherwise. */
  public Stage stage() {
    return stage;
  }

  /**
   * The checker of the fixture: the one given to {@link #checkedBy(Checker)}, or else one with the
   * built-in rules and the {@linkplain #tailorings() profile's tailorings}, built on first use and
   * shared by the fixtures derived from this one.
   *
   * @return the checker
   */
  public Checker<Dossier> checker() {
    return checker.get();
  }

  /**
   * Checks the dossier with the {@linkplain #checker() fixture's checker}, as of {@link #asOf()}
   * and at {@link #stage()}, with French messages.
   *
   * @return the conformity report
   */
  public ConformityReport check() {
    return check(Locale.FRENCH);
  }

  /**
   * Checks the dossier with the {@linkplain #checker() fixture's checker}, as of {@link #asOf()}
   * and at {@link #stage()}.
   *
   * @param locale the language of the messages: English if its language is English, French otherwise
   * @return the conformity report
   */
  public ConformityReport check(Locale locale) {
    return checker().check(dossier, asOf, stage, locale);
  }

  /**
   * Returns the JSON Pointer of a criterion's section, for example {@code /sections/3} for
   * criterion 4 of the national referential: the place of the findings about the section, and the
   * start of the pointers inside it.
   *
   * @param criterionId the criterion id, for example {@code C4}
   * @return the pointer
   * @throws IllegalArgumentException if the dossier has no section for the criterion
   */
  public String sectionPointer(String criterionId) {
    return "/sections/" + Edits.sectionIndex(dossier, criterionId);
  }

  /**
   * Returns a fixture checked by another checker, for example one with an academy's custom rules.
   *
   * @param checker the checker; it must check against the fixture's referential
   * @return the new fixture
   * @throws IllegalArgumentException if the checker checks against another referential or edition
   */
  public DossierFixture checkedBy(Checker<Dossier> checker) {
    Objects.requireNonNull(checker, "checker");
    Referential other = checker.referential();
    if (!other.id().equals(referential.id()) || !other.edition().equals(referential.edition())
        || !other.criteria().equals(referential.criteria())) {
      throw new IllegalArgumentException("The checker checks against " + other.id() + "@" + other.edition().id()
          + " with criteria " + criterionIds(other) + ", the fixture answers " + referential.id() + "@"
          + referential.edition().id() + " with criteria " + criterionIds(referential));
    }
    return new DossierFixture(dossier, referential, tailorings, asOf, stage, CheckerHolder.of(checker));
  }

  /**
   * Returns a fixture checked as of another date. The dossier is unchanged: a date before its
   * measures makes them lie in the future, a later date makes further measures due.
   *
   * @param date the date of the check
   * @return the new fixture
   */
  public DossierFixture checkedAsOf(LocalDate date) {
    return new DossierFixture(dossier, referential, tailorings, Objects.requireNonNull(date, "date"), stage, checker);
  }

  /**
   * Returns a fixture checked at another stage. At {@link Stage#RENEWAL} the dossier becomes a
   * renewal ({@link DossierKind#RENEWAL}), at {@link Stage#CANDIDATURE} a first application, so
   * that its kind fits the stage (rule {@code LDM-D-006}); the follow-up stages keep its kind.
   *
   * @param stage the stage
   * @return the new fixture
   */
  public DossierFixture atStage(Stage stage) {
    Objects.requireNonNull(stage, "stage");
    Dossier changed = switch (stage) {
      case RENEWAL -> Dossier.builder().from(dossier).dossierKind(DossierKind.RENEWAL).build();
      case CANDIDATURE -> Dossier.builder().from(dossier).dossierKind(DossierKind.INITIAL).build();
      default -> dossier;
    };
    return new DossierFixture(changed, referential, tailorings, asOf, stage, checker);
  }

  // ---------------------------------------------------------------------------------------------
  // Defects

  /**
   * Removes the section of a criterion, and the evidence items that only it cited. For a mandatory
   * criterion this is reported by {@code LDM-D-003} at {@code /sections}.
   *
   * @param criterionId the criterion id
   * @return the new fixture
   * @throws IllegalArgumentException if the dossier has no section for the criterion
   */
  public DossierFixture withoutSection(String criterionId) {
    int index = Edits.sectionIndex(dossier, criterionId);
    List<CriterionSection> sections = new ArrayList<>(dossier.sections());
    sections.remove(index);
    Dossier changed = Dossier.builder().from(dossier).sections(sections).build();
    return with(withoutUncitedEvidence(changed, Edits.citedEvidence(dossier)));
  }

  /**
   * Removes the diagnosis (<i>état des lieux</i>) of a criterion's section, reported by {@code
   * LDM-D-020} at {@code /sections/i/diagnosis}.
   *
   * @param criterionId the criterion id
   * @return the new fixture
   * @throws IllegalArgumentException if the dossier has no section for the criterion
   */
  public DossierFixture withoutDiagnosis(String criterionId) {
    return with(Edits.section(dossier, criterionId, s -> CriterionSection.builder().from(s)
        .diagnosis(Optional.empty()).build()));
  }

  /**
   * Removes the coordinator of a criterion's team (the members stay), reported by {@code
   * LDM-D-020} at {@code /sections/i/team/coordinator}.
   *
   * @param criterionId the criterion id
   * @return the new fixture
   * @throws IllegalArgumentException if the dossier has no section for the criterion
   */
  public DossierFixture withoutCoordinator(String criterionId) {
    return with(Edits.section(dossier, criterionId, s -> {
      CriterionTeam team = s.team().orElseGet(() -> CriterionTeam.builder().build());
      return CriterionSection.builder().from(s)
          .team(CriterionTeam.builder().from(team).coordinator(Optional.empty()).build())
          .build();
    }));
  }

  /**
   * Deletes one measure: the measure at a milestone of the first indicator of the first action of a
   * criterion's section. The fixtures' first action is perennial and measured at N, N+3 and N+5: a
   * missing start measure is reported by {@code LDM-D-051}, a missing follow-up or end measure by
   * {@code LDM-D-096} (by {@code LDM-D-055} for an action that is not perennial), at {@code
   * …/indicators/0/measures}.
   *
   * @param criterionId the criterion id
   * @param milestone the milestone whose measure is deleted
   * @return the new fixture
   * @throws IllegalArgumentException if the section has no action, the action no indicator, or the
   *     indicator no measure at that milestone
   */
  public DossierFixture withoutMeasure(String criterionId, Milestone milestone) {
    Objects.requireNonNull(milestone, "milestone");
    return with(Edits.firstAction(dossier, criterionId, a -> Edits.firstIndicator(a, i -> {
      if (i.measure(milestone).isEmpty()) {
        throw new IllegalArgumentException("The first indicator of « " + a.title() + " » has no measure at " + milestone);
      }
      return Indicator.builder().from(i)
          .measures(i.measures().stream().filter(m -> m.milestone() != milestone).toList())
          .build();
    })));
  }

  /**
   * Adds a measure dated in a school year that has not begun on the date of the check: a follow-up
   * (or end) measure of the first indicator of the first engagement of a criterion's section, on
   * the school year of its milestone and with the value of the start measure, so that only its date
   * is wrong. Reported by {@code LDM-D-052} at {@code …/measures/k/schoolYear}.
   *
   * @param criterionId the criterion id
   * @return the new fixture
   * @throws IllegalArgumentException if the section has no engagement with a reference year and a
   *     measured indicator, or its follow-up and end milestones are not in the future
   */
  public DossierFixture withMeasureInTheFuture(String criterionId) {
    SchoolYear current = SchoolYear.containing(asOf);
    return with(Edits.firstEngagement(dossier, criterionId, g -> {
      SchoolYear n = g.referenceYear().orElseThrow(() ->
          new IllegalArgumentException("« " + g.title() + " » has no reference year"));
      return Edits.firstIndicator(g, i -> {
        Measure start = i.measure(Milestone.START).orElseThrow(() ->
            new IllegalArgumentException("The first indicator of « " + g.title() + " » has no measure at N"));
        for (Milestone m : List.of(Milestone.FOLLOW_UP, Milestone.END)) {
          SchoolYear year = n.plusYears(m.yearsAfterStart());
          if (year.isAfter(current) && i.measure(m).isEmpty()) {
            return Indicator.builder().from(i).addMeasures(Measure.of(year, m, start.value())).build();
          }
        }
        throw new IllegalArgumentException("The milestones of « " + g.title() + " » do not lie in the future as of " + asOf);
      });
    }));
  }

  /**
   * Makes the first action of a criterion's section cite a piece of evidence that the annex does
   * not contain, reported by {@code LDM-D-060} at {@code …/actions/0/evidenceIds/k}.
   *
   * @param criterionId the criterion id
   * @return the new fixture
   * @throws IllegalArgumentException if the dossier has no section for the criterion, or it has no action
   */
  public DossierFixture withUnresolvedEvidence(String criterionId) {
    int n = 99;
    while (dossier.evidence("P-" + n).isPresent()) {
      n++;
    }
    String missing = "P-" + n;
    return with(Edits.firstAction(dossier, criterionId, a -> Action.builder().from(a).addEvidenceIds(missing).build()));
  }

  /**
   * Makes a requirement (<i>attendu</i>) addressed by no action or engagement of its criterion's
   * section, reported by {@code LDM-D-090} (advice by default) at the section's pointer.
   *
   * @param requirementId the requirement id, for example {@code C4.R3}
   * @return the new fixture
   * @throws IllegalArgumentException if no criterion of the referential has that requirement, or
   *     the dossier has no section for it
   */
  public DossierFixture withUnaddressedRequirement(String requirementId) {
    Criterion owner = referential.criteria().stream()
        .filter(c -> c.requirement(requirementId).isPresent())
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No criterion of " + referential.id() + "@"
            + referential.edition().id() + " has a requirement " + requirementId));
    return with(Edits.section(dossier, owner.id(), s -> CriterionSection.builder().from(s)
        .actions(s.actions().stream().map(a -> Action.builder().from(a)
            .requirementIds(without(a.requirementIds(), requirementId)).build()).toList())
        .engagements(s.engagements().stream().map(g -> Engagement.builder().from(g)
            .requirementIds(without(g.requirementIds(), requirementId)).build()).toList())
        .build()));
  }

  /**
   * Makes the last co-applicant of the network a private establishment without contract, of a
   * sector that the referential does not allow to apply, reported by {@code LDM-D-071} at {@code
   * /network/coApplicants/k/sector}. The sector, not the type: a referential that allows networks
   * makes the network the eligible entity, whatever the type of its establishments (the Aix-Marseille
   * 2012 note: « un réseau d'établissements de l'enseignement public ou privé sous contrat »). A
   * dossier that is not a network candidature first becomes one, as {@link #asNetworkCandidature()}
   * makes it.
   *
   * @return the new fixture
   * @throws IllegalStateException if the referential lists no eligible sector (as the national
   *     referential of 2023): then no sector is ineligible
   */
  public DossierFixture withIneligibleCoApplicant() {
    Set<Sector> eligible = referential.parameters().eligibleSectors();
    if (eligible.isEmpty()) {
      throw new IllegalStateException(referential.id() + "@" + referential.edition().id()
          + " lists no eligible sector, so no co-applicant can be ineligible (rule LDM-D-071 does not apply)");
    }
    Sector ineligible = Arrays.stream(Sector.values()).filter(t -> !eligible.contains(t)).findFirst()
        .orElseThrow(() -> new IllegalStateException(referential.id() + " allows every sector"));
    Dossier network = asNetworkCandidature().dossier;
    Network n = network.network().orElseThrow();
    List<Establishment> coApplicants = new ArrayList<>(n.coApplicants());
    int last = coApplicants.size() - 1;
    coApplicants.set(last, Establishment.builder().from(coApplicants.get(last))
        .name("Lycée privé " + coApplicants.get(last).name().replaceFirst("^Lycée( polyvalent)? ", ""))
        .sector(ineligible)
        .build());
    return with(Dossier.builder().from(network)
        .network(Network.builder().from(n).coApplicants(coApplicants).build())
        .build());
  }

  /**
   * Removes the common strategy (<i>stratégie commune</i>) of a criterion's section in a network
   * candidature, reported by {@code LDM-D-074} at {@code /sections/i/commonStrategy}. A dossier that
   * is not a network candidature first becomes one, as {@link #asNetworkCandidature()} makes it.
   *
   * @param criterionId the id of a criterion that has a requirement for network candidatures
   * @return the new fixture
   * @throws IllegalArgumentException if the criterion has no such requirement (then no common
   *     strategy is asked of it), or the dossier has no section for it
   */
  public DossierFixture withoutCommonStrategy(String criterionId) {
    boolean asksForStrategy = referential.criterion(criterionId).stream()
        .flatMap(c -> c.requirements().stream())
        .anyMatch(Requirement::networkOnly);
    if (!asksForStrategy) {
      throw new IllegalArgumentException("Criterion " + criterionId + " of " + referential.id()
          + " has no requirement for network candidatures, so no common strategy is asked of it");
    }
    return with(Edits.section(asNetworkCandidature().dossier, criterionId, s -> CriterionSection.builder().from(s)
        .commonStrategy(Optional.empty()).build()));
  }

  // ---------------------------------------------------------------------------------------------
  // Shape

  /**
   * Makes the dossier a complete network candidature: two co-applicants of eligible types and
   * sectors with their own UAI, the common strategy in the section of every criterion that has a
   * requirement for network candidatures, and those requirements addressed by the section's first
   * action. A dossier that already is a network candidature is returned as it is.
   *
   * @return the new fixture
   */
  public DossierFixture asNetworkCandidature() {
    if (dossier.isNetworkCandidature()) {
      return this;
    }
    Dossier network = DossierMaker.make(referential, asOf, 7L, DossierMaker.Shape.MINIMAL, true,
        dossier.establishment().academy());
    List<Establishment> coApplicants = new ArrayList<>();
    for (Establishment e : network.network().orElseThrow().coApplicants()) {
      coApplicants.add(e.uai().equals(dossier.establishment().uai())
          ? Establishment.builder().from(e).uai(network.establishment().uai()).build() : e);
    }
    Dossier changed = Dossier.builder().from(dossier)
        .network(Network.builder().from(network.network().orElseThrow()).coApplicants(coApplicants).build())
        .build();
    for (CriterionSection s : dossier.sections()) {
      List<String> networkOnly = referential.criterion(s.criterionId()).stream()
          .flatMap(c -> c.requirements().stream())
          .filter(Requirement::networkOnly)
          .map(Requirement::id)
          .toList();
      if (networkOnly.isEmpty()) {
        continue;
      }
      changed = Edits.section(changed, s.criterionId(), section -> {
        CriterionSection.Builder b = CriterionSection.builder().from(section)
            .commonStrategy(section.commonStrategy().orElse("Les établissements du réseau partagent une stratégie commune "
                + "pour ce critère, arrêtée ensemble et suivie lors d'une réunion trimestrielle."));
        if (!section.actions().isEmpty()) {
          List<Action> actions = new ArrayList<>(section.actions());
          actions.set(0, Action.builder().from(actions.get(0))
              .requirementIds(union(actions.get(0).requirementIds(), networkOnly)).build());
          b.actions(actions);
        } else if (!section.engagements().isEmpty()) {
          List<Engagement> engagements = new ArrayList<>(section.engagements());
          engagements.set(0, Engagement.builder().from(engagements.get(0))
              .requirementIds(union(engagements.get(0).requirementIds(), networkOnly)).build());
          b.engagements(engagements);
        }
        return b.build();
      });
    }
    return with(changed);
  }

  /**
   * Adds a complete section for a criterion that has none yet, for example an optional criterion
   * (<i>critère facultatif</i>) the school chooses to address, with its own evidence; the section
   * takes its place in the order of the referential.
   *
   * @param criterionId the id of a criterion of the referential
   * @return the new fixture
   * @throws IllegalArgumentException if the referential has no such criterion, or the dossier
   *     already has a section for it
   */
  public DossierFixture withSectionFor(String criterionId) {
    Criterion criterion = referential.criterion(criterionId).orElseThrow(() -> new IllegalArgumentException(
        referential.id() + "@" + referential.edition().id() + " has no criterion " + criterionId
            + "; its criteria are " + criterionIds(referential)));
    if (dossier.section(criterionId).isPresent()) {
      throw new IllegalArgumentException("The dossier already has a section for criterion " + criterionId);
    }
    DossierMaker.SectionAndEvidence made = DossierMaker.section(referential, dossier, criterion, asOf,
        criterionId.hashCode());
    List<String> order = referential.criteria().stream().map(Criterion::id).toList();
    List<CriterionSection> sections = new ArrayList<>(dossier.sections());
    int at = 0;
    while (at < sections.size() && order.indexOf(sections.get(at).criterionId()) < order.indexOf(criterionId)
        && order.indexOf(sections.get(at).criterionId()) >= 0) {
      at++;
    }
    sections.add(at, made.section());
    return with(Dossier.builder().from(dossier).sections(sections).addAllEvidence(made.evidence()).build());
  }

  /**
   * Changes the section of a criterion.
   *
   * @param criterionId the criterion id
   * @param change what to do with the section, for example {@code s ->
   *     CriterionSection.builder().from(s).generalObjective(Optional.empty()).build()}
   * @return the new fixture
   * @throws IllegalArgumentException if the dossier has no section for the criterion
   */
  public DossierFixture withSection(String criterionId, UnaryOperator<CriterionSection> change) {
    Objects.requireNonNull(change, "change");
    return with(Edits.section(dossier, criterionId, change));
  }

  /**
   * Changes the first action of a criterion's section.
   *
   * @param criterionId the criterion id
   * @param change what to do with the action, for example {@code a ->
   *     Action.builder().from(a).perennial(false).build()}
   * @return the new fixture
   * @throws IllegalArgumentException if the dossier has no section for the criterion, or it has no action
   */
  public DossierFixture withFirstAction(String criterionId, UnaryOperator<Action> change) {
    Objects.requireNonNull(change, "change");
    return with(Edits.firstAction(dossier, criterionId, change));
  }

  /**
   * Changes the first engagement of a criterion's section.
   *
   * @param criterionId the criterion id
   * @param change what to do with the engagement
   * @return the new fixture
   * @throws IllegalArgumentException if the dossier has no section for the criterion, or it has no engagement
   */
  public DossierFixture withFirstEngagement(String criterionId, UnaryOperator<Engagement> change) {
    Objects.requireNonNull(change, "change");
    return with(Edits.firstEngagement(dossier, criterionId, change));
  }

  /**
   * Changes the dossier as a whole.
   *
   * @param change what to do with the dossier, for example {@code d ->
   *     Dossier.builder().from(d).context(Optional.empty()).build()}
   * @return the new fixture
   */
  public DossierFixture withDossier(UnaryOperator<Dossier> change) {
    Objects.requireNonNull(change, "change");
    return with(Objects.requireNonNull(change.apply(dossier), "the changed dossier"));
  }

  /** Returns a summary: the establishment, the referential, the date and the stage. */
  @Override
  public String toString() {
    return "DossierFixture[" + dossier.establishment().name() + ", " + referential.id() + "@"
        + referential.edition().id() + ", sections " + Edits.sectionIds(dossier) + ", asOf=" + asOf
        + ", stage=" + stage + (dossier.isNetworkCandidature() ? ", network" : "") + "]";
  }

  private static String criterionIds(Referential referential) {
    return String.join(", ", referential.criteria().stream().map(Criterion::id).toList());
  }

  private static List<String> without(List<String> ids, String id) {
    return ids.stream().filter(i -> !i.equals(id)).toList();
  }

  private static List<String> union(List<String> ids, List<String> more) {
    List<String> all = new ArrayList<>(ids);
    more.stream().filter(id -> !all.contains(id)).forEach(all::add);
    return all;
  }

  /** Drops the evidence items that were cited before a change and no longer are. */
  private static Dossier withoutUncitedEvidence(Dossier changed, Set<String> citedBefore) {
    Set<String> cited = Edits.citedEvidence(changed);
    List<Evidence> kept = changed.evidence().stream()
        .filter(e -> cited.contains(e.id()) || !citedBefore.contains(e.id()))
        .toList();
    return Dossier.builder().from(changed).evidence(kept).build();
  }
}
