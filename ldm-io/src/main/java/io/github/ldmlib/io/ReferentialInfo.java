package io.github.ldmlib.io;

import java.util.Objects;

/**
 * A referential bundled with the library, as {@link Referentials#list()} lists it: its id, its
 * edition and its title, without loading it.
 *
 * @param id the referential id, for example {@code ldm-national-2023}
 * @param edition the edition id, for example {@code 2026-01}
 * @param title the title of the referential
 */
public record ReferentialInfo(String id, String edition, String title) {

  /**
   * Creates the description of a bundled referential.
   *
   * @throws NullPointerException if any argument is null
   */
  public ReferentialInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(title, "title");
  }

  /** Returns {@code id@edition}, the form used in resource names and on the command line. */
  @Override
  public String toString() {
    return id + "@" + edition;
  }
}
