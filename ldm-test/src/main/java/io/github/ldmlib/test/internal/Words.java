package io.github.ldmlib.test.internal;

import java.util.List;
import java.util.Random;

/**
 * Small built-in word lists from which dossiers are written in plausible French: names, places,
 * trades, and sentence parts that combine into the narrative of a dossier. Every school, person
 * and place they make is fictional.
 */
public final class Words {

  private Words() {}

  /** The longest title the model accepts, in code points. */
  static final int TITLE_LIMIT = 300;

  /** The longest paragraph the model accepts, in code points. */
  static final int PARAGRAPH_LIMIT = 4_000;

  static final List<String> FIRST_NAMES = List.of(
      "Claire", "Paul", "Sophie", "Karim", "Nathalie", "Julien", "Amina", "Thomas", "Isabelle", "Mehdi",
      "Camille", "Olivier", "Leïla", "François", "Hélène", "Yann", "Émilie", "Rachid", "Sandrine", "Lucas",
      "Aurélie", "Bruno", "Fatou", "Guillaume", "Marion", "Nicolas", "Valérie", "Antoine", "Chloé", "Denis");

  static final List<String> LAST_NAMES = List.of(
      "Martin", "Bernard", "Durand", "Lefèvre", "Moreau", "Garnier", "Rousseau", "Fontaine", "Chevalier", "Mercier",
      "Lambert", "Bonnet", "Girard", "Benali", "Diallo", "Perrin", "Morel", "Leclerc", "Gauthier", "Roussel",
      "Marchand", "Aubert", "Brunet", "Colin", "Vidal", "Renaud", "Arnaud", "Barbier", "Caron", "Meunier");

  static final List<String> FUNCTIONS = List.of(
      "Proviseure adjointe", "Directeur délégué aux formations professionnelles et technologiques",
      "Professeur de génie mécanique", "Professeure de lettres-histoire", "Conseillère principale d'éducation",
      "Professeur d'économie-gestion", "Professeure de mathématiques-sciences", "Psychologue de l'éducation nationale",
      "Professeur de génie électrique", "Professeure d'anglais", "Gestionnaire de l'établissement",
      "Professeure documentaliste", "Référent décrochage scolaire", "Professeur d'éducation physique et sportive",
      "Coordonnatrice du bureau des entreprises", "Professeur de service et commercialisation");

  static final List<String> SCHOOL_NAMES = List.of(
      "Les Tamaris", "Jean-Baptiste-Vallon", "Louise-Michel-des-Collines", "Les Quatre-Vents", "Simone-Arnoux",
      "Le Grand-Chêne", "Marcel-Daubrée", "Les Salines", "Albert-Corvisart", "Val-Fleuri", "Émile-Roussin",
      "La Croix-Rousse-du-Val", "Germaine-Tillet", "Pierre-Lacombe", "Les Hauts-de-Bresle", "Rosa-Delaunay");

  static final List<String> TOWNS = List.of(
      "Saint-Aubin-des-Prés", "Montclair-sur-Loue", "Villeneuve-la-Rivière", "Port-Sainte-Anne", "Bourg-la-Forêt",
      "Les Essarts-du-Val", "Marsac-en-Plaine", "Pontlevoy-sur-Cher", "Castelrouge", "Beaumont-les-Vignes");

  static final List<String> ACADEMIES = List.of(
      "Normandie", "Aix-Marseille", "Bordeaux", "Lyon", "Nantes", "Lille", "Grenoble", "Rennes", "Toulouse", "Dijon");

  static final List<String> TRADES = List.of(
      "Maintenance des véhicules", "Métiers de l'électricité et de ses environnements connectés",
      "Cuisine", "Commercialisation et services en restauration", "Accompagnement, soins et services à la personne",
      "Métiers du commerce et de la vente", "Technicien en chaudronnerie industrielle",
      "Logistique", "Métiers de la mer", "Aménagement et finition du bâtiment", "Boulangerie-pâtisserie",
      "Systèmes numériques", "Métiers de l'accueil", "Agencement de l'espace architectural");

  static final List<String> FAMILIES = List.of(
      "de l'industrie et de la maintenance", "de l'hôtellerie-restauration", "des services à la personne",
      "du commerce et de la relation client", "du bâtiment et des travaux publics", "de la mer et du littoral",
      "du numérique et de l'énergie", "de la logistique et du transport");

  static final List<String> LABELS = List.of("Euroscol", "E3D", "Égalité filles-garçons", "Génération 2024", "Qualéduc");

  /** Subjects of a sentence, all singular, so that every verb agrees. */
  private static final List<String> SUBJECTS = List.of(
      "L'équipe critère", "Le conseil pédagogique", "L'équipe de direction", "Le bureau des entreprises",
      "Le professeur principal", "Le groupe de prévention du décrochage scolaire",
      "Le comité d'éducation à la santé et à la citoyenneté", "L'équipe pédagogique", "Le conseil de la vie lycéenne",
      "Le professeur documentaliste");

  private static final List<String> VERBS = List.of(
      "a analysé", "suit chaque trimestre", "a renforcé", "présente au conseil d'administration", "évalue chaque année",
      "a formalisé", "accompagne", "partage avec les partenaires", "a étendu", "consolide");

  private static final List<String> OBJECTS = List.of(
      "les résultats aux examens des élèves de baccalauréat professionnel", "l'assiduité des élèves en période de formation en milieu professionnel",
      "les conventions signées avec les entreprises du bassin", "l'accueil des apprentis dans les classes mixtes",
      "les parcours des élèves de la troisième prépa-métiers au BTS", "les actions d'ouverture culturelle",
      "les mobilités européennes des élèves et des personnels", "le suivi des élèves en fragilité",
      "la communication de l'établissement sur ses formations", "l'insertion professionnelle des diplômés",
      "les échanges avec les collèges du secteur", "la formation des tuteurs en entreprise");

  private static final List<String> ENDINGS = List.of(
      "en lien avec le projet d'établissement", "à partir des indicateurs du tableau de bord",
      "avec l'appui des partenaires professionnels", "selon le calendrier arrêté en début d'année",
      "au regard des constats de l'auto-évaluation", "en associant les familles et les élèves",
      "dans le cadre du contrat d'objectifs tripartite", "avec le soutien du campus des métiers et des qualifications");

  /**
   * Spreads a seed over all 64 bits (the finalizer of SplitMix64), so that neighbouring seeds, 0,
   * 1, 2…, do not start {@link Random} on correlated sequences.
   *
   * @param seed the seed
   * @return the mixed seed
   */
  public static long mix(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Ends a text taken from a list or a referential with a full stop, whatever punctuation it ended
   * with (some referential items end with a colon or a semicolon).
   *
   * @param text the text
   * @return the text, ending with a single full stop
   */
  static String sentence(String text) {
    return clause(text).replaceAll("[.…]+$", "") + ".";
  }

  /**
   * Strips the colon, semicolon or comma a text taken from a list or a referential may end with.
   *
   * @param text the text
   * @return the text without trailing punctuation of that kind
   */
  static String clause(String text) {
    return text.replaceAll("[\\s:;,]+$", "");
  }

  /** Picks an element at random. */
  static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** Writes one sentence from the lists, ending with a full stop. */
  static String sentence(Random random) {
    return pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " "
        + pick(random, ENDINGS) + ".";
  }

  /**
   * Writes a text: a lead sentence followed by {@code more} sentences from the lists.
   *
   * @param random the source of choices
   * @param lead the first sentence, ending with its own punctuation
   * @param more how many sentences to add
   * @return the text, without surrounding white space
   */
  static String text(Random random, String lead, int more) {
    StringBuilder b = new StringBuilder(lead);
    for (int i = 0; i < more; i++) {
      b.append(' ').append(sentence(random));
    }
    return b.toString();
  }
}
