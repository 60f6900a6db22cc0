package io.github.ldmlib.model.dossier;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An engagement of a criterion section (<i>engagement</i>): an action to come, or an action taken
 * up again with improvement objectives, with its lead (<i>animateur</i>) and the measure of each
 * indicator at the reference year N.
 */
@Value.Immutable
@LdmStyle
public abstract class Engagement implements Initiative {

  Engagement() {}

  /** The person who leads the engagement, with their function. */
  public abstract Optional<@Valid Person> lead();

  /** The reference school year N of the engagement's measures. */
  public abstract Optional<SchoolYear> referenceYear();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Engagement} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableEngagement.Builder {
    Builder() {}
  }
}
