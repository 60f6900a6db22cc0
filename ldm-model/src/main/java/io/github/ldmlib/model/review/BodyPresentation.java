package io.github.ldmlib.model.review;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A presentation of the annual review to a body of the establishment (<i>présenté aux instances
 * de l'établissement</i>). The source names the bodies, not the date nor the minutes: both are
 * optional.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class BodyPresentation {

  BodyPresentation() {}

  /** The body. */
  @NotNull
  public abstract SchoolBody body();

  /** The date of the meeting. */
  public abstract Optional<LocalDate> date();

  /** The id of the copy of its minutes in the review's evidence annex, for example {@code B-02}. */
  public abstract Optional<@Identifier String> minutesEvidenceId();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BodyPresentation} instances; a missing body fails at {@code build()}. */
  public static final class Builder extends ImmutableBodyPresentation.Builder {
    Builder() {}
  }
}
