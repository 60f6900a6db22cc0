package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.HiddenFromDatabinding;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import jakarta.validation.constraints.NotNull;

/**
 * An edition (<i>édition</i>) of a referential, for example the January 2026 edition of the
 * auditors' guide. Two editions of the same referential share criterion ids, so that they can be
 * compared item by item.
 *
 * @param id the stable id of the edition, for example {@code 2026-01}
 * @param title the title of the edition, for example {@code "Édition de janvier 2026"}
 * @param published the month of publication, when known
 */
@HiddenFromDatabinding // written by the Jackson modules only
public record Edition(
    @NotNull @Identifier String id,
    @NotNull @Text(max = Text.TITLE) String title,
    Optional<YearMonth> published) {

  /**
   * Creates an edition.
   *
   * @throws NullPointerException if any argument is null
   */
  public Edition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
  }

  /**
   * Obtains an edition published in a given month.
   *
   * @param id the id
   * @param title the title
   * @param published the month of publication
   * @return the edition
   */
  public static Edition of(String id, String title, YearMonth published) {
    return new Edition(id, title, Optional.of(published));
  }
}
