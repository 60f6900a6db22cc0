package io.github.ldmlib.model.dossier;

import io.github.ldmlib.model.constraints.Sha256;
import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An item of the evidence annex (<i>preuve</i>): a document joined to the dossier that supports
 * what it says. Actions and engagements cite evidence by {@link #id()}.
 */
@Value.Immutable
@LdmStyle
public abstract class Evidence {

  Evidence() {}

  /** The id cited by actions and engagements, for example {@code P-07}. */
  @NotNull
  @Identifier
  public abstract String id();

  /** The title. */
  @NotNull
  @Text(max = Text.TITLE)
  public abstract String title();

  /** The kind. */
  @NotNull
  public abstract EvidenceKind kind();

  /** The file name in the annex, for example {@code convention-bdi.pdf}. */
  public abstract Optional<@Text(max = Text.TITLE) String> fileName();

  /** The SHA-256 digest of the file, 64 lower-case hexadecimal digits, to verify integrity. */
  public abstract Optional<@Sha256 String> sha256();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Evidence} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
