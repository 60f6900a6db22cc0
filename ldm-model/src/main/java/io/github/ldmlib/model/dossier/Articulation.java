package io.github.ldmlib.model.dossier;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the label work fits with the school's other steering tools (<i>articulation avec
 * l'auto-évaluation, le projet d'établissement, le contrat d'objectifs et les autres labels</i>).
 */
@Value.Immutable
@LdmStyle
public abstract class Articulation {

  Articulation() {}

  /** The link with the establishment's self-evaluation (<i>auto-évaluation</i>). */
  public abstract Optional<@Text(max = Text.NARRATIVE) String> selfEvaluation();

  /** The link with the <i>projet d'établissement</i>. */
  public abstract Optional<@Text(max = Text.NARRATIVE) String> establishmentProject();

  /** The link with the <i>contrat d'objectifs tripartite</i>. */
  public abstract Optional<@Text(max = Text.NARRATIVE) String> objectivesContract();

  /** Other labels the school holds or prepares (Euroscol, E3D, égalité filles-garçons…). */
  public abstract List<@NotNull @Text(max = Text.TITLE) String> otherLabels();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Articulation} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableArticulation.Builder {
    Builder() {}
  }
}
