package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * A sheet of the Qualéduc self-evaluation guide (<i>fiche Qualéduc</i>, guide 2020), such as
 * "3.5 – Faire vivre les réseaux et les partenariats". Criteria link to the sheets that help a
 * school work on them.
 */
@Value.Immutable
@LdmStyle
public abstract class QualeducSheet {

  QualeducSheet() {}

  /** The sheet number, for example {@code 3.5}. */
  @NotNull
  @Identifier
  public abstract String id();

  /** The sheet title, verbatim. */
  @NotNull
  @Text(max = Text.TITLE)
  public abstract String title();

  /** The family the sheet belongs to, for example "Vie dans l'établissement". */
  @NotNull
  @Text(max = Text.TITLE)
  public abstract String family();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link QualeducSheet} instances. */
  public static final class Builder extends ImmutableQualeducSheet.Builder {
    Builder() {}
  }
}
