package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.ADVICE;
import static io.github.ldmlib.model.conformity.Severity.NOT_SUBMITTABLE;
import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.EstablishmentType;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Place;
import io.github.ldmlib.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Rules on who may apply: establishment types, sectors, UAI codes, networks and their common strategy. */
final class EligibilityRules {

  private EligibilityRules() {}

  private static final String ENTITIES = "Aix-Marseille 2012, cahier des charges, L'entité: « Peut devenir lycée "
      + "des métiers : un lycée professionnel, un lycée polyvalent, un lycée professionnel associé à un lycée "
      + "général et technologique ou un réseau d'établissements de l'enseignement public ou privé sous contrat. »";

  static final Rule<Dossier> ELIGIBLE_TYPE = Catalogue.dossier("LDM-D-070", NOT_SUBMITTABLE)
      .citing("the referential's own source, where its parameters come from")
      .checks("The applicant states its type, and the type is one the referential allows to apply (" + ENTITIES
          + "). The eligible entity is the candidature, not each establishment: a lycée professionnel (lead "
          + "`VOCATIONAL_LYCEE` or `VOCATIONAL_LYCEE_ASSOCIATED_WITH_LGT`) whose one co-applicant is a "
          + "`GENERAL_AND_TECHNOLOGICAL_LYCEE` is the association the text names, eligible when the referential "
          + "allows `VOCATIONAL_LYCEE_ASSOCIATED_WITH_LGT`; and when the referential allows networks "
          + "(`networkCandidaturesAllowed: true`), a network candidature is itself eligible, the text setting no "
          + "type for its establishments, so no type is checked (their sector still is, LDM-D-071). Otherwise "
          + "every applicant (the lead establishment and each co-applicant) is checked. Does not apply when the "
          + "referential lists no eligible type, as the national texts of 2023 do not. The finding cites the "
          + "referential's source.")
      .reads("`parameters.eligibleEstablishmentTypes`, `networkCandidaturesAllowed`")
      .clause(Sources.AIX_ENTITY, "Peut devenir lycée des métiers : un lycée professionnel, un lycée polyvalent, un lycée professionnel "
          + "associé à un lycée général et technologique ou un réseau d'établissements de l'enseignement public ou "
          + "privé sous contrat.")
      .grade("The eligible entities come from the referential's own source (the 2012 note; the 2023 national "
          + "texts list none, so the rule does not apply there): an applicant of another type is not eligible, so "
          + "the dossier cannot be submitted.")
      .check(EligibilityRules::eligibleType);

  static final Rule<Dossier> ELIGIBLE_SECTOR = Catalogue.dossier("LDM-D-071", NOT_SUBMITTABLE)
      .citing("the referential's own source, where its parameters come from")
      .checks("Every applicant states its sector, and the sector is one the referential allows (public, "
          + "private under contract). Does not apply when the referential lists no eligible sector.")
      .reads("`parameters.eligibleSectors`")
      .clause(Sources.AIX_ENTITY, "Peut devenir lycée des métiers : un lycée professionnel, un lycée polyvalent, un lycée professionnel "
          + "associé à un lycée général et technologique ou un réseau d'établissements de l'enseignement public ou "
          + "privé sous contrat.")
      .grade("The source names « l'enseignement public ou privé sous contrat »: an applicant of another "
          + "sector is not eligible, so the dossier cannot be submitted.")
      .check(EligibilityRules::eligibleSector);

  static final Rule<Dossier> IDENTIFIED_BY_UAI = Catalogue.dossier("LDM-D-072", TO_COMPLETE)
      .citing("the library itself")
      .checks("Every applicant is identified by its UAI (the model only holds valid UAI codes, check letter "
          + "included), and no two applicants share one.")
      .reads("—")
      .grade("The source is silent: no text names the UAI code, which is how the library tells applicants "
          + "apart; the milder TO_COMPLETE rather than NOT_SUBMITTABLE: the code is to be given.")
      .check(EligibilityRules::identifiedByUai);

  static final Rule<Dossier> NETWORK_ALLOWED = Catalogue.dossier("LDM-D-073", NOT_SUBMITTABLE)
      .citing("the referential's own source, where its parameters come from")
      .checks("A network candidature (a dossier with co-applicants) is made only under a referential that "
          + "allows networks (" + ENTITIES + " The national presentation of 2023: « Les lycées peuvent être "
          + "labellisés en réseaux »). A lycée professionnel with one associated lycée général et technologique "
          + "is not a network when the referential allows `VOCATIONAL_LYCEE_ASSOCIATED_WITH_LGT`. Does not apply "
          + "when the referential does not say.")
      .reads("`parameters.networkCandidaturesAllowed`, `eligibleEstablishmentTypes`")
      .clause(Sources.NA_FRAMEWORK, "Les lycées peuvent être labellisés en réseaux sur la base (de la, ou) des filières d'activités "
          + "et/ou du territoire dans lequel il s'inscrit.")
      .grade("Whether a network may apply is the referential's to say; under one that does not allow it, the "
          + "co-applicants are not eligible as a network, so the dossier cannot be submitted as it is.")
      .check(EligibilityRules::networkAllowed);

  static final Rule<Dossier> COMMON_STRATEGY = Catalogue.dossier("LDM-D-074", TO_COMPLETE)
      .citing("the network-only requirement of the criterion")
      .checks("In a network candidature, the section of every criterion whose requirement for network "
          + "candidatures asks the co-applicants to put a common strategy in place (in the 2023 referential, "
          + "criterion 4) presents that common strategy (`commonStrategy`). The finding names and cites that "
          + "requirement. Requirements that only ask for « réflexions » are LDM-D-079's.")
      .reads("requirements with `networkOnly`")
      .clause(Sources.criterion(4), "Dans le cas de candidatures en réseau, les établissements co-candidats mettent en place une "
          + "stratégie partenariale commune.")
      .grade("Criterion 4 asks the co-applicants to put a common partnership strategy in place (« mettent en "
          + "place »), which the section is to present: to complete when missing. It does not make the "
          + "candidature ineligible, so it is not NOT_SUBMITTABLE.")
      .check((context, findings) -> commonStrategy(context, findings, false));

  static final Rule<Dossier> COMMON_REFLECTION = Catalogue.dossier("LDM-D-079", ADVICE)
      .citing("the network-only requirement of the criterion")
      .checks("In a network candidature, the section of every criterion whose requirement for network "
          + "candidatures asks the co-applicants only to « engager des réflexions » on a common strategy (in "
          + "the 2023 referential, criteria 5, 6 and 8) presents that common strategy (`commonStrategy`). The "
          + "finding names and cites that requirement.")
      .reads("requirements with `networkOnly`")
      .clause(Sources.criterion(5), "Dans le cas des candidatures en réseau, les établissements co-candidats engagent des réflexions "
          + "sur une stratégie d'ouverture culturelle commune.")
      .grade("Criteria 5, 6 and 8 ask for reflections (« engagent des réflexions »), not for a strategy in "
          + "place, as criterion 4 does: a section that does not present it gets advice, not a demand.")
      .check((context, findings) -> commonStrategy(context, findings, true));

  private record Applicant(Establishment establishment, JsonPointer pointer) {}

  private static List<Applicant> applicants(Dossier dossier) {
    List<Applicant> applicants = new ArrayList<>();
    applicants.add(new Applicant(dossier.establishment(), JsonPointer.of("establishment")));
    dossier.network().ifPresent(n -> {
      for (int i = 0; i < n.coApplicants().size(); i++) {
        applicants.add(new Applicant(n.coApplicants().get(i), Pointers.of("network", "coApplicants", i)));
      }
    });
    return applicants;
  }

  /**
   * True for a lycée professionnel associated with a lycée général et technologique, under a
   * referential that admits it: the lead is a lycée professionnel and its one co-applicant an LGT.
   */
  private static boolean vocationalWithLgt(CheckContext<Dossier> context) {
    Dossier dossier = context.document();
    if (!context.parameters().eligibleEstablishmentTypes().contains(EstablishmentType.VOCATIONAL_LYCEE_ASSOCIATED_WITH_LGT)
        || !dossier.isNetworkCandidature()) {
      return false;
    }
    List<Establishment> co = dossier.network().get().coApplicants();
    return dossier.establishment().type()
        .filter(t -> t == EstablishmentType.VOCATIONAL_LYCEE || t == EstablishmentType.VOCATIONAL_LYCEE_ASSOCIATED_WITH_LGT)
        .isPresent()
        && co.size() == 1 && co.get(0).type().equals(Optional.of(EstablishmentType.GENERAL_AND_TECHNOLOGICAL_LYCEE));
  }

  private static void eligibleType(CheckContext<Dossier> context, FindingSink findings) {
    ProcessParameters p = context.parameters();
    Set<EstablishmentType> allowed = p.eligibleEstablishmentTypes();
    if (allowed.isEmpty() || vocationalWithLgt(context)) {
      return;
    }
    if (context.document().isNetworkCandidature() && p.networkCandidaturesAllowed().orElse(false)) {
      return; // the network itself is the eligible entity
    }
    Locale lang = context.language();
    String list = allowed.stream().sorted()
        .map(t -> Messages.builtIn("enum.EstablishmentType." + t.name(), lang))
        .collect(Collectors.joining(", "));
    for (Applicant a : applicants(context.document())) {
      Optional<EstablishmentType> type = a.establishment().type();
      FindingSink.Draft draft = findings.at(a.pointer().append("type")).source(context.referential().source());
      if (type.isEmpty()) {
        draft.report("missing", a.establishment().name());
      } else if (!allowed.contains(type.get())) {
        draft.report("ineligible", a.establishment().name(),
            Messages.builtIn("enum.EstablishmentType." + type.get().name(), lang), list);
      }
    }
  }

  private static void eligibleSector(CheckContext<Dossier> context, FindingSink findings) {
    Set<Sector> allowed = context.referential().parameters().eligibleSectors();
    if (allowed.isEmpty()) {
      return;
    }
    Locale lang = context.language();
    String list = allowed.stream().sorted()
        .map(s -> Messages.builtIn("enum.Sector." + s.name(), lang))
        .collect(Collectors.joining(", "));
    for (Applicant a : applicants(context.document())) {
      Optional<Sector> sector = a.establishment().sector();
      FindingSink.Draft draft = findings.at(a.pointer().append("sector")).source(context.referential().source());
      if (sector.isEmpty()) {
        draft.report("missing", a.establishment().name());
      } else if (!allowed.contains(sector.get())) {
        draft.report("ineligible", a.establishment().name(),
            Messages.builtIn("enum.Sector." + sector.get().name(), lang), list);
      }
    }
  }

  private static void identifiedByUai(CheckContext<Dossier> context, FindingSink findings) {
    Map<Uai, String> seen = new HashMap<>();
    for (Applicant a : applicants(context.document())) {
      Optional<Uai> uai = a.establishment().uai();
      if (uai.isEmpty()) {
        findings.report(a.pointer().append("uai"), "missing", a.establishment().name());
        continue;
      }
      String other = seen.putIfAbsent(uai.get(), a.establishment().name());
      if (other != null) {
        findings.report(a.pointer().append("uai"), "duplicate", a.establishment().name(), uai.get(), other);
      }
    }
  }

  private static void networkAllowed(CheckContext<Dossier> context, FindingSink findings) {
    ProcessParameters p = context.referential().parameters();
    if (p.networkCandidaturesAllowed().equals(Optional.of(false)) && context.document().isNetworkCandidature()
        && !vocationalWithLgt(context)) {
      findings.at(JsonPointer.of("network")).source(context.referential().source())
          .report("notAllowed", context.referential().id());
    }
  }

  private static void commonStrategy(CheckContext<Dossier> context, FindingSink findings, boolean reflections) {
    if (!context.document().isNetworkCandidature()) {
      return;
    }
    for (Place<CriterionSection> s : context.each(CriterionSection.class)) {
      Optional<Criterion> criterion = context.criterion(s.value().criterionId());
      Optional<Requirement> networkRequirement = criterion.stream()
          .flatMap(c -> c.requirements().stream())
          .filter(Requirement::networkOnly)
          .filter(r -> r.asksForReflectionsOnly() == reflections)
          .findFirst();
      if (networkRequirement.isPresent() && s.value().commonStrategy().isEmpty()) {
        Requirement r = networkRequirement.get();
        findings.at(s.pointer().append("commonStrategy")).requirement(r.id()).source(r.source())
            .report("missing", s.value().criterionId(), r.id(), Texts.abbreviate(r.text()));
      }
    }
  }
}
