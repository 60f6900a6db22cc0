package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.internal.LdmStyle;
import io.github.ldmlib.model.internal.PersonOrGroup;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or a group the auditors hear during the audit (<i>interlocuteur</i>). The audit plan
 * asks the head of the establishment to propose interviewees for each criterion; students and
 * external partners (parents, professionals…) are heard too.
 *
 * <p>An interviewee names a {@link #person()}, a {@link #group()} ("Délégués des élèves de
 * terminale"), or both; naming neither is a violation reported on the interviewee itself.
 * Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
@PersonOrGroup
public abstract class Interviewee {

  Interviewee() {}

  /**
   * The id of the criterion the interviewee answers on, for example {@code C4}; absent for a
   * person or group heard on the establishment as a whole.
   */
  public abstract Optional<@Identifier String> criterionId();

  /** The person heard, with their function. */
  public abstract Optional<@Valid Person> person();

  /** The group heard, for example "Représentants des entreprises partenaires". */
  public abstract Optional<@Text(max = Text.TITLE) String> group();

  /** Who the interviewee is: staff, student, parent, external partner. */
  @NotNull
  public abstract IntervieweeKind kind();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Interviewee} instances; a missing kind fails at {@code build()}. */
  public static final class Builder extends ImmutableInterviewee.Builder {
    Builder() {}
  }
}
