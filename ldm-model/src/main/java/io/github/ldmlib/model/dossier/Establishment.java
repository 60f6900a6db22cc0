package io.github.ldmlib.model.dossier;

import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An establishment (<i>établissement</i>) that applies for the label, alone or in a network.
 */
@Value.Immutable
@LdmStyle
public abstract class Establishment {

  Establishment() {}

  /** The UAI code; required by the rules for every applicant. */
  public abstract Optional<Uai> uai();

  /** The name, for example "Lycée professionnel Jean Moulin". */
  @NotNull
  @Text(max = Text.TITLE)
  public abstract String name();

  /** The type (lycée professionnel, polyvalent…). */
  public abstract Optional<EstablishmentType> type();

  /** The sector (public or private under contract). */
  public abstract Optional<Sector> sector();

  /** The town (<i>commune</i>). */
  public abstract Optional<@Text(max = Text.NAME) String> town();

  /** The academy (<i>académie</i>), for example "Aix-Marseille". */
  public abstract Optional<@Text(max = Text.NAME) String> academy();

  /** The region (<i>région académique</i>). */
  public abstract Optional<@Text(max = Text.NAME) String> region();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Establishment} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableEstablishment.Builder {
    Builder() {}
  }
}
