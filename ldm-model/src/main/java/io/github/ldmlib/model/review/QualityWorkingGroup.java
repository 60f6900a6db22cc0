package io.github.ldmlib.model.review;

import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The quality working group (<i>groupe de travail qualité et amélioration continue</i>) that
 * conducts the label's work in the establishment: its members and the dates it met in the year.
 * The source names the group, not its composition nor how often it meets: both lists may be empty.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class QualityWorkingGroup {

  QualityWorkingGroup() {}

  /** The members, with their functions. */
  public abstract List<@NotNull @Valid Person> members();

  /** The dates the group met during the school year reviewed. */
  public abstract List<@NotNull LocalDate> meetingDates();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link QualityWorkingGroup} instances. */
  public static final class Builder extends ImmutableQualityWorkingGroup.Builder {
    Builder() {}
  }
}
