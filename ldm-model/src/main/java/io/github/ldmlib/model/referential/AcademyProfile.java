package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.Faults;
import io.github.ldmlib.model.internal.Faults.Place;
import io.github.ldmlib.model.internal.LdmStyle;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An academy profile (<i>profil académique</i>): how an academy tailors a referential for its
 * schools. Since 2023 the national cahier des charges of eight criteria « pouvant être complétés
 * par un critère académique »; an older academic text such as Aix-Marseille's of 2012 has two
 * optional criteria. A profile names the referential it tailors and
 *
 * <ul>
 *   <li>adds its own criteria, each {@link CriterionKind#ACADEMIC ACADEMIC} (mandatory for its
 *       schools) or {@link CriterionKind#OPTIONAL OPTIONAL}, no more than the referential's
 *       {@link ProcessParameters#maxAcademicCriteria() maxAcademicCriteria};
 *   <li>may add requirements to existing criteria ({@link #addedRequirements()});
 *   <li>may tailor rules of the conformity checker ({@link #ruleTailorings()}).
 * </ul>
 *
 * <p>{@link #applyTo(Referential)} returns the tailored referential and refuses, with every fault
 * and its place, a profile that does not fit the referential. Instances are immutable and
 * thread-safe; build them with {@link #builder()}.
 *
 * <pre>{@code
 * AcademyProfile profile = AcademyProfile.builder()
 *     .id("aix-marseille-2024").academy("Aix-Marseille").title("Profil académique 2024")
 *     .baseReferentialId("ldm-national-2023")
 *     .addCriteria(Criterion.builder().id("C9").number(9).title("…").kind(CriterionKind.ACADEMIC)
 *         .addRequirements(...).source(...).build())
 *     .source(SourceRef.of("Cahier des charges académique", "Critère 9"))
 *     .build();
 * Referential tailored = profile.applyTo(national);   // throws ProfileException if it does not fit
 * }</pre>
 */
@Value.Immutable
@LdmStyle
public abstract class AcademyProfile {

  AcademyProfile() {}

  /** The stable id of the profile, for example {@code aix-marseille-2024}. */
  @NotNull
  @Identifier
  public abstract String id();

  /** The academy (<i>académie</i>), for example "Aix-Marseille". */
  @NotNull
  @Text(max = Text.NAME)
  public abstract String academy();

  /** The title of the profile. */
  @NotNull
  @Text(max = Text.TITLE)
  public abstract String title();

  /** The id of the referential the profile tailors, for example {@code ldm-national-2023}. */
  @NotNull
  @Identifier
  public abstract String baseReferentialId();

  /** The edition of that referential the profile was written for; empty when any edition fits. */
  public abstract Optional<@Identifier String> baseEdition();

  /** The criteria the profile adds, each {@code ACADEMIC} or {@code OPTIONAL}, in order. */
  public abstract List<@NotNull @Valid Criterion> criteria();

  /** The requirements the profile adds to criteria of the referential. */
  public abstract List<@NotNull @Valid AddedRequirement> addedRequirements();

  /** How the profile tailors rules of the conformity checker. */
  public abstract List<@NotNull @Valid RuleTailoring> ruleTailorings();

  /**
   * The procedure parameters the academy or region sets for its campaign, each stated value
   * replacing the referential's (for example the Nouvelle-Aquitaine calendar: the dossier and its
   * evidence returned three weeks before the audit, {@code dossierNoticeWeeks}). A region's
   * calendar belongs to its profile, not to the national referential.
   */
  public abstract Optional<@Valid ProcessParameters> parameters();

  /** Where the profile's academic wording comes from. */
  @NotNull
  @Valid
  public abstract SourceRef source();

  /** Editorial notes. */
  public abstract List<@NotNull @Text String> notes();

  /**
   * Checks the profile against a referential, with French messages.
   *
   * @param base the referential to tailor, not null
   * @return every fault, sorted by place in the profile; empty when the profile fits
   */
  public List<Violation> check(Referential base) {
    return check(base, Locale.FRENCH);
  }

  /**
   * Checks the profile against a referential: the profile's own Bean Validation violations,
   * then {@code BaseReferential} and {@code BaseEdition} (the profile names another referential
   * or edition), {@code AcademicKind} (an added criterion is {@code NATIONAL}), {@code
   * NoRedefinition} (an added criterion has the id of one of the referential's), {@code
   * UniqueId} and {@code UniqueNumber} (an id or criterion number already used), {@code
   * MaxAcademicCriteria}, {@code KnownCriterion} (an added requirement targets no criterion of the
   * referential), {@code KnownQualeducSheet}, {@code KnownEvaluationDomain}, {@code
   * KnownSubDomain} and {@code UniqueRule} (a rule tailored twice).
   *
   * @param base the referential to tailor, not null
   * @param locale the language of the messages (French unless English is asked for), not null
   * @return every fault, sorted by place in the profile; empty when the profile fits
   */
  public List<Violation> check(Referential base, Locale locale) {
    Objects.requireNonNull(base, "base");
    Faults faults = new Faults(locale);
    faults.addAll(LdmValidation.validate(this, locale));
    Place root = Place.root();
    if (!baseReferentialId().equals(base.id())) {
      faults.add(root.field("baseReferentialId"), "BaseReferential", "BaseReferential",
          baseReferentialId(), base.id());
    }
    baseEdition().filter(e -> !e.equals(base.edition().id())).ifPresent(e ->
        faults.add(root.field("baseEdition"), "BaseEdition", "BaseEdition", e, base.id(), base.edition().id()));

    Map<String, String> baseIds = new HashMap<>();
    for (Criterion c : base.criteria()) {
      ReferentialCheck.forEachId(c, Place.root(), (id, place) -> baseIds.put(id, c.id()));
    }
    base.qualeducSheets().forEach(s -> baseIds.put(s.id(), s.id()));
    base.evaluationDomains().forEach(d -> {
      baseIds.put(d.id(), d.id());
      d.subDomains().forEach(s -> baseIds.put(s.id(), s.id()));
    });
    base.dossierStructure().forEach(e -> baseIds.put(e.id(), e.id()));

    Map<String, Place> ownIds = new HashMap<>();
    Map<Integer, Place> ownNumbers = new HashMap<>();
    long academic = base.criteria().stream().filter(c -> c.kind() != CriterionKind.NATIONAL).count();
    OptionalInt max = base.parameters().maxAcademicCriteria();
    List<Criterion> added = criteria();
    for (int i = 0; i < added.size(); i++) {
      Criterion c = added.get(i);
      Place at = root.field("criteria").index(i);
      if (c.kind() == CriterionKind.NATIONAL) {
        faults.add(at.field("kind"), "AcademicKind", "AcademicKind", c.kind());
      } else {
        academic++;
        if (max.isPresent() && academic > max.getAsInt()) {
          faults.add(at, "MaxAcademicCriteria", "MaxAcademicCriteria", base.id(), max.getAsInt(), academic);
        }
      }
      Optional<Criterion> redefined = base.criterion(c.id());
      ReferentialCheck.forEachId(c, at, (id, place) -> {
        if (place.equals(at.field("id")) && redefined.isPresent()) {
          faults.add(place, "NoRedefinition", "NoRedefinition", id,
              faults.word("kind." + redefined.get().kind().name()), base.id());
        } else {
          unique(id, place, baseIds, ownIds, base, faults);
        }
      });
      base.criteria().stream().filter(b -> b.number() == c.number()).findFirst().ifPresent(b ->
          faults.add(at.field("number"), "UniqueNumber", "UniqueNumber.base", c.number(), b.id(), base.id()));
      Place first = ownNumbers.putIfAbsent(c.number(), at.field("number"));
      if (first != null) {
        faults.add(at.field("number"), "UniqueNumber", "UniqueNumber", c.number(), first.path());
      }
      ReferentialCheck.checkReferences(c, at, base, faults);
    }

    List<AddedRequirement> extra = addedRequirements();
    for (int i = 0; i < extra.size(); i++) {
      AddedRequirement a = extra.get(i);
      Place at = root.field("addedRequirements").index(i);
      if (base.criterion(a.criterionId()).isEmpty()) {
        faults.add(at.field("criterionId"), "KnownCriterion", "KnownCriterion", a.criterionId(), base.id());
      }
      unique(a.requirement().id(), at.field("requirement").field("id"), baseIds, ownIds, base, faults);
    }

    Map<String, Place> rules = new HashMap<>();
    List<RuleTailoring> tailorings = ruleTailorings();
    for (int i = 0; i < tailorings.size(); i++) {
      Place at = root.field("ruleTailorings").index(i).field("ruleId");
      Place first = rules.putIfAbsent(tailorings.get(i).ruleId(), at);
      if (first != null) {
        faults.add(at, "UniqueRule", "UniqueRule", tailorings.get(i).ruleId(), first.path());
      }
    }
    return faults.sorted();
  }

  private static void unique(String id, Place place, Map<String, String> baseIds, Map<String, Place> ownIds,
      Referential base, Faults faults) {
    if (baseIds.containsKey(id)) {
      faults.add(place, "UniqueId", "UniqueId.base", id, base.id());
      return;
    }
    Place first = ownIds.putIfAbsent(id, place);
    if (first != null) {
      faults.add(place, "UniqueId", "UniqueId", id, first.path());
    }
  }

  /**
   * Applies the profile to a referential, with French messages in case of faults.
   *
   * @param base the referential to tailor, not null
   * @return the tailored referential
   * @throws ProfileException listing every fault, if the profile does not fit the referential
   * @see #applyTo(Referential, Locale)
   */
  public Referential applyTo(Referential base) {
    return applyTo(base, Locale.FRENCH);
  }

  /**
   * Applies the profile to a referential. The result has the referential's id, edition,
   * catalogues, structure and parameters; its criteria are the referential's, untouched except
   * for the requirements the profile adds to them (appended in profile order), followed by the
   * profile's criteria; a note records the profile.
   *
   * @param base the referential to tailor, not null
   * @param locale the language of the fault messages, not null
   * @return the tailored referential
   * @throws ProfileException listing every fault ({@link #check(Referential, Locale)}), if the
   *     profile does not fit the referential
   */
  public Referential applyTo(Referential base, Locale locale) {
    List<Violation> faults = check(base, locale);
    if (!faults.isEmpty()) {
      throw new ProfileException(id(), base.id(), faults);
    }
    Map<String, List<Requirement>> extra = new LinkedHashMap<>();
    for (AddedRequirement a : addedRequirements()) {
      extra.computeIfAbsent(a.criterionId(), k -> new ArrayList<>()).add(a.requirement());
    }
    List<Criterion> criteria = new ArrayList<>();
    for (Criterion c : base.criteria()) {
      List<Requirement> more = extra.get(c.id());
      criteria.add(more == null ? c : Criterion.builder().from(c).addAllRequirements(more).build());
    }
    criteria.addAll(criteria());
    Referential tailored = Referential.builder().from(base)
        .criteria(criteria)
        .parameters(parameters().map(base.parameters()::overriddenBy).orElse(base.parameters()))
        .addNotes(note())
        .build();
    List<Violation> remaining = ReferentialCheck.check(tailored, locale);
    if (!remaining.isEmpty()) {
      throw new ProfileException(id(), base.id(), remaining);
    }
    return tailored;
  }

  private String note() {
    String criteriaIds = criteria().stream().map(Criterion::id).collect(Collectors.joining(", "));
    String requirementIds = addedRequirements().stream()
        .map(a -> a.requirement().id() + " (" + a.criterionId() + ")").collect(Collectors.joining(", "));
    return "Profil académique « " + title() + " » (" + id() + ", académie " + academy() + ") appliqué"
        + (criteriaIds.isEmpty() ? "" : " ; critères ajoutés : " + criteriaIds)
        + (requirementIds.isEmpty() ? "" : " ; attendus ajoutés : " + requirementIds) + ".";
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AcademyProfile} instances; a missing id, academy, title, base referential id or source fails at {@code build()}. */
  public static final class Builder extends ImmutableAcademyProfile.Builder {
    Builder() {}
  }
}
