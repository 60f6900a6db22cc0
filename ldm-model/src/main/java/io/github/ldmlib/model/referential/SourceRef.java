package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.HiddenFromDatabinding;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a text of the label comes from (<i>référence à la source</i>): the document, its edition
 * and the section, so that every criterion, requirement and rule can be traced back to the official
 * wording.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param document the source document, for example {@code "Guide de l'établissement et des
 *     auditeurs (DRAFPIC)"}
 * @param edition the edition of the document, for example {@code "janvier 2024"}; absent when the
 *     document has a single edition
 * @param section the section within the document, for example {@code "F. Critère 4"}
 */
@HiddenFromDatabinding // written by the Jackson modules only
public record SourceRef(
    @NotNull @Text(max = Text.TITLE) String document,
    Optional<@Text(max = Text.NAME) String> edition,
    @NotNull @Text(max = Text.TITLE) String section) {

  /**
   * Creates a source reference.
   *
   * @throws NullPointerException if any argument is null
   */
  public SourceRef {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(section, "section");
  }

  /**
   * Obtains a reference to a section of an edition of a document.
   *
   * @param document the document
   * @param edition the edition
   * @param section the section
   * @return the reference
   */
  public static SourceRef of(String document, String edition, String section) {
    return new SourceRef(document, Optional.of(edition), section);
  }

  /**
   * Obtains a reference to a section of a document that has one edition.
   *
   * @param document the document
   * @param section the section
   * @return the reference
   */
  public static SourceRef of(String document, String section) {
    return new SourceRef(document, Optional.empty(), section);
  }

  /**
   * Returns a reference to another section of the same document and edition.
   *
   * @param otherSection the section
   * @return the new reference
   */
  public SourceRef withSection(String otherSection) {
    return new SourceRef(document, edition, otherSection);
  }

  /**
   * Cites the same section in the edition another reference names, when both name the same
   * document: a rule written against one edition of a guide cites the edition a check actually uses.
   *
   * @param used the reference of the text actually used, for example a referential's {@code source}
   * @return this reference in {@code used}'s edition, or this reference when the documents differ
   */
  public SourceRef inEditionOf(SourceRef used) {
    Objects.requireNonNull(used, "used");
    return used.document.equals(document) && !used.edition.equals(edition)
        ? new SourceRef(document, used.edition, section) : this;
  }

  /** Returns a one-line citation such as {@code Guide (janvier 2024), F. Critère 4}. */
  @Override
  public String toString() {
    return document + edition.map(e -> " (" + e + ")").orElse("") + ", " + section;
  }
}
