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
 * A network candidature (<i>candidature en réseau</i>): the establishments that apply together
 * with the lead establishment of the {@link Dossier}.
 */
@Value.Immutable
@LdmStyle
public abstract class Network {

  Network() {}

  /** The name of the network, when it has one. */
  public abstract Optional<@Text(max = Text.TITLE) String> name();

  /** The co-applicants (<i>co-candidats</i>), the lead establishment excluded. */
  public abstract List<@NotNull @Valid Establishment> coApplicants();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Network} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableNetwork.Builder {
    Builder() {}
  }
}
