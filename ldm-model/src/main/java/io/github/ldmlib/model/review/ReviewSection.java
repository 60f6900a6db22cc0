package io.github.ldmlib.model.review;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The part of an annual review about one criterion: how its actions and engagements progressed,
 * the year's measures of its indicators, and the collective self-evaluation (<i>auto-évaluation
 * collective</i>). The source names no part of it: every list may be empty and the text absent.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class ReviewSection {

  ReviewSection() {}

  /** The id of the criterion, for example {@code C4}. */
  @NotNull
  @Identifier
  public abstract String criterionId();

  /** The progress of the criterion's actions and engagements. */
  public abstract List<@NotNull @Valid InitiativeProgress> progress();

  /** The measures of the school year reviewed. */
  public abstract List<@NotNull @Valid IndicatorMeasure> measures();

  /** The collective self-evaluation of the criterion over the year. */
  public abstract Optional<@Text(max = Text.NARRATIVE) String> selfEvaluation();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReviewSection} instances; a missing criterion id fails at {@code build()}. */
  public static final class Builder extends ImmutableReviewSection.Builder {
    Builder() {}
  }
}
