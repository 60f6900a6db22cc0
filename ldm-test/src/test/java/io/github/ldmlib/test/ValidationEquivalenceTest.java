package io.github.ldmlib.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ldmlib.io.LdmFormatException;
import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.ReferentialInfo;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.internal.ModelScope;
import io.github.ldmlib.model.internal.ValidityCheck;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.test.DossierGenerator.Defect;
import io.github.ldmlib.test.DossierGenerator.Size;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link LdmValidation#validate(Object, Locale)} validates the model with a factory of its own
 * (Hibernate Validator's predefined scope, for speed); these tests prove it finds exactly what the
 * general validator ({@link LdmValidation#validator(Locale)}) finds, violation for violation,
 * message for message, on generated dossiers, valid and made invalid in many places, and on the
 * bundled referentials. Valid objects of the model are not walked by Hibernate Validator at all
 * ({@link ValidityCheck} answers first): the tests also prove that answer equal to Hibernate
 * Validator's, on documents of every kind broken at random.
 */
class ValidationEquivalenceTest {

  private static final LdmJson JSON = LdmJson.defaults().withPrettyPrint(false);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<Locale> LOCALES = List.of(Locale.FRENCH, Locale.ENGLISH);

  @Test
  void sameViolationsOnGeneratedDossiersValidAndBroken() throws Exception {
    Referential national = Referentials.load("ldm-national-2023", "2026-01");
    Random random = new Random(20240314);
    int compared = 0;
    int withViolations = 0;
    for (long seed = 1; seed <= 12; seed++) {
      DossierGenerator generator = DossierGenerator.of(national, seed).withSize(seed % 4 == 0 ? Size.M : Size.S);
      if (seed % 3 == 0) {
        generator = generator.withDefects(Defect.MISSING_COORDINATOR, Defect.MEASURE_IN_THE_FUTURE);
      }
      Dossier dossier = generator.generate();
      assertSame(dossier);
      compared++;
      JsonNode tree = MAPPER.readTree(JSON.writeString(dossier));
      for (int variant = 0; variant < 12; variant++) {
        JsonNode broken = tree.deepCopy();
        for (int n = 0; n < 1 + random.nextInt(6); n++) {
          mutate(broken, random);
        }
        Dossier read;
        try {
          read = JSON.read(Dossier.class, MAPPER.writeValueAsString(broken));
        } catch (LdmFormatException notInTheFormat) {
          continue;
        }
        withViolations += assertSame(read) ? 1 : 0;
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(60);
    assertThat(withViolations).as("dossiers with violations among those compared").isGreaterThan(20);
  }

  @Test
  void sameViolationsOnEveryExampleDocumentValidAndBroken() throws Exception {
    Random random = new Random(20261122);
    Set<String> broken = new TreeSet<>();
    int compared = 0;
    List<Path> files;
    try (Stream<Path> examples = Files.list(ExamplesTest.EXAMPLES)) {
      files = examples.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    Set<String> expected = Set.of("Text", "Identifier", "Pattern", "Positive", "Min", "Max");
    // Rounds of 40 variants of every file, until every kind of constraint was broken (the same
    // rounds every time: the seed is fixed), or at most 10 rounds.
    for (int round = 0; round < 10 && (round == 0 || !broken.containsAll(expected)); round++) {
      for (Path file : files) {
        JsonNode tree = MAPPER.readTree(file.toFile());
        Class<?> type = DocumentKind.ofId(tree.get("kind").asText()).orElseThrow().type();
        assertSame(JSON.read(type, file));
        for (int variant = 0; variant < 40; variant++) {
          JsonNode mutated = tree.deepCopy();
          for (int n = 0; n < 1 + random.nextInt(3); n++) {
            mutate(mutated, random);
          }
          Object read;
          try {
            read = JSON.read(type, MAPPER.writeValueAsString(mutated));
          } catch (LdmFormatException notInTheFormat) {
            continue;
          }
          assertSame(read);
          LdmValidation.validate(read).forEach(v -> broken.add(v.constraint()));
          compared++;
        }
      }
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(DocumentKind.values().size());
    assertThat(compared).isGreaterThan(200);
    assertThat(broken).as("kinds of constraint broken and compared").containsAll(expected);
  }

  @Test
  void sameViolationsOnTheBundledReferentials() {
    for (ReferentialInfo info : Referentials.list()) {
      assertSame(Referentials.load(info.id(), info.edition()));
    }
  }

  /** Compares the two validators in both languages; tells whether there was any violation. */
  private static boolean assertSame(Object object) {
    boolean any = false;
    for (Locale locale : LOCALES) {
      List<Violation> general = new ArrayList<>();
      LdmValidation.validator(locale).validate(object).forEach(v -> general.add(LdmValidation.toViolation(v)));
      general.sort(null);
      List<Violation> model = LdmValidation.validate(object, locale);
      if (ModelScope.contains(object.getClass())) {
        assertThat(ValidityCheck.isValid(object)).as("fast answer for %s", object.getClass().getSimpleName())
            .isEqualTo(general.isEmpty());
      }
      assertThat(model).as("violations of %s in %s", object.getClass().getSimpleName(), locale)
          .containsExactlyElementsOf(general);
      any |= !model.isEmpty();
    }
    return any;
  }

  /** Breaks one value, chosen at random among the leaves: a text, an identifier, a number. */
  private static void mutate(JsonNode root, Random random) {
    List<Map.Entry<JsonNode, Object>> leaves = new ArrayList<>();
    collect(root, leaves);
    Map.Entry<JsonNode, Object> leaf = leaves.get(random.nextInt(leaves.size()));
    JsonNode old = leaf.getKey() instanceof ObjectNode o ? o.get((String) leaf.getValue())
        : ((ArrayNode) leaf.getKey()).get((Integer) leaf.getValue());
    JsonNode replacement;
    if (old.isNumber()) {
      replacement = MAPPER.getNodeFactory().numberNode(List.of(-7, 150, 1.5, 0, 100_000).get(random.nextInt(5)).doubleValue());
    } else {
      String[] texts = {"", "   ", "a\u0001b", "x", "bad id!", "0750654X", "2025-2027", "é".repeat(3000), "  lead"};
      replacement = MAPPER.getNodeFactory().textNode(texts[random.nextInt(texts.length)]);
    }
    if (leaf.getKey() instanceof ObjectNode o) {
      o.set((String) leaf.getValue(), replacement);
    } else {
      ((ArrayNode) leaf.getKey()).set((Integer) leaf.getValue(), replacement);
    }
  }

  private static void collect(JsonNode node, List<Map.Entry<JsonNode, Object>> leaves) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getValue().isValueNode() && !field.getKey().equals("formatVersion") && !field.getKey().equals("kind")) {
          leaves.add(Map.entry(o, field.getKey()));
        } else {
          collect(field.getValue(), leaves);
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isValueNode()) {
          leaves.add(Map.entry(a, i));
        } else {
          collect(a.get(i), leaves);
        }
      }
    }
  }
}
