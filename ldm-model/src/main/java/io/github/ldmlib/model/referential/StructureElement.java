package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One element a dossier must (or may) contain, as the guide's section E describes it, for example
 * the <i>état des lieux</i> of every criterion section, or the <i>plus-value</i> of every action.
 *
 * <p>{@link #field()} names the property of the dossier format that holds the element, so that
 * rules can check the dossier against this data rather than against hard-coded Java.
 */
@Value.Immutable
@LdmStyle
public abstract class StructureElement {

  StructureElement() {}

  /** The stable id, for example {@code E.ACTION.addedValue}. */
  @NotNull
  @Identifier
  public abstract String id();

  /** Where in the dossier the element lives. */
  @NotNull
  public abstract StructureScope scope();

  /**
   * The property path, relative to the scope, of the element in the dossier format, for example
   * {@code diagnosis}, {@code team/coordinator} or {@code implementation/resources}.
   */
  @NotNull
  @Text(max = Text.TITLE)
  public abstract String field();

  /** The heading of the element in the guide, verbatim (for example "ÉTAT DES LIEUX DU CRITÈRE X"). */
  @NotNull
  @Text(max = Text.TITLE)
  public abstract String title();

  /** What the guide asks the school to write there, verbatim. */
  public abstract Optional<@Text String> guidance();

  /** True when the element must be present and non-empty. */
  @Value.Default
  public boolean required() {
    return true;
  }

  /** Where the description comes from. */
  @NotNull
  @Valid
  public abstract SourceRef source();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StructureElement} instances. */
  public static final class Builder extends ImmutableStructureElement.Builder {
    Builder() {}
  }
}
