package io.github.ldmlib.model.review;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The progress of one action or engagement of the dossier over the school year reviewed, named by
 * its {@linkplain io.github.ldmlib.model.dossier.Initiative#id() id}.
 *
 * <p>The model accepts a stopped one without a reason; the rules report it. Instances are
 * immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class InitiativeProgress {

  InitiativeProgress() {}

  /** The id of the action or engagement in the dossier, for example {@code C4.A1}. */
  @NotNull
  @Identifier
  public abstract String initiativeId();

  /** Where it stands. */
  @NotNull
  public abstract ProgressStatus status();

  /** Why it stands so; expected when it was {@link ProgressStatus#STOPPED stopped}. */
  public abstract Optional<@Text String> reason();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link InitiativeProgress} instances; a missing id or status fails at {@code build()}. */
  public static final class Builder extends ImmutableInitiativeProgress.Builder {
    Builder() {}
  }
}
