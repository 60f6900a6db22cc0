package io.github.ldmlib.office.internal;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.EvidenceKind;
import io.github.ldmlib.model.dossier.IndicatorUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How values are written in cells and read back: one definition for both ways. */
public final class Cells {

  private Cells() {}

  private static final Map<IndicatorUnit, String> UNITS = Map.of(
      IndicatorUnit.PERCENT, "pourcentage", IndicatorUnit.COUNT, "nombre",
      IndicatorUnit.EURO, "euros", IndicatorUnit.HOURS, "heures", IndicatorUnit.NUMBER, "valeur");
  private static final Map<Direction, String> DIRECTIONS = Map.of(
      Direction.HIGHER_IS_BETTER, "à la hausse", Direction.LOWER_IS_BETTER, "à la baisse");
  private static final Map<EvidenceKind, String> KINDS = Map.of(
      EvidenceKind.DOCUMENT, "document", EvidenceKind.MINUTES, "procès-verbal",
      EvidenceKind.DATA, "données", EvidenceKind.SURVEY, "enquête",
      EvidenceKind.AGREEMENT, "convention", EvidenceKind.MEDIA, "média",
      EvidenceKind.WEB_PAGE, "page web", EvidenceKind.OTHER, "autre");

  /** The word of a unit. */
  public static String unit(IndicatorUnit unit) {
    return UNITS.get(unit);
  }

  /** The word of a direction. */
  public static String direction(Direction direction) {
    return DIRECTIONS.get(direction);
  }

  /** The word of an evidence kind. */
  public static String kind(EvidenceKind kind) {
    return KINDS.get(kind);
  }

  /** The unit a word names (its word or its constant, any case), if any. */
  public static Optional<IndicatorUnit> unit(String text) {
    return constant(UNITS, text);
  }

  /** The direction a word names, if any. */
  public static Optional<Direction> direction(String text) {
    return constant(DIRECTIONS, text);
  }

  /** The evidence kind a word names, if any. */
  public static Optional<EvidenceKind> kind(String text) {
    return constant(KINDS, text);
  }

  /** The words accepted for a set of constants, for messages. */
  public static String words(Class<?> type) {
    Map<?, String> map = type == IndicatorUnit.class ? UNITS
        : type == Direction.class ? DIRECTIONS : KINDS;
    return String.join(", ", new java.util.TreeSet<>(map.values()));
  }

  private static <E extends Enum<E>> Optional<E> constant(Map<E, String> words, String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (Map.Entry<E, String> e : words.entrySet()) {
      if (e.getValue().equals(t) || e.getKey().name().toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** A number as written: its plain digits, decimal comma. */
  public static String number(BigDecimal value) {
    return value.toPlainString().replace('.', ',');
  }

  /** A number read back: decimal comma or point, spaces between thousands. */
  public static Optional<BigDecimal> number(String text) {
    String t = text.strip().replace(" ", "").replace(" ", "").replace(" ", "")
        .replace(',', '.');
    if (!t.matches("[+-]?\\d+(\\.\\d+)?")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(t));
  }

  /** A whole number read back. */
  public static Optional<Integer> whole(String text) {
    String t = text.strip();
    if (!t.matches("\\d{1,6}")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(t));
  }

  /** A school year read back. */
  public static Optional<SchoolYear> schoolYear(String text) {
    try {
      return Optional.of(SchoolYear.parse(text.strip()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A yes/no cell read back. */
  public static Optional<Boolean> yesNo(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "oui", "yes" -> Optional.of(true);
      case "non", "no" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /** A yes/no cell as written. */
  public static String yesNo(boolean value) {
    return value ? "oui" : "non";
  }

  /** A list of identifiers as written: separated by commas. */
  public static String ids(List<String> ids) {
    return String.join(", ", ids);
  }

  /** A list of identifiers read back: separated by commas, semicolons or line breaks. */
  public static List<String> ids(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split("[,;\\n]")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** Lines read back: one per line, blank lines left out. */
  public static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  /** A text cell read back: empty when blank. */
  public static Optional<String> text(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }
}
