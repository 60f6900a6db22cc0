package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A requirement (<i>attendu</i>) of a criterion: one bullet of the cahier des charges that a
 * labelled school must meet, for example "Le bureau des entreprises est clairement identifié dans
 * l'établissement et ses actions sont valorisées." Its text is official wording, kept verbatim.
 *
 * <p>Some requirements apply only to network candidatures ("Dans le cas des candidatures en
 * réseau…"): see {@link #networkOnly()}. Instances are immutable and thread-safe.
 */
@Value.Immutable
@LdmStyle
public abstract class Requirement {

  Requirement() {}

  /** The stable id, criterion id then {@code R} and a number, for example {@code C4.R3}. */
  @NotNull
  @Identifier
  public abstract String id();

  /** The official wording, verbatim. */
  @NotNull
  @Text
  public abstract String text();

  /**
   * The lead-in the requirement is listed under in the source, where a criterion groups its
   * requirements under several lead-ins (for example "Sous l'autorité du recteur d'académie, le
   * lycée des métiers :" in criterion 5 of the Aix-Marseille 2012 referential); empty otherwise.
   */
  public abstract Optional<@Text(max = Text.TITLE) String> group();

  /** Sub-items listed under the requirement in the source, verbatim and in order; often empty. */
  public abstract List<@NotNull @Text String> subItems();

  /** True when the requirement applies only to network candidatures. */
  @Value.Default
  public boolean networkOnly() {
    return false;
  }

  /**
   * Tells whether the requirement's wording asks only for reflections, not for something in place:
   * the guide asks the co-applicants of a network to « engag[er] des réflexions » on a common
   * strategy in criteria 5, 6 and 8, where criterion 4 asks that they « mettent en place » one.
   * Read from the verbatim text, never stored.
   *
   * @return true when the text speaks of « réflexions »
   */
  public boolean asksForReflectionsOnly() {
    return text().contains("réflexion");
  }

  /** Where the wording comes from. */
  @NotNull
  @Valid
  public abstract SourceRef source();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Requirement} instances; a missing id, text or source fails at {@code build()}. */
  public static final class Builder extends ImmutableRequirement.Builder {
    Builder() {}
  }
}
