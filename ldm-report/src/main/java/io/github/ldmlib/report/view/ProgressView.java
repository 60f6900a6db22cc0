package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The progress of one action or engagement of the dossier over the annual reviews.
 *
 * @param id its id in the dossier, for example {@code C4.A1}; empty when it has none (a review
 *     cannot name it)
 * @param title its title, for example « Action « Conventions de partenariat » »
 * @param latest where it stands in the latest review that names it, for example « Terminé »
 *     (green), « Arrêté » (amber), « En cours » or « Prévu » (grey); « Non suivi » (grey) when no
 *     review names it
 * @param steps its status in each review that names it, the latest first
 */
public record ProgressView(Optional<String> id, String title, Status latest, List<Step> steps) {

  /** Checks that no component is null and copies the list. */
  public ProgressView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(latest, "latest");
    steps = List.copyOf(steps);
  }

  /**
   * Its status in one review.
   *
   * @param schoolYear the school year of the review, for example {@code 2026-2027}
   * @param status the status, its word and colour
   * @param reason why it stands so, when the review says (always expected for a stopped one)
   */
  public record Step(String schoolYear, Status status, Optional<String> reason) {

    /** Checks that no component is null. */
    public Step {
      Objects.requireNonNull(schoolYear, "schoolYear");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
