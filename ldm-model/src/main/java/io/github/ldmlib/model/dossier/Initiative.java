package io.github.ldmlib.model.dossier;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an {@link Action} (work done or under way) and an {@link Engagement} (work to come) have in
 * common: a title, a description, objectives with indicators, an implementation, the requirements
 * of the criterion they address and the evidence that supports them.
 */
public interface Initiative {

  /**
   * A stable id by which an annual review names this action or engagement, for example {@code
   * C4.A1}; the source is silent on ids, so it is optional. Within a dossier, an id names one
   * action, engagement or indicator.
   */
  Optional<@Identifier String> id();

  /** The title (<i>dénomination</i>). */
  @NotNull
  @Text(max = Text.TITLE)
  String title();

  /** A short narrative description for a reader outside the school. */
  Optional<@Text(max = Text.NARRATIVE) String> description();

  /** The length in school years (<i>durée</i>). */
  @Min(1)
  @Max(20)
  OptionalInt durationYears();

  /** The operational objectives, each with its indicators. */
  List<@NotNull @Valid Objective> objectives();

  /** How the work is carried out. */
  Optional<@Valid Implementation> implementation();

  /**
   * The ids of the requirements (<i>attendus</i>) of the criterion that this work addresses, for
   * example {@code C4.R3}; they make the coverage matrix of the conformity report.
   */
  List<@NotNull @Identifier String> requirementIds();

  /** The ids of the {@link Evidence} items of the annex that support this work. */
  List<@NotNull @Identifier String> evidenceIds();
}
