package io.github.ldmlib.io.referentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.CitedWording;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.CriterionKind;
import io.github.ldmlib.model.referential.EvaluationDomain;
import io.github.ldmlib.model.referential.EvaluationDomainLink;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.ReferentialChange;
import io.github.ldmlib.model.referential.ReferentialCheck;
import io.github.ldmlib.model.referential.ReferentialDiff;
import io.github.ldmlib.model.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import io.github.ldmlib.io.Referentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads the bundled files into the model and checks them as a user of the library would. */
class BundledReferentialModelTest {

  /** Loads a bundled file the way users do, through {@link Referentials}. */
  private static Referential referential(String resource) {
    String[] idAndEdition = resource.replace(".json", "").split("@");
    return Referentials.load(idAndEdition[0], idAndEdition[1]);
  }

  /**
   * Every bundled referential, as the index lists it: {@link Referentials} does not check them when
   * it loads them, this test does, for each one.
   */
  static List<String> bundled() {
    return Referentials.list().stream().map(i -> i.id() + "@" + i.edition() + ".json").toList();
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void bundledReferentialIsSound(String resource) {
    assertThat(ReferentialCheck.check(referential(resource), Locale.ENGLISH)).isEmpty();
  }

  @Test
  void theIndexListsTheThreeBundledReferentials() {
    assertThat(bundled()).containsExactlyInAnyOrder(BundledReferentialDataTest.N2024, BundledReferentialDataTest.N2026,
        BundledReferentialDataTest.AIX);
  }

  @Test
  void editionDiffShowsExactlyWhatTheGuideChangedIn2026() {
    ReferentialDiff diff = ReferentialDiff.between(
        referential(BundledReferentialDataTest.N2024), referential(BundledReferentialDataTest.N2026));
    assertThat(diff.changes()).extracting(ReferentialChange::toString).containsExactly(
        "CHANGED EXAMPLE_ACTION C4.EX8 text: \"Développer le mentorat, le parrainage, le tutorat "
            + "(enseignement supérieur, entreprise...) ; mettre en œuvre le dispositif 1 jeune, 1 mentor\" -> "
            + "\"Développer le mentorat, le parrainage, le tutorat (enseignement supérieur, entreprise...); "
            + "mettre en œuvre le dispositif 1 jeune, 1 mentor\"",
        "CHANGED REQUIREMENT C5.R5 text: \"Le pass Culture est mobilisé par l'établissement pour la part "
            + "collective et les élèves sont informés de la possible mobilisation de la part individuelle, "
            + "notamment en leur transmettant leurs codes EduConnect.\" -> \"Le pass Culture est mobilisé par "
            + "l'établissement pour la part collective et les élèves sont informés de la possible mobilisation "
            + "de la part individuelle, notamment en leur transmettant leurs codes ÉduConnect.\"",
        "CHANGED REQUIREMENT C8.R6 text: \"Dans le cas des candidatures en réseau, les établissements "
            + "co-candidats engagent des réflexions sur une stratégie de communication commune.\" -> \"Dans le "
            + "cas des candidatures en réseau, les établissements co-candidats engageant des réflexions sur une "
            + "stratégie de communication commune.\"",
        "REMOVED REFORM_MEASURE C8.RM1: \"Bureau des entreprises\"");
  }

  // ------------------------------------------------------------------------------------------
  // How each criterion's block prints its Qualéduc sheets and its evaluation-domain links:
  // seeds 000 (January 2024) and 001 (January 2026) print the same lines, copied here verbatim
  // without list markup, italics and link brackets. A sheet's label loses its number; in the
  // labels that are file names, "-" and "_" standing for spaces are read as spaces (C2, C3, C4).
  // ------------------------------------------------------------------------------------------

  /** The printed text of every cited sheet: the criterion's own wording, else the catalogue title. */
  private static List<String> printedSheets(Referential r, Criterion c) {
    return c.qualeducSheetIds().stream()
        .map(id -> id + " " + c.qualeducSheetWording(id).orElseGet(() -> r.qualeducSheet(id).orElseThrow().title()))
        .toList();
  }

  /** The printed lines of the domain links: own wordings, else the catalogue titles. */
  private static List<String> printedDomains(Referential r, Criterion c) {
    List<String> lines = new java.util.ArrayList<>();
    for (EvaluationDomainLink link : c.evaluationDomainLinks()) {
      EvaluationDomain domain = r.evaluationDomains().stream().filter(d -> d.id().equals(link.domainId()))
          .findFirst().orElseThrow();
      lines.add("Domaine " + domain.id().substring(1) + " : " + link.wording().orElse(domain.title()));
      for (String sub : link.subDomainIds()) {
        lines.add(link.subDomainWording(sub).orElseGet(() -> domain.subDomain(sub).orElseThrow().title()));
      }
    }
    return lines;
  }

  static Stream<Arguments> printedCitations() {
    List<Arguments> cases = new java.util.ArrayList<>();
    for (String edition : List.of(BundledReferentialDataTest.N2024, BundledReferentialDataTest.N2026)) {
      // 000 and 001, l.294 and l.304-316.
      cases.add(Arguments.of(edition, "C1", List.of("3.2 Analyser et faire évoluer l'offre de formation"), List.of(
          "Domaine 1 : les apprentissages et les parcours des élèves, apprentis et stagiaires de la formation "
              + "continue, l'enseignement",
          "Acquis scolaires et résultats",
          "Insertion professionnelle, poursuite d'études, équité",
          "Choix pédagogiques, enseignement et apprentissages",
          "Personnalisation des parcours et orientation",
          "Domaine 3 : Les acteurs, la stratégie et le fonctionnement de l'établissement",
          "Orientations stratégiques, projet d'établissement et contrat d'objectifs",
          "Fonctionnement des instances institutionnelles",
          "Domaine 4 : l'établissement dans son environnement institutionnel et partenarial",
          "Relation avec les autorités de rattachement et leurs services, ainsi qu'avec les services "
              + "déconcentrés de l'État",
          "Collaboration avec les autres établissements (collèges, lycées, GRETA-CFA, CMQ, organismes de "
              + "formation, enseignement supérieur et recherche)")));
      // l.366 ("3.12.Proposer des actions de formation continue-pour adultes") and l.376-384.
      cases.add(Arguments.of(edition, "C2", List.of("3.12 Proposer des actions de formation continue pour adultes"),
          List.of(
              "Domaine 1 : les apprentissages et les parcours des élèves, apprentis et stagiaires de la formation "
                  + "continue, l'enseignement",
              "Acquis scolaires et résultats",
              "Insertion professionnelle, poursuite d'études, équité",
              "Choix pédagogiques, enseignement et apprentissages",
              "Personnalisation des parcours et orientation",
              "Domaine 2 : la vie et le bien-être des élèves et apprentis, le climat dans l'établissement",
              "Continuité, complémentarité des apprentissages et règles de vie")));
      // l.436-440 and l.456-469.
      cases.add(Arguments.of(edition, "C3", List.of(
              "2.1 Analyser les pratiques pédagogiques mise en œuvre dans l'établissement",
              "2.2 Évaluer et faire évoluer les pratiques dans la classe",
              "2.3 Évaluer et faire évoluer les modalités d'évaluation des élèves",
              "2.5 Organiser et suivre le parcours de formation de l'élève",
              "2.7 Organiser et exploiter les périodes de formation en milieu professionnel (PFMP) et les stages"),
          List.of(
              "Domaine 1 : Les apprentissages et les parcours des élèves et des apprentis, l'enseignement",
              "Acquis scolaires et résultats",
              "Insertion professionnelle, poursuite d'études, équité",
              "Choix pédagogiques, enseignements et apprentissages",
              "Personnalisation des parcours et orientation",
              "Domaine 2 : La vie et le bien-être des élèves et apprentis, le climat scolaire",
              "Continuité, complémentarité des apprentissages et règles de vie",
              "Temps et espaces scolaires",
              "Inclusion scolaire et équité",
              "Domaine 3 : Les acteurs, la stratégie et le fonctionnement de l'établissement",
              "Fonctionnement des instances de l'établissement",
              "La gestion des ressources humaines, le management interne et le développement professionnel des "
                  + "personnels")));
      // l.479 (sheets in the last cell) and l.482 (links in the third cell).
      cases.add(Arguments.of(edition, "C4", List.of(
              "2.5 Organiser et suivre le parcours de formation de l'élève",
              "3.5 Faire vivre les réseaux et les partenariats"),
          List.of(
              "Domaine 4 : L'établissement dans son environnement institutionnel et partenarial",
              "Collaborations avec les autres établissements (écoles, collèges, réseau d'éducation prioritaire, "
                  + "lycées, campus des métiers, enseignement supérieur et recherche)",
              "Partenariats avec le monde économique et technologique")));
      // 000 l.501-504, 001 l.502-505: no sheet.
      cases.add(Arguments.of(edition, "C5", List.of(), List.of(
          "Domaine 4 : L'établissement dans son environnement institutionnel et partenarial",
          "Collaborations avec les partenaires culturels, scientifiques, sportifs, internationaux et du "
              + "développement durable")));
      // 000 l.517 and l.523-528, 001 l.518 and l.524-529.
      cases.add(Arguments.of(edition, "C6", List.of("2.9 Développer l'ouverture européenne et internationale"),
          List.of(
              "Domaine 1 : Les apprentissages et les parcours des élèves et des apprentis, l'enseignement",
              "Choix pédagogiques, enseignements et apprentissages",
              "Domaine 4 : L'établissement dans son environnement institutionnel et partenarial",
              "Collaborations avec les partenaires culturels, scientifiques, sportifs, internationaux et du "
                  + "développement durable")));
      // 000 l.581-582, 001 l.582-583.
      cases.add(Arguments.of(edition, "C7", List.of("3.11 Prévenir le décrochage scolaire"), List.of(
          "Domaine 1 : Les apprentissages et les parcours des élèves et des apprentis, l'enseignement",
          "Choix pédagogiques, enseignements et apprentissages",
          "Personnalisation des parcours et orientation",
          "Domaine 2 : La vie et le bien-être des élèves et apprentis, le climat scolaire",
          "Continuité, complémentarité des apprentissages et règles de vie")));
      // 000 l.598-599 and l.605-614, 001 l.600-601 and l.603-612; the stray « FD » after domain 4
      // is left out.
      cases.add(Arguments.of(edition, "C8", List.of(
              "3.6 Travailler la communication interne au sein de l'établissement",
              "3.7 Travailler la communication externe de l'établissement"),
          List.of(
              "Domaine 3 : Les acteurs, la stratégie et le fonctionnement de l'établissement",
              "Fonctionnement des instances de l'établissement au service des politiques d'éducation nationale "
                  + "académique et d'établissement",
              "Gestion des ressources humaines, management interne et développement professionnel des personnels",
              "Domaine 4 : L'établissement dans son environnement institutionnel et partenarial",
              "Relations avec les autorités de rattachement et leurs services ainsi qu'avec les services "
                  + "déconcentrés de l'État",
              "Collaborations avec les autres établissements",
              "Alliance éducative avec les parents",
              "Collaborations avec les partenaires culturels, scientifiques, sportifs, internationaux et du "
                  + "développement durable")));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("printedCitations")
  void eachCriterionCitesItsSheetsAndDomainsInTheGuidesWords(String resource, String criterionId,
      List<String> sheets, List<String> domains) {
    Referential r = referential(resource);
    Criterion c = r.criterion(criterionId).orElseThrow();
    assertThat(printedSheets(r, c)).containsExactlyElementsOf(sheets);
    assertThat(printedDomains(r, c)).containsExactlyElementsOf(domains);
  }

  @Test
  void onlyWordingsThatDifferFromTheCataloguesAreStored() {
    Referential national = referential(BundledReferentialDataTest.N2026);
    Criterion c1 = national.criterion("C1").orElseThrow();
    // 001 l.294: the label of sheet 3.2 is shorter than its title in the list of sheets (l.262).
    assertThat(c1.qualeducSheetWordings()).containsExactly(
        CitedWording.of("3.2", "Analyser et faire évoluer l'offre de formation"));
    assertThat(national.qualeducSheet("3.2").orElseThrow().title())
        .isEqualTo("Analyser et faire évoluer l'offre de formation de l'établissement");
    // 001 l.311-313: domain 3 in the catalogue's words, one sub-domain worded otherwise.
    EvaluationDomainLink d3 = c1.evaluationDomainLinks().get(1);
    assertThat(d3.wording()).isEmpty();
    assertThat(d3.subDomainWordings()).containsExactly(
        CitedWording.of("D3.2", "Fonctionnement des instances institutionnelles"));
    assertThat(d3.subDomainWording("D3.1")).isEmpty();
    // 001 l.600-612: criterion 8 prints every sheet and domain as the catalogues do but D3.2.
    Criterion c8 = national.criterion("C8").orElseThrow();
    assertThat(c8.qualeducSheetWordings()).isEmpty();
    assertThat(c8.evaluationDomainLinks()).flatExtracting(EvaluationDomainLink::subDomainWordings)
        .extracting(CitedWording::id).containsExactly("D3.2");
    assertThat(c8.evaluationDomainLinks()).allSatisfy(l -> assertThat(l.wording()).isEmpty());
    // The 2012 note cites neither sheets nor domains.
    assertThat(referential(BundledReferentialDataTest.AIX).criteria()).allSatisfy(c -> {
      assertThat(c.qualeducSheetWordings()).isEmpty();
      assertThat(c.evaluationDomainLinks()).isEmpty();
    });
  }

  @Test
  void aixReferentialHasTwoOptionalCriteriaAndNoAcademicMaximum() {
    Referential aix = referential(BundledReferentialDataTest.AIX);
    assertThat(aix.mandatoryCriteria()).hasSize(9);
    assertThat(aix.criteria()).filteredOn(c -> c.kind() == CriterionKind.OPTIONAL)
        .extracting(Criterion::id).containsExactly("C10", "C11");
    assertThat(aix.parameters().maxAcademicCriteria()).isEmpty();
    assertThat(aix.parameters().followUpAuditYears()).containsExactly(1, 3);
    assertThat(aix.parameters().labelValidityYears()).isEmpty();
  }

  @Test
  void aixOptionalCriteriaCanBeAddedByAProfileToTheNationalReferentialOnlyOneAtATime() {
    Referential national = referential(BundledReferentialDataTest.N2026);
    Referential aix = referential(BundledReferentialDataTest.AIX);
    List<Criterion> optional = aix.criteria().subList(9, 11).stream()
        .map(c -> Criterion.builder().from(c).id("A" + c.number()).number(c.number() - 1)
            .requirements(c.requirements().stream().map(r -> io.github.ldmlib.model.referential.Requirement
                .builder().from(r).id(r.id().replace("C", "A")).build()).toList())
            .exampleActions(c.exampleActions().stream().map(a -> io.github.ldmlib.model.referential.ExampleAction
                .builder().from(a).id(a.id().replace("C", "A")).build()).toList())
            .build())
        .toList();
    AcademyProfile both = AcademyProfile.builder().id("aix-2012-sur-2023").academy("Aix-Marseille")
        .title("Critères facultatifs de 2012").baseReferentialId("ldm-national-2023")
        .criteria(optional).source(aix.source()).build();
    assertThat(both.check(national, Locale.ENGLISH)).extracting(v -> v.pointer().toString()).containsExactly("/criteria/1");
    AcademyProfile one = AcademyProfile.builder().from(both).criteria(optional.subList(0, 1)).build();
    assertThat(one.applyTo(national).criteria()).hasSize(9);
  }
}
