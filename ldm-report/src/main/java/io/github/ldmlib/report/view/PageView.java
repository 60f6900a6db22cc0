package io.github.ldmlib.report.view;

import java.util.Objects;

/**
 * The frame of a page: its language, its title and who produced it.
 *
 * @param language the two-letter code of the report's language, {@code fr} or {@code en}
 * @param title the title of the page, for example « Rapport de conformité — Lycée professionnel Les Tilleuls »
 * @param generator the producer and its version, for example « ldm 0.1.0 »
 * @param producedBy the closing sentence, for example « Produit par ldm 0.1.0. »
 */
public record PageView(String language, String title, String generator, String producedBy) {

  /** Checks that no component is null. */
  public PageView {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(producedBy, "producedBy");
  }
}
