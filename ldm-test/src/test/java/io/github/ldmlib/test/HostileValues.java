package io.github.ldmlib.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.dossier.Dossier;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Turns a well-formed dossier into a hostile one that still parses: texts and ids become empty,
 * huge, or exotic Unicode; integers and decimals extreme; dates and school years at the ends of
 * their ranges. Seeded, so every failure can be replayed.
 */
final class HostileValues {

  private HostileValues() {}

  private static final ObjectMapper TREES = new ObjectMapper();
  private static final LdmJson JSON = LdmJson.defaults();

  /** Keys whose strings must stay what the format reads (enum constants, codes, versions). */
  private static final Set<String> STRUCTURAL = Set.of("formatVersion", "kind", "dossierKind", "type", "sector",
      "unit", "milestone", "direction", "uai", "referentialId");

  private static final Set<String> DATES = Set.of("boardVoteDate", "submissionDate");
  private static final Set<String> SCHOOL_YEARS = Set.of("startYear", "schoolYear", "referenceYear");

  static final List<String> TEXTS = List.of(
      "",
      " ",
      "x".repeat(20_001),
      "é".repeat(50_000),
      "\u0000\u0001\t\n\r\u007f",
      "\ud83d\ude00\ud83c\udfeb emoji",
      "\u202e\u0627\u0644\u0639\u0631\u0628\u064a\u0629 rtl",
      "e\u0301\u0301\u0301\u0301 combining",
      "\ud800 lone surrogate",
      "\udfff",
      "'; DROP TABLE dossiers; --",
      "<script>alert(1)</script>",
      "{0} {1} '{' }}",
      "C1",
      "/sections/0",
      "~0~1/",
      "null",
      "\u2028\u2029",
      "\ufeffBOM");

  static final List<BigDecimal> DECIMALS = List.of(BigDecimal.ZERO, new BigDecimal("-1"),
      new BigDecimal("1E+99"), new BigDecimal("-9.99E+99"), new BigDecimal("0.0000000000000000000000001"),
      new BigDecimal("123456789012345678901234567890.123456789"), new BigDecimal("100.000"), new BigDecimal("1E-99"));

  static final List<Integer> INTEGERS = List.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1_000_000);

  static final List<String> DATE_VALUES = List.of("0000-01-01", "0001-12-31", "1899-12-31", "9999-12-31",
      "2024-02-29", "1970-01-01");

  static final List<String> YEAR_VALUES = List.of("1900-1901", "2998-2999", "1999-2000", "2099-2100");

  /**
   * Returns a hostile version of a dossier.
   *
   * @param dossier the dossier
   * @param seed the seed
   * @param rate the chance, in percent, that a value is changed
   * @return the hostile dossier, read back through the format
   */
  static Dossier of(Dossier dossier, long seed, int rate) {
    Random random = new Random(seed);
    try {
      JsonNode tree = TREES.readTree(JSON.writeString(dossier));
      JsonNode hostile = change(tree, null, random, rate);
      return JSON.withLimits(io.github.ldmlib.io.ReadLimits.defaults().withMaxStringLength(1_000_000))
          .read(Dossier.class, TREES.writeValueAsString(hostile));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode change(JsonNode node, String key, Random random, int rate) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        field.setValue(change(field.getValue(), field.getKey(), random, rate));
      }
      return object;
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, change(array.get(i), key, random, rate));
      }
      return array;
    }
    if (random.nextInt(100) >= rate) {
      return node;
    }
    if (node.isTextual() && DATES.contains(key)) {
      return TextNode.valueOf(pick(DATE_VALUES, random));
    }
    if (node.isTextual() && SCHOOL_YEARS.contains(key)) {
      return TextNode.valueOf(pick(YEAR_VALUES, random));
    }
    if (node.isTextual() && !STRUCTURAL.contains(key)) {
      return TextNode.valueOf(pick(TEXTS, random));
    }
    if (node.isIntegralNumber() && node.canConvertToInt() && "durationYears".equals(key)) {
      return IntNode.valueOf(pick(INTEGERS, random));
    }
    if (node.isNumber() && !"durationYears".equals(key)) {
      return DecimalNode.valueOf(pick(DECIMALS, random));
    }
    return node;
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }
}
