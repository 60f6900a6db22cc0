package io.github.ldmlib.model.referential;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two referentials, for example two editions of the same cahier des
 * charges (<i>écart entre deux éditions</i>): an item that was added, removed, or whose text or
 * another attribute changed. Items are matched by their stable id.
 *
 * <p>A {@link Kind#CHANGED CHANGED} change names the {@link #attribute() attribute} that differs
 * (for example {@code text}, {@code networkOnly}, {@code subItems}) with its old and new value;
 * an {@link Kind#ADDED ADDED} or {@link Kind#REMOVED REMOVED} change has no attribute, and gives
 * the item's main text (its text or title) as new or old value. Values are shown as text: lists
 * of sub-items one per line, booleans and numbers as written in the JSON format.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind whether the item was added, removed or changed
 * @param itemType what kind of item it is
 * @param itemId the stable id of the item, for example {@code C8.RM1}, or the name of a parameter
 *     such as {@code auditPlanNoticeDays}
 * @param attribute the attribute that changed; empty for an added or removed item
 * @param oldText the value before; empty for an added item or an attribute that was absent
 * @param newText the value after; empty for a removed item or an attribute that became absent
 */
public record ReferentialChange(
    Kind kind,
    ItemType itemType,
    String itemId,
    Optional<String> attribute,
    Optional<String> oldText,
    Optional<String> newText) {

  /** What happened to an item between two referentials. */
  public enum Kind {
    /** The item exists only in the newer referential. */
    ADDED,
    /** The item exists only in the older referential. */
    REMOVED,
    /** The item exists in both, and one of its attributes differs. */
    CHANGED
  }

  /** The kind of item a {@link ReferentialChange} is about. */
  public enum ItemType {
    /**
     * A {@link Criterion}; its attributes are number, title, kind, part, statement,
     * qualeducSheetIds, qualeducSheetWordings, evaluationDomainLinks and evaluationDomainWordings
     * (the criterion's own wordings of its domains and sub-domains, one {@code id: wording} line
     * each).
     */
    CRITERION,
    /** A {@link Requirement} (<i>attendu</i>); attributes text, group, subItems, networkOnly. */
    REQUIREMENT,
    /** A {@link ReformMeasure}; attributes text, group, subItems. */
    REFORM_MEASURE,
    /** An {@link Actor}; attributes text, group, subItems. */
    ACTOR,
    /** A {@link StrategicAxis}; attributes text, group, subItems. */
    STRATEGIC_AXIS,
    /** An {@link OperationalObjective}; attributes text, group, subItems. */
    OPERATIONAL_OBJECTIVE,
    /** An {@link ExampleAction}; attributes text, group, subItems. */
    EXAMPLE_ACTION,
    /** An {@link ExampleIndicator}; attributes text, group, subItems. */
    EXAMPLE_INDICATOR,
    /** A {@link QualeducSheet}; attributes title, family. */
    QUALEDUC_SHEET,
    /** An {@link EvaluationDomain}; attribute title. */
    EVALUATION_DOMAIN,
    /** An {@link EvaluationSubDomain}; attribute title. */
    EVALUATION_SUB_DOMAIN,
    /** A {@link StructureElement}; attributes scope, field, title, guidance, required. */
    STRUCTURE_ELEMENT,
    /** A {@link ProcessParameters procedure parameter}, identified by its name; attribute value. */
    PARAMETER
  }

  /**
   * Creates a change.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if an added or removed change names an attribute, or a
   *     changed one does not
   */
  public ReferentialChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(itemType, "itemType");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(oldText, "oldText");
    Objects.requireNonNull(newText, "newText");
    if ((kind == Kind.CHANGED) != attribute.isPresent()) {
      throw new IllegalArgumentException(kind == Kind.CHANGED
          ? "A CHANGED change names the attribute that changed"
          : "An " + kind + " change has no attribute");
    }
  }

  /**
   * Obtains the change for an item that only the newer referential has.
   *
   * @param itemType the kind of item
   * @param itemId its id
   * @param text its main text (text or title)
   * @return the change
   */
  public static ReferentialChange added(ItemType itemType, String itemId, String text) {
    return new ReferentialChange(Kind.ADDED, itemType, itemId, Optional.empty(), Optional.empty(),
        Optional.of(text));
  }

  /**
   * Obtains the change for an item that only the older referential has.
   *
   * @param itemType the kind of item
   * @param itemId its id
   * @param text its main text (text or title)
   * @return the change
   */
  public static ReferentialChange removed(ItemType itemType, String itemId, String text) {
    return new ReferentialChange(Kind.REMOVED, itemType, itemId, Optional.empty(),
        Optional.of(text), Optional.empty());
  }

  /**
   * Obtains the change of one attribute of an item that both referentials have.
   *
   * @param itemType the kind of item
   * @param itemId its id
   * @param attribute the attribute, for example {@code text}
   * @param oldText the value before, or null if it was absent
   * @param newText the value after, or null if it became absent
   * @return the change
   */
  public static ReferentialChange changed(ItemType itemType, String itemId, String attribute,
      String oldText, String newText) {
    return new ReferentialChange(Kind.CHANGED, itemType, itemId, Optional.of(attribute),
        Optional.ofNullable(oldText), Optional.ofNullable(newText));
  }

  /**
   * Returns a one-line description, for example {@code CHANGED REQUIREMENT C8.R6 text: "…" -> "…"}
   * or {@code REMOVED REFORM_MEASURE C8.RM1: "Bureau des entreprises"}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(kind).append(' ').append(itemType).append(' ').append(itemId);
    switch (kind) {
      case ADDED -> s.append(": ").append(quote(newText));
      case REMOVED -> s.append(": ").append(quote(oldText));
      case CHANGED -> s.append(' ').append(attribute.orElseThrow()).append(": ")
          .append(quote(oldText)).append(" -> ").append(quote(newText));
      default -> throw new AssertionError(kind);
    }
    return s.toString();
  }

  private static String quote(Optional<String> text) {
    return text.map(t -> '"' + t + '"').orElse("(absent)");
  }
}
