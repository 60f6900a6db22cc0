package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * The wording under which a criterion's block cites an item the referential describes once in a
 * catalogue, for example criterion 1 of the national guide citing Qualéduc sheet {@code 3.2} as
 * « Analyser et faire évoluer l'offre de formation » where the catalogue has « Analyser et faire
 * évoluer l'offre de formation de l'établissement ».
 *
 * <p>The catalogue ({@link QualeducSheet#title()}, {@link EvaluationSubDomain#title()}) keeps one
 * title per item. A citation that prints exactly that title has no {@code CitedWording}: the title
 * is not stored twice. Only a wording that differs from the catalogue's, or adds to it, is carried
 * here, verbatim, without the number or bullet that introduces it in the source.
 * {@link ReferentialCheck} refuses a wording for an item the criterion does not cite, two wordings
 * for one item, and a wording equal to the catalogue title.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()} or {@link #of}.
 */
@Value.Immutable
@LdmStyle
public abstract class CitedWording {

  CitedWording() {}

  /** The id of the cited item, for example the sheet {@code 3.2} or the sub-domain {@code D4.2}. */
  @NotNull
  @Identifier
  public abstract String id();

  /** The text of the citation as the criterion's block prints it, verbatim. */
  @NotNull
  @Text(max = Text.TITLE)
  public abstract String wording();

  /**
   * Obtains the wording of a citation.
   *
   * @param id the id of the cited item
   * @param wording the text the source prints for it
   * @return the cited wording
   */
  public static CitedWording of(String id, String wording) {
    return builder().id(id).wording(wording).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CitedWording} instances; a missing id or wording fails at {@code build()}. */
  public static final class Builder extends ImmutableCitedWording.Builder {
    Builder() {}
  }
}
